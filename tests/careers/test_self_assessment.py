"""“Where do I stand?”: scoring on fixed answer sets, the catalogue link it produces, the
shareable result link, and the form's messages; nothing is stored."""

import re
from urllib.parse import parse_qs

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bedigital.careers.assessment import QUESTIONS, field_name, from_code, score
from tests.conftest import LANGUAGES
from tests.factories import TrainingFactory

pytestmark = pytest.mark.django_db

URL = "/{lang}/careers/where-do-i-stand/"
AREAS = [
    "information_data",
    "communication_collaboration",
    "content_creation",
    "safety",
    "problem_solving",
]


def answers_from(code: str) -> dict:
    return {field_name(area, n): c for (area, n), c in zip(QUESTIONS, code, strict=True)}


@pytest.mark.parametrize(
    ("code", "levels"),
    [
        ("000" * 5, ["starting"] * 5),
        ("222" * 5, ["advanced"] * 5),
        ("100200220222022", ["starting", "foundation", "intermediate", "advanced", "starting"]),
        # "on my own" counts only in order: the third done alone, not the second → basic
        ("202212111221002", ["foundation", "foundation", "starting", "intermediate", "starting"]),
    ],
)
def test_scoring_on_fixed_answer_sets(code, levels):
    result = score(from_code(code), chosen=set())
    assert [area.level for area in result.areas] == levels
    assert result.code == code


def test_next_level_and_the_catalogue_query():
    result = score(from_code("100200220222022"), {"content_creation", "safety"})
    assert [a.next_level for a in result.areas] == [
        "foundation",
        "intermediate",
        "advanced",
        "highly_specialised",
        "foundation",
    ]
    query = parse_qs(result.catalogue_query)
    assert query == {
        "level": ["advanced", "highly_specialised"],
        "area": ["content_creation", "safety"],
    }
    everything = parse_qs(score(from_code("000" * 5), set()).catalogue_query)
    assert everything == {"level": ["foundation"], "area": AREAS}


def test_bad_codes_are_refused():
    for code in ["", "22", "3" * 15, "2" * 16, "abcdefghijklmno"]:
        assert from_code(code) is None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_form_asks_fifteen_labelled_questions_in_each_language(client, lang):
    html = client.get(URL.format(lang=lang)).content.decode()
    assert html.count('type="radio"') == 15 * 3
    assert html.count("<legend>") == 5 + 15 + 1  # areas, statements, the choice of areas
    for area, number in QUESTIONS:
        for value in range(3):
            assert f'<label for="id_{field_name(area, number)}_{value}">' in html
    assert '<form class="questions self-assessment" method="get"' in html  # no JavaScript


def test_answers_give_the_result_and_a_link_to_matching_trainings(client):
    code = "222220200220000"
    with CaptureQueriesContext(connection) as queries:
        response = client.get(
            URL.format(lang="de"), {**answers_from(code), "areas": ["safety", "content_creation"]}
        )
    assert response.status_code == 200
    assert not [q for q in queries if not q["sql"].startswith("SELECT")]  # nothing stored
    html = response.content.decode()
    assert "Ihr Niveau pro Bereich" in html
    assert 'data-area="safety" data-level="intermediate"' in html
    assert 'data-area="content_creation" data-level="foundation"' in html
    assert (
        'href="/de/trainings/?level=intermediate&amp;level=advanced'
        '&amp;area=content_creation&amp;area=safety"' in html
    )
    assert 'href="/de/trainings/?level=advanced&amp;area=safety"' in html
    share = f"/de/careers/where-do-i-stand/?r={code}&amp;area=content_creation&amp;area=safety"
    assert f'href="{share}"' in html


def test_the_shared_link_shows_the_same_result(client):
    code = "222220200220000"
    html = client.get(
        URL.format(lang="fr"), {"r": code, "area": ["safety", "not-an-area"]}
    ).content.decode()
    assert 'data-area="safety" data-level="intermediate"' in html
    assert 'href="/fr/trainings/?level=advanced&amp;area=safety"' in html
    edit = client.get(URL.format(lang="fr"), {"r": code, "edit": "1"}).content.decode()
    assert re.search(r'id="id_safety-2_2"[^>]* checked>', edit)
    assert not re.search(r'id="id_safety-3_2"[^>]* checked>', edit)


def test_the_catalogue_link_lands_on_trainings_of_that_level_and_area(client):
    match = TrainingFactory(level="advanced", areas=["safety"])
    other_level = TrainingFactory(level="foundation", areas=["safety"])
    other_area = TrainingFactory(level="advanced", areas=["problem_solving"])
    result = score(from_code("222222222220222"), {"safety"})
    html = client.get(f"/en/trainings/?{result.catalogue_query}").content.decode()
    assert match.title_en in html
    assert other_level.title_en not in html and other_area.title_en not in html


def test_missing_answers_are_named_not_an_error(client):
    response = client.get(URL.format(lang="nl"), {"information_data-1": "2", "safety-9": "x"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "14 uitspraken hebben nog geen antwoord." in html
    assert 'id="information_data-2-error">Kies een antwoord.' in html
    assert 'aria-describedby="information_data-2-error"' in html
    assert client.get(URL.format(lang="en"), {"r": "9" * 15}).status_code == 400


def test_reachable_from_the_careers_index(client):
    html = client.get("/de/careers/").content.decode()
    assert 'href="/de/careers/where-do-i-stand/"' in html
