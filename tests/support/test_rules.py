"""The eligibility rules are data: fixed answer sets give the expected support list."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation

from bedigital.support.models import Support
from bedigital.vocabularies import Status

from .factories import SupportFactory

ALL = ("brussels", "flanders", "wallonia", "german_community")
WALLONIA_JOB_SEEKER = {"region": "wallonia", "situation": "job_seeker"}


@pytest.fixture
def guide(db):
    """A small guide: regional allowances, a childcare refund, federal and founder support."""
    return {
        "forem": SupportFactory(slug="forem", regions=["wallonia"], goals=["train", "job"]),
        "forem-childcare": SupportFactory(
            slug="forem-childcare", regions=["wallonia"], needs_children=True
        ),
        "vdab": SupportFactory(slug="vdab", regions=["flanders"]),
        "leave": SupportFactory(slug="leave", regions=ALL, situations=["employed"]),
        "springboard": SupportFactory(
            slug="springboard",
            regions=ALL,
            situations=["job_seeker", "founder"],
            goals=["business"],
        ),
        "student-status": SupportFactory(
            slug="student-status",
            regions=ALL,
            situations=["student"],
            goals=["business"],
            min_age=18,
            max_age=25,
        ),
        "draft": SupportFactory(slug="draft", regions=["wallonia"], status=Status.DRAFT),
        "ended": SupportFactory(
            slug="later",
            regions=["wallonia"],
            publication_date=timezone.now() + timedelta(days=3),
        ),
    }


def slugs(**answers):
    return sorted(Support.objects.published().matching(**answers).values_list("slug", flat=True))


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        # a job seeker in Wallonia with a child, who wants to train
        (
            {
                "region": "wallonia",
                "situation": "job_seeker",
                "has_children": True,
                "goal": "train",
            },
            ["forem", "forem-childcare"],
        ),
        # the same without children: no childcare refund
        (
            {
                "region": "wallonia",
                "situation": "job_seeker",
                "has_children": False,
                "goal": "train",
            },
            ["forem"],
        ),
        # any goal: the federal springboard for job seekers too
        (
            {**WALLONIA_JOB_SEEKER, "has_children": False},
            ["forem", "springboard"],
        ),
        ({"region": "flanders", "situation": "job_seeker", "goal": "train"}, ["vdab"]),
        ({"region": "brussels", "situation": "employed"}, ["leave"]),
        ({"region": "german_community", "situation": "founder"}, ["springboard"]),
        ({"region": "brussels", "situation": "founder", "goal": "train"}, []),
        ({"region": "flanders", "situation": "student", "age": 22}, ["student-status"]),
        ({"region": "flanders", "situation": "student", "age": 30}, []),
        ({"region": "flanders", "situation": "student", "age": 17}, []),
        ({"region": "flanders", "situation": "self_employed"}, []),
    ],
)
def test_answers_give_the_expected_support(guide, answers, expected):
    assert slugs(**answers) == expected


def test_matching_is_one_query_whatever_the_answers(guide, django_assert_num_queries):
    with django_assert_num_queries(1):
        list(Support.objects.matching(region="wallonia", situation="job_seeker", age=40))


def test_a_support_needs_a_region_and_a_situation(db):
    support = SupportFactory.build(regions=[], situations=["student"])
    with pytest.raises(ValidationError):
        support.clean()
    support = SupportFactory.build(regions=["flanders"], situations=[])
    with pytest.raises(ValidationError):
        support.clean()


def test_regions_read_as_people_say_them(db):
    with translation.override("en"):  # whatever language an earlier test left active
        assert [str(r) for r in SupportFactory(regions=ALL).regions] == ["Whole of Belgium"]
        assert [str(r) for r in SupportFactory(regions=["wallonia"]).regions] == ["Wallonia"]


def test_verified_long_ago(db):
    old = SupportFactory(verified_on=timezone.localdate() - timedelta(days=200))
    fresh = SupportFactory(verified_on=timezone.localdate() - timedelta(days=20))
    assert old.verified_long_ago and not fresh.verified_long_ago
    assert list(Support.objects.verified_long_ago()) == [old]
