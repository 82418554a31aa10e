"""The repository's filters: every DSJP facet (counts per value come from `bedigital.facets`)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from bedigital.facets import FacetedFilterSet, OneOf
from bedigital.search import found_by
from bedigital.vocabularies import (
    Country,
    FieldOfEducation,
    FundingType,
    GeographicalSphere,
    InitiativeCategory,
    Region,
    SkillLevel,
    TargetAudience,
)
from bedigital.vocabularies import DigitalTechnology as Technology

from .models import Initiative, StrategicObjective

KEYWORD_MAX_LENGTH = 200


class InitiativeFilterSet(FacetedFilterSet):
    q = django_filters.CharFilter(
        label=_("Keywords"), method="filter_keywords", max_length=KEYWORD_MAX_LENGTH
    )
    category = OneOf(label=_("Category"), choices=InitiativeCategory.choices)
    objective = OneOf(
        label=_("Strategic objective"),
        field_name="objective__number",
        choices=[(str(n), str(n)) for n in range(1, 6)],
    )
    audience = django_filters.MultipleChoiceFilter(
        label=_("Target audience"), choices=TargetAudience.choices, method="filter_terms"
    )
    region = OneOf(label=_("Region"), choices=Region.choices)
    sphere = OneOf(label=_("Geographical sphere"), choices=GeographicalSphere.choices)
    country = django_filters.MultipleChoiceFilter(
        label=_("Geographic scope"), choices=Country.choices, method="filter_terms"
    )
    field = django_filters.MultipleChoiceFilter(
        label=_("Field of education"), choices=FieldOfEducation.choices, method="filter_terms"
    )
    funding = OneOf(label=_("Type of funding"), choices=FundingType.choices)
    technology = django_filters.MultipleChoiceFilter(
        label=_("Digital technology"), choices=Technology.choices, method="filter_terms"
    )
    level = django_filters.MultipleChoiceFilter(
        label=_("Digital skill level"), choices=SkillLevel.choices, method="filter_terms"
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"),
        choices=[("ongoing", _("Ongoing")), ("ended", _("Ended"))],
        method="filter_status",
    )

    TERM_RELATIONS = {
        "audience": "audiences",
        "country": "countries",
        "field": "fields_of_education",
        "technology": "technologies",
        "level": "levels",
    }
    FACETS = [
        "category",
        "objective",
        "audience",
        "region",
        "sphere",
        "technology",
        "level",
        "funding",
        "field",
        "country",
    ]

    class Meta:
        model = Initiative
        fields = []

    def facets(self):
        facets = super().facets()
        # Objective titles are edited in admin: label the options with today's titles.
        titles = {str(o.number): str(o) for o in StrategicObjective.objects.all()}
        for facet in facets:
            if facet.name == "objective":
                for option in facet.options:
                    option.label = titles.get(option.value, option.label)
        return facets

    def filter_keywords(self, queryset, name, value):
        return found_by(queryset, value)  # the site search's engine

    def filter_status(self, queryset, name, value):
        return queryset.ongoing() if value == "ongoing" else queryset.ended()
