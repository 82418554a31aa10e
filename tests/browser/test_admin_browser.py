"""The admin as an agency editor uses it, in Debian's Chromium: editing German text, the
completeness indicator, and axe-core on the admin pages the portal customises."""

from pathlib import Path

import pytest
from reversion.models import Version

from bedigital.models import Organisation, SitePage
from initiatives.models import Initiative
from testimonials.models import Testimonial
from tests.browser import AXE
from tests.trainings.test_import import csv_file
from tests.trainings.test_import import row as import_row
from trainings.models import Training

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TRAININGS = "/admin/trainings/training/"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"


def log_in(page, base_url, username, password="demo-agency-editor"):
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.keyboard.press("Enter")
    page.wait_for_url(base_url + "/admin/")


def change_link(page, training, within="#result_list "):
    return page.locator(f'{within}a[href*="/training/{training.pk}/change/"]')


def german_state(page, training):
    row = page.locator("#result_list tr", has=change_link(page, training, within=""))
    german = row.locator(".translation-state abbr", has_text="DE")
    return german.locator("..").get_attribute("class")


def test_agency_editor_writes_the_german_text_and_the_indicator_turns_complete(page, demo):
    actiris = Organisation.objects.get(slug="actiris")
    training = Training.objects.filter(owner=actiris).order_by("pk").first()
    Training.objects.filter(pk=training.pk).update(description_de="")
    log_in(page, demo.url, "agency-editor")

    page.goto(demo.url + TRAININGS + "?missing=de")
    assert german_state(page, training) == "is-partial"  # title and summary, no description
    change_link(page, training).first.click()
    german = page.locator("summary", has_text="German: missing description")
    german.click()  # the languages other than the editor's are folded
    page.locator('.field-description_de [role="textbox"]').click()  # the rich-text editor
    page.keyboard.type("Zehn Abende, um Ihre ersten Programme zu schreiben.")
    page.locator('input[name="_save"]').click()
    page.wait_for_url(demo.url + TRAININGS + "**")

    assert "was changed successfully" in page.locator(".messagelist").inner_text()
    page.goto(demo.url + TRAININGS)
    assert german_state(page, training) == "is-complete"
    page.goto(demo.url + TRAININGS + "?missing=de")
    assert change_link(page, training).count() == 0
    training.refresh_from_db()
    assert training.description_de == "<p>Zehn Abende, um Ihre ersten Programme zu schreiben.</p>"


def agency_pages():
    training = Training.objects.filter(owner__slug="actiris").order_by("pk").first()
    version = Version.objects.get_for_object(training).first()
    return [
        "/admin/",
        TRAININGS,
        TRAININGS + "?missing=de&review=stale",
        f"{TRAININGS}{training.pk}/change/",
        f"{TRAININGS}add/",
        f"{TRAININGS}{training.pk}/history/",
        f"{TRAININGS}{training.pk}/history/{version.pk}/",
        f"{TRAININGS}recover/",
        f"{TRAININGS}import/",
        f"{TRAININGS}import/columns/",
        f"{TRAININGS}{training.pk}/history/compare/",
        "/admin/initiatives/initiative/",
        f"/admin/initiatives/initiative/{Initiative.objects.filter(owner__slug='actiris')[0].pk}/change/",
        "/admin/initiatives/initiative/import/",
        "/admin/initiatives/initiative/import/columns/",
        "/admin/testimonials/testimonial/",
        "/admin/testimonials/testimonial/import/",
        "/admin/testimonials/testimonial/import/columns/",
        TRAININGS + "?sessions=soon",
        "/admin/bedigital/organisation/",
        f"/admin/bedigital/organisation/{Organisation.objects.get(slug='actiris').pk}/change/",
    ]


def site_editor_pages():
    return [
        "/admin/",
        "/admin/bedigital/keyfigure/",
        f"/admin/bedigital/sitepage/{SitePage.objects.first().pk}/change/",
        f"/admin/testimonials/testimonial/{Testimonial.objects.first().pk}/change/",
        "/admin/initiatives/strategicobjective/",
    ]


