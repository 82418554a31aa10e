"""Importing trainings with their sessions from CSV and XLSX, through the admin."""

import csv
import io
from datetime import datetime

import pytest
import tablib
from django.utils import timezone

from bedigital.vocabularies import Status
from tests.factories import OrganisationFactory, TrainingFactory
from trainings.models import Training
from trainings.resources import TrainingResource, parse_session

pytestmark = pytest.mark.django_db

IMPORT = "/admin/trainings/training/import/"
PROCESS = "/admin/trainings/training/process_import/"
CSV_FORMAT, XLSX_FORMAT = "0", "1"


def row(organisation, **values):
    base = {
        "slug": "python-evenings",
        "owner": organisation.slug,
        "provider": organisation.slug,
        "status": "published",
        "publication_date": "2026-01-05 09:00:00",
        "kind": "course",
        "format": "onsite",
        "region": "brussels",
        "cost": "free",
        "schedule": "evening",
        "level": "foundation",
        "certificate": "none",
        "languages": "fr, nl",
        "technologies": "programming, data",
        "title_fr": "Python en soirée",
        "title_de": "Python am Abend",
        "summary_fr": "Dix soirées pour écrire vos premiers programmes.",
        "sessions": "2027-03-01 18:00-21:00 | Rue Royale 1 | 1000 Bruxelles | 20\n"
        "2027-03-08 18:00-21:00 | online",
    }
    return {**base, **values}


def csv_file(rows, name="trainings.csv"):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    upload = io.BytesIO(out.getvalue().encode())
    upload.name = name
    return upload


def preview(client, upload, fmt=CSV_FORMAT, language="en"):
    return client.post(
        IMPORT,
        {"format": fmt, "import_file": upload},
        headers={"accept-language": language},
    )


def confirm(client, preview_response):
    form = preview_response.context["confirm_form"]
    return client.post(PROCESS, {name: form[name].value() for name in form.fields})


def test_preview_shows_new_and_changed_rows_then_imports_trainings_and_sessions(
    client, agency_editor, organisation
):
    existing = TrainingFactory(owner=organisation, slug="existing-course", title_fr="Ancien")
    client.force_login(agency_editor)
    upload = csv_file([row(organisation), row(organisation, slug="existing-course", sessions="")])
    response = preview(client, upload)
    assert response.status_code == 200
    html = response.content.decode()
    assert "New" in html and "Update" in html
    assert not Training.objects.filter(slug="python-evenings").exists()  # only a preview

    assert confirm(client, response).status_code == 302
    training = Training.objects.get(slug="python-evenings")
    assert training.owner == organisation and training.status == Status.PUBLISHED
    assert training.title_de == "Python am Abend"
    assert {t.code for t in training.languages.all()} == {"fr", "nl"}
    first, second = training.sessions.order_by("start")
    assert timezone.localtime(first.start) == timezone.make_aware(datetime(2027, 3, 1, 18))
    assert first.venue == "Rue Royale 1" and first.address == "1000 Bruxelles"
    assert first.capacity == 20 and second.online
    assert training.has_sessions and training.last_start == second.start
    existing.refresh_from_db()
    assert existing.title_fr == "Python en soirée"
    assert client.get("/fr/trainings/python-evenings/").status_code == 200


def test_invalid_rows_are_reported_per_row_and_field_and_nothing_is_imported(
    client, agency_editor, organisation
):
    client.force_login(agency_editor)
    rows = [
        row(organisation, slug="good-one"),
        row(organisation, slug="bad-codes", languages="fr, klingon", cost="cheap"),
        row(organisation, slug="bad-session", sessions="2027-03-01 21:00-18:00"),
        row(organisation, slug="no-title", title_fr="", title_de="", summary_fr=""),
    ]
    response = preview(client, csv_file(rows))
    html = response.content.decode()
    assert "Some rows have errors" in html
    assert "Unknown code: klingon." in html
    assert "Unknown code: cheap. Use: free, free_for_job_seekers, subsidised, paid." in html
    assert "Session 1: the end comes before the start." in html
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None
    assert not Training.objects.exists()


def test_errors_are_in_the_editors_language(client, agency_editor, organisation):
    client.force_login(agency_editor)
    upload = csv_file([row(organisation, sessions="1 March 18:00")])
    html = preview(client, upload, language="de").content.decode()
    assert "Sitzung 1" in html


def test_agency_imports_only_into_its_own_organisations(client, agency_editor, organisation):
    other = OrganisationFactory()
    theirs = TrainingFactory(owner=other, slug="their-course", title_fr="Le leur")
    client.force_login(agency_editor)
    rows = [
        row(organisation, slug="into-other", owner=other.slug),
        row(organisation, slug="their-course"),
    ]
    html = preview(client, csv_file(rows)).content.decode()
    assert f"“{other.slug}” is not one of your organisations: {organisation.slug}." in html
    assert "Training with this Slug already exists." in html
    theirs.refresh_from_db()
    assert theirs.title_fr == "Le leur" and theirs.owner == other
    assert not Training.objects.filter(slug="into-other").exists()


def test_xlsx_import(client, agency_editor, organisation):
    client.force_login(agency_editor)
    data = tablib.Dataset(headers=list(row(organisation)))
    data.append(list(row(organisation).values()))
    upload = io.BytesIO(data.export("xlsx"))
    upload.name = "trainings.xlsx"
    response = preview(client, upload, fmt=XLSX_FORMAT)
    assert response.status_code == 200
    confirm(client, response)
    assert Training.objects.get(slug="python-evenings").sessions.count() == 2


