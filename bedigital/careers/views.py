from django.db.models import Prefetch
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.generic import DetailView

from bedigital.facets import FacetedListView
from bedigital.origin import absolute_url
from bedigital.preview import PreviewMixin

from .assessment import AREAS, field_name, from_code, score
from .filters import OccupationFilterSet
from .forms import SelfAssessmentForm
from .models import Occupation

SELF_ASSESSMENT = "careers/self_assessment.html"


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


def self_assessment(request):
    """The questionnaire; with answers (its fields or a shared `r` code) the result. Nothing
    is stored: the result's link carries the answers."""
    query = request.GET
    if "r" in query and "edit" not in query:
        answers = from_code(query["r"])
        if answers is None:
            form = SelfAssessmentForm()
            message = _("This result link is incomplete. Please answer the questions again.")
            return render(request, SELF_ASSESSMENT, {"form": form, "message": message}, status=400)
        chosen = {area for area in query.getlist("area") if area in AREAS}
        return show_result(request, score(answers, chosen))
    if "r" in query:  # "change my answers": the form, filled in
        answers = from_code(query["r"]) or {}
        initial = {field_name(*question): answer for question, answer in answers.items()}
        form = SelfAssessmentForm(initial={**initial, "areas": query.getlist("area")})
        return render(request, SELF_ASSESSMENT, {"form": form})
    if not any(key != "areas" for key in query):
        return render(request, SELF_ASSESSMENT, {"form": SelfAssessmentForm()})
    form = SelfAssessmentForm(query)
    if not form.is_valid():
        missing = [f for f in form.errors if f != "areas"]
        message = ngettext(
            "%(count)d statement has no answer yet.",
            "%(count)d statements have no answer yet.",
            len(missing),
        ) % {"count": len(missing)}
        return render(request, SELF_ASSESSMENT, {"form": form, "message": message})
    return show_result(request, score(form.answers(), set(form.cleaned_data["areas"])))


def show_result(request, result):
    share = f"{request.path}?{result.share_query}"
    return render(
        request,
        "careers/self_assessment_result.html",
        {
            "result": result,
            "catalogue_url": f"{reverse('trainings:list')}?{result.catalogue_query}",
            "share_path": share,
            "share_url": absolute_url(share),
        },
    )
