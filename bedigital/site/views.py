import csv
import re

from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Q
from django.http import HttpResponse, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import DetailView, ListView, TemplateView

from bedigital import pagecache, search, understanding
from bedigital.charts import chart_for
from bedigital.i18n import LANGUAGE_CODES
from bedigital.models import FigureSeries, KeyFigure, Organisation, SitePage
from bedigital.origin import absolute_url
from bedigital.site import suggestions as typing
from bedigital.spreadsheets import QuotedCSV, escape_formula
from bedigital.vocabularies import OrganisationKind, Region
from initiatives.models import Initiative
from initiatives.views import InitiativeListView
from testimonials.models import Testimonial
from trainings.models import Training
from trainings.views import TrainingListView

SEARCH_MAX_LENGTH = 200
PARTNER_TRAININGS = 10


class HomeView(TemplateView):
    template_name = "bedigital/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            featured_testimonials=Testimonial.objects.featured_today(),
            latest_initiatives=Initiative.objects.published()
            .ongoing()
            .for_listing()
            .order_by("-publication_date")[:3],
            key_figures=pagecache.kept_in_process(  # a handful of rows, on every home page
                "home-key-figures",
                lambda: list(KeyFigure.objects.filter(on_home=True).select_related("series")[:4]),
            ),
            upcoming_trainings=Training.objects.published().soonest(3),
            **kwargs,
        )


class KeyFigureListView(ListView):
    queryset = KeyFigure.objects.select_related("series")
    template_name = "bedigital/figures.html"
    context_object_name = "figures"

    def get_context_data(self, **kwargs):
        series = FigureSeries.objects.prefetch_related("points")
        charts = [(s, chart_for(s, s.points.all())) for s in series]
        return super().get_context_data(
            charts=[(s, chart) for s, chart in charts if chart], **kwargs
        )


def figure_series_csv(request, key):
    """One series as CSV: every value with its area, year, unit and source."""
    series = get_object_or_404(FigureSeries, key=key)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{series.key}.csv"'
    response.write("\ufeff")  # spreadsheets then read the accents right
    writer = csv.writer(response, dialect=QuotedCSV)
    writer.writerow(
        [
            "area",
            "area_name",
            "year",
            "value",
            "unit",
            "illustrative",
            "series",
            "source",
            "source_url",
            "publisher",
            "retrieved_on",
        ]
    )
    for point in series.points.order_by("area", "year"):
        row = [
            point.area,
            point.get_area_display(),
            point.year,
            point.value,
            series.unit,
            "yes" if point.illustrative else "no",
            str(series),
            series.source_title,
            series.source_url,
            series.publisher,
            series.retrieved_on.isoformat(),
        ]
        writer.writerow([escape_formula(cell) for cell in row])
    return response


class PartnerListView(ListView):
    template_name = "bedigital/partner_list.html"
    context_object_name = "partners"
    paginate_by = 24  # the one list that grows with the partners: pages, as the catalogue

    def paginate_queryset(self, queryset, page_size):
        # A page number out of range shows the nearest page rather than an error.
        paginator = self.get_paginator(queryset, page_size)
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def get_queryset(self):
        queryset = Organisation.objects.all()
        region = self.request.GET.get("region")
        if region in Region.values:
            queryset = queryset.filter(region=region)
        kind = self.request.GET.get("kind")
        if kind in OrganisationKind.values:
            queryset = queryset.filter(kind=kind)
        return queryset

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        known = {
            "region": {"", *Region.values},
            "kind": {"", *OrganisationKind.values},
            "page": {str(context["page_obj"].number)},  # the page shown, as its links spell it
        }
        return pagecache.vouch_for_query(response, known)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            regions=Region.choices,
            kinds=OrganisationKind.choices,
            selected_region=self.request.GET.get("region", ""),
            selected_kind=self.request.GET.get("kind", ""),
            **kwargs,
        )


class PartnerDetailView(DetailView):
    model = Organisation
    template_name = "bedigital/partner_detail.html"
    context_object_name = "partner"

    def get_context_data(self, **kwargs):
        trainings = Training.objects.published().of_organisation(self.object).attendable()
        initiatives = (
            Initiative.objects.published()
            .filter(Q(promoter=self.object) | Q(owner=self.object))
            .for_listing()
            .order_by("-start_date")
        )
        return super().get_context_data(
            trainings=trainings[:PARTNER_TRAININGS],
            initiatives=initiatives[:PARTNER_TRAININGS],
            **kwargs,
        )


class SitePageView(DetailView):
    template_name = "bedigital/site_page.html"
    context_object_name = "page"
    slug: str = ""

    def get_object(self, queryset=None):
        return get_object_or_404(SitePage, slug=self.slug)


SEARCH_PAGE_SIZE = 20
# The lists whose filters a search's words may name: {kind of result: (list, its filters)}.
UNDERSTOOD_LISTS = {
    "training": ("trainings:list", TrainingListView),
    "initiative": ("initiatives:list", InitiativeListView),
}
UNDERSTOOD_PARAMETERS = {
    name for _url, view in UNDERSTOOD_LISTS.values() for name in view.filterset_class.known_values()
}


