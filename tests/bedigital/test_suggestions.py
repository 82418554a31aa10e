"""Suggestions while typing (issue 15): what the search understands, in the visitor's
language, kept per content version (no query per request once kept)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bedigital.search import normalize
from tests.factories import OrganisationFactory, TrainingFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer(db):
    provider = OrganisationFactory(
        name_fr="Sœurs Tech", name_nl="Tech Zusters", name_de="", name_en="Tech Sisters"
    )
    TrainingFactory(municipality="Liège", owner=provider)
    TrainingFactory(municipality="Antwerpen", owner=provider)


@pytest.mark.parametrize(
    ("lang", "expected", "not_expected"),
    [
        (
            "fr",
            [
                "Liège",
                "Anvers",
                "Sœurs Tech",
                "Gratuit",
                "En soirée",
                "Intelligence artificielle",
                "Réseautage et mentorat",
            ],
            ["Luik", "Lüttich", "Gand"],
        ),
        (
            "nl",
            ["Luik", "Antwerpen", "Tech Zusters", "Gratis", "Werkzoekenden"],
            ["Liège", "Anvers"],
        ),
        ("de", ["Lüttich", "Antwerpen", "Kostenlos"], ["Luik"]),
        ("en", ["Liège", "Antwerp", "Tech Sisters", "Free", "Cybersecurity"], ["Luik"]),
    ],
)
def test_suggestions_are_places_providers_and_understood_words_in_her_language(
    client, offer, lang, expected, not_expected
):
    response = client.get(f"/{lang}/search/suggestions/")
    assert response["Cache-Control"] == "max-age=3600, public"
    found = response.json()
    assert set(expected) <= set(found), set(expected) - set(found)
    assert not set(not_expected) & set(found)
    assert found == sorted(found, key=lambda text: (normalize(text), text))  # accents aside


def test_the_search_page_lists_them_for_browsers_without_javascript(client, offer):
    html = client.get("/fr/search/", {"q": "python"}).content.decode()
    assert 'list="suggestions"' in html
    datalist = re.search(r'<datalist id="suggestions">(.*?)</datalist>', html)[1]
    assert '<option value="Liège">' in datalist and '<option value="Gratuit">' in datalist
    # every page loads the enhancement, pointing at the suggestions of its language
    page = client.get("/nl/trainings/").content.decode()
    assert '<script src="/static/js/suggest.js" data-url="/nl/search/suggestions/" defer>' in page


def test_suggestions_cost_no_query_once_kept(client, offer):
    """Kept in the process per content version, also with the page cache off (as here): a
    search asked for the first time pays for its own counts, not for the suggestions."""
    client.get("/fr/search/suggestions/")
    with CaptureQueriesContext(connection) as ctx:
        client.get("/fr/search/suggestions/")
        client.get("/fr/search/", {"q": "python"})
    suggestion_sql = [
        q["sql"]
        for q in ctx.captured_queries
        if "trainings_place" in q["sql"] or "DISTINCT" in q["sql"]
    ]
    assert suggestion_sql == []
    TrainingFactory(municipality="Gent")  # a content change: every process recomputes
    assert "Gand" in client.get("/fr/search/suggestions/").json()
