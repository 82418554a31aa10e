"""An agency's feed, served by a real HTTP server: pulled through the import, updated,
idempotent, errors e-mailed (real SMTP) and shown in the admin, never touching another
agency's trainings."""

import csv
import io
import json
import socket
import threading
from datetime import timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
import reversion
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from reversion.models import Version

from bedigital.models import REGION_LANGUAGES
from bedigital.roles import SITE_EDITORS
from bedigital.vocabularies import Cost, Region, SessionStatus
from tests.factories import OrganisationFactory, SessionFactory, TrainingFactory
from tests.trainings.test_import import row
from trainings.feeds import pull
from trainings.models import Training, TrainingFeed
from trainings.schedule import weekday_mask

pytestmark = pytest.mark.django_db


class Files(dict):
    """What the local server answers: bytes (200) or an address to redirect to (302); and
    the requests it was sent."""

    def __init__(self):
        super().__init__()
        self.requests = []


@pytest.fixture
def feed_server(settings):
    """A local web server answering with whatever `files[path]` holds. Feeds are read from
    the public internet only: this server's address is allowed (a test can take it back)."""
    files = Files()
    settings.FEEDS_ALLOWED_PRIVATE_NETWORKS = ["127.0.0.1/32"]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            files.requests.append(self.path)
            if self.path not in files:
                self.send_error(404)
                return
            body = files[self.path]
            if isinstance(body, str):
                self.send_response(302)
                self.send_header("Location", body)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
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


@pytest.fixture
def connections(monkeypatch):
    """Every address a socket connects to."""
    made = []
    connect = socket.socket.connect

    def recorded(sock, address):
        made.append(address)
        return connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", recorded)
    return made


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


@pytest.mark.parametrize("also_site_editor", [False, True])
def test_a_feed_reaches_only_its_organisation_whatever_else_its_editor_edits(
    feed, organisation, agency_editor, also_site_editor
):
    """Its editor also edits for another agency (or for the whole site): the feed of one
    agency still neither updates nor creates the other's trainings."""
    feed, files = feed
    other = OrganisationFactory()
    other.editors.add(agency_editor)
    if also_site_editor:
        agency_editor.groups.add(Group.objects.get(name=SITE_EDITORS))
    theirs = TrainingFactory(owner=other, slug="their-course", title_fr="Le leur")
    files["/trainings.csv"] = as_csv(
        [
            row(organisation, slug="ours"),
            row(organisation, slug="their-course", title_fr="Volé"),
            row(organisation, slug="into-other", owner=other.slug),
        ]
    )
    result = pull(feed)
    assert "3 rows read: 1 new, 0 changed, 2 refused." in result, result
    assert "Row 2" in result and "Row 3" in result
    assert other.slug in result  # "… is not one of your organisations"
    theirs.refresh_from_db()
    assert theirs.title_fr == "Le leur" and theirs.owner == other
    assert Training.objects.get(slug="ours").owner == organisation
    assert not Training.objects.filter(slug="into-other").exists()


def test_an_unreachable_or_broken_feed_is_reported(feed, feed_server, smtp_server):
    feed, files = feed
    assert "could not be read" in pull(feed)  # 404
    files["/trainings.csv"] = b"\xff\xfe\x00garbage"
    assert "neither a CSV file" in pull(feed)
    assert len(smtp_server) == 2 and feed.succeeded is False


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/trainings.csv", "file:///etc/passwd"])
def test_only_a_web_address_is_read(feed, url):
    feed, _files = feed
    feed.url = url
    assert pull(feed) == "The address must start with http:// or https://."
    assert feed.succeeded is False


