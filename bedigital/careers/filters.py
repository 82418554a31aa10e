import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext_lazy as _

from bedigital.facets import FacetedFilterSet
from bedigital.vocabularies import DigCompArea

from .models import SHORTAGE_REGIONS, Occupation, RegionalDemand


class OccupationFilterSet(FacetedFilterSet):
    shortage = django_filters.MultipleChoiceFilter(
        label=_("In short supply in"),
        choices=SHORTAGE_REGIONS,
        field_name="demand__region",
        method="filter_shortage",
    )
    area = django_filters.MultipleChoiceFilter(
        label=_("DigComp area"), choices=DigCompArea.choices, method="filter_terms"
    )
    no_degree = django_filters.BooleanFilter(
        label=_("Possible without a degree"), widget=forms.CheckboxInput, method="filter_flag"
    )
    part_time = django_filters.BooleanFilter(
        label=_("Part-time possible"), widget=forms.CheckboxInput, method="filter_flag"
    )

    TERM_RELATIONS = {"area": "digcomp_areas"}
    FACETS = ["shortage", "area"]
    FLAG_FACETS = ["no_degree", "part_time"]

    class Meta:
        model = Occupation
        fields = []

    def filter_shortage(self, queryset, name, value):
        if not value:
            return queryset
        rows = RegionalDemand.objects.filter(occupation=OuterRef("pk"), region__in=value)
        return queryset.filter(Exists(rows))
