"""The schema.org Course on every training page carries what Google needs to list a course:
`offers` and one `hasCourseInstance` per session, each with its mode, schedule, dates,
place and languages."""

import json
import re
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from bedigital.vocabularies import Cost, TrainingFormat
from tests.conftest import LANGUAGES
from tests.factories import SessionFactory, TrainingFactory
from trainings.schedule import weekday_mask

pytestmark = pytest.mark.django_db

# Google's course information: required on the Course, its offers and each instance
COURSE_REQUIRED = {"@context", "@type", "name", "description", "provider", "offers"}
OFFER_REQUIRED = {"@type", "category"}
CATEGORIES = {"Free", "Partially Free", "Subscription", "Paid"}
INSTANCE_REQUIRED = {"@type", "courseMode", "inLanguage"}
SCHEDULE_REQUIRED = {"duration", "repeatCount", "repeatFrequency"}
ISO_DURATION = re.compile(r"^PT(\d+H)?(\d+M)?$")


def course_on(client, training, lang="en") -> dict:
    html = client.get(f"/{lang}/trainings/{training.slug}/").content.decode()
    [raw] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(raw)


def assert_google_course(course: dict) -> None:
    assert COURSE_REQUIRED <= course.keys()
    assert course["@type"] == "Course" and course["name"] and course["description"]
    assert course["provider"]["@type"] == "Organization" and course["provider"]["name"]
    for offer in course["offers"]:
        assert OFFER_REQUIRED <= offer.keys() and offer["category"] in CATEGORIES
        if "price" in offer:
            assert Decimal(offer["price"]) >= 0 and offer["priceCurrency"] == "EUR"
    assert course["hasCourseInstance"]
    for instance in course["hasCourseInstance"]:
        assert INSTANCE_REQUIRED <= instance.keys()
        assert instance["courseMode"] in {"Onsite", "Online", "Blended"}
        assert instance["inLanguage"]
        assert "courseSchedule" in instance or "courseWorkload" in instance
        if "courseSchedule" in instance:
            schedule = instance["courseSchedule"]
            assert SCHEDULE_REQUIRED <= schedule.keys()
            assert ISO_DURATION.match(schedule["duration"])
            assert schedule["repeatFrequency"] in {"Daily", "Weekly", "Monthly", "Yearly"}
            datetime.fromisoformat(instance["startDate"])
            datetime.fromisoformat(instance["endDate"])
        if instance["courseMode"] != "Online":
            assert instance["location"]["@type"] == "Place"
            assert instance["location"]["address"]["addressCountry"] == "BE"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_weekly_evening_course_in_each_language(client, lang):
    training = TrainingFactory(sessions=[], languages=["fr", "nl"], duration_hours=36)
    first = timezone.make_aware(
        datetime.combine(date.today() + timedelta(days=14), datetime.min.time())
    )
    first = first.replace(hour=18, minute=30)
    SessionFactory(
        training=training,
        start=first,
        end=first + timedelta(hours=3),
        repeat_days=weekday_mask([first.weekday(), (first.weekday() + 2) % 7]),
        repeat_until=first.date() + timedelta(days=27),
    )
    course = course_on(client, training, lang)
    assert_google_course(course)
    assert course["name"] == getattr(training, f"title_{lang}")
    [instance] = course["hasCourseInstance"]
    schedule = instance["courseSchedule"]
    assert instance["courseMode"] == "Onsite"
    assert set(instance["inLanguage"]) == {"fr", "nl"}
    assert schedule["repeatFrequency"] == "Weekly" and schedule["repeatCount"] == 8
    assert schedule["duration"] == "PT3H" and schedule["startTime"] == "18:30"
    assert len(schedule["byDay"]) == 2
    assert schedule["startDate"] == first.date().isoformat()
    assert instance["location"]["address"]["postalCode"] == "1070"
    assert course["offers"] == [
        {"@type": "Offer", "category": "Free", "priceCurrency": "EUR", "price": "0"}
    ]


def test_one_instance_per_session_online_and_paid(client):
    training = TrainingFactory(
        sessions=[5, 40], format=TrainingFormat.BLENDED, cost=Cost.PAID, price=Decimal("120")
    )
    SessionFactory(training=training, online=True, venue="", address="")
    course = course_on(client, training)
    assert_google_course(course)
    instances = course["hasCourseInstance"]
    assert len(instances) == 3
    modes = sorted(instance["courseMode"] for instance in instances)
    assert modes == ["Blended", "Blended", "Online"]
    online = next(i for i in instances if i["courseMode"] == "Online")
    assert online["location"] == {"@type": "VirtualLocation", "url": training.registration_url}
    assert online["courseSchedule"]["repeatCount"] == 1
    assert course["offers"][0]["price"] == "120.00" and course["offers"][0]["category"] == "Paid"
    assert course["isAccessibleForFree"] is False


@pytest.mark.parametrize(
    ("lang", "who"),
    [
        ("fr", "Gratuit pour les demandeuses et demandeurs d'emploi inscrits"),
        ("nl", "Gratis voor ingeschreven werkzoekenden"),
        ("de", "Kostenlos für eingetragene Arbeitsuchende"),
        ("en", "Free for registered job seekers"),
    ],
)
def test_free_for_job_seekers_is_an_offer_at_zero_saying_for_whom(client, lang, who):
    """Not accessible for free: only registered job seekers pay nothing."""
    training = TrainingFactory(cost=Cost.FREE_FOR_JOB_SEEKERS, price=None)
    course = course_on(client, training, lang)
    assert_google_course(course)
    assert course["offers"] == [
        {
            "@type": "Offer",
            "category": "Partially Free",
            "priceCurrency": "EUR",
            "price": "0",
            "description": who,
        }
    ]
    assert course["isAccessibleForFree"] is False


def test_free_for_job_seekers_then_what_others_pay(client):
    training = TrainingFactory(cost=Cost.FREE_FOR_JOB_SEEKERS, price=Decimal("250"))
    course = course_on(client, training)
    assert_google_course(course)
    for_job_seekers, for_others = course["offers"]
    assert for_job_seekers["price"] == "0" and for_job_seekers["category"] == "Partially Free"
    assert for_job_seekers["description"] == "Free for registered job seekers"
    assert for_others == {
        "@type": "Offer",
        "category": "Paid",
        "priceCurrency": "EUR",
        "price": "250.00",
    }
    assert course["isAccessibleForFree"] is False


@pytest.mark.parametrize(("cost", "free"), [(Cost.FREE, True), (Cost.SUBSIDISED, False)])
def test_only_free_for_everyone_is_accessible_for_free(client, cost, free):
    training = TrainingFactory(cost=cost, price=None)
    course = course_on(client, training)
    assert course["isAccessibleForFree"] is free
    assert "description" not in course["offers"][0]


def test_a_self_paced_training_has_an_instance_with_a_workload(client):
    training = TrainingFactory(sessions=[], format=TrainingFormat.ONLINE, duration_hours=20)
    course = course_on(client, training)
    assert_google_course(course)
    [instance] = course["hasCourseInstance"]
    assert instance["courseWorkload"] == "PT20H" and instance["courseMode"] == "Online"
