"""Careers, figures and the self-assessment in Debian's Chromium: axe-core on every new page
type in four languages. Run with `pytest -m browser`."""

import pytest

from bedigital.i18n import localized
from tests.browser import AXE
from tests.conftest import LANGUAGES
from trainings.models import Training

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def page_types(lang):
    return [
        f"/{lang}/careers/",
        f"/{lang}/careers/?shortage=german_community&no_degree=on",
        f"/{lang}/careers/data-analyst/",
        f"/{lang}/figures/",
        f"/{lang}/careers/where-do-i-stand/",
        f"/{lang}/careers/where-do-i-stand/?r=222220200220000&area=safety",
        f"/{lang}/careers/where-do-i-stand/?information_data-1=2",  # missing answers
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_career_pages(page, demo, lang):
    failures = {}
    for path in page_types(lang):
        response = page.goto(demo.url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == lang
        result = AXE.run(page)
        if result.violations_count:
            failures[path] = result.generate_snapshot()
    assert not failures, failures


@pytest.mark.parametrize(
    "path",
    [
        "/nl/careers/data-analyst/",
        "/fr/figures/",
        "/de/careers/where-do-i-stand/?r=222220200220000",
    ],
)
def test_pages_read_at_320_px_with_tables_open(page, demo, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo.url + path)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


def test_self_assessment_in_german_lands_on_matching_trainings(page, demo):
    """From the careers index, by keyboard where it matters, to the catalogue at her next
    level in the area she chose."""
    page.goto(demo.url + "/de/careers/")
    page.get_by_role("link", name="Wo stehe ich? Prüfen Sie Ihre digitalen Kompetenzen").click()
    page.wait_for_url("**/de/careers/where-do-i-stand/")
    assert page.locator("h1").inner_text() == "Wo stehe ich? Ihre digitalen Kompetenzen"
    answers = {
        "information_data": [2, 2, 1],
        "communication_collaboration": [2, 2, 2],
        "content_creation": [2, 1, 0],
        "safety": [2, 2, 0],  # intermediate: her next step is advanced
        "problem_solving": [2, 0, 0],
    }
    for area, values in answers.items():
        for number, value in enumerate(values, start=1):
            radio = page.locator(f"#id_{area}-{number}_{value}")
            radio.focus()
            page.keyboard.press("Space")
            assert radio.is_checked()
    page.get_by_label("Sicherheit", exact=True).check()
    page.get_by_role("button", name="Sehen, wo ich stehe").click()
    page.wait_for_url("**/de/careers/where-do-i-stand/?**")
    row = page.locator('tr[data-area="safety"]')
    assert row.get_attribute("data-level") == "intermediate"
    assert "Mit Vorkenntnissen" in row.inner_text()  # the plain word for "intermediate"
    share = page.locator(".share-link a").get_attribute("href")
    assert "r=221222210220200" in share and "area=safety" in share

    page.get_by_role("link", name="Weiterbildungen für meinen nächsten Schritt zeigen").click()
    page.wait_for_url("**/de/trainings/?level=advanced&area=safety")
    assert page.locator("#f-level-advanced, input[name=level][value=advanced]").first.is_checked()
    assert page.locator("input[name=area][value=safety]").first.is_checked()
    cards = page.locator(".results article h3 a")
    assert cards.count() > 0
    expected = {
        localized(t, "title", "de").text
        for t in Training.objects.published().filter(level="advanced", digcomp_areas__code="safety")
    }
    shown = set(cards.all_inner_texts())
    assert shown and shown <= expected
