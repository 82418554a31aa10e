import csv
import io
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bedigital.vocabularies import Status
from bedigital.writes import write
from tests.conftest import LANGUAGES
from tests.factories import InitiativeFactory, OrganisationFactory, TrainingFactory

pytestmark = pytest.mark.django_db

HEADINGS = {
    "nl": "Initiatieven en goede praktijken",
    "fr": "Initiatives et bonnes pratiques",
    "de": "Initiativen und bewährte Verfahren",
    "en": "Initiatives and good practices",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_list_renders_in_each_language(client, lang):
    initiative = InitiativeFactory()
    html = client.get(f"/{lang}/initiatives/").content.decode()
    assert HEADINGS[lang] in html
    assert getattr(initiative, f"title_{lang}") in html


def test_women_entrepreneurship_is_one_click_from_home_and_navigation(client):
    support = InitiativeFactory(category="entrepreneurship", title_en="Women-led start-ups")
    InitiativeFactory(category="awareness", title_en="A campaign")
    home = client.get("/en/").content.decode()
    # its landing page (bedigital.support): nav, home slot and footer
    assert home.count('href="/en/women-entrepreneurs/"') == 3
    html = client.get("/en/women-entrepreneurs/").content.decode()
    assert support.title_en in html and "A campaign" not in html
    assert 'aria-current="page">Women entrepreneurs' in html


def test_detail_is_a_good_practice_sheet(client):
    promoter = OrganisationFactory(name_en="Interface3")
    partner = OrganisationFactory(name_en="Actiris")
    initiative = InitiativeFactory(
        promoter=promoter,
        owner=promoter,
        good_practice_en="<ul><li>Free</li></ul>",
        results_en="<p>120 women trained.</p>",
        terms={"audiences": ["education"], "countries": ["BE", "NL"], "levels": ["foundation"]},
    )
    initiative.partners.add(partner)
    training = TrainingFactory(owner=promoter)
    html = client.get(f"/en/initiatives/{initiative.slug}/").content.decode()
    for text in [
        "Background and aims",
        "Few girls choose ICT studies.",
        "Why it is a good practice",
        "<ul><li>Free</li></ul>",
        "120 women trained.",
        f'href="/en/partners/{promoter.slug}/">Interface3',
        f'href="/en/partners/{partner.slug}/">Actiris',
        "Digital skills in education",
        "Belgium, Netherlands",
        "Regional",
        "Regional funding",
        "ongoing",
        training.title_en,
    ]:
        assert text in html, text


def test_fallback_and_404s(client):
    dutch = InitiativeFactory(title_en="", title_fr="", title_de="", title_nl="Vrouwen en AI")
    html = client.get(f"/fr/initiatives/{dutch.slug}/").content.decode()
    assert '<h1 lang="nl">Vrouwen en AI</h1>' in html
    draft = InitiativeFactory(status=Status.DRAFT)
    assert client.get(f"/fr/initiatives/{draft.slug}/").status_code == 404
    assert client.get("/fr/initiatives/nope/").status_code == 404


def test_bad_query_strings(client):
    InitiativeFactory()
    for query in ["category=x", "objective=abc", "status=later", "sort=x", "page=-4", "q=%00"]:
        assert client.get(f"/en/initiatives/?{query}").status_code == 200, query
        # a download refuses a filter value it cannot honour (the page ignores it)
        refused = query not in {"sort=x", "page=-4"}  # not filters: ignored
        status = client.get(f"/en/initiatives/export.csv?{query}").status_code
        assert status == (400 if refused else 200), query


def streamed(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8-sig")


def test_csv_export_parses_back_with_every_language_and_honours_filters(client):
    keep = InitiativeFactory(category="policy", terms={"technologies": ["ai", "data"]})
    InitiativeFactory(category="awareness")
    response = client.get("/en/initiatives/export.csv?category=policy")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(streamed(response))))
    assert len(rows) == 1
    row = rows[0]
    for lang in LANGUAGES:
        assert row[f"title_{lang}"] == getattr(keep, f"title_{lang}")
    assert row["category"] == "policy"
    assert set(row["digital_technologies"].split("|")) == {"ai", "data"}
    assert row["geographic_scope"] == "BE"
    assert row["strategic_objective"] == "1"
    assert row["ongoing"] == "True" and row["end_date"] == ""
    assert row["url"] == f"http://testserver/en/initiatives/{keep.slug}/"


def test_json_export_schema(client):
    InitiativeFactory(terms={"levels": ["advanced"]})
    InitiativeFactory(status=Status.DRAFT)
    data = json.loads(streamed(client.get("/fr/initiatives/export.json")))
    assert data["languages"] == LANGUAGES
    [item] = data["results"]
    assert set(item["title"]) == set(LANGUAGES)
    assert item["skill_levels"] == ["advanced"]
    assert isinstance(item["strategic_objective"], int)
    assert item["geographic_scope"] == ["BE"]
    assert item["background"]["fr"] == "<p>Peu de filles choisissent les TIC.</p>"


@pytest.mark.parametrize(
    "path",
    [
        "/en/initiatives/",
        "/en/initiatives/?category=education&technology=ai&sort=title",
        "detail",
        "/en/",
    ],
)
def test_constant_number_of_queries(client, path):
    def queries(url):
        # warmed first: what is kept per content version (the list's facet index, built or
        # patched) is read once, not per request
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    first = InitiativeFactory(terms={"technologies": ["ai"]})
    first.partners.add(OrganisationFactory())
    url = f"/en/initiatives/{first.slug}/" if path == "detail" else path
    InitiativeFactory.create_batch(9, owner=first.owner)
    few = queries(url)
    with write():  # as one import: derived data once
        InitiativeFactory.create_batch(
            200, owner=first.owner, terms={"technologies": ["ai", "data"]}
        )
    assert queries(url) == few
