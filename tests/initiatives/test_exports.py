"""The open-data exports: a spreadsheet opening the CSV runs no formula; JSON stays raw."""

import csv
import io
import json

import pytest

from tests.bedigital.test_spreadsheets import PAYLOADS
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db


def streamed(response) -> str:
    return b"".join(response.streaming_content).decode("utf-8-sig")


@pytest.mark.parametrize(("text", "exported"), PAYLOADS.items())
def test_csv_cells_that_would_start_a_formula_get_an_apostrophe(client, text, exported):
    InitiativeFactory(title_en=text, summary_fr=text)
    content = streamed(client.get("/en/initiatives/export.csv"))
    [row] = csv.DictReader(io.StringIO(content))
    assert row["title_en"] == exported and row["summary_fr"] == exported
    assert row["title_nl"].startswith("Meisjes")  # other cells unchanged


def test_every_csv_cell_is_quoted(client):
    """Belgian spreadsheets split on ";": a quoted cell stays one cell, so "a;=1+1" cannot
    become a second cell starting with "="."""
    InitiativeFactory(title_en="a;=1+1")
    lines = streamed(client.get("/en/initiatives/export.csv")).splitlines()
    for line in lines:
        assert line.startswith('"') and line.endswith('"'), line
    assert '"a;=1+1"' in lines[1]


def test_json_keeps_the_text_as_it_is(client):
    InitiativeFactory(title_en="=1+1", summary_en="'=1")
    [item] = json.loads(streamed(client.get("/en/initiatives/export.json")))["results"]
    assert item["title"]["en"] == "=1+1" and item["summary"]["en"] == "'=1"


def test_csv_starts_with_a_byte_order_mark_so_excel_reads_utf8(client):
    InitiativeFactory(title_fr="Liège numérique")
    raw = b"".join(client.get("/en/initiatives/export.csv").streaming_content)
    assert raw.startswith(b'\xef\xbb\xbf"slug"')
    assert "Liège numérique" in raw.decode("utf-8-sig")
