import math

from django.db.models import Count, Prefetch
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import DetailView, TemplateView

from bedigital import pagecache
from bedigital.careers.models import Occupation
from bedigital.facetindex import RankedRows
from bedigital.facets import Alternative, FacetedListView
from bedigital.i18n import localized
from bedigital.preview import PreviewMixin
from bedigital.search import normalize
from bedigital.support.models import support_during_training
from bedigital.terms import TERMS, Kept
from bedigital.vocabularies import SessionStatus
from testimonials.models import Testimonial

from . import areas, places
from .calendar import calendar_links, calendar_response
from .filters import TrainingFilterSet
from .models import Session, Training
from .structured_data import course_json_ld

FEED_MAX_SESSIONS = 500

# What a training's page links to besides its terms: the published occupations (a few dozen)
# and the published stories linked to a training, kept in the process per content version,
# so that the page reads only its links, with its terms' (`prefetch_kept`).
CAREERS = Kept(
    "published-occupations",
    lambda: Occupation.objects.published().in_bulk(),
    sort_key=lambda occupation: (normalize(localized(occupation, "title").text), occupation.pk),
)
STORIES = Kept(
    "published-stories-of-trainings",
    lambda: (
        Testimonial.objects.published()
        .filter(pk__in=Testimonial.trainings.through.objects.values("testimonial_id"))
        .in_bulk()
    ),
    sort_key=lambda story: (-story.publication_date.timestamp(), story.pk),  # Meta.ordering
)
LINKED = {
    **dict.fromkeys(["languages", "digcomp_areas", "technologies", "audiences"], TERMS),
    "prepares_for": CAREERS,
    "testimonials": STORIES,
}


class TrainingListView(FacetedListView):
    template_name = "trainings/training_list.html"
    context_object_name = "trainings"
    filterset_class = TrainingFilterSet
    sorts = {
        "soonest": (_("Soonest session first"), lambda qs: qs.order_soonest()),
        "nearest": (_("Nearest first"), lambda qs: qs.order_nearest()),
        "newest": (_("Newest first"), lambda qs: qs.order_by("-publication_date", "pk")),
        "title": (_("Title (A to Z)"), lambda qs: qs.order_by_title()),
    }

    @staticmethod
    def listed():
        return Training.objects.published().with_next_session().for_listing()

    def base_queryset(self):
        return self.listed()

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.filterset.near_place and not self.request.GET.get("sort"):
            self.sort = "nearest"  # she asked what is near: nearest first
        return queryset

    def indexed_order(self, index, rows):
        if self.sort != "nearest":
            return super().indexed_order(index, rows)
        if self.filterset.near_place is None:  # nearest without a place: soonest
            return index.in_order(rows)
        # the database's order (`order_nearest`): distance, then the list's default order
        return RankedRows(index, rows, index.columns["locality"], self.filterset.place_distances)

    def alternatives(self):
        found = super().alternatives()
        widest = max(places.RADII_KM)
        if self.filterset.near_place and self.filterset.radius_km() < widest:
            data = self.filterset.data.copy()
            data["within"] = str(widest)
            wider = TrainingFilterSet(data, queryset=self.base_queryset()).qs.count()
            if wider:
                query = self.request.GET.copy()
                query["within"] = str(widest)
                query.pop("page", None)
                label = _("Within %(km)s km") % {"km": widest}
                url = f"{self.request.path}?{query.urlencode()}"
                found.insert(0, Alternative(label, url, wider))
        return found

    def filter_errors(self) -> list[str]:
        errors = super().filter_errors()
        near = self.request.GET.get("near", "").strip()
        if near and self.filterset.near_place is None:
            errors.append(
                _("We do not know the place “%(place)s”: try its postcode.") % {"place": near[:100]}
            )
        return errors


class TrainingMapView(TemplateView):
    """Where the on-site trainings are: a map of Belgium's areas drawn on the server (no
    tiles, no JavaScript), each area a link to the catalogue filtered to it, and the same
    counts as a table."""

    template_name = "trainings/training_map.html"

    def get_context_data(self, **kwargs):
        listed = TrainingFilterSet(QueryDict(), queryset=TrainingListView.listed()).qs
        by_place = listed.order_by().values_list("locality__refnis").annotate(n=Count("pk"))
        counts = dict.fromkeys(areas.areas(), 0)
        area_of = areas.area_of_refnis()
        for refnis, n in by_place:
            if refnis in area_of:
                counts[area_of[refnis]] += n
        most = max(counts.values()) or 1
        shown = [
            {
                "id": area_id,
                "name": areas.name(area_id),
                "count": counts[area_id],
                "shade": math.ceil(4 * counts[area_id] / most),  # 0 (none) to 4 (the most)
                "path": area["path"],
                "x": area["label"][0],
                "y": area["label"][1],
            }
            for area_id, area in areas.areas().items()
        ]
        return super().get_context_data(
            areas=shown,
            view_box=areas.view_box(),
            on_site=sum(counts.values()),
            elsewhere=listed.count() - sum(counts.values()),
            **kwargs,
        )


class TrainingDetailView(PreviewMixin, DetailView):
    model = Training
    template_name = "trainings/training_detail.html"
    context_object_name = "training"

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .with_next_session()
            .select_related("provider", "locality")
            .prefetch_related(
                Prefetch(
                    "sessions",
                    queryset=Session.objects.select_related("locality").order_by("start"),
                ),
            )
            .prefetch_kept(LINKED)
        )

    def get_context_data(self, **kwargs):
        training = self.object
        sessions = list(training.sessions.all())
        upcoming = [s for s in sessions if not s.is_past]
        for session in upcoming:
            if session.status != SessionStatus.CANCELLED:
                session.calendar_links = calendar_links(session)
        return super().get_context_data(
            supports=support_during_training(
                region=training.region,
                cost=training.cost,
                audiences=[audience.code for audience in training.audiences.all()],
            ),
            sessions=sessions,
            upcoming_sessions=upcoming,
            next_session=next((s for s in upcoming if s.is_joinable), None),
            past_sessions=[s for s in sessions if s.is_past],
            json_ld=course_json_ld(training, sessions),
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
    return calendar_response([session], filename=f"{slug}-{pk}.ics")


def catalogue_ics(request) -> HttpResponse:
    """Upcoming sessions of the trainings matching the same filters as the catalogue: a feed
    to subscribe to ("free evening trainings in Brussels")."""
    published = Training.objects.published().with_next_session()  # "open", "starts within"
    trainings = TrainingFilterSet.from_query(request.GET, published)[0].qs
    sessions = (  # sessions with a meeting still to come, a course under way included
        Session.objects.filter(training__in=trainings.values("pk"), last_end__gte=timezone.now())
        .select_related("training", "training__provider")
        .order_by("start")[:FEED_MAX_SESSIONS]
    )
    response = calendar_response(sessions, filename="trainings.ics")
    return pagecache.vouch_for_query(response, TrainingFilterSet.known_values())
