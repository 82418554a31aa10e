"""One bad row no longer blocks the good ones: she imports the valid rows and downloads the
invalid ones, with their errors, to fix them."""

import csv
import io

import pytest

from tests.trainings.test_import import IMPORT, PROCESS, csv_file, preview, row
from trainings.models import Training

pytestmark = pytest.mark.django_db
INVALID = IMPORT + "invalid-rows.csv"


def test_she_imports_the_valid_rows_and_downloads_the_invalid_one(
    client, agency_editor, organisation
):
    client.force_login(agency_editor)
    rows = [
        row(organisation, slug="good-one"),
        row(organisation, slug="bad-one", languages="fr, klingon"),
        row(organisation, slug="good-two"),
    ]
    shown = preview(client, csv_file(rows), language="fr")
    html = shown.content.decode()
    assert "2 lignes sont correctes et peuvent être importées maintenant." in html
    assert "Ligne 2\u00a0: <code>bad-one</code>" in html and "klingon" in html  # by its slug
    assert "<code>languages</code>\u00a0: Code inconnu\u00a0: klingon." in html  # French spacing
    assert not Training.objects.exists()  # a preview imports nothing

    form = shown.context["partial_confirm_form"]
    done = client.post(
        PROCESS,
        {name: form[name].value() for name in form.fields},
        headers={"accept-language": "fr"},
        follow=True,
    )
    assert set(Training.objects.values_list("slug", flat=True)) == {"good-one", "good-two"}
    assert "1 ligne n’a pas été importée à cause d’erreurs." in done.content.decode()
    assert "Téléchargez-la pour la corriger" in done.content.decode()  # the one row

    download = client.get(INVALID)
    assert download.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="training-invalid-rows.csv"'
    invalid = list(csv.DictReader(io.StringIO(download.content.decode())))
    assert [r["slug"] for r in invalid] == ["bad-one"]
    assert invalid[0]["errors"].startswith("languages\u00a0: Code inconnu\u00a0: klingon.")
    assert invalid[0]["languages"] == "fr, klingon"


def test_the_invalid_rows_file_can_be_fixed_and_imported_again(client, agency_editor, organisation):
    client.force_login(agency_editor)
    preview(client, csv_file([row(organisation, slug="bad-one", languages="klingon")]))
    fixed = client.get(INVALID).content.decode().replace("klingon", "fr")
    upload = io.BytesIO(fixed.encode())
    upload.name = "fixed.csv"
    shown = preview(client, upload)
    assert shown.context["confirm_form"] is not None


def test_without_a_preview_there_is_nothing_to_download(client, agency_editor):
    client.force_login(agency_editor)
    assert client.get(INVALID).status_code == 404


def test_only_importers_download_invalid_rows(client, organisation):
    assert client.get(INVALID).status_code == 302  # to the login page


def test_a_page_lists_every_column_with_its_codes_in_four_languages(client, agency_editor):
    client.force_login(agency_editor)
    page = client.get(IMPORT + "columns/", HTTP_ACCEPT_LANGUAGE="fr")
    assert page.status_code == 200
    html = page.content.decode()
    for column in ("slug", "owner", "cost", "languages", "sessions", "title_fr", "title_nl"):
        assert f"<code>{column}</code>" in html
    cost = next(c for c in page.context["columns"] if c["names"] == ["cost"])
    codes = dict(cost["codes"])
    assert "free_for_job_seekers" in codes
    assert [language for language, _label in codes["free_for_job_seekers"]] == [
        "nl",
        "fr",
        "de",
        "en",
    ]
    assert len({label for _language, label in codes["free_for_job_seekers"]}) == 4
    assert "Titre, une colonne par langue" in html
    assert "Exemple :" in html and "python-evenings-example" in html
    assert agency_editor.organisations.get().slug in html  # her organisations, for owner
    assert client.get(IMPORT).content.decode().count(IMPORT + "columns/") == 1
    assert "Écrivez 1 pour oui, 0 pour non" in html  # women_only, childcare
    # the index names each column in her language, not only by its code
    assert '<a href="#column-cost"><code>cost</code></a> Coût</li>' in html
    # each table of codes scrolls on its own on a phone, and can be scrolled by keyboard
    assert html.count('<div class="codes" role="region" tabindex="0" aria-labelledby') == sum(
        1 for column in page.context["columns"] if column.get("codes")
    )


