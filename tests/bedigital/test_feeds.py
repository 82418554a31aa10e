"""Atom and RSS feeds, read back as a feed reader would (xml.etree)."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone

from bedigital.vocabularies import Cost, Status
from tests.factories import InitiativeFactory, TestimonialFactory, TrainingFactory

pytestmark = pytest.mark.django_db
ATOM = {"a": "http://www.w3.org/2005/Atom"}


def atom(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def rss(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content)


def atom_titles(feed):
    return [entry.findtext("a:title", namespaces=ATOM) for entry in feed.findall("a:entry", ATOM)]


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_the_catalogue_feed_honours_the_filters_in_every_language(client, settings, language):
    settings.SITE_URL = "https://www.bedigitaltogether.be"
    free = TrainingFactory(cost=Cost.FREE)
    newer_free = TrainingFactory(
        cost=Cost.FREE, publication_date=timezone.now() - timedelta(minutes=5)
    )
    TrainingFactory(cost=Cost.PAID)
    TrainingFactory(cost=Cost.FREE, status=Status.DRAFT)
    feed = atom(client, f"/{language}/feeds/trainings.atom?cost=free")
    titles = atom_titles(feed)
    assert titles == [getattr(newer_free, f"title_{language}"), getattr(free, f"title_{language}")]
    link = feed.find("a:entry/a:link", ATOM).get("href")
    assert link == f"https://www.bedigitaltogether.be/{language}/trainings/{newer_free.slug}/"
    alternate = feed.find("a:link[@rel='alternate']", ATOM).get("href")
    assert alternate == f"https://www.bedigitaltogether.be/{language}/trainings/?cost=free"
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    channel = rss(client, f"/{language}/feeds/trainings.rss?cost=free").find("channel")
    assert channel.findtext("language") == language
    assert [item.findtext("title") for item in channel.findall("item")] == titles
    assert channel.find("item").findtext("guid").endswith(f"/trainings/{newer_free.slug}/")


def test_feeds_of_new_initiatives_and_stories(client):
    initiative = InitiativeFactory()
    InitiativeFactory(status=Status.DRAFT)
    story = TestimonialFactory()
    assert atom_titles(atom(client, "/fr/feeds/initiatives.atom")) == [initiative.title_fr]
    [title] = [i.findtext("title") for i in rss(client, "/de/feeds/stories.rss").iter("item")]
    assert title.startswith(story.name)


def test_texts_are_plain_and_escaped(client):
    TrainingFactory(title_en="<b>Bold</b> & co", summary_en="<script>alert(1)</script>")
    feed = atom(client, "/en/feeds/trainings.atom")
    entry = feed.find("a:entry", ATOM)
    assert entry.findtext("a:title", namespaces=ATOM) == "<b>Bold</b> & co"  # text, not markup
    assert entry.findtext("a:summary", namespaces=ATOM) == "&lt;script&gt;alert(1)&lt;/script&gt;"


def test_unknown_filters_give_a_feed_not_an_error(client):
    TrainingFactory()
    assert len(atom_titles(atom(client, "/nl/feeds/trainings.atom?cost=nonsense&x=1"))) == 1


@pytest.mark.parametrize(
    ("path", "feed"),
    [
        ("/nl/trainings/?cost=free", "/nl/feeds/trainings.atom?cost=free"),
        ("/fr/initiatives/", "/fr/feeds/initiatives.atom"),
        ("/de/testimonials/", "/de/feeds/stories.atom"),
        ("/en/", "/en/feeds/stories.atom"),
    ],
)
def test_pages_link_their_feeds_in_the_head(client, path, feed):
    html = client.get(path).content.decode()
    head = html.split("</head>")[0]
    kind = "atom" if feed.split("?")[0].endswith("atom") else "rss"
    assert f'type="application/{kind}+xml"' in head
    assert f'href="{feed}"' in head


@pytest.mark.parametrize("count", [2, 20])
def test_feeds_run_a_constant_number_of_queries(client, django_assert_max_num_queries, count):
    TrainingFactory.create_batch(count)
    InitiativeFactory.create_batch(count)
    for url in ["/nl/feeds/trainings.atom?cost=free", "/nl/feeds/initiatives.rss"]:
        with django_assert_max_num_queries(3):
            client.get(url)
