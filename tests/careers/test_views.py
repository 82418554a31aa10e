"""Career pages: the index with its filters and counts, a career with its demand per region
(with sources), the trainings that lead there and the stories of women doing the work."""

import re

import pytest

from bedigital.vocabularies import Status
from tests.conftest import LANGUAGES
from tests.factories import (
    OccupationFactory,
    RegionalDemandFactory,
    TestimonialFactory,
    TrainingFactory,
)
from tests.trainings.test_import import confirm, csv_file, preview, row

pytestmark = pytest.mark.django_db


def count_of(html: str, name: str, value: str) -> int:
    """The count shown next to one checkbox of a facet."""
    label = re.search(
        rf'name="{name}" value="{value}"[^>]*>(?:\s*<label[^>]*>)?.*?\((\d+)\)', html, re.S
    )
    return int(label.group(1))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_index_lists_careers_in_each_language(client, lang):
    career = OccupationFactory(shortage=["flanders"])
    html = client.get(f"/{lang}/careers/").content.decode()
    assert getattr(career, f"title_{lang}") in html
    assert f'href="/{lang}/careers/{career.slug}/"' in html
    assert f"ESCO {career.esco_code}" in html


def test_index_filters_by_region_in_shortage_degree_and_part_time_with_counts(client):
    flemish = OccupationFactory(shortage=["flanders"], no_degree=True, title_en="Tester")
    walloon = OccupationFactory(shortage=["wallonia", "brussels"], part_time=True)
    nowhere = OccupationFactory(title_en="Astronaut")
    html = client.get("/en/careers/").content.decode()
    assert count_of(html, "shortage", "flanders") == 1
    assert count_of(html, "shortage", "brussels") == 1
    assert count_of(html, "shortage", "german_community") == 0
    assert 'Possible without a degree <span class="count">(1)</span>' in html

    html = client.get("/en/careers/?shortage=wallonia&shortage=flanders").content.decode()
    assert flemish.title_en in html and walloon.title_en in html
    assert nowhere.title_en not in html
    html = client.get("/en/careers/?shortage=flanders").content.decode()
    assert flemish.title_en in html and walloon.title_en not in html
    html = client.get("/en/careers/?no_degree=on").content.decode()
    assert flemish.title_en in html and walloon.title_en not in html
    html = client.get("/en/careers/?part_time=on").content.decode()
    assert walloon.title_en in html and flemish.title_en not in html


def test_unknown_filter_values_are_reported_not_an_error(client):
    OccupationFactory()
    response = client.get("/en/careers/?shortage=atlantis&sort=salary&page=99")
    assert response.status_code == 200
    assert "Unknown values were ignored: atlantis, salary" in response.content.decode()


def test_drafts_are_not_public(client):
    draft = OccupationFactory(status=Status.DRAFT)
    assert draft.title_en not in client.get("/en/careers/").content.decode()
    assert client.get(f"/en/careers/{draft.slug}/").status_code == 404


@pytest.mark.parametrize("lang", LANGUAGES)
def test_career_shows_demand_per_region_with_source_and_year(client, lang):
    career = OccupationFactory()
    RegionalDemandFactory(
        occupation=career,
        region="flanders",
        list_name="Knelpuntberoepenlijst",
        publisher="VDAB",
        source_url="https://www.vdab.be/trends/knelpuntberoepen",
        year=2024,
    )
    RegionalDemandFactory(
        occupation=career,
        region="german_community",
        list_name="Mangelberufe",
        publisher="ADG",
        source_url="https://adg.be/mangelberufe",
        year=2023,
        illustrative=True,
    )
    html = client.get(f"/{lang}/careers/{career.slug}/").content.decode()
    table = html[html.index('<table class="data-table demand">') : html.index("</table>")]
    rows = re.findall(r"<tr>\s*<th scope=\"row\">(.*?)</th>(.*?)</tr>", table, re.S)
    assert len(rows) == 2
    flanders = next(cells for region, cells in rows if "VDAB" in cells)
    assert '<a href="https://www.vdab.be/trends/knelpuntberoepen">Knelpuntberoepenlijst</a>' in (
        flanders
    )
    assert "<td>2024</td>" in flanders and 'class="illustrative"' not in flanders
    adg = next(cells for region, cells in rows if "ADG" in cells)
    assert '<a href="https://adg.be/mangelberufe">Mangelberufe</a>' in adg
    assert "<td>2023</td>" in adg and 'class="illustrative"' in adg
    assert getattr(career, f"summary_{lang}").replace("'", "&#x27;") in html


