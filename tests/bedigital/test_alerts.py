"""E-mail alerts, every step of their life through a real SMTP server (aiosmtpd): sign up,
confirm, digests of new joinable sessions only, one-click unsubscribe, expiry, re-runs."""

import io
import re
from datetime import date, timedelta

import pytest
from django.core.cache import caches
from django.core.management import CommandError, call_command
from django.db.models import F
from django.test import Client
from django.utils import timezone

from bedigital.alerts import tokens
from bedigital.alerts.models import Alert, SentSession
from bedigital.models import SitePage
from bedigital.vocabularies import Cost, Region, SessionStatus
from tests.factories import SessionFactory, TrainingFactory
from trainings.models import Training

pytestmark = pytest.mark.django_db

ADDRESS = "sofie@example.be"
SEARCH = "?cost=free&region=brussels&sort=title&page=2"


@pytest.fixture(autouse=True)
def fresh_limits():
    caches["default"].clear()  # the sign-up counters
    yield
    caches["default"].clear()


def sign_up(client, language="nl", email=ADDRESS, query="cost=free&region=brussels", **extra):
    form = {"email": email, "frequency": "daily", "language": language, "query": query}
    return client.post(f"/{language}/alerts/", form, **extra)


def text_part(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def html_part(message) -> str:
    return message.get_body(preferencelist=("html",)).get_content()


def link_in(message, kind: str) -> str:
    url = re.search(rf"https?://\S+/alerts/{kind}/\S+/", text_part(message)).group(0)
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def confirmed_alert(client, smtp_server, **kwargs) -> Alert:
    sign_up(client, **kwargs)
    client.post(link_in(smtp_server[-1].message, "confirm"))
    return Alert.objects.get()


def send(frequency="daily") -> str:
    """The scheduler's run, a week after the last one: what happened so far moves a week
    into the past."""
    week = timedelta(days=7)
    Alert.objects.update(
        checked_at=F("checked_at") - week,
        confirmed_at=F("confirmed_at") - week,
        created_at=F("created_at") - week,
    )
    Training.objects.update(publication_date=F("publication_date") - week)
    out = io.StringIO()
    call_command("send_alerts", frequency, stdout=out)
    return out.getvalue()


def send_again(frequency="daily") -> str:
    """The same run again at once (a second timer, a second server)."""
    out = io.StringIO()
    call_command("send_alerts", frequency, stdout=out)
    return out.getvalue()


# Signing up


@pytest.mark.parametrize(
    ("language", "heading", "cost"),
    [
        ("nl", "Mail me nieuwe opleidingen zoals deze", "Gratis"),
        ("fr", "M’envoyer par e-mail les nouvelles formations de ce type", "Gratuit"),
        ("de", "Neue Weiterbildungen wie diese per E-Mail erhalten", "Kostenlos"),
        ("en", "E-mail me new trainings like these", "Free"),
    ],
)
def test_the_sign_up_page_shows_her_search_in_her_language(client, language, heading, cost):
    response = client.get(f"/{language}/alerts/{SEARCH}")
    html = response.content.decode()
    assert response.status_code == 200
    assert heading in html
    assert cost in html
    assert 'name="query" value="cost=free&amp;region=brussels"' in html  # no page, no sort
    assert f'<option value="{language}" selected>' in html
    assert f'href="/{language}/privacy/"' in html
    assert "no-store" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in html


def test_the_catalogue_and_the_search_page_offer_an_alert(client):
    catalogue = client.get("/nl/trainings/?cost=free").content.decode()
    assert 'href="/nl/alerts/?cost=free"' in catalogue
    search = client.get("/fr/search/?q=python").content.decode()
    assert 'href="/fr/alerts/?q=python"' in search


def test_sign_up_sends_a_confirmation_in_her_language(client, smtp_server, settings):
    settings.SITE_URL = "https://www.bedigitaltogether.be"
    response = sign_up(client, "nl")
    assert response.status_code == 302
    assert response["Location"] == "/nl/alerts/sent/"
    assert "Kijk in je mailbox" in client.get(response["Location"]).content.decode()
    [mail] = smtp_server
    assert mail.recipients == [ADDRESS]
    message = mail.message
    assert message["Subject"] == "Bevestig je e-mailalert"
    assert message["Content-Language"] == "nl"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.fullmatch(
        r"<https://www\.bedigitaltogether\.be/nl/alerts/unsubscribe/\S+/>",
        message["List-Unsubscribe"].strip(),
    )
    text, html = text_part(message), html_part(message)
    assert "- Kostprijs: Gratis\r\n" in text
    assert "- Regio: Brussels Hoofdstedelijk Gewest\r\n" in text
    assert "https://www.bedigitaltogether.be/nl/alerts/confirm/" in text
    assert '<html lang="nl">' in html and "Mijn alert bevestigen" in html
    alert = Alert.objects.get()
    assert alert.email == ADDRESS and alert.language == "nl"
    assert alert.query == "cost=free&region=brussels"
    assert alert.confirmed_at is None


def test_confirming_from_the_link(client, smtp_server):
    sign_up(client, "de")
    url = link_in(smtp_server[0].message, "confirm")
    page = client.get(url)
    assert page.status_code == 200
    assert Alert.objects.get().confirmed_at is None  # opening the link is not enough
    assert "Meine Benachrichtigung bestätigen" in page.content.decode()
    response = client.post(url)
    assert response.status_code == 302 and "/de/alerts/manage/" in response["Location"]
    alert = Alert.objects.get()
    assert alert.confirmed_at is not None
    assert alert.expires_at.date() == (timezone.now() + timedelta(days=365)).date()
    manage = client.get(response["Location"]).content.decode()
    assert "sofie@example.be" in manage and "Kostenlos" in manage


def test_signing_up_twice_is_one_alert_and_a_confirmed_one_is_not_changed(client, smtp_server):
    confirmed_alert(client, smtp_server)
    sign_up(client, "fr")  # someone else, for the same address and search
    alert = Alert.objects.get()
    assert alert.language == "nl" and alert.frequency == "daily"
    assert smtp_server[-1].message["Subject"] == "Je hebt deze e-mailalert al"  # her language
    assert "/nl/alerts/manage/" in text_part(smtp_server[-1].message)


@pytest.mark.parametrize("email", ["", "not-an-address", "a@b", "x" * 250 + "@example.be"])
def test_an_invalid_address_is_explained(client, smtp_server, email):
    response = sign_up(client, "fr", email=email)
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.content.decode()
    assert not smtp_server and not Alert.objects.exists()


def test_junk_in_the_search_is_left_out(client, smtp_server):
    sign_up(client, query="cost=free&cost=nonsense&colour=red&sort=title&page=9")
    assert Alert.objects.get().query == "cost=free"
    response = client.post("/en/alerts/", {"email": ADDRESS, "frequency": "x", "query": "a" * 3000})
    assert response.status_code == 400


def test_sign_ups_are_limited_per_address(client, smtp_server):
    for _ in range(3):
        assert sign_up(client).status_code == 302
    refused = sign_up(client, REMOTE_ADDR="198.51.100.9")
    assert refused.status_code == 429
    assert "Te veel aanmeldingen" in refused.content.decode()
    assert len(smtp_server) == 3


def test_sign_ups_are_limited_per_client(client, smtp_server):
    for n in range(10):
        assert sign_up(client, email=f"person{n}@example.be").status_code == 302
    assert sign_up(client, email="another@example.be").status_code == 429
    assert len(smtp_server) == 10
    elsewhere = sign_up(client, email="another@example.be", REMOTE_ADDR="198.51.100.9")
    assert elsewhere.status_code == 302


# Bad links


def test_a_tampered_token_gets_a_clear_page(client, smtp_server):
    sign_up(client, "nl")
    url = link_in(smtp_server[0].message, "confirm")
    for bad in [url[:-3] + "xx/", url.replace("confirm", "manage"), "/nl/alerts/confirm/junk/"]:
        response = client.get(bad)
        assert response.status_code == 400
        assert "Deze link werkt niet" in response.content.decode()
    assert client.post("/nl/alerts/unsubscribe/junk/").status_code == 400


def test_an_expired_confirmation_link(client, smtp_server, monkeypatch):
    sign_up(client, "fr")
    url = link_in(smtp_server[0].message, "confirm")
    later = timezone.now().timestamp() + 8 * 24 * 3600
    monkeypatch.setattr("django.core.signing.time.time", lambda: later)
    response = client.post(url)
    assert response.status_code == 400
    assert "Ce lien a expiré" in response.content.decode()
    assert Alert.objects.get().confirmed_at is None


def test_links_of_a_deleted_alert(client, smtp_server):
    alert = confirmed_alert(client, smtp_server, language="en")
    manage = f"/en/alerts/manage/{tokens.make(alert, tokens.MANAGE)}/"
    unsubscribe = f"/en/alerts/unsubscribe/{tokens.make(alert, tokens.UNSUBSCRIBE)}/"
    alert.delete()
    for url in (manage, unsubscribe):
        response = client.get(url)
        assert response.status_code == 404
        assert "This alert no longer exists" in response.content.decode()
    assert client.post(unsubscribe).status_code == 200  # unsubscribed already: fine


# Managing


def test_change_renew_and_delete(client, smtp_server):
    alert = confirmed_alert(client, smtp_server)
    url = f"/nl/alerts/manage/{tokens.make(alert, tokens.MANAGE)}/"
    response = client.post(url, {"action": "save", "frequency": "weekly", "language": "fr"})
    assert "Je wijzigingen zijn bewaard." in response.content.decode()
    alert.refresh_from_db()
    assert (alert.frequency, alert.language) == ("weekly", "fr")
    Alert.objects.update(confirmed_at=timezone.now() - timedelta(days=300))
    client.post(url, {"action": "renew"})
    alert.refresh_from_db()
    assert alert.expires_at > timezone.now() + timedelta(days=364)
    bad = client.post(url, {"action": "save", "frequency": "hourly", "language": "fr"})
    assert bad.status_code == 400
    deleted = client.post(url, {"action": "delete"})
    assert "Alert verwijderd" in deleted.content.decode()
    assert not Alert.objects.exists()


def test_one_click_unsubscribe_without_a_csrf_token(smtp_server):
    client = Client(enforce_csrf_checks=True)
    alert = confirmed_alert(Client(), smtp_server, language="fr")
    SentSession.objects.create(alert=alert, session=SessionFactory())
    header = smtp_server[0].message["List-Unsubscribe"].strip("<>")
    path = "/" + header.split("://", 1)[1].split("/", 1)[1]
    page = client.get(path)
    assert "Se désabonner" in page.content.decode()
    assert Alert.objects.exists()  # opening the page changes nothing
    response = client.post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 200
    assert not Alert.objects.exists() and not SentSession.objects.exists()


# Digests


def test_a_digest_sends_only_new_joinable_matching_sessions_once(client, smtp_server, settings):
    settings.SITE_URL = "https://www.bedigitaltogether.be"
    old = TrainingFactory(cost=Cost.FREE, region=Region.BRUSSELS, sessions=[20])
    alert = confirmed_alert(client, smtp_server)
    smtp_server.clear()
    assert "0 e-mails sent" in send()  # nothing new yet
    new = TrainingFactory(cost=Cost.FREE, region=Region.BRUSSELS, sessions=[15])
    SessionFactory(training=old, start=timezone.now() + timedelta(days=40))  # a new run
    SessionFactory(training=new, status=SessionStatus.FULL)
    SessionFactory(training=new, status=SessionStatus.CANCELLED)
    SessionFactory(training=new, registration_deadline=date.today() - timedelta(days=1))
    SessionFactory(training=new, start=timezone.now() - timedelta(days=1))  # begun
    TrainingFactory(cost=Cost.PAID, region=Region.BRUSSELS, sessions=[15])  # not her search
    TrainingFactory(cost=Cost.FREE, region=Region.FLANDERS, sessions=[15])
    out = send()
    assert "1/1 alerts checked, 1 e-mails sent, 0 failed" in out
    [mail] = smtp_server
    message = mail.message
    assert mail.recipients == [ADDRESS]
    assert message["Subject"] == "2 nieuwe sessies voor je zoekopdracht"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text, html = text_part(message), html_part(message)
    assert new.title_nl in text and old.title_nl in text
    assert text.index(new.title_nl) < text.index(old.title_nl)  # soonest first
    assert f"https://www.bedigitaltogether.be/nl/trainings/{new.slug}/" in text
    assert f'href="https://www.bedigitaltogether.be/nl/trainings/{new.slug}/"' in html
    assert "/nl/alerts/manage/" in text and "/nl/alerts/unsubscribe/" in html
    assert "Deze alert loopt af op" in text
    assert SentSession.objects.filter(alert=alert).count() == 2

    # Run again at once (a second timer, a second server): nothing is sent twice.
    assert "0 daily alerts due" in send_again()
    assert "0 e-mails sent" in send()  # the next day: nothing new
    assert len(smtp_server) == 1
    newer = SessionFactory(training=new, start=timezone.now() + timedelta(days=50))
    send()
    assert len(smtp_server) == 2
    assert "1 nieuwe sessie voor je zoekopdracht" == smtp_server[-1].message["Subject"]
    assert newer.training.title_nl in text_part(smtp_server[-1].message)


@pytest.mark.parametrize(
    ("language", "subject"),
    [
        ("nl", "1 nieuwe sessie voor je zoekopdracht"),
        ("fr", "1 nouvelle session pour votre recherche"),
        ("de", "1 neuer Termin für Ihre Suche"),
        ("en", "1 new session for your search"),
    ],
)
def test_digests_are_in_the_alert_language(client, smtp_server, language, subject):
    confirmed_alert(client, smtp_server, language=language, query="")
    training = TrainingFactory()
    send()
    message = smtp_server[-1].message
    assert message["Subject"] == subject
    assert getattr(training, f"title_{language}") in text_part(message)
    assert f'<html lang="{language}">' in html_part(message)


def test_a_weekly_alert_waits_for_the_weekly_run(client, smtp_server):
    confirmed_alert(client, smtp_server, query="")
    Alert.objects.update(frequency="weekly")
    TrainingFactory()
    smtp_server.clear()
    assert "0 daily alerts due" in send("daily")
    assert "1 weekly alerts due" in send_again("weekly")
    assert len(smtp_server) == 1


def test_a_crash_half_way_and_a_re_run_send_nothing_twice(client, smtp_server):
    for email in ["a@example.be", "b@example.be", "c@example.be"]:
        sign_up(client, email=email, query="")
        client.post(link_in(smtp_server[-1].message, "confirm"))
    smtp_server.clear()
    TrainingFactory()
    smtp_server.refused.add("b@example.be")  # her mail server is down
    with pytest.raises(CommandError, match="1 e-mails could not be sent"):
        send()
    assert sorted(mail.recipients[0] for mail in smtp_server) == ["a@example.be", "c@example.be"]
    assert not SentSession.objects.filter(alert__email="b@example.be").exists()
    smtp_server.refused.clear()
    assert "1 daily alerts due" in send_again()  # the scheduler runs it again
    assert sorted(mail.recipients[0] for mail in smtp_server) == [
        "a@example.be",
        "b@example.be",
        "c@example.be",
    ]


def test_alerts_expire_after_a_year_unless_confirmed_again(client, smtp_server):
    alert = confirmed_alert(client, smtp_server, query="")
    SentSession.objects.create(alert=alert, session=SessionFactory())
    Alert.objects.update(confirmed_at=timezone.now() - timedelta(days=366))
    TrainingFactory()
    smtp_server.clear()
    assert "(1 expired deleted)" in send()
    assert not smtp_server
    assert not Alert.objects.exists() and not SentSession.objects.exists()


def test_unconfirmed_sign_ups_are_deleted_after_a_week(client, smtp_server):
    sign_up(client)
    Alert.objects.update(created_at=timezone.now() - timedelta(days=8))
    TrainingFactory()
    send()
    assert not Alert.objects.exists()
    assert len(smtp_server) == 1  # the confirmation only


def test_the_privacy_policy_says_what_alerts_keep(client):
    page = SitePage.objects.get(slug="privacy")
    assert page.body_nl.count("<h2>E-mailalerts</h2>") == 1
    html = client.get("/de/privacy/").content.decode()
    assert "E-Mail-Benachrichtigungen" in html
    assert html.index("E-Mail-Benachrichtigungen") < html.index("Rechtsgrundlage</h2>")


@pytest.mark.parametrize("trainings", [1, 30])
def test_alert_pages_run_a_constant_number_of_queries(
    client, smtp_server, django_assert_max_num_queries, trainings
):
    TrainingFactory.create_batch(trainings)
    alert = confirmed_alert(client, smtp_server)
    with django_assert_max_num_queries(3):
        client.get(f"/nl/alerts/{SEARCH}")
    with django_assert_max_num_queries(4):
        client.get(f"/nl/alerts/manage/{tokens.make(alert, tokens.MANAGE)}/")
    with django_assert_max_num_queries(4):
        client.get(f"/nl/alerts/unsubscribe/{tokens.make(alert, tokens.UNSUBSCRIBE)}/")


def test_sending_runs_a_constant_number_of_queries_per_alert(
    client, smtp_server, django_assert_max_num_queries
):
    for n in range(5):
        sign_up(client, email=f"person{n}@example.be", query="cost=free")
        client.post(link_in(smtp_server[-1].message, "confirm"))
    TrainingFactory.create_batch(10)
    Alert.objects.update(checked_at=timezone.now() - timedelta(days=2))
    Training.objects.update(publication_date=timezone.now() - timedelta(days=3))
    SessionFactory.create_batch(3, training=Training.objects.first())
    smtp_server.clear()
    # one search shared by five alerts: looked up once; then a few queries per alert
    with django_assert_max_num_queries(6 + 5 * 6):
        call_command("send_alerts", "daily", stdout=io.StringIO())
    assert len(smtp_server) == 5