def test_export_round_trips(client, agency_editor, organisation):
    training = TrainingFactory(
        owner=organisation,
        sessions=[4, 11],
        technologies=["ai"],
        description_de="<p>Künstliche Intelligenz</p>",
    )
    session_ids = set(training.sessions.values_list("pk", flat=True))
    TrainingFactory(owner=OrganisationFactory())  # another agency's: not exported
    client.force_login(agency_editor)
    response = client.post(
        "/admin/trainings/training/export/",
        {"format": CSV_FORMAT, **export_fields()},
    )
    assert response.status_code == 200
    exported = response.content.decode()
    assert len(list(csv.DictReader(io.StringIO(exported)))) == 1

    Training.objects.filter(pk=training.pk).update(title_en="Changed meanwhile")
    upload = io.BytesIO(exported.encode())
    upload.name = "export.csv"
    response = preview(client, upload)
    assert "Update" in response.content.decode()
    confirm(client, response)
    training.refresh_from_db()
    assert training.title_en.startswith("Learn to code")
    assert set(training.sessions.values_list("pk", flat=True)) == session_ids
    assert {t.code for t in training.technologies.all()} == {"ai"}
    assert training.description_de == "<p>Künstliche Intelligenz</p>"


def export_fields():
    return {f"trainingresource_{name}": "on" for name in TrainingResource().get_export_order()}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_template_file_imports_as_is(client, agency_editor, organisation, fmt):
    client.force_login(agency_editor)
    response = client.get(f"/admin/trainings/training/import/template.{fmt}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == f'attachment; filename="trainings-template.{fmt}"'
    upload = io.BytesIO(response.content)
    upload.name = f"template.{fmt}"
    preview_response = preview(client, upload, fmt=CSV_FORMAT if fmt == "csv" else XLSX_FORMAT)
    assert "New" in preview_response.content.decode()
    confirm(client, preview_response)
    training = Training.objects.get(slug="python-evenings-example")
    assert training.owner == organisation and training.sessions.count() == 2


def test_import_page_offers_the_templates(client, agency_editor):
    client.force_login(agency_editor)
    html = client.get(IMPORT).content.decode()
    assert "/admin/trainings/training/import/template.csv" in html
    assert "/admin/trainings/training/import/template.xlsx" in html
    assert client.get("/admin/trainings/training/import/template.json").status_code == 404


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("2027-13-01 18:00-21:00", "is not a real date or time"),
        ("tomorrow evening", "write the time as"),
        ("2027-03-01 18:00-21:00 | online | | zero", "whole number above 0"),
        ("2027-03-01 18:00-21:00 | online | | | 30/02", "registration deadline"),
        ("2027-03-01 18:00-21:00 | online | | | | maybe", "the status must be one of"),
        ("2027-03-01 18:00-21:00 | a | b | 1 | 2027-02-01 | open | extra", "too many parts"),
    ],
)
def test_session_line_errors(line, message):
    with pytest.raises(ValueError, match=message):
        parse_session(line)


def test_session_spanning_days():
    session = parse_session(
        "2027-03-01 09:00 – 2027-03-03 17:00 | Campus | | 12 | 2027-02-20 | full"
    )
    assert timezone.localtime(session["end"]).day == 3
    assert session["status"] == "full" and session["capacity"] == 12


def test_a_repeating_session_from_a_spreadsheet_cell(client, agency_editor, organisation):
    cell = "2026-12-22 18:30-21:30 every tue,thu until 2027-02-02 except 2026-12-29 | Interface3"
    client.force_login(agency_editor)
    confirm(client, preview(client, csv_file([row(organisation, sessions=cell)])))
    session = Training.objects.get(slug="python-evenings").sessions.get()
    assert session.meeting_count == 12
    assert str(session.repeat_until) == "2027-02-02" and session.skip_dates == "2026-12-29"
    assert timezone.localtime(session.end).hour == 21  # the first meeting's end
    assert timezone.localtime(session.last_end).date().isoformat() == "2027-02-02"
    training = session.training
    assert training.day_parts == 4 and training.meeting_days == 0b1010  # evenings, Tue+Thu


def test_a_repeating_session_exports_and_imports_back(client, agency_editor, organisation):
    from trainings.resources import format_session

    line = "2026-12-22 18:30-21:30 every tue,thu until 2027-02-02 except 2026-12-29 | Campus"
    values = parse_session(line)
    session = TrainingFactory(owner=organisation, sessions=[]).sessions.create(**values)
    assert format_session(session) == line


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("2027-03-01 18:00-21:00 every someday until 2027-04-01", "every tue,thu"),
        ("2027-03-01 18:00-21:00 every mon until April", "until 2027-02-02"),
        ("2027-03-01 18:00-21:00 every mon until 2027-02-01", "comes before the first meeting"),
        ("2027-03-01 18:00-21:00 every mon until 2027-04-01 except soon", "is not a date"),
    ],
)
def test_repetition_errors_say_what_to_write(line, message):
    with pytest.raises(ValueError, match=message):
        parse_session(line)


def test_repetition_errors_are_reported_on_the_row_and_column(client, agency_editor, organisation):
    client.force_login(agency_editor)
    bad = "2027-03-01 18:00-21:00 every mon until 2027-02-01"
    response = preview(client, csv_file([row(organisation, sessions=bad)]))
    html = response.content.decode()
    assert "Session 1:" in html and "comes before the first meeting" in html
    assert not Training.objects.exists()
