"""The catalogue's filters, and how many results each filter value would give."""

from dataclasses import dataclass

import django_filters
from django import forms
from django.db.models import Count, Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from bedigital.vocabularies import (
    Cost,
    DigCompArea,
    DigitalTechnology,
    InstructionLanguage,
    Region,
    Schedule,
    SkillLevel,
    TargetAudience,
    TrainingFormat,
    TrainingKind,
)

from .models import Session, Training

KEYWORD_MAX_LENGTH = 200


class TrainingFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Keywords"),
        method="filter_keywords",
        max_length=KEYWORD_MAX_LENGTH,
    )
    kind = django_filters.MultipleChoiceFilter(label=_("Kind"), choices=TrainingKind.choices)
    format = django_filters.MultipleChoiceFilter(label=_("Format"), choices=TrainingFormat.choices)
    region = django_filters.MultipleChoiceFilter(label=_("Region"), choices=Region.choices)
    cost = django_filters.MultipleChoiceFilter(label=_("Cost"), choices=Cost.choices)
    schedule = django_filters.MultipleChoiceFilter(label=_("When"), choices=Schedule.choices)
    level = django_filters.MultipleChoiceFilter(label=_("Level"), choices=SkillLevel.choices)
    language = django_filters.MultipleChoiceFilter(
        label=_("Language of instruction"),
        choices=InstructionLanguage.choices,
        method="filter_terms",
    )
    area = django_filters.MultipleChoiceFilter(
        label=_("DigComp area"), choices=DigCompArea.choices, method="filter_terms"
    )
    technology = django_filters.MultipleChoiceFilter(
        label=_("Technology"), choices=DigitalTechnology.choices, method="filter_terms"
    )
    audience = django_filters.MultipleChoiceFilter(
        label=_("For whom"), choices=TargetAudience.choices, method="filter_terms"
    )
    women_only = django_filters.BooleanFilter(
        label=_("For women only"), widget=forms.CheckboxInput, method="filter_flag"
    )
    childcare = django_filters.BooleanFilter(
        label=_("Childcare available"), widget=forms.CheckboxInput, method="filter_flag"
    )
    open = django_filters.BooleanFilter(
        label=_("Registration open"), widget=forms.CheckboxInput, method="filter_open"
    )
    starts_after = django_filters.DateFilter(
        label=_("Starts on or after"), method="filter_starts_after"
    )
    starts_before = django_filters.DateFilter(
        label=_("Starts on or before"), method="filter_starts_before"
    )
    when = django_filters.ChoiceFilter(
        label=_("Dates"),
        choices=[
            ("current", _("Upcoming and on demand")),
            ("past", _("Past only")),
            ("all", pgettext_lazy("dates", "All")),
        ],
        empty_label=None,
        method="filter_when",
    )

    class Meta:
        model = Training
        fields = []

    # M2M facets: parameter name → the relation on Training
    TERM_RELATIONS = {
        "language": "languages",
        "area": "digcomp_areas",
        "technology": "technologies",
        "audience": "audiences",
    }

    def __init__(self, data=None, *args, **kwargs):
        # "Upcoming and on demand" unless the visitor asked otherwise: past trainings stay
        # reachable, but do not crowd the default list.
        if data is not None and not data.get("when"):
            data = data.copy()
            data["when"] = "current"
        super().__init__(data, *args, **kwargs)

    def filter_keywords(self, queryset, name, value):
        return queryset.search(value)

    def filter_terms(self, queryset, name, value):
        relation = getattr(Training, self.TERM_RELATIONS[name]).through
        links = relation.objects.filter(training=OuterRef("pk"), term__code__in=value)
        return queryset.filter(Exists(links))

    def filter_flag(self, queryset, name, value):
        return queryset.filter(**{name: True}) if value else queryset

    def filter_open(self, queryset, name, value):
        return queryset.with_open_session() if value else queryset

    def filter_starts_after(self, queryset, name, value):
        return queryset.filter(
            Exists(Session.objects.filter(training=OuterRef("pk"), start__date__gte=value))
        )

    def filter_starts_before(self, queryset, name, value):
        return queryset.filter(
            Exists(Session.objects.filter(training=OuterRef("pk"), start__date__lte=value))
        )

    def filter_when(self, queryset, name, value):
        if value == "past":
            return queryset.past()
        if value == "current":
            return queryset.current()
        return queryset


# The facets shown with counts, in the order of the form.
CHOICE_FACETS = ["cost", "region", "format", "schedule", "level", "kind", "language"]
MORE_FACETS = ["audience", "technology", "area"]
FLAG_FACETS = ["women_only", "childcare", "open"]


@dataclass
class Option:
    value: str
    label: str
    count: int
    checked: bool


@dataclass
class Facet:
    name: str
    legend: str
    options: list[Option]


def drop_unknown_values(data):
    """Keep the known values of the checkbox facets; return the others to tell the visitor."""
    data = data.copy()
    ignored = []
    for name in CHOICE_FACETS + MORE_FACETS:
        known = {value for value, _label in TrainingFilterSet.base_filters[name].extra["choices"]}
        values = data.getlist(name)
        kept = [value for value in values if value in known]
        ignored += [value for value in values if value not in known]
        if kept:
            data.setlist(name, kept)
        else:
            data.pop(name, None)
    return data, ignored


def facet_counts(filterset: TrainingFilterSet, name: str) -> dict[str, int]:
    """How many trainings each value of one facet gives, with every other filter applied."""
    data = filterset.data.copy()
    data.pop(name, None)
    others = type(filterset)(data, queryset=filterset.queryset, request=filterset.request).qs
    if name in TrainingFilterSet.TERM_RELATIONS:
        relation = getattr(Training, TrainingFilterSet.TERM_RELATIONS[name]).through
        rows = (
            relation.objects.filter(training__in=others.values("pk"))
            .values_list("term__code")
            .annotate(n=Count("training_id"))
        )
    elif name in FLAG_FACETS:
        if name == "open":
            return {"on": others.with_open_session().count()}
        return {"on": others.filter(**{name: True}).count()}
    else:
        rows = others.order_by().values_list(name).annotate(n=Count("pk"))
    return dict(rows)


def build_facets(filterset: TrainingFilterSet, names: list[str]) -> list[Facet]:
    facets = []
    for name in names:
        field = filterset.form.fields[name]
        counts = facet_counts(filterset, name)
        selected = set(filterset.data.getlist(name))
        options = [
            Option(value, str(label), counts.get(value, 0), value in selected)
            for value, label in field.choices
        ]
        facets.append(Facet(name, str(field.label), options))
    return facets


def build_flags(filterset: TrainingFilterSet) -> list[Option]:
    return [
        Option(
            name,
            str(filterset.form.fields[name].label),
            facet_counts(filterset, name)["on"],
            filterset.data.get(name) in {"on", "true", "1"},
        )
        for name in FLAG_FACETS
    ]
