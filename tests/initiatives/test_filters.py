import pytest
from django.http import QueryDict

from initiatives.filters import InitiativeFilterSet
from initiatives.models import Initiative, StrategicObjective
from tests.factories import InitiativeFactory

pytestmark = pytest.mark.django_db


def run(query: str):
    data, ignored = InitiativeFilterSet.drop_unknown_values(QueryDict(query))
    filterset = InitiativeFilterSet(data, queryset=Initiative.objects.published())
    return filterset, set(filterset.qs), ignored


@pytest.mark.parametrize(
    ("param", "field", "value", "other"),
    [
        ("category", "category", "entrepreneurship", "awareness"),
        ("region", "region", "wallonia", "brussels"),
        ("sphere", "sphere", "european", "local"),
        ("funding", "funding", "eu", "private"),
    ],
)
def test_each_single_valued_facet(param, field, value, other):
    match = InitiativeFactory(**{field: value})
    InitiativeFactory(**{field: other})
    assert run(f"{param}={value}")[1] == {match}


def test_objective_facet():
    match = InitiativeFactory(objective=StrategicObjective.objects.get(number=4))
    InitiativeFactory()
    assert run("objective=4")[1] == {match}


@pytest.mark.parametrize(
    ("param", "relation", "value", "other"),
    [
        ("audience", "audiences", "labour_force", "education"),
        ("country", "countries", "NL", "BE"),
        ("field", "fields_of_education", "0613", "06"),
        ("technology", "technologies", "ai", "data"),
        ("level", "levels", "advanced", "foundation"),
    ],
)
def test_each_multi_valued_facet(param, relation, value, other):
    match = InitiativeFactory(terms={relation: [value, other]})
    InitiativeFactory(terms={relation: [other]})
    assert run(f"{param}={value}")[1] == {match}


def test_keyword_in_any_language_and_status():
    dutch = InitiativeFactory(title_nl="Vrouwelijke ondernemers in de cloud", title_en="")
    ended = InitiativeFactory(end_date="2024-06-30")
    ongoing = InitiativeFactory()
    assert run("q=ONDERNEMERS")[1] == {dutch}
    assert run("status=ended")[1] == {ended}
    assert run("status=ongoing")[1] == {dutch, ongoing}


def test_unknown_values_are_reported():
    entrepreneurship = InitiativeFactory(category="entrepreneurship")
    _fs, result, ignored = run("category=entrepreneurship&category=unicorns&objective=9")
    assert result == {entrepreneurship}
    assert set(ignored) == {"unicorns", "9"}


def test_facet_counts():
    InitiativeFactory(category="awareness", terms={"technologies": ["ai", "data"]})
    InitiativeFactory(category="awareness", terms={"technologies": ["ai"]})
    InitiativeFactory(category="policy")
    filterset, _result, _ = run("category=awareness")
    assert filterset.facet_counts("category") == {"awareness": 2, "policy": 1}
    assert filterset.facet_counts("technology") == {"ai": 2, "data": 1}
    assert filterset.facet_counts("country") == {"BE": 2}