def test_career_pay_says_its_source_year_and_when_it_is_illustrative(client):
    career = OccupationFactory(salary_illustrative=True)
    html = client.get(f"/en/careers/{career.slug}/").content.decode()
    assert "€3,000 to €4,500 gross a month" in html
    assert '<a href="https://statbel.fgov.be/en">Statbel</a>, 2023' in html
    assert "Illustrative range, not a published figure." in html
    html = client.get(f"/fr/careers/{career.slug}/").content.decode()
    assert "Fourchette indicative, pas un chiffre publié." in html


def test_links_both_ways_between_careers_trainings_and_stories(client):
    career = OccupationFactory()
    training = TrainingFactory()
    training.prepares_for.add(career)
    draft_training = TrainingFactory(status=Status.DRAFT)
    draft_training.prepares_for.add(career)
    story = TestimonialFactory(occupation=career)
    draft_story = TestimonialFactory(occupation=career, status=Status.DRAFT)

    page = client.get(f"/en/careers/{career.slug}/").content.decode()
    assert f'href="/en/trainings/{training.slug}/"' in page
    assert f'href="/en/trainings/{draft_training.slug}/"' not in page
    assert f'href="/en/testimonials/{story.slug}/"' in page
    assert draft_story.name not in page

    training_page = client.get(f"/en/trainings/{training.slug}/").content.decode()
    assert "Where this training can lead" in training_page
    assert f'href="/en/careers/{career.slug}/"' in training_page
    story_page = client.get(f"/de/testimonials/{story.slug}/").content.decode()
    assert f'Ihr Beruf: <a href="/de/careers/{career.slug}/">{career.title_de}</a>' in story_page

    career.status = Status.DRAFT
    career.save()
    training_page = client.get(f"/en/trainings/{training.slug}/").content.decode()
    assert f"/en/careers/{career.slug}/" not in training_page
    assert (
        f"/en/careers/{career.slug}/"
        not in client.get(f"/en/testimonials/{story.slug}/").content.decode()
    )


def test_career_falls_back_to_another_language_with_a_lang_attribute(client):
    career = OccupationFactory(title_de="", summary_de="", day_de="", day_nl="Een dag.")
    html = client.get(f"/de/careers/{career.slug}/").content.decode()
    assert f'<h1 lang="fr">{career.title_fr}</h1>' in html
    assert '<div class="prose" lang="nl"><p>Een dag.</p></div>' in html


@pytest.mark.parametrize("size", [2, 12])
def test_constant_queries(client, django_assert_max_num_queries, size):
    for _ in range(size):
        career = OccupationFactory(shortage=["flanders", "wallonia"], areas=["safety"])
        TrainingFactory().prepares_for.add(career)
        TestimonialFactory(occupation=career)
    with django_assert_max_num_queries(12):
        assert client.get("/en/careers/?shortage=flanders&no_degree=on").status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(f"/en/careers/{career.slug}/").status_code == 200


def test_search_and_sitemap_know_careers(client):
    career = OccupationFactory(title_en="Cloud engineer", title_fr="Ingénieure cloud")
    html = client.get("/fr/search/?q=ingenieure").content.decode()
    assert f'href="/fr/careers/{career.slug}/"' in html
    sitemap = client.get("/sitemap.xml").content.decode()
    assert f"/en/careers/{career.slug}/" in sitemap
    assert "/de/careers/where-do-i-stand/" in sitemap


def test_trainings_import_what_they_prepare_for_by_esco_code(client, agency_editor, organisation):
    analyst = OccupationFactory(esco_code="2511.3")
    tester = OccupationFactory(esco_code="2519.1")
    client.force_login(agency_editor)
    response = preview(client, csv_file([row(organisation, prepares_for="2511.3, 2519.1")]))
    assert confirm(client, response).status_code == 302
    training = analyst.trainings.get()
    assert set(training.prepares_for.all()) == {analyst, tester}

    bad = preview(client, csv_file([row(organisation, slug="other", prepares_for="9999.9")]))
    assert "Unknown ESCO code: 9999.9." in bad.content.decode()


def test_the_import_columns_page_lists_the_esco_codes(client, agency_editor):
    OccupationFactory(esco_code="2511.3", title_nl="Data-analist")
    client.force_login(agency_editor)
    html = client.get("/admin/trainings/training/import/columns/").content.decode()
    assert "2511.3" in html and "Data-analist" in html


def test_editors_choose_what_a_training_prepares_for(client, agency_editor, organisation):
    career = OccupationFactory()
    draft = OccupationFactory(status=Status.DRAFT)
    training = TrainingFactory(owner=organisation)
    client.force_login(agency_editor)
    html = client.get(f"/admin/trainings/training/{training.pk}/change/").content.decode()
    assert f'name="prepares_for" value="{career.pk}"' in html
    assert f'name="prepares_for" value="{draft.pk}"' not in html
