"""Hostile requests against the page cache and absolute URLs (issue 13, items 5 and 8).

Absolute URLs come from settings.SITE_URL, never from the request's Host header; cached pages
are keyed on what really varies (language, path, a query string the page knows); junk query
strings create no entries; nothing says whether a response came from the cache.
"""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from tests.factories import InitiativeFactory, OrganisationFactory, TrainingFactory
from tests.factories import TestimonialFactory as StoryFactory

pytestmark = pytest.mark.django_db

CANONICAL = "https://www.bedigitaltogether.be"
# Django checks ALLOWED_HOSTS without the port, so any port on an allowed name gets through.
OTHER_PORT = "127.0.0.1:6666"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.SITE_URL = CANONICAL
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "test-poisoning",
        },
    }
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.fixture
def content():
    training = TrainingFactory()
    return {
        "training": training,
        "initiative": InitiativeFactory(),
        "story": StoryFactory(),
        "partner": training.provider,
    }


def page_entries() -> list[str]:
    return [key for key in caches["pages"]._cache if ":page:" in key]


def queries(client, url, **headers) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, headers=headers)
    assert response.status_code == 200, url
    return len(context.captured_queries), body(response)


def body(response) -> str:
    if response.streaming:
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def off_site_links(html: str) -> list[str]:
    """Every href/src that leaves the site (other than the known external ones)."""
    links = re.findall(r'(?:href|src)="([^"]*)"', html)
    return [
        link
        for link in links
        if urlsplit(link).netloc not in {"", urlsplit(CANONICAL).netloc, "example.org"}
        or link.startswith("//")
    ]


def public_pages(content) -> list[str]:
    return [
        "/fr/",
        "/fr/trainings/",
        f"/fr/trainings/{content['training'].slug}/",
        "/fr/initiatives/",
        f"/fr/initiatives/{content['initiative'].slug}/",
        f"/fr/testimonials/{content['story'].slug}/",
        f"/fr/partners/{content['partner'].slug}/",
        "/fr/figures/",
        "/fr/partners/",
        "/fr/testimonials/",
    ]


@pytest.mark.parametrize("host", [OTHER_PORT, "localhost", "evil.example"])
def test_an_injected_host_never_reaches_a_cached_page(client, settings, content, host):
    settings.ALLOWED_HOSTS = ["*"] if host == "evil.example" else settings.ALLOWED_HOSTS
    for url in public_pages(content):
        _count, poisoned = queries(client, url, host=host)
        assert host not in poisoned, url
        count, html = queries(client, url)  # the next, ordinary visitor
        assert count == 1, url  # served from the cache the attacker filled
        assert host not in html, url
        assert f'hreflang="x-default" href="{CANONICAL}/en/' in html, url
        assert f'hreflang="nl" href="{CANONICAL}/nl/' in html, url


def test_a_training_links_to_itself_on_the_canonical_origin(client, content):
    training = content["training"]
    _count, html = queries(client, f"/en/trainings/{training.slug}/", host=OTHER_PORT)
    [json_ld] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    course = json.loads(json_ld)
    assert course["url"] == f"{CANONICAL}/en/trainings/{training.slug}/"
    assert course["provider"]["url"] == f"{CANONICAL}/en/partners/{training.provider.slug}/"


def test_robots_txt_and_sitemap_use_the_canonical_origin(client, content):
    _count, robots = queries(client, "/robots.txt", host=OTHER_PORT)
    assert f"Sitemap: {CANONICAL}/sitemap.xml" in robots
    assert OTHER_PORT not in robots
    _count, sitemap = queries(client, "/sitemap.xml", host=OTHER_PORT)
    assert f"<loc>{CANONICAL}/de/trainings/{content['training'].slug}/</loc>" in sitemap
    assert f'hreflang="x-default" href="{CANONICAL}/trainings/' in sitemap
    assert OTHER_PORT not in sitemap and "http://testserver" not in sitemap
    count, again = queries(client, "/sitemap.xml")
    assert count == 1 and again == sitemap  # cached like the pages, with the same links


def test_export_json_urls_use_the_canonical_origin(client, content):
    _count, text = queries(
        client, "/en/initiatives/export.json?category=education", host="localhost"
    )
    data = json.loads(text)
    assert data["source"] == f"{CANONICAL}/en/initiatives/export.json?category=education"
    [item] = data["results"]
    assert item["url"] == f"{CANONICAL}/en/initiatives/{content['initiative'].slug}/"
    _count, csv_text = queries(client, "/en/initiatives/export.csv", host="localhost")
    assert f"{CANONICAL}/en/initiatives/{content['initiative'].slug}/" in csv_text


def test_calendar_uids_and_urls_use_the_canonical_origin(client, content):
    training = content["training"]
    session = training.sessions.get()
    for url in [
        f"/fr/trainings/{training.slug}/sessions/{session.pk}.ics",
        "/fr/trainings/calendar.ics?cost=free",
    ]:
        _count, text = queries(client, url, host=OTHER_PORT)
        [event] = Calendar.from_ical(text).walk("VEVENT")
        assert str(event["UID"]) == f"session-{session.pk}@www.bedigitaltogether.be"
        assert str(event["URL"]) == f"{CANONICAL}/fr/trainings/{training.slug}/"
        assert OTHER_PORT not in text


