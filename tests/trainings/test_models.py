from datetime import timedelta

import pytest
from django.db import IntegrityError
from django.utils import timezone

from bedigital.search import found_by
from bedigital.vocabularies import SessionStatus, Status
from tests.factories import SessionFactory, TrainingFactory
from trainings.models import Training

pytestmark = pytest.mark.django_db


def test_current_hides_trainings_whose_sessions_are_all_past():
    upcoming = TrainingFactory(sessions=[-30, 5])
    past = TrainingFactory(sessions=[-30, -2])
    on_demand = TrainingFactory(sessions=[])
    only_cancelled = TrainingFactory(sessions=[])
    SessionFactory(training=only_cancelled, status=SessionStatus.CANCELLED)
    assert set(Training.objects.current()) == {upcoming, on_demand}
    # every training is either current or past, never both
    assert set(Training.objects.past()) == {past, only_cancelled}


def test_session_summary_follows_session_changes():
    training = TrainingFactory(sessions=[])
    assert training in Training.objects.current()  # on demand
    session = SessionFactory(training=training, start=timezone.now() - timedelta(days=3))
    assert training in Training.objects.past()
    session.start = timezone.now() + timedelta(days=3)
    session.end = session.start + timedelta(hours=2)
    session.save()
    assert training in Training.objects.current()
    session.status = SessionStatus.CANCELLED
    session.save()
    assert training in Training.objects.past()
    session.delete()
    assert training in Training.objects.current()


def test_next_session_skips_cancelled_and_past_sessions():
    training = TrainingFactory(sessions=[-3])
    SessionFactory(training=training, start=timezone.now() + timedelta(days=2), status="cancelled")
    later = SessionFactory(training=training, start=timezone.now() + timedelta(days=9))
    assert Training.objects.with_next_session().get().next_start == later.start


def test_open_session_needs_open_status_and_a_deadline_not_passed():
    open_one = TrainingFactory(sessions=[])
    SessionFactory(training=open_one, registration_deadline=timezone.localdate())
    full = TrainingFactory(sessions=[])
    SessionFactory(training=full, status=SessionStatus.FULL)
    late = TrainingFactory(sessions=[])
    SessionFactory(training=late, registration_deadline=timezone.localdate() - timedelta(days=1))
    assert list(Training.objects.with_open_session()) == [open_one]


def test_search_finds_words_in_any_language():
    dutch_only = TrainingFactory(title_en="", title_fr="", title_de="", title_nl="Cyberveiligheid")
    TrainingFactory()
    assert list(found_by(Training.objects.all(), "cyberVEILIGHEID")) == [dutch_only]
    assert list(found_by(Training.objects.all(), "anderlecht cyberveiligheid")) == [dutch_only]


def test_published_hides_drafts_and_scheduled_trainings():
    TrainingFactory(status=Status.DRAFT)
    TrainingFactory(publication_date=timezone.now() + timedelta(hours=1))
    live = TrainingFactory()
    assert list(Training.objects.published()) == [live]


def test_description_is_sanitised():
    training = TrainingFactory(
        description_en='<p>Hi<script>x()</script> <a href="https://a.be" onclick="y">a</a></p>'
    )
    training.refresh_from_db()
    assert training.description_en == ('<p>Hi <a href="https://a.be" rel="noopener">a</a></p>')


def test_a_session_cannot_end_before_it_starts():
    start = timezone.now()
    with pytest.raises(IntegrityError):
        SessionFactory(start=start, end=start - timedelta(hours=1))


def test_soonest_follows_the_next_open_session():
    later = TrainingFactory(sessions=[20])
    soon = TrainingFactory(sessions=[-5, 2, 30])
    cancelled_soon = TrainingFactory(sessions=[])
    SessionFactory(
        training=cancelled_soon,
        start=timezone.now() + timedelta(days=1),
        status=SessionStatus.CANCELLED,
    )
    TrainingFactory(sessions=[-3])
    TrainingFactory(sessions=[1], status=Status.DRAFT)
    assert Training.objects.published().soonest(5) == [soon, later]
    assert Training.objects.published().soonest(1) == [soon]
