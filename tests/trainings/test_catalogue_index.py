"""The catalogue's facet index is patched after a content change and once a next session
lapses, rebuilt at midnight, and compares with the clock of each request in between."""

from datetime import datetime, time, timedelta
from unittest import mock

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bedigital import facetindex
from tests.bedigital.test_facet_index import index_of
from tests.bedigital.test_redis import redis_prefix  # noqa: F401 (a fixture)
from tests.factories import SessionFactory, TrainingFactory
from trainings.filters import TrainingFilterSet
from trainings.views import TrainingListView

pytestmark = pytest.mark.django_db


def test_a_save_patches_the_index(db):
    later = TrainingFactory(sessions=[10])
    before = index_of(TrainingListView)
    assert len(before.pks) == 1
    sooner = TrainingFactory(sessions=[5])
    after = index_of(TrainingListView)
    assert after is not before and len(after.all) == 2 and len(before.all) == 1
    assert after.order is not None  # patched: the new row takes the next position…
    assert [after.pks[p] for p in after.in_order(after.all)[0:2]] == [sooner.pk, later.pk]


def test_a_next_session_lapsing_today_patches_the_index(client):
    """Nobody edits: the session of 10:00 begins, and at 11:00 the index re-reads that
    training (its next session is now the one in 40 days) without a build."""
    morning = timezone.make_aware(datetime.combine(timezone.localdate(), time(9)))
    with mock.patch("django.utils.timezone.now", return_value=morning):
        training = TrainingFactory(sessions=[1 / 24, 40])
        TrainingFactory(sessions=[10])
        index = index_of(TrainingListView)
        assert index.lapses_at == morning + timedelta(hours=1)
        assert client.get("/en/trainings/?starts_within=2w").context["paginator"].count == 2
    with mock.patch("django.utils.timezone.now", return_value=morning + timedelta(hours=2)):
        response = client.get("/en/trainings/?starts_within=2w")
        patched = index_of(TrainingListView)
    assert patched is not index and patched.order is not None
    shown = [row.pk for row in response.context["trainings"]]
    assert training.pk not in shown and response.context["paginator"].count == 1


def test_the_index_is_rebuilt_after_midnight(client):
    training = TrainingFactory(sessions=[])
    first = SessionFactory(training=training, start=timezone.now() + timedelta(days=1))
    SessionFactory(training=training, start=timezone.now() + timedelta(days=40))
    TrainingFactory(sessions=[10])
    index = index_of(TrainingListView)
    assert index.lapses_at <= first.start
    assert client.get("/en/trainings/?starts_within=2w").context["paginator"].count == 2
    # Two days on, without a write: the first session has begun, the next is 40 days away.
    later = timezone.now() + timedelta(days=2)
    with mock.patch("django.utils.timezone.now", return_value=later):
        response = client.get("/en/trainings/?starts_within=2w")
        assert index_of(TrainingListView).order is None  # built anew
    shown = [row.pk for row in response.context["trainings"]]
    assert training.pk not in shown and response.context["paginator"].count == 1


def test_time_conditions_follow_the_clock_between_rebuilds(db):
    morning = timezone.make_aware(datetime.combine(timezone.localdate(), time(9)))
    with mock.patch("django.utils.timezone.now", return_value=morning):
        soon = TrainingFactory(sessions=[14 + 1 / 24])  # two weeks and an hour away
        TrainingFactory(sessions=[20])
        index = index_of(TrainingListView)
        assert within_two_weeks(index) == 0
    # Two hours on, the same day: no rebuild, but the first one now starts within two weeks.
    with mock.patch("django.utils.timezone.now", return_value=morning + timedelta(hours=2)):
        assert index_of(TrainingListView) is index
        assert within_two_weeks(index) == 1
        filterset = within_two_weeks(index, filterset=True)
        assert index.pks[next(iter(filterset.indexed_rows))] == soon.pk


def within_two_weeks(index, filterset=False):
    found, _ignored = TrainingFilterSet.from_query(
        QueryDict("starts_within=2w"), TrainingListView.listed()
    )
    found.index = index
    total = found.counts()["total"]
    assert total == found.qs.count()
    return found if filterset else total


@pytest.mark.usefixtures("redis_prefix")
def test_processes_share_the_index_through_redis(db):
    TrainingFactory(sessions=[3], region="brussels")
    TrainingFactory(sessions=[20], region="wallonia")
    built = index_of(TrainingListView)
    facetindex._indexes.clear()  # as in another process
    listed = TrainingListView.listed()
    with CaptureQueriesContext(connection) as context:
        shared = TrainingListView.facet_index(listed)
    assert len(context.captured_queries) == 1  # the content version: not built again
    assert shared is not built and list(shared.pks) == list(built.pks)
    for index in (built, shared):
        filterset, _ignored = TrainingFilterSet.from_query(
            QueryDict("region=brussels"), TrainingListView.listed()
        )
        filterset.index = index
        assert filterset.counts()["total"] == 1
        assert filterset.facet_counts("region") == {"brussels": 1, "wallonia": 1}
