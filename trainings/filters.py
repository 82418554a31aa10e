"""The catalogue's filters (counts per value come from `bedigital.facets`)."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from bedigital.facets import FacetedFilterSet
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


class TrainingFilterSet(FacetedFilterSet):
    q = django_filters.CharFilter(
        label=_("Keywords"),
        method="filter_keywords",
        max_length=KEYWORD_MAX_LENGTH,
    )
    kind = django_filters.MultipleChoiceFilter(label=_("Kind"), choices=TrainingKind.choices)
    format = django_filters.MultipleChoiceFilter(
        label=pgettext_lazy("training", "Format"), choices=TrainingFormat.choices
    )
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

    TERM_RELATIONS = {
        "language": "languages",
        "area": "digcomp_areas",
        "technology": "technologies",
        "audience": "audiences",
    }
    FACETS = [
        "cost",
        "region",
        "format",
        "schedule",
        "level",
        "language",
        "kind",
        "audience",
        "technology",
        "area",
    ]
    FLAG_FACETS = ["women_only", "childcare", "open"]

    def __init__(self, data=None, *args, **kwargs):
        # "Upcoming and on demand" unless the visitor asked otherwise: past trainings stay
        # reachable, but do not crowd the default list.
        if data is not None and not data.get("when"):
            data = data.copy()
            data["when"] = "current"
        super().__init__(data, *args, **kwargs)

    def filter_keywords(self, queryset, name, value):
        return queryset.search(value)

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
