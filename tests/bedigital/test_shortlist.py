"""The shortlist: "Keep for later" without an account or JavaScript, a signed cookie, a page
comparing the kept trainings, "e-mail it to myself", and cached pages that stay cached."""

import re

import pytest
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bedigital.alerts.shortlist import COOKIE, MAX_ITEMS
from bedigital.vocabularies import Cost, SkillLevel, Status
from tests.factories import TrainingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_limits():
    caches["default"].clear()
    yield
    caches["default"].clear()


def keep(client, training, **extra):
    extra.setdefault("HTTP_REFERER", "http://testserver/fr/trainings/?cost=free")
    return client.post("/fr/shortlist/keep/", {"training": training.pk}, **extra)


def test_keep_for_later_without_a_token_then_compare(settings):
    client = Client(enforce_csrf_checks=True)  # cached pages carry no CSRF token
    python = TrainingFactory(title_fr="Python le soir", cost=Cost.FREE, level=SkillLevel.FOUNDATION)
    web = TrainingFactory(title_fr="Créer un site web", cost=Cost.PAID, price=120)
    response = keep(client, python)
    assert response.status_code == 303
    assert response["Location"] == "/fr/shortlist/?back=%2Ffr%2Ftrainings%2F%3Fcost%3Dfree"
    assert response.cookies[COOKIE]["httponly"] and response.cookies[COOKIE]["samesite"] == "Lax"
    keep(client, web)
    keep(client, python)  # twice: kept once
    page = client.get("/fr/shortlist/")
    html = page.content.decode()
    assert "no-store" in page["Cache-Control"]
    headers = re.findall(r'<th scope="col"><a href="[^"]+">([^<]+)</a>', html)
    assert headers == ["Python le soir", "Créer un site web"]  # in the order kept
    assert "Gratuit" in html and "120" in html
    assert 'href="/fr/trainings/?cost=free"' in client.get(response["Location"]).content.decode()


def test_remove_from_the_shortlist(client):
    training = TrainingFactory()
    keep(client, training)
    client.post("/nl/shortlist/keep/", {"training": training.pk, "action": "remove"})
    assert "Nog niets bewaard" in client.get("/nl/shortlist/").content.decode()


def test_a_tampered_cookie_or_another_sites_form_changes_nothing(client):
    training = TrainingFactory()
    client.cookies[COOKIE] = f"{training.pk}:forged"
    assert client.get("/en/shortlist/").status_code == 200
    assert "Nothing kept yet" in client.get("/en/shortlist/").content.decode()
    refused = keep(client, training, HTTP_ORIGIN="https://evil.example")
    assert refused.status_code == 403
    assert keep(client, TrainingFactory(status=Status.DRAFT)).status_code == 303
    assert "Nothing kept yet" in client.get("/en/shortlist/").content.decode()
    elsewhere = client.post(
        "/en/shortlist/keep/", {"training": "abc"}, HTTP_REFERER="https://evil.example/x"
    )
    assert elsewhere["Location"] == "/en/shortlist/"  # no way back to another site


def test_the_list_keeps_the_last_twenty(client):
    trainings = TrainingFactory.create_batch(MAX_ITEMS + 2)
    for training in trainings:
        keep(client, training)
    html = client.get("/en/shortlist/").content.decode()
    assert html.count('<th scope="col">') == MAX_ITEMS
    assert trainings[0].title_en not in html and trainings[-1].title_en in html


def test_cards_and_pages_offer_keep_for_later(client):
    training = TrainingFactory()
    for url in ["/de/trainings/", f"/de/trainings/{training.slug}/"]:
        html = client.get(url).content.decode()
        assert 'action="/de/shortlist/keep/"' in html
        assert f'name="training" value="{training.pk}"' in html
        assert "Für später merken" in html


def test_cached_pages_do_not_vary_on_the_shortlist(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "sl"},
    }
    caches["pages"].clear()
    training = TrainingFactory()
    first = client.get("/fr/trainings/").content
    keep(client, training)
    assert COOKIE in client.cookies
    with CaptureQueriesContext(connection) as queries:
        again = client.get("/fr/trainings/")
    assert again.content == first
    assert len(queries.captured_queries) == 1  # the content version: served from the cache
    assert not again.cookies
    caches["pages"].clear()


def test_email_it_to_myself(client, smtp_server):
    training = TrainingFactory(title_nl="Data voor beginners")
    keep(client, training)
    response = client.post("/nl/shortlist/", {"email": "an@example.be"})
    assert "Je shortlist werd naar an@example.be gestuurd." in response.content.decode()
    [mail] = smtp_server
    assert mail.recipients == ["an@example.be"]
    assert mail.message["Subject"] == "Je shortlist van opleidingen"
    text = mail.message.get_body(preferencelist=("plain",)).get_content()
    assert "Data voor beginners" in text and f"/nl/trainings/{training.slug}/" in text
    html = mail.message.get_body(preferencelist=("html",)).get_content()
    assert '<html lang="nl">' in html
    bad = client.post("/nl/shortlist/", {"email": "nope"})
    assert bad.status_code == 400 and len(smtp_server) == 1


@pytest.mark.parametrize("count", [2, 15])
def test_the_shortlist_runs_a_constant_number_of_queries(
    client, django_assert_max_num_queries, count
):
    for training in TrainingFactory.create_batch(count):
        keep(client, training)
    client.get("/en/shortlist/")  # what is kept per content version, read once
    with django_assert_max_num_queries(4):
        client.get("/en/shortlist/")