def search_view(request):
    """One search box for the whole portal, in any of the four languages."""
    query = search.clean_query(request.GET.get("q", ""))
    kind = request.GET.get("type", "")
    kinds = search.kinds()
    context = {"query": query, "kind": kind if kind in kinds else "", "error": ""}
    words = search.words_of(query)
    if len(query) > SEARCH_MAX_LENGTH:
        context["error"] = _("Your search is too long. Use at most %(max)d characters.") % {
            "max": SEARCH_MAX_LENGTH
        }
    elif query and not words:
        context["error"] = _("Type at least one word made of letters or digits.")
    elif query:
        if kind and kind not in kinds:
            context["error"] = _("Unknown kind of result “%(kind)s”: showing all results.") % {
                "kind": kind[:40]
            }
            kind = ""
        counts = search.counts_by_kind(words)
        relaxed = []
        if not counts:  # "avondcursus Gent gratis": the filter words are read, not matched
            keywords = understanding.read(query, parameters=UNDERSTOOD_PARAMETERS).keywords
            if keywords and keywords != words and (found := search.counts_by_kind(keywords)):
                relaxed, words, counts = keywords, keywords, found
        total = counts.get(kind, 0) if kind else sum(counts.values())
        results = search.RankedResults(
            search.search_entries(words, kind), words, get_language(), total
        )
        page = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
        suggestions, correction = [], ""
        if not counts:
            suggestions = search.results_for(search.similar_entries(query)[:5], words)
            correction = " ".join(search.corrected(words, also=understanding.known_words()))
        context.update(
            {
                "searched": True,
                "page_obj": page,
                "results": search.results_for(page.object_list, words),
                "total": sum(counts.values()),
                "unlisted": total - len(results),
                "kinds": [(name, k.label, counts.get(name, 0)) for name, k in kinds.items()],
                "suggestions": suggestions,
                "correction": correction,
                # as she typed them: "Lüttich", not the index's "luttich"
                "relaxed": " ".join(
                    w for w in re.findall(r"\w+", query) if search.normalize(w) in relaxed
                ),
                "understood": understood(query),
            }
        )
    context["typing_suggestions"] = typing.suggestions()
    response = render(request, "bedigital/search.html", context)
    # the words are free text (stored once asked twice); a kind, or the page shown
    page = context.get("page_obj")
    known = {"type": {"", *kinds}, "page": {str(page.number)} if page else {""}}
    return pagecache.vouch_for_query(response, known, free={"q"})


def understood(query: str) -> dict | None:
    """When the query names filters ("cours python gratuit Liège", "mentorat Bruxelles"):
    each as a removable chip, and every list those filters apply to (the catalogue, the
    initiatives) filtered by them with the rest as keywords: its link and how many it lists."""
    asked = QueryDict(mutable=True)
    asked["q"] = query
    lists = []
    for kind, (url_name, view) in UNDERSTOOD_LISTS.items():
        filterset_class = view.filterset_class
        moved = understanding.moved_to_filters(
            asked, filterset_class.known_values(), filterset_class.places_named
        )
        if moved is None:
            continue
        url = f"{reverse(url_name)}?{moved.urlencode()}"
        count = view.count_for(moved)  # as the list counts: the count its link shows
        lists.append(
            {"kind": kind, "url": url, "count": count, "query": moved, "keywords": moved["q"]}
        )
    if not lists:
        return None
    reading = understanding.read(query, parameters=UNDERSTOOD_PARAMETERS)
    named = [(understanding.label(name, values), words) for name, values, words in reading.chips]
    if any(found["query"].get("near") for found in lists):  # "Liège": near Liège
        words, place = understanding.place_named(
            reading, TrainingListView.filterset_class.places_named
        )
        named.append((place, words))
    typed = search.words_of(query)
    chips = []
    for label, words in named:  # each removable: the same search without its words
        chips.append((label, urlencode({"q": " ".join(without(typed, words.split()))})))
    trainings = next((found for found in lists if found["kind"] == "training"), None)
    return {
        "lists": lists,
        "alert_url": trainings and f"{reverse('alerts:new')}?{trainings['query'].urlencode()}",
        "chips": chips,
    }


def without(words: list[str], run: list[str]) -> list[str]:
    """`words` without the first occurrence of `run`, in her order."""
    for start in range(len(words) - len(run) + 1):
        if words[start : start + len(run)] == run:
            return words[:start] + words[start + len(run) :]
    return words


@require_GET
@cache_control(max_age=3600, public=True)
def search_suggestions(request):
    """The suggestions of the search boxes, in the page's language (`suggestions`)."""
    return JsonResponse(typing.suggestions(), safe=False)


@require_GET
@cache_control(no_store=True)
def healthz(request):
    """For load balancers: 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any database failure means "not healthy"
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        *(f"Disallow: /{code}/search/" for code in LANGUAGE_CODES),
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


def page_not_found(request, exception):
    return render(request, "404.html", status=404)
