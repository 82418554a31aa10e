"""On a 390 px phone: find an evening course near 4000 within 25 km, open it; the register
and calendar links are in view without scrolling sideways; axe clean in four languages."""

import pytest

from tests.browser import AXE, PHONE
from tests.conftest import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def no_sideways_scroll(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def inside_the_screen(locator) -> bool:
    box = locator.bounding_box()
    return box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]


def test_an_evening_course_near_4000_on_a_phone(page, demo):
    page.set_viewport_size(PHONE)
    page.goto(demo.url + "/fr/trainings/")
    page.locator(".filter-toggle > summary").click()  # on a phone the filters are folded
    page.fill("#id_near", "4000")
    page.select_option("#id_within", "25")
    evening = page.locator("#f-part-evening")
    page.locator("details.facet", has=evening).locator("summary").click()
    evening.check()
    page.locator(".catalogue-filters button[type=submit]").last.click()
    page.wait_for_url("**/fr/trainings/?*near=4000*")
    cards = page.locator(".training-card")
    assert cards.count() >= 1
    assert "km" in cards.first.inner_text()
    assert no_sideways_scroll(page)

    cards.first.locator("h3 a").click()
    page.wait_for_url("**/fr/trainings/*/")
    register = page.locator(".register a.button")
    calendar = page.locator('.register a[href$=".ics"]')
    for link in (register, calendar):
        assert link.is_visible() and inside_the_screen(link)
    assert no_sideways_scroll(page)
    # near the top: the register button within the first two screens, not 1,700 px down
    assert register.bounding_box()["y"] < 2 * PHONE["height"]
    for card in page.locator(".session-card").all():
        assert inside_the_screen(card)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_the_phone_journey(page, demo, lang):
    page.set_viewport_size(PHONE)
    failures = {}
    page.goto(f"{demo.url}/{lang}/trainings/?near=4000&within=25&part=evening&or_online=on")
    result = AXE.run(page)
    if result.violations_count:
        failures["catalogue"] = result.generate_snapshot()
    page.locator(".training-card h3 a").first.click()
    page.wait_for_load_state()
    result = AXE.run(page)
    if result.violations_count:
        failures[page.url] = result.generate_snapshot()
    assert not failures, failures