def test_junk_query_strings_create_no_cache_entries(client, content):
    junk = [  # each kind twice on every page, every string different
        lambda n: f"?utm_source=campaign-{n}",  # a parameter no page knows
        lambda n: f"?cost=free&x{n}=",  # known ones with an unknown one
        lambda n: f"?cost=unknown-{n}",  # an unknown value of a known facet
        lambda n: f"?page={n + 2}",  # pages that do not exist
        lambda n: f"?page=0{n + 1}",  # the first page spelt another way
        lambda n: f"?q=word{n}",  # free text asked once is not stored, as search
        lambda n: f"?near=LI%C3%88GE{'!' * n}",  # nor a place
    ]
    urls = [
        page + kind(number)
        for number, page in enumerate(public_pages(content) * 2)
        for kind in junk
    ]
    assert len(set(urls)) == 140
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert page_entries() == []


def test_known_query_strings_share_one_entry_whatever_their_order(client, content):
    training = content["training"]
    queries(client, "/fr/trainings/?region=brussels&cost=free")
    assert len(page_entries()) == 1
    for same in [
        "/fr/trainings/?cost=free&region=brussels",
        "/fr/trainings/?cost=free&region=brussels&cost=free",
        "/fr/trainings/?cost=%66ree&region=brussels&",
    ]:
        count, html = queries(client, same)
        assert count == 1 and training.title_fr in html, same
    assert len(page_entries()) == 1
    # What a submitted filter form sends: empty text and dates, a chosen sort, page 1.
    form = "/fr/trainings/?q=&cost=free&starts_after=&starts_before=&when=current&sort=soonest"
    queries(client, form + "&page=1")
    assert queries(client, form + "&page=1")[0] == 1
    assert len(page_entries()) == 2
    # free text (a place, keywords): stored once asked a second time
    for url in ["/fr/trainings/?near=Luik&within=25", "/fr/trainings/?q=python&cost=free"]:
        queries(client, url)
        queries(client, url)
        assert queries(client, url)[0] == 1, url
    queries(client, "/fr/trainings/?cost=paid")  # nothing matches, and the page says so
    assert queries(client, "/fr/trainings/?cost=paid")[0] == 1
    for other in ["/fr/partners/?kind=&region=brussels", "/fr/trainings/calendar.ics?cost=free"]:
        queries(client, other)
        assert queries(client, other)[0] == 1, other


def test_the_poisoned_entry_is_not_what_the_next_visitor_gets(client, content):
    """The attack as reported: one request with another port, then ordinary visitors."""
    client.get("/nl/trainings/", headers={"host": OTHER_PORT})
    for _visitor in range(3):
        html = client.get("/nl/trainings/").content.decode()
        assert OTHER_PORT not in html
        assert f'<link rel="alternate" hreflang="fr" href="{CANONICAL}/fr/trainings/">' in html


def test_no_header_tells_a_cached_response_from_a_fresh_one(client, content):
    fresh = client.get("/en/trainings/")
    cached = client.get("/en/trainings/")
    assert cached.content == fresh.content
    assert set(cached.headers) == set(fresh.headers)
    assert not any("cache" in name.lower() and name != "Cache-Control" for name in cached.headers)


@pytest.mark.parametrize("path", ["//evil.example/", "//evil.example/fr/", "/\\evil.example/"])
def test_a_not_found_page_under_a_double_slash_links_on_site_only(client, path):
    response = client.get("/", PATH_INFO=path)
    assert response.status_code == 404
    html = response.content.decode()
    assert 'hreflang="x-default"' in html
    assert off_site_links(html) == []


def test_sitemap_runs_a_constant_number_of_queries(client, settings, django_assert_max_num_queries):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }

    def sizes() -> int:
        with CaptureQueriesContext(connection) as context:
            response = client.get("/sitemap.xml")
        assert response.status_code == 200
        return len(context.captured_queries)

    TrainingFactory()
    InitiativeFactory()
    StoryFactory()
    few = sizes()
    OrganisationFactory.create_batch(5)
    TrainingFactory.create_batch(12, sessions=[])
    InitiativeFactory.create_batch(8)
    StoryFactory.create_batch(6)
    with django_assert_max_num_queries(few):
        body = client.get("/sitemap.xml").content.decode()
    assert body.count("/trainings/training-") >= 13 * 4


def test_site_url_must_be_an_origin():
    from tests.bedigital.test_settings import run_settings

    code = "import bedigital.settings as s; print(s.SITE_URL, s.SECURE_SSL_HOST)"
    ok = run_settings(code, DJANGO_DEBUG="1", DJANGO_SITE_URL="https://www.example.be/")
    assert ok.stdout.split() == ["https://www.example.be", "www.example.be"]
    for wrong in ["www.example.be", "https://www.example.be/portal", "ftp://example.be"]:
        result = run_settings(code, DJANGO_DEBUG="1", DJANGO_SITE_URL=wrong)
        assert "DJANGO_SITE_URL must be an origin" in result.stderr, wrong


def test_deployment_check_warns_unless_the_site_url_is_https(settings):
    from bedigital.origin import check_site_url

    assert check_site_url(None) == []
    settings.SITE_URL = "http://127.0.0.1:8000"
    [warning] = check_site_url(None)
    assert warning.id == "bedigital.W001"
