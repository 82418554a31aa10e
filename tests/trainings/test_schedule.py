"""Sessions as runs of meetings: recurrence, exceptions, summer time, the way people say it."""

from datetime import date, datetime, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from bedigital.vocabularies import SessionStatus
from tests.factories import SessionFactory, TrainingFactory
from trainings import schedule
from trainings.models import Pace, Session, Training

pytestmark = pytest.mark.django_db

TUE, THU, SAT = schedule.bit(1), schedule.bit(3), schedule.bit(5)


def local(*args) -> datetime:
    return timezone.make_aware(datetime(*args))


def evening_course(**kwargs) -> Session:
    """Tuesdays and Thursdays 18:30–21:30, 22 December 2026 to 2 February 2027, not on 29
    December: the issue's example."""
    values = {
        "start": local(2026, 12, 22, 18, 30),
        "end": local(2026, 12, 22, 21, 30),
        "repeat_days": TUE | THU,
        "repeat_until": date(2027, 2, 2),
        "skip_dates": "2026-12-29",
        **kwargs,
    }
    return SessionFactory(**values)


def test_meetings_repeat_on_the_days_until_the_last_day_except_skipped_ones():
    session = evening_course()
    days = [timezone.localtime(m.start).date() for m in session.meetings()]
    assert days[:3] == [date(2026, 12, 22), date(2026, 12, 24), date(2026, 12, 31)]
    assert date(2026, 12, 29) not in days
    assert days[-1] == date(2027, 2, 2)  # the last day counts
    assert len(days) == 12
    session.refresh_from_db()
    assert session.meeting_count == 12
    assert session.total_minutes == 12 * 180
    assert session.last_end == local(2027, 2, 2, 21, 30)
    assert session.meeting_days == TUE | THU
    assert session.day_parts == schedule.EVENING
    assert not session.school_hours
    assert session.hours_per_week == 6 * 36 // 7 // 6  # 36 hours over 7 weeks → 5


@pytest.mark.parametrize(
    ("first", "until", "change"),
    [
        (date(2027, 3, 16), date(2027, 4, 6), date(2027, 3, 28)),  # summer time begins
        (date(2026, 10, 13), date(2026, 11, 3), date(2026, 10, 25)),  # and ends
    ],
)
def test_meetings_keep_their_wall_clock_time_across_summer_time(first, until, change):
    session = SessionFactory(
        start=local(first.year, first.month, first.day, 18, 30),
        end=local(first.year, first.month, first.day, 21, 30),
        repeat_days=TUE,
        repeat_until=until,
    )
    meetings = session.meetings()
    assert len(meetings) == 4
    for meeting in meetings:
        start, end = timezone.localtime(meeting.start), timezone.localtime(meeting.end)
        assert (start.hour, start.minute, end.hour, end.minute) == (18, 30, 21, 30)
    offsets = {timezone.localtime(m.start).utcoffset() for m in meetings}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}
    before = [m for m in meetings if timezone.localdate(m.start) < change]
    after = [m for m in meetings if timezone.localdate(m.start) > change]
    assert before and after


def test_a_single_meeting_is_one_meeting():
    session = SessionFactory(start=local(2027, 3, 6, 10, 0), end=local(2027, 3, 6, 13, 0))
    assert session.meeting_count == 1
    assert session.meeting_days == SAT
    assert session.day_parts == schedule.MORNING
    assert session.last_end == session.end


def test_full_time_block_on_weekdays_within_school_hours():
    session = SessionFactory(
        start=local(2027, 1, 4, 9, 0),
        end=local(2027, 1, 4, 15, 0),
        repeat_days=schedule.WEEKDAYS ^ schedule.bit(2),  # no Wednesdays
        repeat_until=date(2027, 1, 29),
    )
    assert session.meeting_count == 16
    assert session.school_hours
    assert session.hours_per_week == 24
    assert session.training.__class__.objects.get(pk=session.training_id).pace == Pace.FULL_TIME


def test_wednesday_afternoon_is_not_within_school_hours():
    session = SessionFactory(start=local(2027, 1, 6, 9, 0), end=local(2027, 1, 6, 13, 0))
    assert not session.school_hours


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Tue and Thu, 18:30–21:30, 12 evenings from 22 December 2026 to 2 February 2027"),
        ("fr", "mar. et jeu., 18:30–21:30, 12 soirées du 22 décembre 2026 au 2 février 2027"),
        ("nl", "di en do, 18:30–21:30, 12 avonden van 22 december 2026 tot 2 februari 2027"),
        ("de", "Di. und Do., 18:30–21:30, 12 Abende vom 22. Dezember 2026 bis 2. Februar 2027"),
    ],
)
def test_schedules_read_as_people_say_them(language, expected):
    session = evening_course()
    with translation.override(language):
        assert session.describe() == expected


def test_weekday_runs_read_as_a_range():
    with translation.override("en"):
        assert schedule.day_list(schedule.WEEKDAYS, "en") == "Mon–Fri"
        assert schedule.day_list(schedule.WEEKEND, "en") == "Sat and Sun"


def test_next_session_is_the_next_one_she_can_still_join():
    training = TrainingFactory(sessions=[])
    now = timezone.now()
    SessionFactory(training=training, start=now + timedelta(days=3), status=SessionStatus.FULL)
    SessionFactory(
        training=training,
        start=now + timedelta(days=5),
        registration_deadline=timezone.localdate() - timedelta(days=1),
    )
    joinable = SessionFactory(training=training, start=now + timedelta(days=20))
    annotated = Training.objects.with_next_session().get(pk=training.pk)
    assert annotated.next_start == joinable.start


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"repeat_days": TUE, "repeat_until": None}, "repeat_until"),
        ({"repeat_days": TUE, "repeat_until": date(2026, 1, 1)}, "repeat_until"),
        ({"repeat_days": TUE, "repeat_until": date(2031, 1, 1)}, "repeat_until"),
        ({"skip_dates": "29/12/2026"}, "skip_dates"),
    ],
)
def test_impossible_schedules_are_refused_on_their_field(values, field):
    session = Session(
        training=TrainingFactory(sessions=[]),
        start=local(2026, 12, 22, 18, 30),
        end=local(2026, 12, 22, 21, 30),
        **values,
    )
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert field in error.value.message_dict


def test_the_weekdays_field_reads_checkboxes_or_a_mask_and_refuses_junk():
    from trainings.forms import WeekdaysField

    field = WeekdaysField()
    assert field.clean(["1", "3"]) == TUE | THU
    assert field.clean("10") == TUE | THU  # a mask, as a copied form carries it
    assert field.clean([]) == 0
    assert field.prepare_value(TUE | THU) == [1, 3]
    with pytest.raises(ValidationError):
        field.clean(["9"])
    assert field.has_changed(0, ["junk"])  # no exception: the form reports the error