def test_the_columns_page_is_for_importers_only(client, organisation):
    assert client.get(IMPORT + "columns/").status_code == 302


def test_unreadable_dates_and_numbers_are_explained_in_her_language(
    client, agency_editor, organisation
):
    client.force_login(agency_editor)
    rows = [row(organisation, publication_date="demain", price="gratis", duration_hours="x")]
    html = preview(client, csv_file(rows), language="nl").content.decode()
    assert "‘demain’ is geen datum met tijd: schrijf ze zoals 2026-12-01 09:00:00." in html
    assert "‘gratis’ is geen getal" in html and "‘x’ is geen geheel getal" in html
    assert "could not be parsed" not in html and "decimal" not in html


def test_yes_and_no_are_read_in_her_words_and_anything_else_is_an_error(
    client, agency_editor, organisation
):
    """import-export read any word but "1"/"true" as no: "oui" made a women-only course
    open to all without a word."""
    client.force_login(agency_editor)
    rows = [
        row(organisation, slug="oui", women_only="oui", childcare="non"),
        row(organisation, slug="ja", women_only="Ja", childcare="nee"),
        row(organisation, slug="exported", women_only="1", childcare="0"),
        row(organisation, slug="unsure", women_only="peut-être"),
    ]
    shown = preview(client, csv_file(rows), language="fr")
    html = shown.content.decode()
    assert "« peut-être » n’est ni oui ni non\u00a0: écrivez 1 pour oui, 0 pour non." in html
    form = shown.context["partial_confirm_form"]
    client.post(PROCESS, {name: form[name].value() for name in form.fields})
    read = dict(Training.objects.values_list("slug", "women_only"))
    assert read == {"oui": True, "ja": True, "exported": True}
    assert not Training.objects.filter(childcare=True).exists()


@pytest.mark.parametrize(
    ("language", "check", "export"),
    [
        ("fr", "Vérifier le fichier", "Exporter"),
        ("nl", "Bestand controleren", "Exporteren"),
        ("de", "Datei prüfen", "Exportieren"),
        ("en", "Check the file", "Export"),
    ],
)
def test_the_import_button_says_it_checks_the_file_and_the_export_one_exports(
    client, agency_editor, language, check, export
):
    """The import page's button read "Exporter": both pages' buttons were one "Submit"."""
    client.force_login(agency_editor)
    imports = client.get("/admin/trainings/training/import/", HTTP_ACCEPT_LANGUAGE=language)
    exports = client.get("/admin/trainings/training/export/", HTTP_ACCEPT_LANGUAGE=language)
    assert f'type="submit" class="default" value="{check}"' in imports.content.decode()
    assert f'value="{export}"' not in imports.content.decode()
    assert f'type="submit" class="default" value="{export}"' in exports.content.decode()


def test_the_import_page_names_no_codes_but_links_to_the_columns_page(client, agency_editor):
    """Not import-export's "Colonnes reconnues : slug, owner, …": a plain sentence and a link
    to the page that explains each column."""
    client.force_login(agency_editor)
    expected = {
        "fr": "La première ligne de votre fichier donne le nom des colonnes.",
        "nl": "De eerste rij van je bestand geeft de namen van de kolommen.",
        "de": "Die erste Zeile Ihrer Datei nennt die Spalten.",
        "en": "The first row of your file names its columns.",
    }
    for language, sentence in expected.items():
        html = client.get(IMPORT, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        assert sentence in html
        assert f'<a href="{IMPORT}columns/">' in html
        assert "Colonnes reconnues" not in html and "<code>slug, owner" not in html
        assert "following fields" not in html
