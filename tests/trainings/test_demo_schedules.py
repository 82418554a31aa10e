"""The demo catalogue has realistic schedules and real places, so every new filter finds
something: evening courses twice a week, Saturday workshops, full-time bootcamps, self-paced
online, in every region."""

import pytest
from django.http import QueryDict

from trainings import schedule
from trainings.filters import TrainingFilterSet
from trainings.models import Session, Training

pytestmark = pytest.mark.django_db


def count(query: str) -> int:
    data, ignored = TrainingFilterSet.drop_unknown_values(QueryDict(query))
    assert not ignored
    queryset = Training.objects.published().with_next_session()
    return TrainingFilterSet(data, queryset=queryset).qs.count()


FILTERS = [
    "day=tue&day=thu",
    "day=sat",
    "part=evening",
    "part=morning",
    "weekend=on",
    "school_hours=on",
    "pace=full_time",
    "pace=part_time",
    "length=day",
    "length=quarter",
    "length=longer",
    "starts_within=1m",
    "near=4000&within=25",
    "near=Gent&within=10",
    "near=Eupen&within=25",
    "near=1080&within=5",
    "near=6000&within=50&or_online=on",
    "part=evening&near=4000&within=25",
]


def test_demo_has_results_for_every_filter_at_real_places(demo):
    # one test: loading the demo takes a while
    assert [query for query in FILTERS if not count(query)] == []
    sessions = Session.objects.exclude(online=True)
    assert sessions.filter(locality__isnull=True).count() == 0
    assert {s.locality.region for s in sessions.select_related("locality")} >= {
        "brussels",
        "flanders",
        "wallonia",
        "german_community",
    }
    assert Session.objects.filter(meeting_count__gt=1).count() > Session.objects.count() / 2
    assert Training.objects.filter(schedule="self_paced", has_sessions=False).exists()
    # pages describe a session from what its save stored: the same as from its meetings
    for session in Session.objects.all():
        assert session.summary == schedule.summarise(session.rule), session.pk
        assert session.describe() == schedule.describe(session.rule, session.summary)
