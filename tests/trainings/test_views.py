import json
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar

from bedigital.vocabularies import Status
from bedigital.writes import write
from tests.conftest import LANGUAGES
from tests.factories import OrganisationFactory, SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db

HEADINGS = {
    "nl": "Vind een opleiding",
    "fr": "Trouver une formation",
    "de": "Eine Weiterbildung finden",
    "en": "Find a training",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_renders_in_each_language(client, lang):
    training = TrainingFactory()
    response = client.get(f"/{lang}/trainings/")
    assert response.status_code == 200
    html = response.content.decode()
    assert HEADINGS[lang] in html
    assert getattr(training, f"title_{lang}") in html
    assert f'href="/{lang}/trainings/{training.slug}/"' in html


def test_card_shows_what_she_decides_on(client):
    provider = OrganisationFactory(name_en="Interface3")
    training = TrainingFactory(
        provider=provider, cost="paid", price="120", languages=["nl", "en"], women_only=True
    )
    html = client.get("/en/trainings/").content.decode()
    card = html[html.index(training.title_en) - 300 :]
    for text in [
        "Interface3",
        "Course",
        "On site · Anderlecht",
        "Paid: €120",
        "Beginner",
        "Dutch, English",
        "Evening",
        "For women only",
    ]:
        assert text in card, text
    assert re.search(r'<time datetime="[^"]+">', card)


def test_result_count_and_facet_counts_are_shown(client):
    TrainingFactory(cost="free")
    TrainingFactory(cost="paid")
    html = client.get("/en/trainings/?cost=free").content.decode()
    assert "1 training" in html
    assert re.search(
        r'value="paid" id="f-cost-paid">Paid <span class="count">\(1\)',
        html,
    )
    assert re.search(r'value="free" id="f-cost-free" checked>', html)


def test_bad_query_strings_are_reported_never_a_500(client):
    TrainingFactory()
    for query in [
        "cost=gratis",
        "starts_after=31-02-2026",
        "sort=random",
        "page=abc",
        "page=999",
        "q=" + "x" * 500,
        "when=tomorrow",
        "women_only=%00",
    ]:
        response = client.get(f"/en/trainings/?{query}")
        assert response.status_code == 200, query
    html = client.get("/en/trainings/?cost=gratis&region=mars").content.decode()
    assert "Unknown values were ignored: gratis, mars" in html
    assert "1 training" in html


def test_pagination_keeps_the_filters(client):
    TrainingFactory.create_batch(14, cost="free")
    html = client.get("/en/trainings/?cost=free&sort=title").content.decode()
    assert 'href="?cost=free&amp;sort=title&amp;page=2#results"' in html
    page2 = client.get("/en/trainings/?cost=free&sort=title&page=2").content.decode()
    assert page2.count('class="card training-card"') == 2


@pytest.mark.parametrize("sort", ["soonest", "newest", "title"])
def test_each_sort_order(client, sort):
    later = TrainingFactory(
        title_en="Alpha", sessions=[30], publication_date=timezone.now() - timedelta(days=1)
    )
    sooner = TrainingFactory(
        title_en="Zulu", sessions=[2], publication_date=timezone.now() - timedelta(days=5)
    )
    html = client.get(f"/en/trainings/?sort={sort}").content.decode()
    first = html.index("Alpha") < html.index("Zulu")
    assert first == (sort in {"newest", "title"}), (sort, later, sooner)


def test_by_title_an_untranslated_title_sorts_by_the_one_shown():
    """In German, a training without a German title sorts by the title the page shows
    (French, then English), not first as an empty one."""
    for title in ["Mitte", "Anfang", "Zuletzt"]:
        TrainingFactory(title_de=title)
    TrainingFactory(title_de="", title_fr="Bases des données")
    html = Client().get("/de/trainings/?sort=title").content.decode()
    shown = [html.index(title) for title in ["Anfang", "Bases des données", "Mitte", "Zuletzt"]]
    assert shown == sorted(shown)


def test_detail_page(client):
    training = TrainingFactory(
        description_en="<p>Learn <strong>HTML</strong>.</p>",
        prerequisites_en="Curiosity.",
        contact_email="info@example.org",
        sessions=[-20, 5],
    )
    SessionFactory(training=training, start=timezone.now() + timedelta(days=9), status="cancelled")
    html = client.get(f"/en/trainings/{training.slug}/").content.decode()
    assert f"<h1>{training.title_en}</h1>" in html
    assert "<p>Learn <strong>HTML</strong>.</p>" in html
    assert "Curiosity." in html
    assert f'href="/en/partners/{training.provider.slug}/"' in html
    assert "How to register" in html and 'href="https://example.org/register"' in html
    assert "mailto:info@example.org" in html
    # the next session near the top, and its card; not the cancelled or past ones
    assert html.count("Add to calendar") == 2
    assert "Cancelled" in html and "Past sessions" in html


def test_detail_json_ld_is_a_valid_course(client):
    training = TrainingFactory(sessions=[4, 11], languages=["fr", "nl"], duration_hours=12)
    html = client.get(f"/fr/trainings/{training.slug}/").content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "Course"
    assert data["name"] == training.title_fr
    assert data["provider"]["@type"] == "Organization"
    assert data["inLanguage"] == ["nl", "fr"] or set(data["inLanguage"]) == {"fr", "nl"}
    assert data["timeRequired"] == "PT12H"
    assert [i["@type"] for i in data["hasCourseInstance"]] == ["CourseInstance"] * 2
    assert data["hasCourseInstance"][0]["courseMode"] == "Onsite"


def test_json_ld_cannot_break_out_of_its_script(client):
    training = TrainingFactory(title_en="</script><script>alert(1)</script>")
    html = client.get(f"/en/trainings/{training.slug}/").content.decode()
    assert "<script>alert(1)</script>" not in html


def test_fallback_note_and_lang_on_a_dutch_only_training(client):
    training = TrainingFactory(
        title_fr="",
        title_de="",
        title_en="",
        summary_fr="",
        summary_de="",
        summary_en="",
        title_nl="Werken met data",
        summary_nl="Leer Excel en data-analyse.",
    )
    html = client.get(f"/fr/trainings/{training.slug}/").content.decode()
    assert '<h1 lang="nl">Werken met data</h1>' in html
    assert "Il est affiché en néerlandais" in html
    listing = client.get("/fr/trainings/").content.decode()
    assert 'lang="nl">Werken met data</a>' in listing


def test_unknown_draft_and_scheduled_trainings_are_404(client):
    draft = TrainingFactory(status=Status.DRAFT)
    later = TrainingFactory(publication_date=timezone.now() + timedelta(days=1))
    for slug in [draft.slug, later.slug, "no-such-training"]:
        response = client.get(f"/de/trainings/{slug}/")
        assert response.status_code == 404
        assert "Seite nicht gefunden" in response.content.decode()


def parse_ics(response):
    assert response["Content-Type"].startswith("text/calendar")
    return list(Calendar.from_ical(response.content).walk("VEVENT"))


def test_session_ics_parses_back(client):
    training = TrainingFactory(sessions=[], title_fr="Atelier, données; et \\ CSV")
    session = SessionFactory(training=training)
    response = client.get(f"/fr/trainings/{training.slug}/sessions/{session.pk}.ics")
    [event] = parse_ics(response)
    assert str(event["SUMMARY"]) == "Atelier, données; et \\ CSV"
    # iCalendar has whole seconds
    assert event.decoded("DTSTART") == session.start.replace(microsecond=0)
    assert event.decoded("DTEND") == session.end.replace(microsecond=0)
    assert "Anderlecht" in str(event["LOCATION"])
    assert str(event["URL"]).endswith(f"/fr/trainings/{training.slug}/")
    other = TrainingFactory()
    assert client.get(f"/fr/trainings/{other.slug}/sessions/{session.pk}.ics").status_code == 404


def test_calendar_feed_honours_the_filters(client):
    free = TrainingFactory(cost="free", schedule="evening", sessions=[3, 10, -5])
    TrainingFactory(cost="paid", schedule="evening", sessions=[4])
    cancelled = SessionFactory(
        training=free, start=timezone.now() + timedelta(days=6), status="cancelled"
    )
    events = parse_ics(client.get("/en/trainings/calendar.ics?cost=free&schedule=evening"))
    assert len(events) == 3  # two upcoming + the cancelled one, flagged; past ones left out
    statuses = {str(e["UID"]): str(e["STATUS"]) for e in events}
    assert statuses[f"session-{cancelled.pk}@testserver"] == "CANCELLED"


QUERY_COUNT_PATHS = [
    "/en/trainings/",
    "/en/trainings/?cost=free&region=brussels&language=fr&technology=data&sort=title",
    "/fr/trainings/?when=all&sort=newest&page=2",
    "/en/trainings/calendar.ics?cost=free",
    "detail",
    "partner",
    "/en/",
    "/en/search/?q=learn",
]


@pytest.fixture(scope="module")
def queries_at_10_and_500(module_db):
    """{path: (queries with 10 trainings, with 500)}: one data set for every page, built
    once; the 490 more are one write, as an import makes them."""
    client = Client()

    def queries(url):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    first = TrainingFactory(technologies=["data"], sessions=[2, 9])
    urls = {
        path: {
            "detail": f"/en/trainings/{first.slug}/",
            "partner": f"/en/partners/{first.owner.slug}/",
        }.get(path, path)
        for path in QUERY_COUNT_PATHS
    }
    TrainingFactory.create_batch(9, owner=first.owner, technologies=["data"])

    def warm_then_count():
        # Each page once first: what is read once per process (the municipalities' names)
        # or per content version (a list's facet index and its other orders).
        for url in urls.values():
            queries(url)
        return {path: queries(url) for path, url in urls.items()}

    with_10 = warm_then_count()
    with write():
        TrainingFactory.create_batch(
            490, owner=first.owner, technologies=["data", "ai"], languages=["fr", "en"]
        )
    with_500 = warm_then_count()
    return {path: (with_10[path], with_500[path]) for path in urls}


@pytest.mark.parametrize("path", QUERY_COUNT_PATHS)
def test_constant_number_of_queries(queries_at_10_and_500, path):
    with_10, with_500 = queries_at_10_and_500[path]
    assert with_500 == with_10
    # the catalogue: every facet and flag counted in two queries (bedigital/facets.py)
    assert with_500 <= 12


def test_partner_page_lists_its_current_trainings(client):
    partner = OrganisationFactory()
    provided = TrainingFactory(provider=partner, owner=OrganisationFactory())
    owned = TrainingFactory(owner=partner)
    past = TrainingFactory(owner=partner, sessions=[-3])
    other = TrainingFactory()
    html = client.get(f"/en/partners/{partner.slug}/").content.decode()
    assert provided.title_en in html and owned.title_en in html
    assert past.title_en not in html and other.title_en not in html
