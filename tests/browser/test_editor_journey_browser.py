"""An agency editor's journey in the admin, in French and Dutch, in Debian's Chromium: the
rich-text editor used by keyboard, a training written in two languages with a recurring
session, saved, previewed and published; versions compared and one restored; an import with
one bad row. axe-core on every admin page on the way, and not one Content-Security-Policy
violation in the browser's console."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect
from reversion.models import Version

from bedigital.models import Organisation
from tests.browser import AXE
from tests.trainings.test_import import csv_file
from tests.trainings.test_import import row as import_row
from trainings.models import Training

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TRAININGS = "/admin/trainings/training/"
SHOTS = Path(__file__).resolve().parents[2] / "test-results"


def log_in(browser, base_url, locale, username="agency-editor", password="demo-agency-editor"):
    page = browser.new_context(locale=locale, accept_downloads=True).new_page()
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + "/admin/")
    return page


class Axed:
    """axe-core on each page looked at, and every Content-Security-Policy violation the
    browser reports (the admin runs under the CSP): asserted at the end."""

    def __init__(self, page):
        self.page, self.axe, self.csp, self.axing = page, {}, [], False
        page.on("console", self.console)

    def console(self, message):
        # axe-core itself adds inline styles while it runs: those are the test's, not the page's
        if "Content Security Policy" in message.text and not self.axing:
            self.csp.append(f"{self.page.url}: {message.text}")

    def check(self, name):
        self.axing = True
        result = AXE.run(self.page)
        self.page.wait_for_timeout(200)  # the console messages of the run arrive meanwhile
        self.axing = False
        if result.violations_count:
            self.axe[name] = result.generate_snapshot()

    @property
    def failures(self) -> dict:
        return {**self.axe, **({"CSP": self.csp} if self.csp else {})}


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


# The name a screen reader gives the focused control.
FOCUSED_NAME = (
    "(el => el.getAttribute('aria-label')"
    " || (el.type === 'submit' ? el.value : el.textContent.trim()))(document.activeElement)"
)


def press_until(page, key, label, limit=40):
    """Press `key` (Tab or Shift+Tab) until the focused control is named `label`: how a
    keyboard user walks to a toolbar button."""
    for _ in range(limit):
        page.keyboard.press(key)
        if page.evaluate(FOCUSED_NAME) == label:
            return
    raise AssertionError(f"{label!r} cannot be reached with {key}")


def test_the_toolbar_heading_menu_and_link_dialog_work_by_keyboard(browser, demo):
    """Keyboard only, from the field before the description: the text style menu, bold and
    the bulleted list from the toolbar, a link through its dialog, then Save; the stored
    HTML is the sanitised text and the public page shows it."""
    training = Training.objects.filter(owner__slug="actiris", status="published").first()
    assert training.is_public
    page = log_in(browser, demo.url, "fr-BE")
    axed = Axed(page)
    response = page.goto(f"{demo.url}{TRAININGS}{training.pk}/change/")
    assert "script-src 'self' 'nonce-" in response.headers["content-security-policy"]
    keyboard = page.keyboard
    tab_into_editor(page, "#id_summary_fr")
    keyboard.press("Control+a")
    keyboard.press("Delete")

    # Back to the toolbar's first control: the text style menu.
    press_until(page, "Shift+Tab", "Style du texte : Paragraphe")
    focus = page.locator("*:focus")
    menu = page.locator(".field-description_fr .prose-menubar__selected button")
    expect(menu).to_be_focused()
    expect(menu).to_have_attribute("aria-expanded", "false")
    keyboard.press("Enter")  # opens the menu, on its first style
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(focus).to_have_text("Titre")
    axed.check("text style menu open")
    keyboard.press("ArrowDown")
    expect(focus).to_have_text("Sous-titre")
    keyboard.press("Escape")  # closes it, back on its button
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()
    keyboard.press("Enter")
    expect(focus).to_have_text("Titre")
    keyboard.press("Enter")  # applies it and returns to the text
    expect(focus).to_have_attribute("role", "textbox")
    expect(menu).to_have_accessible_name("Style du texte : Titre")
    keyboard.type("Au programme")
    keyboard.press("Enter")

    press_until(page, "Shift+Tab", "Gras")
    keyboard.press("Enter")
    keyboard.type("Venez avec votre téléphone")
    press_until(page, "Shift+Tab", "Gras")
    keyboard.press("Enter")
    keyboard.type(".")
    keyboard.press("Enter")

    press_until(page, "Shift+Tab", "Liste à puces")
    keyboard.press("Enter")
    keyboard.type("le courriel")
    keyboard.press("Enter")
    keyboard.type("les démarches en ligne")
    keyboard.press("Enter")
    keyboard.press("Enter")  # out of the list

    keyboard.type("Le site d’Actiris")
    # The editor reads the selection when the browser reports it, a moment later; once in
    # 93 CI tests (not in 9 runs here, loaded or idle) it kept the caret instead. A person
    # would select again, and so does this test, once.
    link_button = page.locator(".field-description_fr .prose-menubar [aria-label='Lien']")
    for attempt in (1, 2):
        keyboard.press("End")
        keyboard.press("Shift+Home")
        try:
            expect(link_button).not_to_have_class(re.compile(r"\bdisabled\b"))
            break
        except AssertionError:
            if attempt == 2:
                raise
    press_until(page, "Shift+Tab", "Lien")
    keyboard.press("Enter")
    dialog = page.get_by_role("dialog", name="Lien")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_label("Adresse web")).to_be_focused()
    keyboard.type("https://www.actiris.brussels/fr/")
    axed.check("link dialog")
    keyboard.press("Tab")  # the address is all it asks
    expect(focus).to_have_text("Appliquer")
    keyboard.press("Enter")
    expect(dialog).to_have_count(0)
    expect(focus).to_have_attribute("role", "textbox")

    keyboard.press("End")
    press_until(page, "Tab", "Enregistrer", limit=400)
    keyboard.press("Enter")
    expect(page.locator(".messagelist .success")).to_be_visible()
    training.refresh_from_db()
    assert training.description_fr == (
        "<h2>Au programme</h2>"
        "<p><strong>Venez avec votre téléphone</strong>.</p>"
        "<ul><li><p>le courriel</p></li><li><p>les démarches en ligne</p></li></ul>"
        '<p><a href="https://www.actiris.brussels/fr/" rel="noopener">Le site d’Actiris</a></p>'
    )
    page.context.close()

    visitor = browser.new_context(locale="fr-BE").new_page()
    visitor.goto(f"{demo.url}/fr/trainings/{training.slug}/")
    text = visitor.locator("main")
    assert text.locator("h2", has_text="Au programme").count() == 1
    assert text.locator("strong", has_text="Venez avec votre téléphone").count() == 1
    assert text.locator("li", has_text="les démarches en ligne").count() == 1
    link = text.get_by_role("link", name="Le site d’Actiris")
    assert link.get_attribute("href") == "https://www.actiris.brussels/fr/"
    visitor.context.close()
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


# The words of the list's column headings that the browser split over two lines, with the
# heading and the browser's hyphen if it put one ("Laatst nageke|ken" read as two words).
SPLIT_WORDS = """() => {
  const split = [];
  for (const th of document.querySelectorAll('#result_list thead th')) {
    const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) split.push(match[0]);
      }
    }
  }
  return split;
}"""


def test_the_lists_show_every_column_on_a_1280_px_screen(browser, demo):
    """Every column in view, and each heading wrapped between words, never inside one
    (a narrow Dutch column read "Laatst nagekeke/n")."""
    cut, split = {}, {}
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
                if words := page.evaluate(SPLIT_WORDS):
                    split[(locale, username, path)] = words
                if locale == "fr-BE" and username == "agency-editor" and path == TRAININGS:
                    page.screenshot(path=SHOTS / "admin-training-list-fr-1280.png")
            page.context.close()
    assert not cut, cut
    assert not split, split


WRITING = {
    "fr": {
        "locale": "fr-BE",
        "own": "Français",
        "other": ("nl", "Néerlandais"),
        "title": "Premiers pas numériques à Anderlecht",
        "summary": "Six matinées pour apprivoiser l'ordinateur.",
        "other_title": "Eerste digitale stappen in Anderlecht",
        "other_summary": "Zes ochtenden om de computer te leren kennen.",
        "slug": "premiers-pas-numeriques-a-anderlecht",
        "saved": "Ajout enregistré",
    },
    "nl": {
        "locale": "nl-BE",
        "own": "Nederlands",
        "other": ("fr", "Frans"),
        "title": "Eerste digitale stappen in Anderlecht",
        "summary": "Zes ochtenden om de computer te leren kennen.",
        "other_title": "Premiers pas numériques à Anderlecht",
        "other_summary": "Six matinées pour apprivoiser l'ordinateur.",
        "slug": "eerste-digitale-stappen-in-anderlecht",
        "saved": "Toegevoegd",
    },
}


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_an_agency_editor_writes_a_training_in_french_and_dutch_and_publishes_it(
    browser, demo, language
):
    words = WRITING[language]
    other, other_name = words["other"]
    page = log_in(browser, demo.url, words["locale"])
    axed = Axed(page)
    page.goto(demo.url + TRAININGS + "add/")
    axed.check("add form")
    headings = page.locator("fieldset.language-section .fieldset-heading").all_inner_texts()
    assert headings[0].startswith(words["own"])  # her language first
    assert page.locator("#id_owner option:checked").inner_text() == "Actiris"  # preselected
    if language == "fr":
        page.screenshot(path=SHOTS / "admin-training-form-fr-empty.png", full_page=True)
    page.fill(f"#id_title_{language}", words["title"])
    page.fill(f"#id_summary_{language}", words["summary"])
    write_formatted(page, f"description_{language}", f"#id_summary_{language}")
    page.locator("summary", has_text=other_name).click()  # the other languages are folded
    page.fill(f"#id_title_{other}", words["other_title"])
    page.fill(f"#id_summary_{other}", words["other_summary"])
    for name in ("kind", "format", "region", "cost", "schedule", "level"):
        page.select_option(f"#id_{name}", index=1)
    page.locator('input[name="languages"]').first.check()
    # A session every Tuesday and Thursday evening for six weeks, one evening off
    page.fill("#id_sessions-0-start_0", "2027-03-02")
    page.fill("#id_sessions-0-start_1", "18:30")
    page.fill("#id_sessions-0-end_0", "2027-03-02")
    page.fill("#id_sessions-0-end_1", "21:30")
    page.check("#id_sessions-0-repeat_days_1")
    page.check("#id_sessions-0-repeat_days_3")
    page.fill("#id_sessions-0-repeat_until", "2027-04-08")
    page.fill("#id_sessions-0-skip_dates", "2027-03-18")
    page.fill("#id_sessions-0-venue", "Maison de l'emploi")
    page.fill("#id_sessions-0-address", "Rue de Fiennes 77, 1070 Anderlecht")
    page.locator('input[name="_continue"]').click()
    page.wait_for_load_state()
    assert words["saved"] in page.locator(".messagelist").inner_text()
    training = Training.objects.get(slug=words["slug"])
    assert not training.title_en and not training.title_de and training.owner.slug == "actiris"
    assert "<strong>Au programme</strong>" in getattr(training, f"description_{language}")
    session = training.sessions.get()
    assert session.repeat_days and str(session.repeat_until) == "2027-04-08"
    axed.check("change form")
    if language == "fr":
        page.screenshot(path=SHOTS / "admin-training-form-fr.png", full_page=True)

    page.goto(f"{demo.url}/{language}/trainings/{training.slug}/")  # the draft, previewed
    assert page.locator(".preview-note").is_visible()
    description = page.locator("main").inner_html()
    assert "<strong>Au programme</strong>" in description and "<li>" in description

    page.goto(f"{demo.url}{TRAININGS}{training.pk}/change/")
    page.select_option("#id_status", "published")
    page.locator('input[name="_save"]').click()
    page.wait_for_url(demo.url + TRAININGS + "**")
    training.refresh_from_db()
    assert training.status == "published"
    page.context.close()
    assert not axed.failures, axed.failures


def test_new_sessions_are_numbered_again_as_they_are_added_and_removed(browser, demo):
    """ "Sessie 1", "Sessie 2"…: not Django's "Sessie: #1", and still in order after an
    added or removed row (js/inline-numbers.js)."""
    page = log_in(browser, demo.url, "nl-BE")
    page.goto(demo.url + TRAININGS + "add/")
    group = page.locator("#sessions-group")
    rows = group.locator(".inline-related:not(.empty-form)")

    def headings():
        return [
            " ".join(text.split()) for text in rows.locator(":scope > h3 > b").all_inner_texts()
        ]

    assert headings() == ["Sessie 1"]
    group.locator(".add-row a").click()
    group.locator(".add-row a").click()
    assert headings() == ["Sessie 1", "Sessie 2", "Sessie 3"]
    rows.nth(1).locator(".inline-deletelink").click()
    assert headings() == ["Sessie 1", "Sessie 2"]
    page.context.close()


@pytest.mark.parametrize(
    ("locale", "changed_label", "restored"),
    [("nl-BE", "Titel", "teruggezet"), ("fr-BE", "Titre", "restaurée")],
)
def test_an_agency_editor_compares_two_versions_and_restores_one_keeping_it_published(
    browser, demo, locale, changed_label, restored
):
    language = locale[:2]
    training = Training.objects.filter(owner__slug="actiris", status="published").first()
    first = Version.objects.get_for_object(training).first()
    before = getattr(training, f"title_{language}")
    page = log_in(browser, demo.url, locale)
    axed = Axed(page)
    page.goto(f"{demo.url}{TRAININGS}{training.pk}/change/")
    page.fill(f"#id_title_{language}", "Een nieuwe titel")
    page.locator('input[name="_continue"]').click()
    page.wait_for_load_state()
    page.goto(f"{demo.url}{TRAININGS}{training.pk}/history/")
    axed.check("history")
    assert changed_label in page.locator("#change-history").inner_text()
    page.locator('#content-main input[type="submit"]').click()  # the two latest versions
    page.wait_for_load_state()
    assert "Een nieuwe titel" in page.locator("#content-main").inner_text()
    axed.check("comparison")
    page.goto(f"{demo.url}{TRAININGS}{training.pk}/history/{first.pk}/")
    axed.check("restore form")
    page.locator('input[name="_save"]').click()
    page.wait_for_url(demo.url + TRAININGS + "**")
    page.goto(f"{demo.url}{TRAININGS}{training.pk}/history/")  # the restore, marked
    newest = page.locator("#change-history tbody tr").first.inner_text()
    training.refresh_from_db()
    page.context.close()
    assert restored in newest, newest
    assert getattr(training, f"title_{language}") == before
    assert training.status == "published"
    assert not axed.failures, axed.failures


@pytest.mark.parametrize(
    ("locale", "correct", "button", "download"),
    [
        (
            "nl-BE",
            "1 rij is correct",
            "De correcte rijen importeren",
            "Download ze om ze te verbeteren",
        ),
        (
            "fr-BE",
            "1 ligne est correcte",
            "Importer les lignes correctes",
            "Téléchargez-la pour la corriger",
        ),
    ],
)
def test_an_agency_editor_imports_the_good_rows_and_downloads_the_bad_one(
    browser, demo, tmp_path, locale, correct, button, download
):
    actiris = Organisation.objects.get(slug="actiris")
    rows = [
        import_row(actiris, slug="bonne-ligne"),
        import_row(actiris, slug="mauvaise-ligne", cost="cheap"),
    ]
    upload = tmp_path / "formations.csv"
    upload.write_bytes(csv_file(rows).getvalue())
    page = log_in(browser, demo.url, locale)
    axed = Axed(page)
    page.goto(demo.url + TRAININGS + "import/")
    axed.check("import")
    if locale == "fr-BE":
        page.screenshot(path=SHOTS / "admin-import-fr.png", full_page=True)
    page.set_input_files("#id_import_file", str(upload))
    page.select_option("#id_format", label="csv")
    page.locator('#content input[type="submit"]').click()
    page.wait_for_load_state()
    assert correct in page.locator("#content").inner_text()
    axed.check("preview")
    if locale == "fr-BE":
        page.screenshot(path=SHOTS / "admin-import-preview-fr.png", full_page=True)
    page.get_by_role("button", name=button).click()
    page.wait_for_url(demo.url + TRAININGS)
    assert Training.objects.filter(slug="bonne-ligne").exists()
    assert not Training.objects.filter(slug="mauvaise-ligne").exists()
    with page.expect_download() as file:
        page.get_by_role("link", name=download).click()
    content = Path(file.value.path()).read_text()
    page.goto(demo.url + TRAININGS + "export/")  # its "select all" box, wired without inline JS
    fields = page.locator(".selectable-field-export-row input[type=checkbox]:visible")
    assert fields.count() > 1
    page.locator("#select-all-toggle").uncheck()
    expect(fields.first).not_to_be_checked()
    page.context.close()
    assert "mauvaise-ligne" in content and "bonne-ligne" not in content
    assert not axed.failures, axed.failures
