"""The cache shared by several application processes: Django's RedisCache on a real Redis.

Uses the Redis at TEST_REDIS_URL (default redis://127.0.0.1:6379/9), under a key prefix of
its own so that parallel runs never read each other's pages, and deletes its keys after.
Skipped when no Redis answers, unless REQUIRE_REDIS is set (.ci/run sets it).
"""

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bedigital import pagecache
from bedigital.vocabularies import Status
from tests.factories import TrainingFactory, UserFactory
from trainings.models import Training

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/9")
ROOT = Path(__file__).resolve().parents[2]


def redis_client():
    import redis

    client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.ConnectionError as error:
        if os.environ.get("REQUIRE_REDIS"):
            raise
        pytest.skip(f"no Redis at {REDIS_URL}: {error}")
    return client


@pytest.fixture
def redis_prefix(settings):
    """Both caches on Redis, as with REDIS_URL in production, under a prefix of this test."""
    client = redis_client()
    prefix = f"test-{uuid.uuid4().hex[:12]}-"
    settings.CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": f"{prefix}{alias}",
        }
        for alias in ("default", "pages")
    }
    yield prefix
    for key in client.scan_iter(match=f"{prefix}*"):
        client.delete(key)
    client.close()


def page_keys(prefix: str) -> list[str]:
    client = redis_client()
    return [key.decode() for key in client.scan_iter(match=f"{prefix}pages:*page:*")]


def get(client, url):
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    return response, len(context.captured_queries) == 1  # only the content version


@pytest.mark.django_db
def test_pages_are_kept_in_redis_and_retired_by_a_save(client, redis_prefix):
    training = TrainingFactory()
    first, first_cached = get(client, "/fr/trainings/")
    second, second_cached = get(client, "/fr/trainings/")
    assert not first_cached and second_cached
    assert second.content == first.content
    assert len(page_keys(redis_prefix)) == 1  # in Redis, not in this process's memory

    training.title_fr = "Cloud pour toutes"
    training.save()  # a write: the content version moves on
    third, third_cached = get(client, "/fr/trainings/")
    assert not third_cached
    assert "Cloud pour toutes" in third.content.decode()
    assert len(page_keys(redis_prefix)) == 2  # the old version's page expires on its own


@pytest.mark.django_db
def test_values_kept_like_pages_live_in_redis(redis_prefix):
    calls = []

    def compute():
        calls.append(1)
        return {"answer": 42}

    assert pagecache.kept_like_pages("figure", compute) == {"answer": 42}
    assert pagecache.kept_like_pages("figure", compute) == {"answer": 42}
    assert len(calls) == 1
    version = pagecache.current_version()
    assert caches["pages"].get(f"figure:{version}") == {"answer": 42}
    assert redis_client().exists(f"{redis_prefix}pages:1:figure:{version}")


# Two application processes, as two machines behind a load balancer would run them.


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url() -> str:
    db = connection.settings_dict
    credentials = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    return f"postgres://{credentials}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def found(html: str) -> str:
    """The number of results a search page says it found."""
    return re.search(r'class="result-count"[^>]*>\s*(\d+)', html)[1]


class Machine:
    """One gunicorn process on its own port, with a browser's cookie jar."""

    def __init__(self, env):
        self.port = free_port()
        self.process = subprocess.Popen(
            [str(Path(sys.executable).parent / "gunicorn"), "bedigital.wsgi:application",
             "-w", "1", "-b", f"127.0.0.1:{self.port}", "--log-level", "warning"],
            cwd=ROOT, env=env,
        )  # fmt: skip
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def wait_ready(self):
        for _ in range(150):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1)
                return
            except OSError:
                time.sleep(0.2)
        raise AssertionError(f"gunicorn on {self.port} did not start")

    def get(self, path) -> tuple[int, str]:
        try:
            with self.opener.open(f"http://127.0.0.1:{self.port}{path}", timeout=20) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def post(self, path, data) -> tuple[int, str]:
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.get(path)[1])
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": token[1]}, doseq=True)
        with self.opener.open(
            f"http://127.0.0.1:{self.port}{path}", body.encode(), timeout=20
        ) as response:
            return response.status, response.read().decode()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="two processes share PostgreSQL (CI runs it)"
)
@pytest.mark.django_db(transaction=True)
def test_a_save_through_one_process_retires_what_the_other_serves(redis_prefix):
    training = TrainingFactory(title_fr="Python du soir", status=Status.PUBLISHED)
    UserFactory(username="editor", is_staff=True, is_superuser=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.scaleout_settings",
        "DATABASE_URL": database_url(),
        "REDIS_URL": REDIS_URL,
        "DJANGO_CACHE_KEY_PREFIX": redis_prefix,
        "DJANGO_DEBUG": "",
    }
    one, other = Machine(env), Machine(env)
    try:
        one.wait_ready()
        other.wait_ready()
        detail = f"/fr/trainings/{training.slug}/"
        status, html = one.get(detail)
        assert status == 200 and "Python du soir" in html
        [key] = page_keys(redis_prefix)  # the page one process rendered, in the shared cache
        # Mark the shared entry: the other process serves it without rendering.
        name = key.removeprefix(f"{redis_prefix}pages:1:")
        content, headers = caches["pages"].get(name)
        content = content.replace(b"Python du soir", b"Shared entry")
        headers = {**headers, "Content-Length": str(len(content))}
        caches["pages"].set(name, (content, headers))
        assert other.get(detail) == (200, html.replace("Python du soir", "Shared entry"))
        # the other process's search finds and counts it (its word index built, "soir" read)
        html = other.get("/fr/search/?q=soir")[1]
        assert "Python du soir" in html and found(html) == "1"

        # An editor archives the training through the first process's admin.
        status, _html = one.post(
            "/admin/login/?next=/admin/", {"username": "editor", "password": "secret-password"}
        )
        assert status == 200
        status, html = one.post(
            "/admin/trainings/training/",
            {"action": "archive", "_selected_action": [str(training.pk)], "index": "0"},
        )
        assert status == 200 and "1 item archived" in html
        assert Training.objects.get(pk=training.pk).status == Status.ARCHIVED

        # The other process no longer serves the page from before the save.
        assert other.get(detail)[0] == 404
        status, html = other.get("/fr/trainings/")
        assert status == 200 and "Python du soir" not in html
        # nor does its search: its word index brought up to date from the change log
        status, html = other.get("/fr/search/?q=soir")
        assert status == 200 and "Python du soir" not in html and found(html) == "0"
    finally:
        one.stop()
        other.stop()


def test_redis_url_puts_both_caches_on_redis(redis_prefix):
    """What production does with REDIS_URL: the client is installed, the prefix is applied."""
    code = (
        "import django; django.setup()\n"
        "from django.core.cache import caches\n"
        "for alias in ('default', 'pages'):\n"
        "    caches[alias].set('probe', alias)\n"
        "    print(type(caches[alias]).__name__, caches[alias].get('probe'))\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bedigital.settings",
        "DJANGO_DEBUG": "1",
        "REDIS_URL": REDIS_URL,
        "DJANGO_CACHE_KEY_PREFIX": redis_prefix,
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.stdout.split("\n")[:2] == ["RedisCache default", "RedisCache pages"], (
        result.stderr
    )
    client = redis_client()
    assert client.exists(f"{redis_prefix}default:1:probe", f"{redis_prefix}pages:1:probe") == 2
