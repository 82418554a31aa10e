"""Check constraints read in Python when a form validates (`bedigital.constraints`): the same
verdict as the database's, the same message, and no query."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import F, Q
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bedigital.constraints import Check, truth
from bedigital.support.models import Support
from tests.factories import SessionFactory, TrainingFactory
from trainings.models import Session, Training

pytestmark = pytest.mark.django_db

NOW = timezone.now()


@pytest.mark.parametrize(
    ("start", "end", "valid"),
    [
        (NOW, NOW + timedelta(hours=3), True),
        (NOW, NOW, True),
        (NOW, NOW - timedelta(minutes=1), False),
    ],
)
def test_a_session_ending_before_it_starts_is_refused_without_a_query(start, end, valid):
    session = SessionFactory.build(training=TrainingFactory(), start=start, end=end)
    with CaptureQueriesContext(connection) as captured:
        if valid:
            session.validate_constraints()
        else:
            with pytest.raises(ValidationError) as refused:
                session.validate_constraints()
            assert refused.value.messages == ["A session cannot end before it starts."]
    assert not captured.captured_queries
    # the database's own reading agrees
    against = session._get_field_expression_map(meta=Session._meta)
    assert Q(end__gte=F("start")).check(against) is valid


@pytest.mark.parametrize(
    ("price", "valid"), [(None, True), (Decimal("0"), True), (Decimal("12.50"), True), (-1, False)]
)
def test_a_price_is_empty_or_not_negative(price, valid):
    training = TrainingFactory.build(price=price)
    check = next(c for c in Training._meta.constraints if c.name == "training_price_positive")
    assert truth(check.condition, Training, training) is valid
    if valid:
        check.validate(Training, training)
    else:
        with pytest.raises(ValidationError):
            check.validate(Training, training)


@pytest.mark.parametrize(
    ("low", "high", "verdict"),
    [(None, None, True), (18, None, True), (18, 65, True), (30, 30, True), (40, 30, False)],
)
def test_either_bound_may_be_empty(low, high, verdict):
    support = Support(min_age=low, max_age=high)
    check = next(c for c in Support._meta.constraints if isinstance(c, Check))
    assert truth(check.condition, Support, support) is verdict


def test_an_empty_value_compared_is_unknown_and_a_check_lets_it_pass():
    session = Session(start=NOW, end=None)
    assert truth(Q(end__gte=F("start")), Session, session) is None
    assert truth(~Q(end__gte=F("start")), Session, session) is None
    Check(condition=Q(end__gte=F("start")), name="x").validate(Session, session)


def test_a_condition_it_cannot_read_is_left_to_the_database():
    from django.db.models.functions import Lower

    check = Check(condition=Q(venue__exact=Lower("venue")), name="lowercase_venue")
    session = SessionFactory.build(training=TrainingFactory(), venue="Hall A")
    with CaptureQueriesContext(connection) as captured, pytest.raises(ValidationError):
        check.validate(Session, session)
    assert captured.captured_queries  # asked the database


def test_a_field_left_out_of_validation_leaves_its_checks_alone():
    session = Session(start=NOW, end=NOW - timedelta(hours=1))
    check = next(c for c in Session._meta.constraints if isinstance(c, Check))
    check.validate(Session, session, exclude={"end"})


def test_migrations_know_it_as_djangos_check_constraint():
    check = next(c for c in Session._meta.constraints if isinstance(c, Check))
    assert check.deconstruct()[0] == "django.db.models.CheckConstraint"
