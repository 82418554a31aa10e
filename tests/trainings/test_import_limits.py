"""Numbers and dates beyond what the database or the time zone can hold are reported on
their row and field in the import preview, in the editor's language: never a database
error, a 500 or a half-written import."""

import io
from datetime import datetime

import pytest
import tablib

from tests.admin_forms import admin_form_data
from tests.factories import TrainingFactory
from tests.trainings.test_import import XLSX_FORMAT, csv_file, preview, row
from trainings.models import Session, Training

pytestmark = pytest.mark.django_db

HUGE = "99999999999"  # more than a 32-bit integer column holds
RAW_ERRORS = ("out of range", "too small", "too large", "Traceback", "OverflowError")


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"duration_hours": HUGE}, "Ensure this value is less than or equal to 10000."),
        (
            {"sessions": f"2027-03-01 18:00-21:00 | online | | {HUGE}"},
            "Session 1: seats: Ensure this value is less than or equal to 100000.",
        ),
        ({"publication_date": "0001-01-01 00:00:00"}, "Give a date between 1900 and 2100."),
        ({"publication_date": "9999-12-31 23:59:59"}, "Give a date between 1900 and 2100."),
        (
            {"sessions": "0001-01-01 18:00-21:00"},
            "Session 1: start: Give a date between 1900 and 2100.",
        ),
        (
            {"sessions": "9999-12-31 22:00-23:59"},
            "Session 1: start: Give a date between 1900 and 2100.",
        ),
        (
            {"sessions": "2027-03-01 18:00-21:00 | " + "v" * 201},
            "Session 1: venue: Ensure this value has at most 200 characters (it has 201).",
        ),
        (
            {"sessions": "2027-03-01 18:00-21:00 | online | | | 9999-12-31"},
            "Session 1: registration deadline: Give a date between 1900 and 2100.",
        ),
    ],
)
def test_out_of_range_values_are_field_errors(client, agency_editor, organisation, values, message):
    client.force_login(agency_editor)
    response = preview(client, csv_file([row(organisation, **values)]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Some rows have errors" in html
    assert message in html
    assert not any(error in html for error in RAW_ERRORS), html
    assert not Training.objects.exists() and not Session.objects.exists()


def test_out_of_range_date_in_an_xlsx_date_cell(client, agency_editor, organisation):
    client.force_login(agency_editor)
    values = row(organisation, publication_date=datetime(1, 1, 1))
    data = tablib.Dataset(list(values.values()), headers=list(values))
    upload = io.BytesIO(data.export("xlsx"))
    upload.name = "trainings.xlsx"
    response = preview(client, upload, fmt=XLSX_FORMAT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Give a date between 1900 and 2100." in html
    assert not any(error in html for error in RAW_ERRORS), html
    assert not Training.objects.exists()


def test_messages_are_in_the_editors_language(client, agency_editor, organisation):
    client.force_login(agency_editor)
    values = {"publication_date": "0001-01-01 00:00:00", "duration_hours": HUGE}
    html = preview(client, csv_file([row(organisation, **values)]), language="nl")
    html = html.content.decode()
    assert "Geef een datum tussen 1900 en 2100." in html
    assert "Zorg ervoor dat deze waarde hoogstens 10000 is." in html


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"publication_date_0": "0001-01-01"}, "Give a date between 1900 and 2100."),
        ({"duration_hours": HUGE}, "Ensure this value is less than or equal to 10000."),
        ({"sessions-0-capacity": HUGE}, "Ensure this value is less than or equal to 100000."),
        ({"sessions-0-start_0": "9999-12-31"}, "Give a date between 1900 and 2100."),
    ],
)
def test_admin_form_shows_the_same_field_errors(client, site_editor, changes, message):
    """The bounds live on the model fields, so the change form checks them too."""
    training = TrainingFactory(title_en="Before")
    url = f"/admin/trainings/training/{training.pk}/change/"
    client.force_login(site_editor)
    data = admin_form_data(client.get(url), title_en="After", **changes)
    response = client.post(url, data)
    assert response.status_code == 200
    assert message in response.content.decode()
    training.refresh_from_db()
    assert training.title_en == "Before"
