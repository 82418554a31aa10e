"""The map of on-site trainings (issue 14): an SVG of Belgium's areas drawn on the server,
each a link to the catalogue filtered to it, with counts that agree with that catalogue,
the same figures as a table, names in each language, constant queries."""

import re
import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.http import QueryDict
from django.utils import timezone

from tests.factories import SessionFactory, TrainingFactory
from trainings import areas
from trainings.filters import TrainingFilterSet
from trainings.models import Training

pytestmark = pytest.mark.django_db
SVG = "{http://www.w3.org/2000/svg}"


def training_in(address: str, **values):
    training = TrainingFactory(sessions=[], **values)
    SessionFactory(training=training, address=address, start=timezone.now() + timedelta(days=9))
    return training


@pytest.fixture
def spread():
    return [
        training_in("Rue Léopold 1, 4000 Liège"),
        training_in("Place Licour 1, 4040 Herstal"),
        training_in("Rathausplatz 1, 4700 Eupen"),
        training_in("Korenmarkt 1, 9000 Gent"),
        training_in("Stationsplein 1, 1800 Vilvoorde"),  # the Brussels arrondissement
    ]


def the_map(client, lang="en"):
    page = client.get(f"/{lang}/trainings/map/").content.decode()
    svg = ET.fromstring(page[page.index("<svg") : page.index("</svg>") + 6])
    drawn = {}
    for link in svg.iter(f"{SVG}a"):
        title = link.find(f"{SVG}title").text.strip()
        assert link.find(f"{SVG}path").get("d").startswith("M")
        drawn[link.get("href")] = (title, int(link.find(f"{SVG}text").text))
    table = {
        href: int(count)
        for href, count in re.findall(
            r'<th scope="row"><a href="([^"]+)">[^<]+</a></th><td class="number">(\d+)', page
        )
    }
    return page, drawn, table


def catalogue_count(href: str) -> int:
    data, _ignored = TrainingFilterSet.drop_unknown_values(QueryDict(href.split("?")[1]))
    return TrainingFilterSet(data, queryset=Training.objects.published()).qs.count()


def test_every_area_is_drawn_linked_and_counted_as_the_catalogue_counts(client, spread):
    _page, drawn, table = the_map(client)
    assert len(drawn) == 12
    assert {href: count for href, (_title, count) in drawn.items()} == table
    for href, count in table.items():
        assert catalogue_count(href) == count
    assert table["/en/trainings/?district=liege"] == 2
    assert table["/en/trainings/?district=eupen"] == 1
    assert table["/en/trainings/?district=brussel"] == 1
    assert drawn["/en/trainings/?district=liege"][0] == "Liège: 2 trainings"


@pytest.mark.parametrize(
    ("lang", "liege", "brussels"),
    [
        ("fr", "Liège", "Bruxelles et Hal-Vilvorde"),
        ("nl", "Luik", "Brussel en Halle-Vilvoorde"),
        ("de", "Lüttich", "Brüssel und Halle-Vilvoorde"),
        ("en", "Liège", "Brussels and Halle-Vilvoorde"),
    ],
)
def test_the_areas_are_named_in_her_language(client, spread, lang, liege, brussels):
    page, drawn, _table = the_map(client, lang)
    assert f">{liege}</a>" in page and f">{brussels}</a>" in page
    assert re.match(rf"{liege}\s?: 2 ", drawn[f"/{lang}/trainings/?district=liege"][0])
    # and the catalogue says which area it shows, and keeps it when she refines
    catalogue = client.get(f"/{lang}/trainings/?district=liege").content.decode()
    assert f"<li>{liege} <a" in catalogue  # a removable chip
    assert '<input type="hidden" name="district" value="liege">' in catalogue


def test_an_unknown_area_is_ignored_and_said(client, spread):
    response = client.get("/fr/trainings/?district=atlantis")
    assert response.status_code == 200
    assert "atlantis" in response.content.decode()  # "Unknown values were ignored: atlantis"


def test_the_map_costs_the_same_queries_at_any_size(
    client, spread, django_assert_num_queries, django_assert_max_num_queries
):
    client.get("/en/trainings/map/")
    with django_assert_max_num_queries(4) as small:  # the counts by place, the total…
        client.get("/en/trainings/map/")
    few = len(small.captured_queries)  # read now: the next request empties the log
    for n in range(30):
        training_in(f"Rue {n}, 5000 Namur")
    client.get("/en/trainings/map/")  # what is kept per content version, read once
    with django_assert_num_queries(few):
        client.get("/en/trainings/map/")


def test_outlines_are_simplified_without_losing_corners():
    square = [(0, 0), (5, 0.01), (10, 0), (10, 10), (0, 10), (0, 0)]
    assert areas.simplify(square, 0.5) == [(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)]
    every_municipality = [code for area in areas.areas().values() for code in area["refnis"]]
    assert len(every_municipality) == len(set(every_municipality)) == 565
