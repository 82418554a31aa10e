from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView

from bedigital.facets import FacetedListView
from bedigital.preview import PreviewMixin
from initiatives.models import Initiative
from trainings.models import Training

from .filters import TestimonialFilterSet
from .models import Testimonial


class TestimonialListView(FacetedListView):
    template_name = "testimonials/testimonial_list.html"
    context_object_name = "testimonials"
    filterset_class = TestimonialFilterSet
    sorts = {
        "newest": (_("Newest first"), lambda qs: qs.order_by("-publication_date", "pk")),
        "name": (_("Name (A to Z)"), lambda qs: qs.order_by("name", "pk")),
    }

    def base_queryset(self):
        return Testimonial.objects.published()


class TestimonialDetailView(PreviewMixin, DetailView):
    model = Testimonial
    template_name = "testimonials/testimonial_detail.html"
    context_object_name = "testimonial"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .select_related("occupation")
            .prefetch_related(
                Prefetch("trainings", queryset=Training.objects.published().attendable()),
                Prefetch("initiatives", queryset=Initiative.objects.published().for_listing()),
            )
        )
