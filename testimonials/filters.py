import django_filters
from django.utils.translation import gettext_lazy as _

from bedigital.facets import FacetedFilterSet
from bedigital.vocabularies import CareerPath, Region, Sector

from .models import Testimonial


class TestimonialFilterSet(FacetedFilterSet):
    sector = django_filters.MultipleChoiceFilter(label=_("Sector"), choices=Sector.choices)
    career_path = django_filters.MultipleChoiceFilter(
        label=_("Career path"), choices=CareerPath.choices
    )
    region = django_filters.MultipleChoiceFilter(label=_("Region"), choices=Region.choices)

    FACETS = ["career_path", "sector", "region"]

    class Meta:
        model = Testimonial
        fields = []
