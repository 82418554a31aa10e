""" "Fits my week": days, time of day, weekends, school hours, pace, duration, start, with
counts; on SQLite and PostgreSQL alike (run this file with DATABASE_URL=postgres://…)."""

from datetime import datetime, time, timedelta

import pytest
from django.http import QueryDict
from django.utils import timezone

from tests.factories import SessionFactory, TrainingFactory
from trainings import schedule
from trainings.filters import TrainingFilterSet
from trainings.models import Training

pytestmark = pytest.mark.django_db

MON, TUE, WED, THU, FRI, SAT = (schedule.bit(day) for day in range(6))


def next_weekday(weekday: int, after_days: int):
    day = timezone.localdate() + timedelta(days=after_days)
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def training_meeting(title, weekday, start, end, repeat=0, weeks=0, in_days=7, **session):
    first = next_weekday(weekday, in_days)
    training = TrainingFactory(title_en=title, sessions=[])
    SessionFactory(
        training=training,
        start=timezone.make_aware(datetime.combine(first, start)),
        end=timezone.make_aware(datetime.combine(first, end)),
        repeat_days=repeat,
        repeat_until=first + timedelta(weeks=weeks) if repeat else None,
        **session,
    )
    return Training.objects.get(pk=training.pk)


@pytest.fixture
def week():
    return {
        "evening": training_meeting(
            "Evening", 1, time(18, 30), time(21, 30), repeat=TUE | THU, weeks=6
        ),
        "saturday": training_meeting("Saturday", 5, time(10, 0), time(13, 0)),
        "bootcamp": training_meeting(
            "Bootcamp", 0, time(9, 0), time(16, 0), repeat=MON | TUE | WED | THU | FRI, weeks=12
        ),
        "school": training_meeting(
            "School", 0, time(9, 0), time(12, 0), repeat=MON | TUE | THU, weeks=3, in_days=50
        ),
    }


def run(query: str):
    data, ignored = TrainingFilterSet.drop_unknown_values(QueryDict(query))
    filterset = TrainingFilterSet(data, queryset=Training.objects.published())
    return filterset, set(filterset.qs)


def titles(trainings):
    return {training.title_en for training in trainings}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("day=tue&day=thu", {"Evening"}),
        ("day=sat", {"Saturday"}),
        ("day=mon&day=tue&day=wed&day=thu&day=fri", {"Evening", "Bootcamp", "School"}),
        ("part=evening", {"Evening"}),
        ("part=morning", {"Saturday", "School"}),
        ("part=morning&part=afternoon", {"Saturday", "Bootcamp", "School"}),
        ("weekend=on", {"Saturday"}),
        ("school_hours=on", {"School"}),
        ("pace=full_time", {"Bootcamp"}),
        ("pace=part_time", {"Evening", "Saturday", "School"}),
        ("length=day", {"Saturday"}),
        ("length=quarter", {"Evening", "Bootcamp"}),
        ("length=month", {"School"}),
        ("starts_within=2w", {"Evening", "Saturday", "Bootcamp"}),
        ("starts_within=2w&starts_within=3m", {"Evening", "Saturday", "Bootcamp", "School"}),
        # combined
        ("day=mon&day=tue&day=thu&part=morning", {"School"}),
        ("part=evening&starts_within=2w&pace=part_time", {"Evening"}),
        ("school_hours=on&starts_within=2w", set()),
    ],
)
def test_each_week_filter_alone_and_combined(week, query, expected):
    assert titles(run(query)[1]) == expected


def test_counts_say_what_ticking_a_value_would_give(week):
    filterset, _results = run("day=tue&day=thu")
    facets = {facet.name: facet for facet in filterset.facets()}
    days = {option.value: option.count for option in facets["day"].options}
    # with Tue and Thu ticked: Monday would add the School course (Mon, Tue, Thu)
    assert days == {"mon": 2, "tue": 1, "wed": 1, "thu": 1, "fri": 1, "sat": 2, "sun": 1}
    parts = {option.value: option.count for option in facets["part"].options}
    assert parts == {"morning": 0, "afternoon": 0, "evening": 1}
    within = {option.value: option.count for option in facets["starts_within"].options}
    assert within == {"2w": 1, "1m": 1, "2m": 1, "3m": 1}
    flags = {flag.value: flag.count for flag in filterset.flags()}
    assert flags["weekend"] == 0 and flags["school_hours"] == 0


def test_cancelled_and_past_sessions_do_not_shape_the_week():
    training = training_meeting("Mixed", 2, time(18, 0), time(21, 0))  # Wednesday evening
    SessionFactory(
        training=training,
        start=timezone.now() - timedelta(days=60),
        end=timezone.now() - timedelta(days=60) + timedelta(hours=3),
    )
    SessionFactory(training=training, start=timezone.now() + timedelta(days=3), status="cancelled")
    training.refresh_from_db()
    assert training.meeting_days == WED


def test_the_catalogue_page_renders_the_week_filters_with_counts(client, week):
    html = client.get("/fr/trainings/?part=evening&day=tue&day=thu").content.decode()
    assert "1 formation" in html
    assert 'name="day" value="tue" id="f-day-tue" checked' in html
    assert "Soirées" in html and "Pendant les heures d’école" in html
    assert client.get("/fr/trainings/?day=someday").status_code == 200
