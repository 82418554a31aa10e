from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.generic import DetailView, ListView

from .calendar import calendar_response
from .filters import (
    CHOICE_FACETS,
    MORE_FACETS,
    TrainingFilterSet,
    build_facets,
    build_flags,
    drop_unknown_values,
)
from .models import Session, Training
from .structured_data import course_json_ld

SORTS = {
    "soonest": lambda qs: qs.order_soonest(),
    "newest": lambda qs: qs.order_by("-publication_date", "pk"),
    "title": lambda qs: qs.order_by_title(),
}
FEED_MAX_SESSIONS = 500


def filtered_trainings(request):
    """The published trainings that match the query string, and what was ignored of it."""
    data, ignored = drop_unknown_values(request.GET)
    filterset = TrainingFilterSet(
        data, queryset=Training.objects.published().with_next_session(), request=request
    )
    return filterset, ignored


class TrainingListView(ListView):
    template_name = "trainings/training_list.html"
    context_object_name = "trainings"
    paginate_by = 12

    def get_queryset(self):
        self.filterset, self.ignored = filtered_trainings(self.request)
        self.sort = self.request.GET.get("sort", "soonest")
        if self.sort not in SORTS:
            self.ignored.append(self.sort)
            self.sort = "soonest"
        return SORTS[self.sort](self.filterset.qs).for_listing()

    def paginate_queryset(self, queryset, page_size):
        # A page number out of range shows the nearest page rather than an error.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        form = self.filterset.form
        errors = [
            f"{form.fields[name].label}: {' '.join(messages)}"
            for name, messages in form.errors.items()
        ]
        if self.ignored:
            errors.append(
                _("Unknown values were ignored: %(values)s")
                % {"values": ", ".join(sorted(set(self.ignored)))[:200]}
            )
        more_facets = build_facets(self.filterset, MORE_FACETS)
        return super().get_context_data(
            filter=self.filterset,
            facets=build_facets(self.filterset, CHOICE_FACETS),
            more_facets=more_facets,
            more_open=any(option.checked for facet in more_facets for option in facet.options),
            flags=build_flags(self.filterset),
            filter_errors=errors,
            sort=self.sort,
            sorts=[
                ("soonest", _("Soonest session first")),
                ("newest", _("Newest first")),
                ("title", _("Title (A to Z)")),
            ],
            is_filtered=any(key not in {"page", "sort"} for key in self.request.GET),
            **kwargs,
        )


class TrainingDetailView(DetailView):
    template_name = "trainings/training_detail.html"
    context_object_name = "training"

    def get_queryset(self):
        return (
            Training.objects.published()
            .with_next_session()
            .select_related("provider")
            .prefetch_related(
                "languages",
                "digcomp_areas",
                "technologies",
                "audiences",
                Prefetch("sessions", queryset=Session.objects.order_by("start")),
            )
        )

    def get_context_data(self, **kwargs):
        training = self.object
        sessions = list(training.sessions.all())
        return super().get_context_data(
            sessions=sessions,
            upcoming_sessions=[s for s in sessions if not s.is_past],
            past_sessions=[s for s in sessions if s.is_past],
            json_ld=course_json_ld(self.request, training, sessions),
            **kwargs,
        )


def session_ics(request, slug, pk):
    """One session as an .ics file, to add to a calendar."""
    session = get_object_or_404(
        Session.objects.select_related("training", "training__provider"),
        pk=pk,
        training__slug=slug,
        training__in=Training.objects.published(),
    )
    return calendar_response(request, [session], filename=f"{slug}-{pk}.ics")


def catalogue_ics(request) -> HttpResponse:
    """Upcoming sessions of the trainings matching the same filters as the catalogue: a feed
    to subscribe to ("free evening trainings in Brussels")."""
    filterset, _ignored = filtered_trainings(request)
    sessions = (
        Session.objects.filter(training__in=filterset.qs.values("pk"))
        .upcoming()
        .select_related("training", "training__provider")
        .order_by("start")[:FEED_MAX_SESSIONS]
    )
    return calendar_response(request, sessions, filename="trainings.ics")
