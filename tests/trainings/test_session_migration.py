"""Sessions stored as one stretch of time become runs of meetings, losing nothing (the data
step of migration 0005, run on sessions written the old way)."""

import importlib
from datetime import date, datetime

import pytest
from django.apps import apps
from django.utils import timezone

from tests.factories import TrainingFactory
from trainings.models import Session, Training

pytestmark = pytest.mark.django_db

migration = importlib.import_module("trainings.migrations.0005_session_recurrence_and_week_summary")


def local(*args):
    return timezone.make_aware(datetime(*args))


def test_sessions_spanning_weeks_become_weekly_or_weekday_meetings():
    training = TrainingFactory(sessions=[])
    # written as before: one stretch, no schedule, nothing derived (bulk_create skips save())
    evening, bootcamp, workshop = Session.objects.bulk_create(
        [
            # "22 Dec 18:30–21:30 → 2 Feb": a Tuesday evening course
            Session(
                training=training, start=local(2026, 12, 22, 18, 30), end=local(2027, 2, 2, 21, 30)
            ),
            # Monday 9:00 to a Friday 17:00: a full-time block
            Session(
                training=training, start=local(2027, 1, 4, 9, 0), end=local(2027, 1, 29, 17, 0)
            ),
            Session(
                training=training, start=local(2027, 3, 6, 10, 0), end=local(2027, 3, 6, 13, 0)
            ),
        ]
    )

    migration.runs_of_meetings(apps, None)

    evening.refresh_from_db()
    assert (evening.start, evening.end) == (
        local(2026, 12, 22, 18, 30),
        local(2026, 12, 22, 21, 30),
    )
    assert evening.repeat_days == 0b10 and evening.repeat_until == date(2027, 2, 2)
    assert evening.meeting_count == 7 and evening.last_end == local(2027, 2, 2, 21, 30)
    bootcamp.refresh_from_db()
    assert bootcamp.repeat_days == 0b11111 and bootcamp.meeting_count == 20
    assert bootcamp.last_end == local(2027, 1, 29, 17, 0)
    workshop.refresh_from_db()
    assert workshop.repeat_days == 0 and workshop.meeting_count == 1
    assert workshop.end == local(2027, 3, 6, 13, 0) and workshop.last_end == workshop.end
    training = Training.objects.get(pk=training.pk)
    assert training.meeting_days == 0b1111111 ^ 0b1000000  # Mon–Sat: weekdays and a Saturday
    assert training.pace == "full_time"
