"""Calendar files and links: a session's meetings, one by one, where and when they are."""

from datetime import date, datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from dateutil.rrule import rrulestr
from django.utils import timezone
from icalendar import Calendar

from tests.factories import SessionFactory, TrainingFactory
from trainings import schedule
from trainings.calendar import google_calendar_url, outlook_calendar_url

pytestmark = pytest.mark.django_db


def local(*args):
    return timezone.make_aware(datetime(*args))


def evening_course(training=None):
    return SessionFactory(
        training=training or TrainingFactory(sessions=[]),
        start=local(2027, 3, 9, 18, 30),  # over the change to summer time (28 March)
        end=local(2027, 3, 9, 21, 30),
        repeat_days=schedule.bit(1) | schedule.bit(3),
        repeat_until=date(2027, 4, 15),
        skip_dates="2027-03-30, 2027-04-01",
    )


def expand(event) -> list[datetime]:
    """The meetings a calendar application reads from the event."""
    start = event.decoded("DTSTART")
    if "RRULE" not in event:
        return [start]
    rules = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start, forceset=True)
    exdates = event.get("EXDATE")
    for exdate in exdates if isinstance(exdates, list) else [exdates] if exdates else []:
        for moment in exdate.dts:
            rules.exdate(moment.dt)
    return list(rules)


def test_a_repeating_session_reads_back_meeting_by_meeting(client, settings):
    settings.SITE_URL = "https://www.bedigitaltogether.be"
    session = evening_course()
    url = f"/nl/trainings/{session.training.slug}/sessions/{session.pk}.ics"
    response = client.get(url)
    calendar = Calendar.from_ical(response.content)
    [event] = calendar.walk("VEVENT")
    assert [t["TZID"] for t in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert event["DTSTART"].params["TZID"] == "Europe/Brussels"
    expected = [meeting.start for meeting in session.meetings()]
    assert len(expected) == 10  # 12 Tuesdays and Thursdays, 2 skipped
    assert expand(event) == expected
    assert {timezone.localtime(start).hour for start in expand(event)} == {18}
    length = event.decoded("DTEND") - event.decoded("DTSTART")
    assert length.total_seconds() == 3 * 3600  # each meeting, not the whole run
    assert str(event["UID"]) == f"session-{session.pk}@www.bedigitaltogether.be"
    again = Calendar.from_ical(client.get(url).content).walk("VEVENT")[0]
    assert again["UID"] == event["UID"]  # stable
    assert str(event["URL"]) == (
        f"https://www.bedigitaltogether.be/nl/trainings/{session.training.slug}/"
    )


def test_the_feed_keeps_a_course_under_way(client):
    training = TrainingFactory(cost="free", sessions=[])
    session = SessionFactory(
        training=training,
        start=timezone.now() - timezone.timedelta(days=8),
        end=timezone.now() - timezone.timedelta(days=8) + timezone.timedelta(hours=3),
        repeat_days=schedule.WEEKDAYS | schedule.WEEKEND,
        repeat_until=timezone.localdate() + timezone.timedelta(days=20),
    )
    events = Calendar.from_ical(client.get("/en/trainings/calendar.ics?cost=free&when=all").content)
    assert [str(e["UID"]) for e in events.walk("VEVENT")] == [f"session-{session.pk}@testserver"]


def test_google_link_carries_the_recurrence_and_outlook_only_single_meetings():
    session = evening_course()
    query = parse_qs(urlsplit(google_calendar_url(session)).query)
    assert query["dates"] == ["20270309T173000Z/20270309T203000Z"]
    assert query["ctz"] == ["Europe/Brussels"]
    assert query["recur"] == ["RRULE:FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=20270415T215959Z"]
    assert outlook_calendar_url(session) is None
    single = SessionFactory(start=local(2027, 5, 8, 10, 0), end=local(2027, 5, 8, 13, 0))
    query = parse_qs(urlsplit(outlook_calendar_url(single)).query)
    assert query["startdt"] == ["2027-05-08T10:00:00+02:00"]
    assert "recur" not in parse_qs(urlsplit(google_calendar_url(single)).query)
