"""An empty list is never a dead end (issue 15): each choice undone with how many results it
gives (counts that agree with the pages they link to), a wider radius when she asked what is
near, the whole site's search for her words, and no feed, calendar or download of nothing."""

import re
from datetime import datetime, time, timedelta
from html import unescape

import pytest
from django.utils import timezone, translation

from tests.factories import SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db


def meeting_at(title, address, hour, in_days=9):
    day = timezone.localdate() + timedelta(days=in_days)
    start = timezone.make_aware(datetime.combine(day, time(hour, 0)))
    training = TrainingFactory(title_en=title, sessions=[])
    SessionFactory(training=training, address=address, start=start, end=start + timedelta(hours=3))
    return training


@pytest.fixture
def two_places():
    return [
        meeting_at("Python in the evening", "Rue Léopold 1, 4000 Liège", 18),
        meeting_at("Data in the morning", "Korenmarkt 1, 9000 Gent", 9),
        meeting_at("Cloud in Herstal", "Place Licour 1, 4040 Herstal", 9),
    ]


def ways_out(page: str) -> list[tuple[str, str, int]]:
    """(label, link, count) of each alternative offered."""
    block = page[page.index('class="alternatives"') :]
    block = block[: block.index("</ul>")]
    found = []
    for href, label, count in re.findall(
        r'<li><a href="([^"]+)">([^<]+)</a>\s*\((\d+) [^)]*\)', block
    ):
        found.append((unescape(label), unescape(href), int(count)))
    return found


def result_count(client, url: str) -> int:
    page = client.get(url).content.decode()
    return len(re.findall(r'class="card training-card', page))


@pytest.mark.parametrize(
    ("lang", "without_part", "wider"),
    [
        ("fr", "Sans « Moment de la journée : Matinées »", "Dans un rayon de 50 km"),
        ("nl", "Zonder ‘Moment van de dag: Voormiddagen’", "Binnen 50 km"),
        ("de", "Ohne „Tageszeit: Vormittags“", "Im Umkreis von 50 km"),
        ("en", "Without “Time of day: Mornings”", "Within 50 km"),
    ],
)
def test_an_empty_catalogue_offers_each_choice_undone_with_its_count(
    client, two_places, lang, without_part, wider
):
    url = f"/{lang}/trainings/?near=4000&within=5&part=morning"
    page = client.get(url).content.decode()
    assert 'class="card training-card' not in page
    offered = ways_out(page)
    labels = [label for label, _link, _count in offered]
    assert wider in labels[0]  # the nearest way out first: Herstal lies 7 km away
    assert any(without_part in label for label in labels), labels
    for _label, link, count in offered:  # each count is what its page shows
        assert count == result_count(client, link) > 0
    # "clear all filters" once, among the ways out with its count, not again by the chips
    with translation.override(lang):
        assert page.count(translation.gettext("Clear all filters")) == 1
    # no calendar, feed or download of nothing; an alert for when one appears
    assert ".ics" not in page.split('class="alternatives"')[1].split("</main>")[0]
    assert "atom" not in page.split('class="alternatives"')[1].split("</main>")[0]


def test_an_empty_keyword_search_offers_the_whole_site_in_every_language(client, two_places):
    page = client.get("/nl/trainings/?q=blockchain").content.decode()
    assert 'href="/nl/search/?q=blockchain"' in page
    offered = ways_out(page)
    assert [count for _label, _link, count in offered] == [3]  # without the keywords


def test_the_ways_out_cost_the_same_queries_whatever_the_data_size(
    client, two_places, django_assert_max_num_queries
):
    url = "/en/trainings/?near=4000&within=5&part=morning&women_only=on"
    client.get(url)
    with django_assert_max_num_queries(40) as small:
        client.get(url)
    queries = len(small.captured_queries)
    for n in range(20):
        meeting_at(f"More {n}", "Korenmarkt 1, 9000 Gent", 18)
    client.get(url)  # the first list after a change rebuilds its facet index (a few queries)
    with django_assert_max_num_queries(queries):
        client.get(url)
