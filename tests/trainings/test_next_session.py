"""The stored next session one can join (`next_start`): written with the session summary,
lapsing when that session begins or its registration closes, refreshed before lists read it."""

from datetime import date, datetime, timedelta

import pytest
from django.utils import timezone

from bedigital.vocabularies import SessionStatus
from tests.factories import SessionFactory, TrainingFactory
from trainings.models import Training, next_summary

pytestmark = pytest.mark.django_db


def session(start, deadline=None, status=SessionStatus.OPEN):
    return {"start": start, "registration_deadline": deadline, "status": status}


def test_next_summary_keeps_the_soonest_joinable_session_and_when_it_lapses():
    now = timezone.make_aware(datetime(2026, 12, 1, 9, 0))
    soon = now + timedelta(days=3)
    later = now + timedelta(days=9)
    assert next_summary([], now) == {"next_start": None, "next_start_until": None}
    summary = next_summary(
        [
            session(now - timedelta(days=1)),  # begun
            session(now + timedelta(days=1), status=SessionStatus.FULL),
            session(now + timedelta(days=2), deadline=date(2026, 11, 30)),  # closed
            session(later),
            session(soon, deadline=date(2026, 12, 2)),
        ],
        now,
    )
    # registration closes at the end of 2 December, Brussels time
    closes = timezone.make_aware(datetime(2026, 12, 3, 0, 0))
    assert summary == {"next_start": soon, "next_start_until": closes}
    assert next_summary([session(later)], now) == {"next_start": later, "next_start_until": later}


def test_saving_sessions_writes_the_next_session():
    training = TrainingFactory(sessions=[])
    assert Training.objects.get(pk=training.pk).next_start is None
    first = SessionFactory(training=training, start=timezone.now() + timedelta(days=5))
    second = SessionFactory(training=training, start=timezone.now() + timedelta(days=12))
    stored = Training.objects.get(pk=training.pk)
    assert stored.next_start == first.start == stored.next_start_until
    first.status = SessionStatus.CANCELLED
    first.save()
    assert Training.objects.get(pk=training.pk).next_start == second.start


def test_a_lapsed_next_session_is_refreshed_before_the_catalogue_reads_it(client):
    training = TrainingFactory(sessions=[])
    first = SessionFactory(training=training, start=timezone.now() + timedelta(days=1))
    second = SessionFactory(training=training, start=timezone.now() + timedelta(days=20))
    other = TrainingFactory(sessions=[10])
    # Time passes: the first session has begun (no write happened since).
    began = timezone.now() - timedelta(minutes=5)
    first.__class__.objects.filter(pk=first.pk).update(start=began, end=began + timedelta(hours=3))
    Training.objects.filter(pk=training.pk).update(next_start=began, next_start_until=began)

    html = client.get("/en/trainings/").content.decode()
    # soonest first: the other training (10 days) now comes before this one (20 days)
    assert html.index(other.title_en) < html.index(training.title_en)
    assert Training.objects.get(pk=training.pk).next_start == second.start
    within = client.get("/en/trainings/?starts_within=2w").content.decode()
    assert other.title_en in within and training.title_en not in within


@pytest.mark.parametrize("page", ["home", "partner", "story"])
def test_cards_outside_the_catalogue_refresh_a_lapsed_next_session_too(client, page):
    from tests.factories import TestimonialFactory

    training = TrainingFactory(sessions=[])
    first = SessionFactory(training=training, start=timezone.now() + timedelta(days=1))
    second = SessionFactory(training=training, start=timezone.now() + timedelta(days=20))
    story = TestimonialFactory()
    story.trainings.add(training)
    began = timezone.now() - timedelta(minutes=5)
    first.__class__.objects.filter(pk=first.pk).update(start=began, end=began + timedelta(hours=3))
    Training.objects.filter(pk=training.pk).update(next_start=began, next_start_until=began)

    url = {
        "home": "/en/",
        "partner": f"/en/partners/{training.provider.slug}/",
        "story": story.get_absolute_url(),
    }[page]
    html = client.get(url).content.decode()
    assert training.title_en in html
    shown = timezone.localtime(second.start)
    assert f"{shown.day} {shown:%B} {shown.year}" in html
    assert Training.objects.get(pk=training.pk).next_start == second.start