@pytest.mark.parametrize("locale", ["en-GB", "de-DE", "fr-BE", "nl-BE"])
@pytest.mark.parametrize(
    ("username", "password", "pages"),
    [
        ("agency-editor", "demo-agency-editor", agency_pages),
        ("site-editor", "demo-site-editor", site_editor_pages),
    ],
)
def test_no_axe_violations_on_the_admin_pages(browser, demo, locale, username, password, pages):
    context = browser.new_context(locale=locale)
    page = context.new_page()
    log_in(page, demo.url, username, password)
    failures = {}
    for path in pages():
        page.goto(demo.url + path)
        assert page.locator("html").get_attribute("lang") == locale[:2]
        result = AXE.run(page)
        if result.violations_count:
            failures[path] = result.generate_snapshot()
    context.close()
    assert not failures, failures


def test_no_axe_violations_on_an_import_preview_with_errors(page, demo, tmp_path):
    log_in(page, demo.url, "agency-editor")
    upload = tmp_path / "trainings.csv"
    upload.write_text("slug,owner,languages,sessions\nnew-one,vdab,klingon,tomorrow\n")
    page.goto(demo.url + TRAININGS + "import/")
    page.set_input_files("#id_import_file", str(upload))
    page.select_option("#id_format", label="csv")
    page.locator('input[type="submit"]').click()
    page.wait_for_load_state()
    assert "Unknown code: klingon." in page.content()
    result = AXE.run(page)
    assert not result.violations_count, result.generate_snapshot()


@pytest.mark.parametrize("lang", ["nl", "fr", "de", "en"])
def test_no_axe_violations_on_a_draft_preview(page, demo, lang):
    draft = Training.objects.filter(owner__slug="actiris").order_by("pk").first()
    Training.objects.filter(pk=draft.pk).update(status="draft")
    log_in(page, demo.url, "agency-editor")
    page.goto(f"{demo.url}/{lang}/trainings/{draft.slug}/")
    assert page.locator(".preview-note").is_visible()
    result = AXE.run(page)
    assert not result.violations_count, result.generate_snapshot()


@pytest.mark.parametrize("locale", ["nl-BE", "de-DE"])
def test_no_axe_violations_on_the_login_lockout_and_password_reset_pages(browser, demo, locale):
    page = browser.new_context(locale=locale).new_page()
    failures = {}

    def check(name):
        assert page.locator("html").get_attribute("lang") == locale[:2]
        result = AXE.run(page)
        if result.violations_count:
            failures[name] = result.generate_snapshot()

    page.goto(demo.url + "/admin/login/")
    check("login")
    page.click(".password-reset-link a")
    check("reset form")
    page.fill("#id_email", "nobody@example.be")
    page.keyboard.press("Enter")
    page.wait_for_url(demo.url + "/admin/password_reset/done/")
    check("reset sent")
    for _ in range(5):
        page.goto(demo.url + "/admin/login/")
        page.fill("#id_username", "site-editor")
        page.fill("#id_password", "wrong")
        with page.expect_navigation():
            page.keyboard.press("Enter")
    assert page.locator("#content-main h1").count() == 1  # the lockout page, not the form
    check("lockout")
    page.context.close()
    assert not failures, failures


def choose_first_option(page, name):
    page.select_option(f"#id_{name}", index=1)