@pytest.mark.parametrize(
    ("address", "shown"),
    [
        ("http://127.0.0.1:{port}/trainings.csv", "127.0.0.1"),  # the test server itself
        ("http://localhost:{port}/trainings.csv", "localhost ("),  # a name for it
        ("http://169.254.169.254/latest/meta-data/", "169.254.169.254"),  # cloud metadata
        ("https://169.254.169.254/latest/meta-data/", "169.254.169.254"),
        ("http://[::1]:{port}/trainings.csv", "::1"),
        ("http://[::ffff:127.0.0.1]:{port}/trainings.csv", "::ffff:127.0.0.1"),
        ("http://10.0.0.1/trainings.csv", "10.0.0.1"),
        ("http://172.16.5.4/trainings.csv", "172.16.5.4"),
        ("http://192.168.1.1/trainings.csv", "192.168.1.1"),
        ("http://0.0.0.0:{port}/trainings.csv", "0.0.0.0"),
        ("http://[fc00::1]/trainings.csv", "fc00::1"),
        ("http://[fe80::1]/trainings.csv", "fe80::1"),
    ],
)
def test_an_address_off_the_public_internet_is_refused_without_connecting(
    feed, settings, connections, address, shown
):
    feed, files = feed
    files["/trainings.csv"] = b"slug\nx\n"
    port = urlsplit(feed.url).port
    settings.FEEDS_ALLOWED_PRIVATE_NETWORKS = []  # as in production
    feed.url = address.format(port=port)
    result = pull(feed)
    assert result.startswith(f"The address {shown}"), result
    assert result.endswith(" is not on the public internet."), result
    assert feed.succeeded is False
    assert connections == [] and files.requests == []


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fr", "L'adresse 169.254.169.254 ne se trouve pas sur l'internet public."),
        ("nl", "Het adres 169.254.169.254 staat niet op het publieke internet."),
        ("de", "Die Adresse 169.254.169.254 liegt nicht im öffentlichen Internet."),
    ],
)
def test_the_agency_is_told_in_its_language(feed, organisation, smtp_server, language, said):
    organisation.language = language
    organisation.save()
    feed, _files = feed
    feed.url = "http://169.254.169.254/latest/meta-data/"
    assert pull(feed) == said
    [mail] = smtp_server
    assert said in mail.message.get_content()


@pytest.mark.parametrize(
    "target",
    [
        "http://169.254.169.254/latest/meta-data/",
        "http://127.0.0.2:{port}/trainings.csv",
        "http://[::1]:{port}/trainings.csv",
        "http://10.0.0.1/trainings.csv",
        "https://192.168.1.1/trainings.csv",
    ],
)
def test_a_redirect_off_the_public_internet_is_refused_without_connecting(
    feed, connections, target
):
    """The first address is allowed (the test server); where it redirects to is checked
    again before connecting."""
    feed, files = feed
    port = urlsplit(feed.url).port
    files["/trainings.csv"] = target.format(port=port)
    result = pull(feed)
    assert result.endswith(" is not on the public internet."), result
    assert urlsplit(target).hostname in result
    assert files.requests == ["/trainings.csv"]
    assert [address[1] for address in connections] == [port]  # the test server only


def test_a_redirect_to_a_web_address_is_followed_and_to_another_kind_refused(feed, organisation):
    feed, files = feed
    base = feed.url.rsplit("/", 1)[0]
    files["/trainings.csv"] = f"{base}/moved.csv"
    files["/moved.csv"] = as_csv([row(organisation)])
    assert "1 row read: 1 new" in pull(feed)
    files["/trainings.csv"] = "ftp://127.0.0.1/trainings.csv"  # urllib would follow it
    assert pull(feed) == (
        "The address redirects to ftp://127.0.0.1/trainings.csv, which is not an http:// or"
        " https:// address."
    )


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


# JSON in the API's shape ------------------------------------------------------------------


def as_json(data) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def given_to(item, organisation, slug=None) -> dict:
    """`item` (as the API gives it) as the agency's own: its slug, owner and provider."""
    ref = {"slug": organisation.slug, "url": "https://agency.example/"}
    return {**item, "slug": slug or f"fed-{item['slug']}", "owner": ref, "provider": ref}


def comparable(record) -> dict:
    """An API record without what names the item itself (slug, ids, links, organisations)."""
    record = {
        key: value
        for key, value in record.items()
        if key not in {"slug", "url", "owner", "provider", "updated"}
    }
    record["sessions"] = [
        {key: value for key, value in session.items() if key not in {"id", "ics"}}
        for session in record["sessions"]
    ]
    return record


