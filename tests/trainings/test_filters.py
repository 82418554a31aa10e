from datetime import timedelta

import pytest
from django.http import QueryDict
from django.utils import timezone

from tests.factories import SessionFactory, TrainingFactory
from trainings.filters import TrainingFilterSet
from trainings.models import Training

pytestmark = pytest.mark.django_db


def run(query: str):
    data, ignored = TrainingFilterSet.drop_unknown_values(QueryDict(query))
    filterset = TrainingFilterSet(data, queryset=Training.objects.published())
    return filterset, set(filterset.qs), ignored


@pytest.mark.parametrize(
    ("field", "value", "other"),
    [
        ("kind", "workshop", "course"),
        ("format", "online", "onsite"),
        ("region", "wallonia", "brussels"),
        ("cost", "paid", "free"),
        ("schedule", "weekend", "evening"),
        ("level", "advanced", "foundation"),
    ],
)
def test_each_single_valued_filter(field, value, other):
    match = TrainingFactory(**{field: value})
    TrainingFactory(**{field: other})
    assert run(f"{field}={value}")[1] == {match}


@pytest.mark.parametrize(
    ("param", "factory_arg", "value", "other"),
    [
        ("language", "languages", "nl", "fr"),
        ("technology", "technologies", "cybersecurity", "data"),
        ("audience", "audiences", "women_returners", "employees"),
        ("area", "areas", "safety", "problem_solving"),
    ],
)
def test_each_multi_valued_filter(param, factory_arg, value, other):
    match = TrainingFactory(**{factory_arg: [value, other]})
    TrainingFactory(**{factory_arg: [other]})
    assert run(f"{param}={value}")[1] == {match}


def test_values_of_one_facet_combine_with_or_and_facets_with_and():
    free_evening = TrainingFactory(cost="free", schedule="evening", languages=["fr", "nl"])
    jobseeker_evening = TrainingFactory(cost="free_for_job_seekers", schedule="evening")
    TrainingFactory(cost="free", schedule="daytime")
    TrainingFactory(cost="paid", schedule="evening")
    _fs, result, _ = run("cost=free&cost=free_for_job_seekers&schedule=evening")
    assert result == {free_evening, jobseeker_evening}
    _fs, result, _ = run("cost=free&schedule=evening&language=nl&language=de")
    assert result == {free_evening}


def test_flags_keyword_and_open_session():
    women = TrainingFactory(women_only=True, childcare=True, title_en="Data for women")
    TrainingFactory(women_only=True)
    TrainingFactory()
    assert run("women_only=on&childcare=on")[1] == {women}
    assert run("q=data+women")[1] == {women}
    full = TrainingFactory(sessions=[])
    SessionFactory(training=full, status="full")
    assert full not in run("open=on")[1]
    assert women in run("open=on")[1]


def test_date_range_and_past_trainings():
    soon = TrainingFactory(sessions=[3])
    later = TrainingFactory(sessions=[40])
    past = TrainingFactory(sessions=[-40])
    today = timezone.localdate()
    after = (today + timedelta(days=20)).isoformat()
    before = (today + timedelta(days=20)).isoformat()
    assert run(f"starts_after={after}")[1] == {later}
    assert run(f"starts_before={before}")[1] == {soon}
    assert run("")[1] == {soon, later}  # past ones hidden by default
    assert run("when=past")[1] == {past}
    assert run("when=all")[1] == {soon, later, past}


def test_unknown_values_are_reported_not_silently_emptying_the_list():
    free = TrainingFactory(cost="free")
    filterset, result, ignored = run("cost=free&cost=gratis&region=mars&starts_after=tomorrow")
    assert result == {free}
    assert set(ignored) == {"gratis", "mars"}
    assert "starts_after" in filterset.form.errors


def test_facet_counts_apply_every_other_filter():
    TrainingFactory(cost="free", region="brussels", technologies=["data", "ai"])
    TrainingFactory(cost="free", region="wallonia", technologies=["data"])
    TrainingFactory(cost="paid", region="brussels")
    filterset, _result, _ = run("cost=free&region=brussels")
    assert filterset.facet_counts("cost") == {"free": 1, "paid": 1}  # within Brussels
    assert filterset.facet_counts("region") == {"brussels": 1, "wallonia": 1}  # free ones
    assert filterset.facet_counts("technology") == {"data": 1, "ai": 1}
    assert filterset.facet_counts("women_only") == {"on": 0}
