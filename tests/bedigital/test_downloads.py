"""Downloads of every public list as filtered: CSV with a byte-order mark and every cell
quoted, XLSX, JSON; never a formula; only public content; fixed queries per chunk."""

import csv
import io
import json
from decimal import Decimal

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from openpyxl import load_workbook

from bedigital import prebuilt
from bedigital.vocabularies import Cost, OrganisationKind, Region, Status
from tests.conftest import LANGUAGES
from tests.factories import (
    InitiativeFactory,
    OrganisationFactory,
    SessionFactory,
    TestimonialFactory,
    TrainingFactory,
)

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://evil","x")'


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(client, url) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    raw = body(response)
    assert raw.startswith(b"\xef\xbb\xbf"), raw[:20]  # Excel reads it as UTF-8
    text = raw.decode("utf-8-sig")
    if text:
        assert text.startswith('"slug"')  # every cell quoted (QuotedCSV)
    return list(csv.DictReader(io.StringIO(text)))


def xlsx_rows(client, url) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('.xlsx"')
    sheet = load_workbook(io.BytesIO(body(response))).active
    header, *rows = [[cell.value for cell in row] for row in sheet.iter_rows()] or [[]]
    for row in sheet.iter_rows(min_row=2):
        assert all(cell.data_type != "f" for cell in row)  # no formula, ever
    return [dict(zip(header, row, strict=True)) for row in rows]


def json_results(client, url) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200
    data = json.loads(body(response))
    assert data["languages"] == LANGUAGES
    return data["results"]


@pytest.fixture
def trainings():
    free = TrainingFactory(cost=Cost.FREE, title_en=FORMULA, title_fr="Développeuse à Liège")
    SessionFactory(training=free, online=True, venue="", address="")
    paid = TrainingFactory(cost=Cost.PAID, price=Decimal("99"))
    TrainingFactory(status=Status.DRAFT)
    return free, paid


def test_trainings_csv_filtered_four_languages_sessions_importable_no_formula(client, trainings):
    free, paid = trainings
    rows = csv_rows(client, "/fr/trainings/export.csv?cost=free")
    assert [row["slug"] for row in rows] == [free.slug]
    [row] = rows
    assert row["title_en"] == "'" + FORMULA  # shown as text, not run
    assert row["title_fr"] == "Développeuse à Liège"
    assert row["title_nl"] == free.title_nl and row["title_de"] == free.title_de
    assert row["provider"] == free.provider.slug and row["languages"] == "fr"
    sessions = row["sessions"].splitlines()
    assert len(sessions) == 2 and any("online" in line for line in sessions)
    both = csv_rows(client, "/en/trainings/export.csv")
    assert {r["slug"] for r in both} == {free.slug, paid.slug}  # never the draft


def test_trainings_xlsx_and_json_honour_the_filters(client, trainings):
    free, paid = trainings
    [row] = xlsx_rows(client, "/nl/trainings/export.xlsx?cost=paid")
    assert row["slug"] == paid.slug and row["price"] == "99.00"
    [row] = xlsx_rows(client, "/nl/trainings/export.xlsx?cost=free")
    assert row["title_en"] == "'" + FORMULA
    [item] = json_results(client, "/de/trainings/export.json?cost=free")
    assert item["title"]["en"] == FORMULA  # JSON keeps the text as it is
    assert item["slug"] == free.slug and len(item["sessions"]) == 2


