"""An agency's feed, served by a real HTTP server: pulled through the import, updated,
idempotent, errors e-mailed (real SMTP) and shown in the admin, never touching another
agency's trainings."""

import csv
import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import reversion
from django.core.management import call_command

from tests.factories import OrganisationFactory, TrainingFactory
from tests.trainings.test_import import row
from trainings.feeds import pull
from trainings.models import Training, TrainingFeed

pytestmark = pytest.mark.django_db


@pytest.fixture
def feed_server():
    """A local web server answering with whatever `files[path]` holds (bytes)."""
    files = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path not in files:
                self.send_error(404)
                return
            body = files[self.path]
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    yield base, files
    server.shutdown()
    server.server_close()


def as_csv(rows) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


@pytest.fixture
def feed(feed_server, agency_editor, organisation):
    base, files = feed_server
    agency_editor.email = "editor@agency.example"
    agency_editor.save()
    feed = TrainingFeed.objects.create(
        organisation=organisation, url=f"{base}/trainings.csv", editor=agency_editor
    )
    return feed, files


def test_a_feed_imports_then_updates_and_a_second_pull_changes_nothing(feed, organisation):
    feed, files = feed
    files["/trainings.csv"] = as_csv([row(organisation)])
    assert "1 row read: 1 new, 0 changed, 0 refused." in pull(feed)
    training = Training.objects.get(slug="python-evenings")
    assert training.title_fr == "Python en soirée" and training.sessions.count() == 2
    assert feed.succeeded is True

    files["/trainings.csv"] = as_csv([row(organisation, title_fr="Python le soir")])
    assert "0 new, 1 changed" in pull(feed)
    training.refresh_from_db()
    assert training.title_fr == "Python le soir"
    versions = reversion.models.Version.objects.get_for_object(training)
    assert versions.count() == 2  # one version per change

    assert pull(feed) == "Unchanged since the last pull."  # idempotent
    assert reversion.models.Version.objects.get_for_object(training).count() == 2


def test_errors_are_emailed_and_kept_and_other_agencies_are_untouched(
    feed, organisation, smtp_server
):
    feed, files = feed
    other = OrganisationFactory()
    theirs = TrainingFactory(owner=other, slug="their-course", title_fr="Le leur")
    files["/trainings.csv"] = as_csv(
        [
            row(organisation, slug="good-one"),
            row(organisation, slug="their-course", title_fr="Volé"),
            row(organisation, slug="into-other", owner=other.slug),
            row(organisation, slug="bad-cost", cost="cheap"),
        ]
    )
    result = pull(feed)
    assert "4 rows read: 1 new, 0 changed, 3 refused." in result
    assert "Row 2" in result and "Row 3" in result and "Row 4" in result
    assert Training.objects.filter(slug="good-one", owner=organisation).exists()
    theirs.refresh_from_db()
    assert theirs.title_fr == "Le leur" and theirs.owner == other
    assert not Training.objects.filter(slug__in=["into-other", "bad-cost"]).exists()
    feed.refresh_from_db()
    assert feed.succeeded is False and "Row 4" in feed.last_result
    [mail] = smtp_server
    assert mail.recipients == ["editor@agency.example"]
    assert "could not be imported completely" in mail.message["Subject"]
    assert "Row 4" in mail.message.get_content()


def test_an_unreachable_or_broken_feed_is_reported(feed, feed_server, smtp_server):
    feed, files = feed
    assert "could not be read" in pull(feed)  # 404
    files["/trainings.csv"] = b"\xff\xfe\x00garbage"
    assert "neither a CSV file" in pull(feed)
    assert len(smtp_server) == 2 and feed.succeeded is False


def test_the_command_pulls_every_active_feed(feed, organisation, capsys):
    feed, files = feed
    files["/trainings.csv"] = as_csv([row(organisation)])
    TrainingFeed.objects.create(
        organisation=organisation, url=feed.url + "?off", editor=feed.editor, active=False
    )
    call_command("pull_feeds")
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "1 new" in out


def test_the_admin_lists_feeds_with_their_last_result(client, feed, organisation, admin_user):
    feed, files = feed
    files["/trainings.csv"] = as_csv([row(organisation, cost="cheap")])
    pull(feed)
    client.force_login(admin_user)
    html = client.get("/admin/trainings/trainingfeed/").content.decode()
    assert feed.url in html and "Row 1" in html
