"""The catalogue as a woman uses it: keyboard only, in a real browser; axe on list and detail."""

import pytest
from icalendar import Calendar

from tests.browser import AXE
from tests.conftest import LANGUAGES
from trainings.models import Training

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_catalogue_and_detail(page, demo, lang):
    training = Training.objects.published().filter(sessions__isnull=False).first()
    fallback = Training.objects.published().filter(title_en="").first() or training
    failures = {}
    for path in [
        f"/{lang}/trainings/",
        f"/{lang}/trainings/?cost=free&schedule=evening&technology=data&page=1",
        f"/{lang}/trainings/?cost=gratis&starts_after=yesterday",
        f"/{lang}/trainings/?when=past",
        f"/{lang}/trainings/?q=zzzz-nothing",  # the empty state and its chip
        f"/{lang}/trainings/{training.slug}/",
        f"/{lang}/trainings/{fallback.slug}/",
    ]:
        page.goto(demo.url + path)
        result = AXE.run(page)
        if result.violations_count:
            failures[path] = result.generate_snapshot()
    assert not failures, failures


def test_filter_by_keyboard_open_a_result_and_download_the_ics(page, demo, tmp_path):
    page.goto(demo.url + "/fr/trainings/")
    total = page.locator(".result-count").inner_text()
    active = "document.activeElement.id"
    # open the "cost" group, tab to "free" and tick it with the space bar
    page.locator("details.facet", has=page.locator("#f-cost-free")).locator("summary").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate(active) == "f-cost-free"
    page.keyboard.press("Space")
    # the same for "evening" in the "when" group (second option)
    page.locator("details.facet", has=page.locator("#f-schedule-evening")).locator(
        "summary"
    ).focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    assert page.evaluate(active) == "f-schedule-evening"
    page.keyboard.press("Space")
    page.locator(".catalogue-filters button[type=submit]").last.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/trainings/?*cost=free*")
    assert "schedule=evening" in page.url
    assert page.locator("#f-cost-free").is_checked()
    assert page.locator(".result-count").inner_text() != total
    first = page.locator(".training-card h3 a").first
    first.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/fr/trainings/*/")
    assert page.locator("h1").is_visible()
    link = page.locator('.session-list a[href$=".ics"]').first
    with page.expect_download() as download_info:
        link.focus()
        page.keyboard.press("Enter")
    path = tmp_path / "session.ics"
    download_info.value.save_as(path)
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert len(events) == 1
    assert str(events[0]["SUMMARY"]) == page.locator("h1").inner_text()