def test_stories_partners_and_initiatives_downloads(client):
    story = TestimonialFactory(region=Region.WALLONIA, role_en="@SUM(A1)")
    TestimonialFactory(region=Region.FLANDERS)
    TestimonialFactory(status=Status.DRAFT, region=Region.WALLONIA)
    [row] = csv_rows(client, "/en/testimonials/export.csv?region=wallonia")
    assert row["slug"] == story.slug and row["role_en"] == "'@SUM(A1)"
    assert row["role_fr"] == "Analyste de données"
    assert [
        r["slug"] for r in xlsx_rows(client, "/fr/testimonials/export.xlsx?region=wallonia")
    ] == [story.slug]
    assert (
        json_results(client, "/nl/testimonials/export.json?region=wallonia")[0]["slug"]
        == story.slug
    )

    school = OrganisationFactory(kind=OrganisationKind.EDUCATION, name_en="+32 school")
    rows = csv_rows(client, "/en/partners/export.csv?kind=education")
    assert [r["slug"] for r in rows] == [school.slug] and rows[0]["name_en"] == "'+32 school"
    assert len(xlsx_rows(client, "/en/partners/export.xlsx?kind=education")) == 1

    policy = InitiativeFactory(category="policy", title_en="-1")
    InitiativeFactory(category="awareness")
    [row] = xlsx_rows(client, "/fr/initiatives/export.xlsx?category=policy")
    assert row["slug"] == policy.slug and row["title_en"] == "'-1"


def test_unknown_values_are_refused_unknown_parameters_ignored_bad_formats_404(client, trainings):
    assert len(csv_rows(client, "/en/trainings/export.csv?colour=red&page=2")) == 2
    response = client.get("/fr/trainings/export.csv?cost=cheap&region=mars")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Le portail ne connaît pas ces valeurs de filtre : « cheap », « mars »." in html
    assert 'href="/fr/trainings/export.csv" download' in html  # the whole list instead
    response = client.get("/nl/partners/export.json?kind=school")
    assert response.status_code == 400 and "‘school’" in response.content.decode()
    assert client.get("/de/initiatives/export.csv?category=x").status_code == 400
    assert client.get("/en/support/export.xlsx?kind=x").status_code == 400
    assert client.get("/en/trainings/export.pdf").status_code == 404
    assert client.get("/en/testimonials/export.exe").status_code == 404


def test_empty_list_gives_a_file_all_the_same(client):
    response = client.get("/en/trainings/export.csv?cost=paid")
    assert body(response) == b"\xef\xbb\xbf"
    assert xlsx_rows(client, "/en/trainings/export.xlsx?cost=paid") == []
    assert json_results(client, "/en/trainings/export.json") == []


def test_control_characters_do_not_break_the_spreadsheet(client):
    TrainingFactory(title_en="Bell\x07 and escape\x1b")  # PostgreSQL refuses NUL itself
    [row] = xlsx_rows(client, "/en/trainings/export.xlsx")
    assert row["title_en"] == "Bell and escape"


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as context:
        body(client.get(url))
    return len(context.captured_queries)


@pytest.mark.parametrize(
    "url",
    [
        "/en/trainings/export.csv?cost=free",
        "/en/trainings/export.xlsx",
        "/en/testimonials/export.json",
        "/en/partners/export.csv",
    ],
)
def test_queries_do_not_grow_with_the_list(client, url):
    def grow(times):
        for _ in range(times):
            TrainingFactory(sessions=[2, 9], languages=["fr", "nl"])
            TestimonialFactory(portrait=None)

    grow(2)
    small = queries(client, url)
    grow(8)
    assert queries(client, url) == small


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_list_links_its_downloads(client, lang):
    TrainingFactory()
    for page, export in [
        ("trainings", "trainings"),
        ("testimonials", "testimonials"),
        ("partners", "partners"),
        ("initiatives", "initiatives"),
        ("careers", "careers"),
    ]:
        html = client.get(f"/{lang}/{page}/?region=brussels").content.decode()
        for fmt in ["csv", "xlsx", "json"]:
            assert f'href="/{lang}/{export}/export.{fmt}?region=brussels"' in html, (page, fmt)


def test_careers_and_support_downloads(client):
    from bedigital.careers.models import RegionalDemand
    from tests.factories import OccupationFactory
    from tests.support.factories import SupportFactory

    career = OccupationFactory(no_degree=True, title_en="=cmd")
    RegionalDemand.objects.create(
        occupation=career,
        region=Region.BRUSSELS,
        list_name="Fonctions critiques",
        publisher="Actiris",
        source_url="https://www.actiris.brussels/",
        year=2025,
    )
    OccupationFactory(status=Status.DRAFT)
    [row] = csv_rows(client, "/en/careers/export.csv?no_degree=on")
    assert row["slug"] == career.slug and row["title_en"] == "'=cmd"
    assert "Actiris" in row["demand"] and row["title_de"] == career.title_de
    support = SupportFactory(kind="funding")
    SupportFactory(status=Status.DRAFT)
    [row] = xlsx_rows(client, "/fr/support/export.xlsx?kind=funding")
    assert row["slug"] == support.slug and row["provider"] == support.provider.slug
    assert [i["slug"] for i in json_results(client, "/nl/support/export.json")] == [support.slug]
    assert 'href="/en/support/export.csv"' in client.get("/en/support/").content.decode()


