"""An alert's search: the trainings catalogue's filters, kept as a canonical query string."""

import django_filters
from django.http import QueryDict
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from trainings.filters import TrainingFilterSet
from trainings.models import Training

MAX_QUERY_LENGTH = 2000
# The list's own state, not what she looks for: an alert sends upcoming sessions only.
NOT_SEARCH = {"page", "sort", "when"}


def canonical_query(query: QueryDict) -> str:
    """The catalogue filters of a query string, known values only, in a stable order (so two
    sign-ups for the same search are one alert). `q` of the site search is a keyword."""
    data, _ignored = TrainingFilterSet.drop_unknown_values(query)
    names = [name for name in TrainingFilterSet.base_filters if name not in NOT_SEARCH]
    pairs = []
    for name in names:
        values = sorted({value.strip() for value in data.getlist(name) if value.strip()})
        pairs += [(name, value) for value in values]
    if not any(name == "near" for name, _value in pairs):
        pairs = [(name, value) for name, value in pairs if name not in {"within", "or_online"}]
    return urlencode(sorted(pairs))


def filterset(query: str) -> TrainingFilterSet:
    return TrainingFilterSet.from_query(QueryDict(query), Training.objects.published())[0]


def matching_trainings(query: str):
    return filterset(query).qs


def describe(query: str) -> list[tuple[str, str]]:
    """Her search in words, in the active language: [("Cost", "Free"), ("Region", …)]."""
    found = filterset(query)
    data = QueryDict(query)
    described = []
    for name, query_filter in found.filters.items():
        values = data.getlist(name)
        if not values or name in NOT_SEARCH:
            continue
        field = found.form.fields[name]
        if isinstance(query_filter, django_filters.BooleanFilter):
            text = _("yes")
        elif hasattr(field, "choices"):
            labels = {str(value): str(label) for value, label in field.choices}
            text = ", ".join(labels.get(value, value) for value in values)
        else:
            text = ", ".join(values)
        described.append((str(field.label), text))
    return described
