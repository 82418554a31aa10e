from django.shortcuts import render
from django.views.generic import DetailView, ListView, TemplateView

from bedigital import pagecache
from bedigital.events.models import Event, EventKind
from bedigital.preview import PreviewMixin
from bedigital.vocabularies import CareerPath, InitiativeCategory
from initiatives.models import Initiative
from testimonials.models import Testimonial
from trainings.models import Training

from .forms import QuestionsForm
from .models import Situation, Support

LANDING_ITEMS = 6


class SupportListView(ListView):
    """The whole guide, by kind, under the questions."""

    template_name = "support/support_list.html"
    context_object_name = "supports"

    def get_queryset(self):
        return Support.objects.published().for_listing().order_for_reading()

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=QuestionsForm(), **kwargs)


class SupportDetailView(PreviewMixin, DetailView):
    model = Support
    template_name = "support/support_detail.html"
    context_object_name = "support"

    def get_queryset(self):
        return super().get_queryset().for_listing()


def what_can_i_get(request):
    """The questions, and once answered the support she may get: one query over the flags
    editors keep. Unanswered or wrong answers are form errors, never an error page."""
    answered = bool(request.GET)
    form = QuestionsForm(request.GET if answered else None)
    supports = None
    trainings_query = ""
    if answered and form.is_valid():
        answers = form.answers()
        supports = list(
            Support.objects.published().matching(**answers).for_listing().order_for_reading()
        )
        trainings_query = f"region={answers['region']}&free_for={answers['situation']}"
    response = render(
        request,
        "support/questions.html",
        {
            "form": form,
            "answered": answered,
            "supports": supports,
            "trainings_query": trainings_query,
        },
    )
    return pagecache.vouch_for_query(response, QuestionsForm.known_values())


class WomenEntrepreneursView(TemplateView):
    """From an idea to the first customers: the path, the support that applies, networks
    that run now, trainings for founders and stories of women who founded a business."""

    template_name = "support/women_entrepreneurs.html"

    def get_context_data(self, **kwargs):
        supports = (
            Support.objects.published().filter(for_founder=True).for_listing().order_for_reading()
        )
        networks = (
            Initiative.objects.published()
            .ongoing()
            .filter(category=InitiativeCategory.ENTREPRENEURSHIP)
            .for_listing()
            .order_by("-start_date", "pk")
        )
        trainings = (
            Training.objects.published()
            .filter(audiences__code="entrepreneurs")
            .attendable()[:LANDING_ITEMS]
        )
        stories = Testimonial.objects.published().filter(career_path=CareerPath.ENTREPRENEUR)
        meetups = Event.objects.published().upcoming().filter(kind=EventKind.MEETUP)
        return super().get_context_data(
            supports=supports,
            networks=networks[:LANDING_ITEMS],
            meetups=meetups.order_by("start", "pk")[:LANDING_ITEMS],
            trainings=trainings,
            stories=stories.order_by("-publication_date", "pk")[:LANDING_ITEMS],
            founder=Situation.FOUNDER,
            **kwargs,
        )
