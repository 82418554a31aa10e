from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from bedigital.facets import FacetedListView
from bedigital.models import Organisation
from bedigital.prebuilt import check_size, check_values, prebuilt
from bedigital.preview import PreviewMixin
from bedigital.terms import TERMS, Kept
from trainings.models import Training

from . import exports
from .filters import InitiativeFilterSet
from .models import Initiative

RELATED_TRAININGS = 6


class InitiativeListView(FacetedListView):
    template_name = "initiatives/initiative_list.html"
    context_object_name = "initiatives"
    filterset_class = InitiativeFilterSet
    sorts = {
        "newest": (_("Newest first"), lambda qs: qs.order_by("-start_date", "pk")),
        "title": (_("Title (A to Z)"), lambda qs: qs.order_by_title()),
    }

    def base_queryset(self):
        return Initiative.objects.published().for_listing()


# An initiative's facet terms and partners (a few dozen organisations), kept in the process
# per content version: its page reads only their links, in one query (`prefetch_kept`).
LINKED = {
    **dict.fromkeys(
        ["audiences", "countries", "fields_of_education", "technologies", "levels"], TERMS
    ),
    "partners": Kept("organisations", Organisation.objects.in_bulk, lambda o: o.slug),
}


class InitiativeDetailView(PreviewMixin, DetailView):
    model = Initiative
    template_name = "initiatives/initiative_detail.html"
    context_object_name = "initiative"

    def get_queryset(self):
        return super().get_queryset().for_listing().prefetch_kept(LINKED)

    def get_context_data(self, **kwargs):
        trainings = Training.objects.published().of_organisation(self.object.promoter)
        return super().get_context_data(
            trainings=trainings.attendable()[:RELATED_TRAININGS], **kwargs
        )


@prebuilt
def export(request, fmt):
    """The filtered list as open data: same query string as the page (the whole list is
    built ahead, `bedigital.prebuilt`)."""
    filterset, ignored = InitiativeFilterSet.from_query(request.GET, Initiative.objects.published())
    check_values(filterset, request.GET, ignored)
    queryset = filterset.qs
    if request.GET:
        check_size(request, queryset.count())
    if fmt == "csv":
        return exports.csv_response(request, queryset)
    return exports.json_response(request, queryset)
