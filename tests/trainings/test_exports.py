"""The admin's training export (CSV, XLSX): no cell runs as a formula in a spreadsheet, and
an exported file imports back unchanged."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.db import models
from django.utils import timezone

from tests.bedigital.test_spreadsheets import PAYLOADS
from tests.factories import SessionFactory, TrainingFactory
from trainings.models import Session, Training
from trainings.resources import TrainingResource

pytestmark = pytest.mark.django_db

EXPORT = "/admin/trainings/training/export/"
IMPORT = "/admin/trainings/training/import/"
PROCESS = "/admin/trainings/training/process_import/"
CSV_FORMAT, XLSX_FORMAT = "0", "1"
TEXT_COLUMNS = ("title_en", "municipality", "prerequisites_fr")
TEXT = (models.CharField, models.TextField)


def export(client, fmt):
    fields = {f"trainingresource_{name}": "on" for name in TrainingResource().get_export_order()}
    response = client.post(EXPORT, {"format": fmt, **fields})
    assert response.status_code == 200
    return response.content


def training_with(text, organisation):
    """A training with `text` in some columns, its times in the file's precision (the
    minute: sessions are written "2026-12-01 18:00-21:00")."""
    now = timezone.now().replace(second=0, microsecond=0)
    training = TrainingFactory(
        owner=organisation,
        publication_date=now - timedelta(days=1),
        sessions=[],
        **dict.fromkeys(TEXT_COLUMNS, text),
    )
    SessionFactory(training=training, start=now + timedelta(days=4))
    Training.objects.filter(pk=training.pk).refresh_session_summary()
    return training


@pytest.mark.parametrize(("text", "exported"), PAYLOADS.items())
def test_csv_export_escapes_formulae_without_losing_text(
    client, agency_editor, organisation, text, exported
):
    training_with(text, organisation)
    client.force_login(agency_editor)
    [row] = csv.DictReader(io.StringIO(export(client, CSV_FORMAT).decode()))
    for column in TEXT_COLUMNS:
        assert row[column] == exported, column


@pytest.mark.parametrize(("text", "exported"), PAYLOADS.items())
def test_xlsx_export_writes_text_cells_not_formulae(
    client, agency_editor, organisation, text, exported
):
    training_with(text, organisation)
    client.force_login(agency_editor)
    sheet = openpyxl.load_workbook(io.BytesIO(export(client, XLSX_FORMAT))).active
    headers = [cell.value for cell in sheet[1]]
    for column in TEXT_COLUMNS:
        cell = sheet.cell(row=2, column=headers.index(column) + 1)
        # (XML reads a carriage return as a line feed)
        assert cell.data_type == "s" and cell.value == exported.replace("\r", "\n"), column
    assert not [cell for row in sheet.iter_rows() for cell in row if cell.data_type == "f"]
    price = sheet.cell(row=2, column=headers.index("price") + 1)
    assert price.value in (None, "")  # an empty cell, not the text "None"


def snapshot(training):
    """The training and its sessions as a file can carry them: a cell has no "none" (an
    empty translation may come back as empty text), and the import reads a carriage return
    as a line feed (files are read with universal newlines; XML keeps no carriage return)."""

    def as_in_a_file(row):
        return {
            name: (value or "").replace("\r", "\n") if isinstance(field, TEXT) else value
            for name, value, field in row
        }

    training.refresh_from_db()
    fields = [f for f in Training._meta.fields if f.name != "updated_at"]
    values = as_in_a_file((f.attname, getattr(training, f.attname), f) for f in fields)
    sessions = [
        as_in_a_file((f.attname, getattr(session, f.attname), f) for f in Session._meta.fields)
        for session in training.sessions.order_by("start")
    ]
    return values, sessions


@pytest.mark.parametrize("fmt", [CSV_FORMAT, XLSX_FORMAT])
def test_export_then_import_leaves_every_payload_unchanged(
    client, agency_editor, organisation, fmt
):
    trainings = [training_with(text, organisation) for text in PAYLOADS]
    before = [snapshot(training) for training in trainings]
    client.force_login(agency_editor)
    upload = io.BytesIO(export(client, fmt))
    upload.name = "export.csv" if fmt == CSV_FORMAT else "export.xlsx"
    preview = client.post(IMPORT, {"format": fmt, "import_file": upload})
    assert "Some rows have errors" not in preview.content.decode()
    form = preview.context["confirm_form"]
    response = client.post(PROCESS, {name: form[name].value() for name in form.fields})
    assert response.status_code == 302
    for training, (values, sessions) in zip(trainings, before, strict=True):
        after_values, after_sessions = snapshot(training)
        assert after_values == values
        assert after_sessions == sessions