@pytest.fixture
def sources(db):
    """Two trainings of another portal, as rich as the API shows them: four languages,
    vocabularies, a price, a repeating session with a day off, an online one."""
    source = OrganisationFactory()
    tuesday = timezone.localtime().replace(hour=18, minute=0, second=0, microsecond=0)
    tuesday += timedelta(days=(1 - tuesday.weekday()) % 7 + 7)
    first = TrainingFactory(
        owner=source,
        sessions=[],
        languages=["fr", "nl"],
        technologies=["programming", "data"],
        audiences=["jobseekers"],
        description_fr="<p>Dix soirées <strong>pratiques</strong>.</p>",
        duration_hours=30,
    )
    SessionFactory(
        training=first,
        start=tuesday,
        end=tuesday + timedelta(hours=3),
        repeat_days=weekday_mask([1, 3]),
        repeat_until=(tuesday + timedelta(days=27)).date(),
        skip_dates=(tuesday + timedelta(days=7)).date().isoformat(),
    )
    SessionFactory(
        training=first,
        start=tuesday + timedelta(days=42),
        end=tuesday + timedelta(days=42, hours=2),
        online=True,
        venue="",
        address="",
        capacity=None,
        status=SessionStatus.FULL,
    )
    second = TrainingFactory(owner=source, cost=Cost.PAID, price=Decimal("49.50"), sessions=[])
    # a feed gives sessions to the minute, as the import's cells do
    SessionFactory(training=second, start=tuesday, end=tuesday + timedelta(hours=2))
    return first, second


@pytest.fixture
def json_feed(feed):
    feed, files = feed
    feed.url = feed.url.replace(".csv", ".json")
    feed.save()
    return feed, files


def test_a_json_feed_in_the_apis_shape_gives_the_same_trainings(
    client, json_feed, organisation, sources
):
    feed, files = json_feed
    page = client.get("/api/v1/trainings").json()  # what GET /api/v1/trainings returns
    assert len(page["results"]) == 2
    files["/trainings.json"] = as_json(
        {**page, "results": [given_to(item, organisation) for item in page["results"]]}
    )
    assert "2 rows read: 2 new, 0 changed, 0 refused." in pull(feed)
    assert feed.succeeded is True
    for source in sources:
        fed = Training.objects.get(slug=f"fed-{source.slug}")
        assert fed.owner == organisation and fed.provider == organisation
        # every field, in four languages, and each session, as the source's
        mine = client.get(f"/api/v1/trainings/{fed.slug}").json()
        theirs = client.get(f"/api/v1/trainings/{source.slug}").json()
        assert comparable(mine) == comparable(theirs)
    assert Version.objects.get_for_object(fed).count() == 1


def test_a_json_feed_changes_only_what_changed_and_a_second_pull_nothing(
    client, json_feed, organisation, sources
):
    feed, files = json_feed
    first, second = (client.get(f"/api/v1/trainings/{s.slug}").json() for s in sources)
    items = [given_to(first, organisation), given_to(second, organisation)]
    files["/trainings.json"] = as_json(items)  # a plain list
    assert "2 new" in pull(feed)
    items[1]["title"]["fr"] = "Nouveau titre"
    items[1]["sessions"] = []
    files["/trainings.json"] = as_json(items)
    assert "2 rows read: 0 new, 1 changed, 0 refused." in pull(feed)
    changed = Training.objects.get(slug=items[1]["slug"])
    assert changed.title_fr == "Nouveau titre" and changed.sessions.count() == 0
    assert changed.title_nl == second["title"]["nl"]  # the other languages as they were
    same = Training.objects.get(slug=items[0]["slug"])
    assert Version.objects.get_for_object(changed).count() == 2  # a version per change
    assert Version.objects.get_for_object(same).count() == 1  # none for the unchanged one
    assert pull(feed) == "Unchanged since the last pull."
    assert Version.objects.get_for_object(changed).count() == 2

    files["/trainings.json"] = as_json({**items[0], "title": {"en": "One training alone"}})
    assert "1 row read: 0 new, 1 changed" in pull(feed)  # one training, not in a list
    same.refresh_from_db()
    assert same.title_en == "One training alone" and same.title_fr == ""