def test_a_filtered_download_is_bounded_and_says_so(client, trainings, monkeypatch):
    monkeypatch.setattr(prebuilt, "MAX_FILTERED", 1)
    response = client.get("/fr/trainings/export.xlsx?region=brussels")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Cette sélection compte 2 éléments" in html and "au plus 1." in html
    assert len(csv_rows(client, "/fr/trainings/export.csv?cost=free")) == 1  # within it
    assert len(csv_rows(client, "/fr/trainings/export.csv")) == 2  # the whole list: always
    InitiativeFactory.create_batch(2, category="policy")
    english = client.get("/en/initiatives/export.json?category=policy").content.decode()
    assert "This selection holds 2 items" in english


# Whole lists built ahead ---------------------------------------------------------------


@pytest.fixture
def storage(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    return tmp_path


def build() -> str:
    out = io.StringIO()
    call_command("build_downloads", stdout=out)
    return out.getvalue().strip()


def test_the_command_builds_every_whole_list_and_the_site_serves_them(client, trainings, storage):
    free, paid = trainings
    InitiativeFactory(title_fr="Égalité")
    assert client.get("/fr/trainings/export.csv").get("ETag") is None  # built on request
    assert build() == "72 built, 0 up to date."  # 18 downloads in 4 languages
    meta = json.loads((storage / "downloads/fr/trainings/export.csv.json").read_text())
    stored = (storage / meta["file"]).read_bytes()
    assert stored.startswith(b"\xef\xbb\xbf") and free.title_fr.encode() in stored

    with CaptureQueriesContext(connection) as context:
        response = client.get("/fr/trainings/export.csv")
        served = body(response)
    assert served == stored
    assert not [q["sql"] for q in context.captured_queries if "trainings_" in q["sql"]]
    assert len(context.captured_queries) == 0, context.captured_queries
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="trainings.csv"'
    assert response["Access-Control-Allow-Origin"] == "*"
    again = client.get("/fr/trainings/export.csv", headers={"if-none-match": response["ETag"]})
    assert again.status_code == 304
    since = client.get(
        "/fr/trainings/export.csv", headers={"if-modified-since": response["Last-Modified"]}
    )
    assert since.status_code == 304

    [row] = xlsx_rows(client, "/nl/trainings/export.xlsx?cost=paid")  # filtered: built now
    assert row["slug"] == paid.slug
    assert {r["slug"] for r in xlsx_rows(client, "/nl/trainings/export.xlsx")} == {
        free.slug,
        paid.slug,
    }
    # each language's own links
    assert json_results(client, "/de/trainings/export.json")[0]["url"].startswith(
        "http://testserver/de/"
    )
    initiatives = body(client.get("/fr/initiatives/export.csv"))
    assert "Égalité".encode() in initiatives
    assert client.get("/fr/initiatives/export.csv")["ETag"]
    assert build() == "0 built, 72 up to date."  # nothing changed: nothing built


def test_a_stale_file_is_replaced_after_a_change(client, trainings, storage):
    free, _paid = trainings
    build()
    etag = client.get("/en/trainings/export.json")["ETag"]
    free.title_en = "Changed since"
    free.save()  # a write: the content version moves on
    assert json_results(client, "/en/trainings/export.json")  # the stored one until rebuilt
    assert build() == "72 built, 0 up to date."
    response = client.get("/en/trainings/export.json")
    assert response["ETag"] != etag
    assert "Changed since" in body(response).decode()
    files = list((storage / "downloads/en/trainings").glob("export.json.*"))
    assert len(files) == 2  # the content and its metadata: the old content is gone
