"""The site on a 390 × 844 phone and a 320 px one (issue 17): what she came for within two
screen heights, disclosures that work without JavaScript, filters that land on the results,
no sideways scrolling on any page type."""

import pytest

from bedigital.models import Organisation
from initiatives.models import Initiative
from testimonials.models import Testimonial
from tests.browser import AXE, PHONE
from tests.conftest import LANGUAGES
from trainings.models import Training

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def every_page_type(lang):
    training = Training.objects.published().filter(has_sessions=True).first()
    return [
        f"/{lang}/",
        f"/{lang}/trainings/",
        f"/{lang}/trainings/?cost=free&format=online&q=digital",
        f"/{lang}/trainings/?q=zzzz-nothing",
        f"/{lang}/trainings/{training.slug}/",
        f"/{lang}/initiatives/",
        f"/{lang}/initiatives/{Initiative.objects.published().first().slug}/",
        f"/{lang}/testimonials/",
        f"/{lang}/testimonials/{Testimonial.objects.published().first().slug}/",
        f"/{lang}/partners/",
        f"/{lang}/partners/{Organisation.objects.first().slug}/",
        f"/{lang}/figures/",
        f"/{lang}/search/?q=digital",
        f"/{lang}/about/",
    ]


def bottom(locator) -> float:
    box = locator.bounding_box()
    return box["y"] + box["height"]


@pytest.mark.parametrize("lang", ["fr", "nl"])
def test_first_result_and_registration_within_two_screens_on_a_phone(page, demo, lang):
    page.set_viewport_size(PHONE)
    page.goto(f"{demo.url}/{lang}/trainings/")
    first = page.locator(".training-card").first
    assert first.locator("h3 a").is_visible()
    assert bottom(first.locator("h3")) <= 2 * PHONE["height"]
    training = Training.objects.published().filter(has_sessions=True).first()
    page.goto(f"{demo.url}/{lang}/trainings/{training.slug}/")
    register = page.locator(".register a.button")
    assert register.is_visible()
    assert bottom(register) <= 2 * PHONE["height"]
    header = page.locator(".site-header")
    assert bottom(header) < 200  # was 370 px: seven links and a search box, always open


def test_no_sideways_scrolling_at_320_px_on_every_page_type(page, demo):
    page.set_viewport_size({"width": 320, "height": 640})
    wide = {}
    for lang in ["fr", "de"]:
        for path in every_page_type(lang):
            page.goto(demo.url + path)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                wide[path] = overflow
        page.locator(".nav-toggle > summary").click()  # the open menu fits too
        page.locator(".search-toggle > summary").click()
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert not wide, wide


@pytest.fixture
def no_script(browser, demo):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    yield context.new_page()
    context.close()


def test_menu_search_and_filters_open_without_javascript_on_a_phone(no_script, demo):
    page = no_script
    page.goto(demo.url + "/nl/trainings/")
    nav = page.locator(".main-nav")
    assert not nav.is_visible()
    assert page.locator('.lang-switch a[hreflang="fr"]').is_visible()  # one tap away
    page.locator(".nav-toggle > summary").click()
    assert nav.is_visible()
    assert page.locator(".nav-toggle").get_attribute("open") == ""
    page.locator(".search-toggle > summary").click()
    assert page.locator("#header-q").is_visible()
    # filters: folded, counted, applied from the top button, landing on the results
    toggle = page.locator(".filter-toggle > summary")
    assert toggle.inner_text() == "Filteren"
    assert not page.locator("#id_q").is_visible()
    toggle.click()
    page.locator("details.facet", has=page.locator("#f-cost-free")).locator("summary").click()
    page.locator("#f-cost-free").check()
    page.locator(".filters-head button").click()
    page.wait_for_url("**/nl/trainings/?*cost=free*#results")
    assert page.locator(".filter-toggle > summary").inner_text() == "Filteren (1)"
    heading = page.locator("#results-title")
    assert -2 <= heading.bounding_box()["y"] < PHONE["height"]  # opened on the results
    chip = page.locator(".chips li").first
    assert chip.inner_text().startswith("Gratis")
    chip.locator("a").click()
    page.wait_for_url(lambda url: "cost=free" not in url and url.endswith("#results"))
    assert page.locator(".chips").count() == 0  # the dates' default radio is no filter


def test_full_header_and_open_filters_on_a_wide_screen(page, demo):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(demo.url + "/fr/trainings/?cost=free")
    assert page.locator(".main-nav").is_visible()
    assert page.locator("#header-q").is_visible()
    assert not page.locator(".nav-toggle > summary").is_visible()
    assert page.locator("#id_q").is_visible()  # the filter column, never folded
    assert page.locator(".chips li").count() == 1


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_with_the_phone_disclosures_open(page, demo, lang):
    page.set_viewport_size(PHONE)
    failures = {}
    for path in [f"/{lang}/trainings/?cost=free&q=digital", f"/{lang}/initiatives/"]:
        page.goto(demo.url + path)
        page.locator(".nav-toggle > summary").click()
        page.locator(".search-toggle > summary").click()
        page.locator(".filter-toggle > summary").click()
        result = AXE.run(page)
        if result.violations_count:
            failures[path] = result.generate_snapshot()
    assert not failures, failures