def test_a_paged_json_feed_is_read_to_its_last_page_on_its_own_site(
    client, json_feed, organisation, sources
):
    feed, files = json_feed
    first, second = (client.get(f"/api/v1/trainings/{s.slug}").json() for s in sources)
    files["/trainings.json"] = as_json(
        {"next": "/trainings.json?cursor=2", "results": [given_to(first, organisation)]}
    )
    files["/trainings.json?cursor=2"] = as_json(
        {"next": None, "results": [given_to(second, organisation)]}
    )
    assert "2 rows read: 2 new" in pull(feed)
    files["/trainings.json"] = as_json(
        {"next": "http://elsewhere.example/x.json", "results": [given_to(first, organisation)]}
    )
    assert "is on another site" in pull(feed) and feed.succeeded is False


def test_a_json_feed_goes_through_the_imports_checks(
    client, json_feed, organisation, sources, smtp_server
):
    feed, files = json_feed
    first, _second = (client.get(f"/api/v1/trainings/{s.slug}").json() for s in sources)
    other = OrganisationFactory()
    theirs = TrainingFactory(owner=other, slug="their-course", title_fr="Le leur")
    bad_session = {**first["sessions"][0], "start": "next tuesday"}
    items = [
        given_to(first, organisation, "good-one"),
        given_to(first, organisation, "their-course"),
        {**given_to(first, organisation, "into-other"), "owner": {"slug": other.slug}},
        {**given_to(first, organisation, "bad-cost"), "cost": "cheap"},
        {**given_to(first, organisation, "bad-session"), "sessions": [bad_session]},
    ]
    files["/trainings.json"] = as_json(items)
    result = pull(feed)
    assert "5 rows read: 1 new, 0 changed, 4 refused." in result
    assert "Row 2" in result and "Row 3" in result and "Row 4" in result
    assert "Row 5, sessions: Session 1:" in result and "next tuesday" in result
    assert list(Training.objects.filter(owner=organisation).values_list("slug", flat=True)) == [
        "good-one"
    ]
    theirs.refresh_from_db()
    assert theirs.title_fr == "Le leur" and theirs.owner == other
    [mail] = smtp_server
    assert "Row 5" in mail.message.get_content()

    files["/trainings.json"] = b'{"results": [1, 2]}'
    assert "not in the API's shape" in pull(feed)
    files["/trainings.json"] = b'{"slug": "x",'
    assert "not valid JSON" in pull(feed)


@pytest.mark.parametrize(
    ("language", "region", "subject", "line"),
    [
        ("fr", Region.BRUSSELS, "Votre flux de formations n'a pas pu être importé", "Ligne 1"),
        ("", Region.FLANDERS, "Je opleidingenfeed kon niet volledig geïmporteerd", "Rij 1"),
        ("", Region.GERMAN_COMMUNITY, "Ihr Weiterbildungs-Feed konnte nicht", "Zeile 1"),
        ("", Region.BRUSSELS, "Your training feed could not be imported", "Row 1"),
    ],
)
def test_the_report_is_e_mailed_in_the_organisations_language(
    json_feed, organisation, smtp_server, admin_user, client, language, region, subject, line
):
    """Its own choice, else its region's; in Brussels, with two languages, English."""
    organisation.language, organisation.region = language, region
    organisation.email = "trainings@agency.example"
    organisation.save()
    feed, files = json_feed
    files["/trainings.json"] = as_json([{"slug": "bad", "owner": organisation.slug, "cost": "x"}])
    pull(feed)
    [mail] = smtp_server
    assert mail.recipients == ["editor@agency.example", "trainings@agency.example"]
    assert subject in mail.message["Subject"]
    assert mail.message["Content-Language"] == (language or REGION_LANGUAGES.get(region, "en"))
    body = mail.message.get_content()
    assert feed.url in body and line in body
    client.force_login(admin_user)  # the admin shows the same report
    assert line in client.get("/admin/trainings/trainingfeed/").content.decode()
