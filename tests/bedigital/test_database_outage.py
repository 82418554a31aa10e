"""A database that is away must not take the site down with it (issue 13, item 6).

A real PostgreSQL connection is pointed at a socket that accepts and never answers, and at a
closed port: public pages answer a translated 503 with Retry-After, and /healthz a 503, within a
bounded time instead of hanging until gunicorn kills the worker. Each case runs in a child
process so that the settings read DATABASE_URL and the timeout variables as in production.
"""

import json
import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import close_old_connections, connection, connections
from django.http import HttpResponse
from django.test import RequestFactory

from bedigital.middleware import StatementTimeoutMiddleware

ROOT = Path(__file__).resolve().parents[2]
CONNECT_TIMEOUT = 2  # seconds; libpq's minimum
BOUND = CONNECT_TIMEOUT + 2  # what a request may take at most, with room for a busy machine

REQUESTS = """
import json, time, django
django.setup()
from django.template.loader import get_template
from django.test import Client
from django.urls import get_resolver
client = Client(raise_request_exception=False)
# What a worker has done before its first outage: code imported, templates compiled. Only the
# wait on the database is timed, not a busy machine's first import.
get_resolver().url_patterns
get_template("503.html")
results = []
for path in ["/fr/", "/nl/trainings/", "/healthz"]:
    start = time.monotonic()
    response = client.get(path)
    results.append({
        "path": path,
        "seconds": time.monotonic() - start,
        "status": response.status_code,
        "retry_after": response.get("Retry-After"),
        "csp": response.get("Content-Security-Policy"),
        "body": response.content.decode(),
    })
print(json.dumps(results))
"""


def requests_against(port: int) -> dict[str, dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="tests.settings",
        DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/bedigital",
        DJANGO_DB_CONNECT_TIMEOUT=str(CONNECT_TIMEOUT),
        DJANGO_ALLOWED_HOSTS="testserver",
    )
    # Without a connect timeout each request would wait ~2 minutes: stop well before that.
    result = subprocess.run(
        [sys.executable, "-c", REQUESTS],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=3 * BOUND + 10,
    )
    assert result.returncode == 0, result.stderr
    return {item["path"]: item for item in json.loads(result.stdout.splitlines()[-1])}


@pytest.fixture
def silent_database():
    """A TCP server that accepts connections and never says a word."""
    server = socket.create_server(("127.0.0.1", 0))
    held = []

    def accept():
        while True:
            try:
                held.append(server.accept()[0])
            except OSError:
                return  # closed at the end of the test

    threading.Thread(target=accept, daemon=True).start()
    yield server.getsockname()[1]
    server.close()
    for sock in held:
        sock.close()


@pytest.fixture
def closed_port():
    with socket.create_server(("127.0.0.1", 0)) as sock:
        return sock.getsockname()[1]


def assert_unavailable_pages(results: dict[str, dict]) -> None:
    for path, result in results.items():
        assert result["status"] == 503, (path, result["body"][:300])
        assert result["seconds"] < BOUND, (path, result["seconds"])
    for path, lang, text in [
        ("/fr/", "fr", "Le portail est momentanément indisponible"),
        ("/nl/trainings/", "nl", "Het portaal is tijdelijk niet beschikbaar"),
    ]:
        page = results[path]
        assert int(page["retry_after"]) > 0
        assert f'<html lang="{lang}">' in page["body"]
        assert f"<h1>{text}</h1>" in page["body"]
        assert 'class="site-header"' in page["body"] and 'class="site-footer"' in page["body"]
        assert "default-src 'self'" in page["csp"]


def test_a_database_that_never_answers_gives_a_quick_translated_503(silent_database):
    assert_unavailable_pages(requests_against(silent_database))


def test_a_database_that_refuses_connections_gives_a_translated_503(closed_port):
    assert_unavailable_pages(requests_against(closed_port))


needs_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="statement timeouts are PostgreSQL's"
)


def statement_timeout_seen_by(path: str) -> str:
    def view(request):
        with connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            return HttpResponse(cursor.fetchone()[0])

    return StatementTimeoutMiddleware(view)(RequestFactory().get(path)).content.decode()


@needs_postgresql
@pytest.mark.django_db
def test_public_requests_and_the_admin_get_their_own_statement_timeouts(settings):
    settings.DB_STATEMENT_TIMEOUT = 4
    settings.DB_ADMIN_STATEMENT_TIMEOUT = 90
    assert statement_timeout_seen_by("/fr/trainings/") == "4s"
    assert statement_timeout_seen_by("/admin/trainings/training/import/") == "90s"
    assert statement_timeout_seen_by("/healthz") == "4s"
    # Outside requests (migrate, generate_scale_data, VACUUM) nothing is bounded.
    command_connection = connections.create_connection("default")
    try:
        with command_connection.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            assert cursor.fetchone()[0] == "0"
    finally:
        command_connection.close()


@needs_postgresql
@pytest.mark.django_db
def test_a_public_query_that_runs_too_long_is_cut_short_with_a_503(client, settings, monkeypatch):
    settings.DB_STATEMENT_TIMEOUT = 0.3

    def slow_context(self, **kwargs):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(5)")
        return {}

    monkeypatch.setattr("bedigital.site.views.HomeView.get_context_data", slow_context)
    client.raise_request_exception = False
    start = time.monotonic()
    response = client.get("/de/")
    assert time.monotonic() - start < 2
    assert response.status_code == 503
    assert "<h1>Das Portal ist vorübergehend nicht erreichbar</h1>" in response.content.decode()


@needs_postgresql
@pytest.mark.django_db(transaction=True)
def test_a_persistent_connection_keeps_its_timeout_until_the_kind_of_request_changes(settings):
    settings.DB_STATEMENT_TIMEOUT = 4
    settings.DB_ADMIN_STATEMENT_TIMEOUT = 90
    assert statement_timeout_seen_by("/fr/") == "4s"
    with connection.cursor() as cursor:
        cursor.execute("SET statement_timeout = '7s'")  # a marker: is it set again?
    assert statement_timeout_seen_by("/nl/trainings/") == "7s"  # no second round trip
    assert statement_timeout_seen_by("/admin/") == "90s"
    assert statement_timeout_seen_by("/de/") == "4s"
    connection.close()  # a new connection is set again
    assert statement_timeout_seen_by("/en/") == "4s"
    killer = connections.create_connection("default")  # a persistent connection drops
    with killer.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [connection.connection.info.backend_pid])
    killer.close()
    close_old_connections()  # as each request starts
    assert statement_timeout_seen_by("/en/") == "4s"  # replaced, and set
    connection.close()  # the next tests get an unbounded connection
