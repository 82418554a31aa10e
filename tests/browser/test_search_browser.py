"""Search boxes suggest while typing (issue 15): the search page's <datalist> without
JavaScript, completions of the last word in every search box with it; labelled, usable with
the keyboard and axe-clean in two languages."""

import pytest

from tests.browser import AXE, PHONE

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def offered(page) -> list[str]:
    return page.locator("#suggestions option").evaluate_all("(all) => all.map((o) => o.value)")


@pytest.mark.parametrize(
    ("lang", "typed", "completion", "found"),
    [
        ("fr", "python Lièg", "python Liège", "Python"),
        ("nl", "gratis progr", "gratis Programmeren", "Python"),
    ],
)
def test_the_catalogue_keyword_box_completes_the_last_word(
    page, demo, lang, typed, completion, found
):
    page.set_default_timeout(15_000)
    page.set_viewport_size(PHONE)
    page.goto(f"{demo.url}/{lang}/trainings/")
    page.locator(".filter-toggle > summary").click()
    # labelled, and a combobox now that it offers a list
    box = page.get_by_role("combobox", name={"fr": "Mots-clés", "nl": "Trefwoorden"}[lang])
    box.focus()
    page.keyboard.type(typed)
    # a locator's wait: wait_for_function polls with eval, which the page's CSP refuses
    # (it failed whenever the list was not there at the first look)
    page.locator("#suggestions option").first.wait_for(state="attached")
    assert completion in offered(page)
    assert box.get_attribute("list") == "suggestions"
    result = AXE.run(page)
    assert not result.violations_count, result.generate_snapshot()
    # with the keyboard only (headless Chromium draws no list to arrow through): the
    # completion, then Enter submits it
    page.keyboard.press("Control+A")
    page.keyboard.type(completion)
    with page.expect_navigation():  # Enter submits; wait for her results, not the old page
        page.keyboard.press("Enter")
    assert found in page.locator("#results").inner_text()


@pytest.mark.parametrize(("lang", "place"), [("fr", "Liège"), ("nl", "Luik")])
def test_the_search_page_suggests_without_javascript(browser, page, demo, lang, place):
    url = f"{demo.url}/{lang}/search/?q=python"
    context = browser.new_context(java_script_enabled=False, viewport=PHONE)
    without = context.new_page()
    without.set_default_timeout(15_000)
    without.goto(url)
    assert place in offered(without)
    assert without.locator("#search-q").get_attribute("list") == "suggestions"
    context.close()  # axe needs JavaScript: it checks the same page with it
    page.set_default_timeout(15_000)
    page.goto(url)
    assert place in offered(page)
    result = AXE.run(page)
    assert not result.violations_count, result.generate_snapshot()