def test_fr_agency_editor_creates_a_training_in_french_and_dutch_only(browser, demo):
    page = browser.new_context(locale="fr-BE").new_page()
    log_in(page, demo.url, "agency-editor")
    page.goto(demo.url + TRAININGS + "add/")
    headings = page.locator("fieldset.language-section .fieldset-heading").all_inner_texts()
    assert headings[0].startswith("Français")
    assert page.locator("#id_owner option:checked").inner_text() != "---------"
    failures = []
    if (result := AXE.run(page)).violations_count:
        failures.append(result.generate_snapshot())
    page.fill("#id_title_fr", "Premiers pas numériques à Anderlecht")
    page.fill("#id_summary_fr", "Six matinées pour apprivoiser l'ordinateur.")
    page.locator("summary", has_text="Néerlandais").click()
    page.fill("#id_title_nl", "Eerste digitale stappen in Anderlecht")
    page.fill("#id_summary_nl", "Zes ochtenden om de computer te leren kennen.")
    for name in ("kind", "format", "region", "cost", "schedule", "level"):
        choose_first_option(page, name)
    page.locator('input[name="languages"]').first.check()
    page.locator('input[name="_save"]').click()
    page.wait_for_url(demo.url + TRAININGS + "**")
    assert page.locator(".messagelist .success").count() == 1
    training = Training.objects.get(slug="premiers-pas-numeriques-a-anderlecht")
    assert training.title_nl and not training.title_en and training.owner.slug == "actiris"
    page.goto(f"{demo.url}/fr/trainings/{training.slug}/")  # the draft, previewed
    assert page.locator(".preview-note").is_visible()
    page.goto(f"{demo.url}{TRAININGS}{training.pk}/change/")
    if (result := AXE.run(page)).violations_count:
        failures.append(result.generate_snapshot())
    page.screenshot(path=SCREENSHOTS / "admin-training-form-fr.png", full_page=True)
    page.select_option("#id_status", "published")
    page.locator('input[name="_save"]').click()
    page.wait_for_url(demo.url + TRAININGS + "**")
    training.refresh_from_db()
    assert training.status == "published"
    page.context.close()
    assert not failures, failures


def test_nl_agency_editor_compares_two_versions_and_restores_one_without_unpublishing(
    browser, demo
):
    training = Training.objects.filter(owner__slug="actiris", status="published").first()
    first = Version.objects.get_for_object(training).first()
    page = browser.new_context(locale="nl-BE").new_page()
    log_in(page, demo.url, "agency-editor")
    page.goto(f"{demo.url}{TRAININGS}{training.pk}/change/")
    page.fill("#id_title_nl", "Een nieuwe titel")
    page.locator('input[name="_continue"]').click()
    page.wait_for_load_state()
    page.goto(f"{demo.url}{TRAININGS}{training.pk}/history/")
    failures = []
    if (result := AXE.run(page)).violations_count:
        failures.append(result.generate_snapshot())
    assert "Titel, in het Nederlands" in page.locator("#change-history").inner_text()
    page.locator('input[type="submit"]').click()  # the two latest versions, preselected
    page.wait_for_load_state()
    assert "Een nieuwe titel" in page.locator("#content-main").inner_text()
    if (result := AXE.run(page)).violations_count:
        failures.append(result.generate_snapshot())
    page.goto(f"{demo.url}{TRAININGS}{training.pk}/history/{first.pk}/")
    page.locator('input[name="_save"]').click()
    page.wait_for_url(demo.url + TRAININGS + "**")
    training.refresh_from_db()
    page.context.close()
    assert training.title_nl != "Een nieuwe titel" and training.status == "published"
    assert not failures, failures


def test_fr_agency_editor_imports_the_good_rows_and_downloads_the_bad_one(browser, demo, tmp_path):
    actiris = Organisation.objects.get(slug="actiris")
    rows = [
        import_row(actiris, slug="bonne-ligne"),
        import_row(actiris, slug="mauvaise-ligne", cost="cheap"),
    ]
    upload = tmp_path / "formations.csv"
    upload.write_bytes(csv_file(rows).getvalue())
    page = browser.new_context(locale="fr-BE", accept_downloads=True).new_page()
    log_in(page, demo.url, "agency-editor")
    page.goto(demo.url + TRAININGS + "import/")
    page.set_input_files("#id_import_file", str(upload))
    page.select_option("#id_format", label="csv")
    page.locator('input[type="submit"]').click()
    page.wait_for_load_state()
    assert "1 ligne est correcte" in page.locator("#content").inner_text()
    failures = []
    if (result := AXE.run(page)).violations_count:
        failures.append(result.generate_snapshot())
    page.screenshot(path=SCREENSHOTS / "admin-import-fr.png", full_page=True)
    page.get_by_role("button", name="Importer les lignes correctes").click()
    page.wait_for_url(demo.url + TRAININGS)
    assert Training.objects.filter(slug="bonne-ligne").exists()
    assert not Training.objects.filter(slug="mauvaise-ligne").exists()
    with page.expect_download() as download:
        page.get_by_role("link", name="Téléchargez-la pour la corriger").click()
    content = Path(download.value.path()).read_text()
    page.context.close()
    assert "mauvaise-ligne" in content and "bonne-ligne" not in content
    assert not failures, failures
