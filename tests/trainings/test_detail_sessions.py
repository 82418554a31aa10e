"""The detail page: registration and the next session she can join come first; sessions
read as people say them."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from tests.factories import SessionFactory, TrainingFactory
from trainings import schedule

pytestmark = pytest.mark.django_db


def test_next_session_you_can_join_comes_before_the_details(client):
    training = TrainingFactory(sessions=[])
    soon = timezone.localdate() + timedelta(days=3)
    SessionFactory(
        training=training,
        start=timezone.make_aware(datetime.combine(soon, datetime.min.time().replace(hour=18))),
        status="full",
    )
    later = timezone.localdate() + timedelta(days=30)
    start = timezone.make_aware(datetime(later.year, later.month, later.day, 18, 30))
    SessionFactory(
        training=training,
        start=start,
        end=start + timedelta(hours=3),
        repeat_days=schedule.bit(later.weekday()),
        repeat_until=later + timedelta(days=14),
    )
    html = client.get(f"/en/trainings/{training.slug}/").content.decode()
    register = html.index('id="register-title"')
    assert register < html.index('class="facts"')  # near the top, before the details
    top = html[register : html.index("</aside>")]
    assert "Next session you can join:" in top
    assert "18:30–21:30, 3 evenings from" in top
    assert 'href="https://example.org/register"' in top
    assert "calendar.google.com" in top and ".ics" in top
    assert "9 hours" in html  # the session's hours in all
    assert "Full" in html  # the full session is still listed, with its status


def test_no_joinable_session_says_so(client):
    training = TrainingFactory(sessions=[])
    SessionFactory(training=training, status="full")
    html = client.get(f"/nl/trainings/{training.slug}/").content.decode()
    assert "Er staat momenteel geen sessie open voor inschrijving." in html


def test_the_card_shows_the_next_joinable_session(client):
    training = TrainingFactory(sessions=[])
    SessionFactory(training=training, status="full", start=timezone.now() + timedelta(days=2))
    joinable = SessionFactory(training=training, start=timezone.now() + timedelta(days=9))
    html = client.get("/de/trainings/").content.decode()
    assert f'datetime="{timezone.localtime(joinable.start).isoformat()}"' in html


def test_structured_data_ends_with_the_last_meeting(client):
    session = SessionFactory(
        start=timezone.make_aware(datetime(2027, 1, 5, 18, 0)),
        end=timezone.make_aware(datetime(2027, 1, 5, 21, 0)),
        repeat_days=schedule.bit(1),
        repeat_until=date(2027, 2, 2),
    )
    html = client.get(f"/en/trainings/{session.training.slug}/").content.decode()
    assert '"endDate": "2027-02-02T21:00:00+01:00"' in html
