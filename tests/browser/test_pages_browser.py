"""Real pages in Debian's Chromium: axe-core on every page type in every language, keyboard use,
phone-width rendering. Run with `pytest -m browser` (.ci/run does)."""

from pathlib import Path

import pytest

from bedigital.models import Organisation
from tests.browser import AXE
from tests.conftest import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"


def page_types(lang):
    first = Organisation.objects.first()
    fallback = Organisation.objects.filter(description_en="").first() or first
    return [
        f"/{lang}/",
        f"/{lang}/figures/",
        f"/{lang}/trainings/map/",
        f"/{lang}/trainings/?near=4000&within=5&part=morning&women_only=on",  # ways out
        f"/{lang}/partners/",
        f"/{lang}/partners/?region=brussels",
        f"/{lang}/partners/{first.slug}/",
        f"/{lang}/partners/{fallback.slug}/",
        f"/{lang}/about/",
        f"/{lang}/accessibility/",
        f"/{lang}/privacy/",
        f"/{lang}/open-data/",
        f"/{lang}/search/?q=digital",
        f"/{lang}/search/?q=zzzz-nothing",
        f"/{lang}/partners/no-such-partner/",
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_any_page_type(page, demo, lang):
    failures = {}
    for path in page_types(lang):
        page.goto(demo.url + path)
        assert page.locator("html").get_attribute("lang") == lang
        result = AXE.run(page)
        if result.violations_count:
            failures[path] = result.generate_snapshot()
    assert not failures, failures


def test_keyboard_only_skip_link_and_visible_focus(page, demo):
    page.goto(demo.url + "/fr/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert skip.is_visible()
    assert skip.inner_text() == "Aller au contenu principal"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # next Tab stops are visible and outlined
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_search_and_language_switch_by_keyboard(page, demo):
    page.goto(demo.url + "/nl/")
    page.locator("#home-q").focus()
    page.keyboard.type("Actiris")
    page.keyboard.press("Enter")
    page.wait_for_url("**/nl/search/?q=Actiris")
    assert "Actiris" in page.locator("main").inner_text()
    page.locator('.lang-switch a[hreflang="de"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/de/search/?q=Actiris")
    assert page.locator("html").get_attribute("lang") == "de"


@pytest.mark.parametrize("width", [320, 390, 1280])
def test_pages_fit_the_screen(page, demo, width):
    page.set_viewport_size({"width": width, "height": 900})
    SCREENSHOTS.mkdir(exist_ok=True)
    from initiatives.models import Initiative
    from trainings.models import Training

    training = Training.objects.published().filter(sessions__isnull=False).first()
    initiative = Initiative.objects.published().first()
    for lang in ["fr", "de"]:
        for path in [
            f"/{lang}/",
            f"/{lang}/partners/",
            f"/{lang}/accessibility/",
            f"/{lang}/trainings/",
            f"/{lang}/trainings/{training.slug}/",
            f"/{lang}/initiatives/",
            f"/{lang}/initiatives/{initiative.slug}/",
            f"/{lang}/testimonials/",
        ]:
            page.goto(demo.url + path)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{path} scrolls sideways at {width}px"
        page.goto(demo.url + f"/{lang}/")
        page.screenshot(path=SCREENSHOTS / f"home-{lang}-{width}.png", full_page=True)


def test_axe_catches_a_broken_page(page):
    page.set_content("<html><body><img src='x.png'><input></body></html>")
    ids = {v["id"] for v in AXE.run(page).response["violations"]}
    assert {"image-alt", "html-has-lang", "document-title"} <= ids
