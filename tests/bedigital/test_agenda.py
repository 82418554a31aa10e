"""The agenda (sessions and events, soonest first, with filters and counts), its calendar
feed, events' pages, and who may edit events."""

import re
from datetime import timedelta

import pytest
from django.utils import timezone
from icalendar import Calendar

from bedigital.events.models import EventKind
from bedigital.vocabularies import Region, SessionStatus, Status
from tests.factories import SessionFactory, TrainingFactory, make_event

pytestmark = pytest.mark.django_db


def titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="card-title"><a href="[^"]+"[^>]*>([^<]+)</a>', html)


def test_sessions_and_events_soonest_first(client):
    later = TrainingFactory(title_fr="Python le soir", sessions=[9])
    make_event(days=2, kind=EventKind.JOB_FAIR, online=False, region=Region.WALLONIA)
    make_event(days=30)
    SessionFactory(training=later, start=timezone.now() + timedelta(days=1))
    SessionFactory(training=later, status=SessionStatus.CANCELLED)
    make_event(days=-3)  # over
    make_event(days=4, status=Status.DRAFT)
    html = client.get("/fr/agenda/").content.decode()
    assert titles(html) == [
        "Python le soir",
        "Webinaire sur les données",
        "Python le soir",
        "Webinaire sur les données",
    ]
    assert "4 dates" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=webinar", ["Webinar on data"]),
        ("kind=training", ["Coding at night"]),
        ("online=onsite", ["Coding at night", "Jobs fair"]),
        ("online=online&online=onsite", ["Coding at night", "Jobs fair", "Webinar on data"]),
        ("region=wallonia", ["Jobs fair"]),
        ("region=brussels&kind=job_fair", []),
    ],
)
def test_filters(client, query, expected):
    TrainingFactory(title_en="Coding at night", region=Region.BRUSSELS, sessions=[1])
    make_event(
        days=2, kind=EventKind.JOB_FAIR, online=False, region=Region.WALLONIA, title_en="Jobs fair"
    )
    make_event(days=3)
    assert titles(client.get(f"/en/agenda/?{query}").content.decode()) == expected


def test_counts_per_value_and_the_month_filter(client):
    TrainingFactory(sessions=[1, 40])
    make_event(days=2)
    html = client.get("/en/agenda/").content.decode()
    # the box inside its label or before it: the count is the option's
    assert re.search(r'value="webinar"[^>]*>(<label[^>]*>)?Webinar <span class="count">\(1\)', html)
    assert re.search(r'value="training"[^>]*>(<label[^>]*>)?[^<]+<span class="count">\(2\)', html)
    month = timezone.localdate(timezone.now() + timedelta(days=40)).strftime("%Y-%m")
    filtered = client.get(f"/en/agenda/?month={month}").content.decode()
    assert "1 date" in filtered


def test_unknown_values_are_reported_not_an_error(client):
    response = client.get("/nl/agenda/?kind=circus&month=1999-01&page=abc")
    assert response.status_code == 200
    assert "circus" in response.content.decode()


def test_the_calendar_feed_of_the_same_agenda(client, settings):
    settings.SITE_URL = "https://www.bedigitaltogether.be"
    training = TrainingFactory(sessions=[1])
    event = make_event(days=2)
    make_event(days=2, kind=EventKind.JOB_FAIR, online=False)
    response = client.get("/nl/agenda/calendar.ics?kind=training&kind=webinar")
    calendar = Calendar.from_ical(response.content)
    uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    session = training.sessions.get()
    assert uids == [
        f"session-{session.pk}@www.bedigitaltogether.be",
        f"event-{event.pk}@www.bedigitaltogether.be",
    ]
    assert 'type="text/calendar"' in client.get("/nl/agenda/").content.decode()


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_an_event_page_with_calendar_links(client, language):
    event = make_event(days=5)
    html = client.get(f"/{language}/events/{event.slug}/").content.decode()
    assert getattr(event, f"title_{language}") in html
    assert "calendar.google.com" in html and "outlook.live.com" in html
    assert f'href="/{language}/events/{event.slug}.ics"' in html
    ics = Calendar.from_ical(client.get(f"/{language}/events/{event.slug}.ics").content)
    assert len(ics.walk("VEVENT")) == 1


def test_a_past_webinar_offers_its_recording(client):
    event = make_event(days=-10, recording_url="https://www.youtube.com/watch?v=abc")
    html = client.get(f"/en/events/{event.slug}/").content.decode()
    assert 'href="https://www.youtube.com/watch?v=abc"' in html
    assert "calendar.google.com" not in html


def test_drafts_are_not_public(client):
    event = make_event(status=Status.DRAFT)
    assert client.get(f"/en/events/{event.slug}/").status_code == 404
    assert client.get(f"/en/events/{event.slug}.ics").status_code == 404


def test_agency_editors_see_only_their_events(client, agency_editor, organisation):
    mine = make_event(owner=organisation, title_en="Ours")
    theirs = make_event(title_en="Theirs")
    client.force_login(agency_editor)
    listing = client.get("/admin/events/event/").content.decode()
    assert "Ours" in listing and "Theirs" not in listing
    assert client.get(f"/admin/events/event/{mine.pk}/change/").status_code == 200
    assert client.get(f"/admin/events/event/{theirs.pk}/change/").status_code in (302, 404)


@pytest.mark.parametrize("count", [2, 25])
def test_the_agenda_runs_a_constant_number_of_queries(client, django_assert_max_num_queries, count):
    for day in range(count):
        TrainingFactory(sessions=[day + 1])
        make_event(days=day + 1)
    with django_assert_max_num_queries(16):
        client.get("/nl/agenda/?online=online&page=2")


@pytest.mark.parametrize(
    ("language", "girls_day", "count"),
    [
        ("nl", "Girls in ICT Day Brussel", "2 activiteiten"),
        ("fr", "Girls in ICT Day à Bruxelles", "2 dates"),
        ("de", "Girls in ICT Day in Brüssel", "2 Termine"),
        ("en", "Girls in ICT Day in Brussels", "2 dates"),
    ],
)
def test_the_demo_agenda_in_four_languages(client, demo, language, girls_day, count):
    html = client.get(f"/{language}/agenda/?kind=girls_in_ict").content.decode()
    assert girls_day in html
    assert count in html
    webinars = client.get(f"/{language}/agenda/?kind=webinar").content.decode()
    assert titles(webinars)  # an upcoming webinar in every language
