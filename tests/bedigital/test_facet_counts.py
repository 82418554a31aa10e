"""A facet's count is the number of results one gets by ticking it: for every value of every
facet and flag, in several filter states, on generated data (run on SQLite and PostgreSQL)."""

import pytest
from django.http import QueryDict

from initiatives.filters import InitiativeFilterSet
from initiatives.models import Initiative
from trainings.filters import TrainingFilterSet
from trainings.models import Training

pytestmark = pytest.mark.django_db


def results(filterset_class, queryset, query: QueryDict) -> int:
    """The length of the list itself (not a count query)."""
    filterset, _ignored = filterset_class.from_query(query, queryset)
    return len(list(filterset.qs.values_list("pk", flat=True)))


def ticked(query: QueryDict, name: str, value: str, flag: bool, keep: bool) -> QueryDict:
    """The query string of the option's checkbox once ticked (days and parts of day add
    to what is ticked; another value of a facet is counted on its own)."""
    query = query.copy()
    if flag:
        query[name] = "on"
    else:
        query.setlist(name, [*(query.getlist(name) if keep else []), value])
    return query


def check_every_count(filterset_class, queryset, query_string, keep=()):
    query = QueryDict(query_string)
    filterset, ignored = filterset_class.from_query(query, queryset)
    assert not ignored and filterset.is_valid()
    counts = filterset.counts()
    assert counts["total"] == results(filterset_class, queryset, query) > 0
    checked = 0
    for facet in filterset.facets():
        for option in facet.options:
            option_query = ticked(query, facet.name, option.value, False, facet.name in keep)
            expected = results(filterset_class, queryset, option_query)
            assert option.count == expected, (query_string, facet.name, option.value)
            checked += option.count > 0
    for flag in filterset.flags():
        expected = results(filterset_class, queryset, ticked(query, flag.value, "", True, True))
        assert flag.count == expected, (query_string, flag.value)
    assert checked > 5  # the data gives the options real results


# Catalogue states whose counts are checked against the lists (here) and the database's
# counts (the facet index, test_facet_index.py)
TRAINING_STATES = [
    "",
    "region=brussels",
    "cost=free&format=online&format=blended",
    "technology=ai&language=fr&level=foundation",
    "day=tue&day=thu&part=evening",
    "open=on&starts_within=1m",
    "women_only=on&audience=women_returners",
    "when=all&kind=course&kind=workshop",
]


@pytest.mark.parametrize(
    "query_string", [*TRAINING_STATES, "near=1000&within=50&or_online=on", "q=donn%C3%A9es"]
)
def test_training_counts_match_the_lists_they_lead_to(generated_lists, query_string):
    queryset = Training.objects.published().with_next_session()
    check_every_count(TrainingFilterSet, queryset, query_string, keep={"day", "part"})


@pytest.mark.parametrize(
    "query_string",
    ["", "category=education", "technology=ai&level=foundation", "region=flanders&status=ongoing"],
)
def test_initiative_counts_match_the_lists_they_lead_to(generated_lists, query_string):
    check_every_count(InitiativeFilterSet, Initiative.objects.published(), query_string)


def test_each_list_has_its_own_filters_and_form():
    """Filters are copied shallowly and the form class is made once (`SharedFilters`): each
    list still filters with its own data, its method filters bound to itself."""
    first, _ = TrainingFilterSet.from_query(QueryDict("near=4000&or_online=on"), None)
    second, _ = TrainingFilterSet.from_query(QueryDict("format=online"), None)
    assert first.filters["or_online"] is not second.filters["or_online"]
    assert first.filters["or_online"].parent is first and second.filters["near"].parent is second
    assert first.filters["or_online"].filter.f is first.filters["or_online"]  # bound to itself
    assert not hasattr(TrainingFilterSet.base_filters["or_online"], "parent")
    assert type(first.form) is type(second.form)
    assert first.form.fields["near"] is not second.form.fields["near"]
    assert first.form.is_valid() and second.form.is_valid()
    assert first.form.cleaned_data["near"] == "4000" and second.form.cleaned_data["near"] == ""
    assert second.form.cleaned_data["format"] == ["online"]
    assert first.form.cleaned_data["format"] == []
