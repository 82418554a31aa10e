"""Trend charts on the figures page: every value drawn, the table equal to the data, a text
summary in each language, a CSV download; constant queries."""

import csv
import io
import re
import xml.etree.ElementTree as ET
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from bedigital.charts import nice_ceiling
from tests.conftest import LANGUAGES
from tests.factories import FigureSeriesFactory, KeyFigureFactory

pytestmark = pytest.mark.django_db

SVG = "{http://www.w3.org/2000/svg}"
VALUES = [
    ("belgium", 2021, "18.2", True),
    ("belgium", 2022, "18.6", False),
    ("belgium", 2023, "19.0", False),
    ("eu", 2021, "19.1", False),
    ("eu", 2022, "18.9", False),
    ("eu", 2023, "19.4", False),
    ("flanders", 2023, "20.5", True),
]
LABELS = {"belgium": "Belgium", "eu": "European Union", "flanders": "Flanders"}


def svg_of(html: str, key: str) -> ET.Element:
    section = html[html.index(f'id="trend-{key}"') :]
    return ET.fromstring(section[section.index("<svg") : section.index("</svg>") + 6])


def drawn_points(svg: ET.Element) -> set:
    return {
        (e.get("data-area"), int(e.get("data-year")), Decimal(e.get("data-value")))
        for e in svg.iter()
        if e.get("class") == "point"
    }


class TableReader(HTMLParser):
    """The rows of the first data table after the chart: (area, year, value text)."""

    def __init__(self):
        super().__init__()
        self.rows, self.cell, self.row, self.in_body = [], None, None, False

    def handle_starttag(self, tag, attrs):
        if tag == "tbody":
            self.in_body = True
        elif tag == "tr" and self.in_body:
            self.row = []
        elif tag in {"th", "td"} and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if tag in {"th", "td"} and self.cell is not None:
            self.row.append(" ".join(self.cell.split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(tuple(self.row))
            self.row = None
        elif tag == "tbody":
            self.in_body = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def table_of(html: str, key: str) -> list[tuple]:
    section = html[html.index(f'id="trend-{key}"') :]
    reader = TableReader()
    reader.feed(section[: section.index("</table>") + 8])
    return reader.rows


def test_line_chart_draws_every_value_and_its_table_equals_the_data(client):
    series = FigureSeriesFactory(values=VALUES)
    html = client.get("/en/figures/").content.decode()
    svg = svg_of(html, series.key)
    assert svg.get("role") == "img"
    title_id, desc_id = svg.get("aria-labelledby").split()
    assert svg.find(f"{SVG}title").get("id") == title_id
    assert svg.find(f"{SVG}title").text == "Share of women among ICT specialists"
    assert svg.find(f"{SVG}desc").get("id") == desc_id

    expected = {(area, year, Decimal(value)) for area, year, value, _i in VALUES}
    assert drawn_points(svg) == expected
    assert len(svg.findall(f"{SVG}polyline")) == 3  # one line per area
    hollow = {
        (e.get("data-area"), int(e.get("data-year")))
        for e in svg.iter()
        if e.get("class") == "point" and e.get("fill") == "#ffffff"
    }
    assert hollow == {("belgium", 2021), ("flanders", 2023)}
    titles = [e.find(f"{SVG}title").text for e in svg.iter() if e.get("class") == "point"]
    assert "Belgium, 2021: 18.2% (illustrative)" in titles
    assert "European Union, 2023: 19.4%" in titles

    rows = table_of(html, series.key)
    table = {(area, int(year), value.removesuffix("(illustrative)")) for area, year, value in rows}
    assert table == {
        (LABELS[area], year, f"{Decimal(value).normalize():f}%".replace(".0%", "%"))
        for area, year, value, _i in VALUES
    }
    assert sum(value.endswith("(illustrative)") for _a, _y, value in rows) == 2
    assert len(rows) == len(VALUES)


def test_bar_chart_draws_the_latest_value_of_each_area(client):
    series = FigureSeriesFactory(chart="bar", values=VALUES)
    html = client.get("/en/figures/").content.decode()
    assert drawn_points(svg_of(html, series.key)) == {
        ("belgium", 2023, Decimal("19.00")),
        ("eu", 2023, Decimal("19.40")),
        ("flanders", 2023, Decimal("20.50")),
    }
    assert len(table_of(html, series.key)) == len(VALUES)  # the table keeps every year
    assert "Highest: Flanders, 20.5% in 2023. Lowest: Belgium, 19% in 2023." in html


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Belgium: from 18.2% in 2021 to 19% in 2023."),
        ("fr", "Belgique : de 18,2 % en 2021 à 19 % en 2023."),
        ("nl", "België: van 18,2% in 2021 naar 19% in 2023."),
        ("de", "Belgien: von 18,2 % im Jahr 2021 auf 19 % im Jahr 2023."),
    ],
)
def test_summary_says_the_trend_in_each_language(client, lang, sentence):
    series = FigureSeriesFactory(values=VALUES)
    html = client.get(f"/{lang}/figures/").content.decode()
    svg = svg_of(html, series.key)
    summary = svg.find(f"{SVG}desc").text
    normalise = lambda text: re.sub(r"\s+", " ", text.replace("\xa0", " ").replace("\u202f", " "))  # noqa: E731
    assert normalise(sentence) in normalise(summary)
    caption = re.search(r'<figcaption class="chart-summary">(.*?)</figcaption>', html, re.S)
    assert normalise(caption.group(1)) == normalise(summary).replace("'", "&#x27;")
    assert f'href="/{lang}/figures/{series.key}.csv"' in html
    assert f'<a href="{series.source_url}">{series.source_title}</a>, Eurostat' in html


def test_csv_download_holds_every_value_with_its_source(client):
    series = FigureSeriesFactory(values=VALUES, source_title="=HYPERLINK(1)")
    response = client.get(f"/fr/figures/{series.key}.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert {(r["area"], int(r["year"]), Decimal(r["value"]), r["illustrative"]) for r in rows} == {
        (area, year, Decimal(value), "yes" if illustrative else "no")
        for area, year, value, illustrative in VALUES
    }
    assert rows[0]["area_name"] == "Belgique" and rows[0]["publisher"] == "Eurostat"
    assert rows[0]["source"] == "'=HYPERLINK(1)"  # never run as a formula
    assert rows[0]["retrieved_on"] == "2026-11-02"
    assert client.get("/fr/figures/no-such-series.csv").status_code == 404


def test_a_key_figure_links_to_its_trend(client):
    series = FigureSeriesFactory(values=VALUES)
    KeyFigureFactory(series=series)
    html = client.get("/en/").content.decode()
    assert f'href="/en/figures/#trend-{series.key}"' in html


@pytest.mark.parametrize("size", [1, 6])
def test_constant_queries(client, django_assert_max_num_queries, size):
    for _ in range(size):
        FigureSeriesFactory(values=VALUES)
        KeyFigureFactory(series=FigureSeriesFactory(values=VALUES[:2]))
    with django_assert_max_num_queries(6):
        assert client.get("/en/figures/").status_code == 200


@pytest.mark.parametrize("lang", LANGUAGES)
def test_demo_series_render_in_each_language(client, lang, demo):
    html = client.get(f"/{lang}/figures/").content.decode()
    for key in ("women-ict-specialists", "women-ict-graduates", "women-basic-digital-skills"):
        assert drawn_points(svg_of(html, key))
    assert "isoc_sks_itsps" in html


def test_axis_tops_are_round():
    assert nice_ceiling(19.4) == (20, 5)
    assert nice_ceiling(59.2) == (60, 20)
    assert nice_ceiling(584000)[0] == 600000
