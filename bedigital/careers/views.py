from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from bedigital.facets import FacetedListView
from bedigital.preview import PreviewMixin

from .filters import OccupationFilterSet
from .models import Occupation


class OccupationListView(FacetedListView):
    template_name = "careers/occupation_list.html"
    context_object_name = "occupations"
    filterset_class = OccupationFilterSet
    paginate_by = 30
    sorts = {
        "title": (_("Title (A to Z)"), lambda qs: qs.order_by_localized("title")),
        "code": (_("ESCO code"), lambda qs: qs.order_by("esco_code", "pk")),
    }

    def base_queryset(self):
        return Occupation.objects.published().for_listing()


def related(name: str):
    """The published rows of a reverse relation (trainings, stories), without importing
    their app: careers stand below them."""
    model = Occupation._meta.get_field(name).related_model
    return Prefetch(name, queryset=model.objects.published().order_by("pk"))


class OccupationDetailView(PreviewMixin, DetailView):
    model = Occupation
    template_name = "careers/occupation_detail.html"
    context_object_name = "occupation"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                "demand",
                "digcomp_areas",
                "technologies",
                related("trainings"),
                related("testimonials"),
            )
        )
