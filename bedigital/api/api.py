"""The read API, version 1: trainings with their sessions, initiatives, stories and
organisations; only what is public, every text in four languages, vocabularies as codes.

django-ninja: the answers' pydantic schemas are the OpenAPI document and validate every
answer; the filters are the public lists' own FilterSets (`queries.filtered`), described in
the document from the same declarations.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.conf import settings
from django.db.models import Prefetch
from django.http import Http404
from django.urls import reverse
from django.utils.translation import override
from modeltranslation.utils import build_localized_fieldname
from ninja import NinjaAPI
from ninja.decorators import decorate_view
from ninja.errors import Throttled
from ninja.throttling import AnonRateThrottle

from bedigital import vocabularies as module
from bedigital.careers.filters import OccupationFilterSet
from bedigital.careers.models import Occupation
from bedigital.i18n import LANGUAGE_CODES
from bedigital.models import Organisation
from bedigital.origin import absolute_url
from bedigital.support.models import (
    GOAL_FIELDS,
    REGION_FIELDS,
    SITUATION_FIELDS,
    Support,
    SupportKind,
)
from bedigital.vocabularies import VOCABULARY_CHOICES
from initiatives import exports as initiative_exports
from initiatives.filters import InitiativeFilterSet
from initiatives.models import Initiative
from testimonials.filters import TestimonialFilterSet
from testimonials.models import Testimonial
from trainings.filters import DAYS, TrainingFilterSet
from trainings.models import Session, Training
from trainings.schedule import mask_weekdays

from . import schemas
from .http import conditional
from .queries import (
    BadRequest,
    OrganisationFilterSet,
    SupportFilterSet,
    after_of,
    encode_cursor,
    filtered,
    limit_of,
    no_parameters,
    parameters,
)

THROTTLE_RATE = getattr(settings, "API_THROTTLE_RATE", "120/min")


class PortalAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        with override("en"):  # one document, in English
            return super().get_openapi_schema(*args, **kwargs)


api = PortalAPI(
    title="Be Digital Together API",
    version="1",
    description=(
        "Read-only open data of the Be Digital Together portal: trainings with their "
        "sessions, initiatives, stories of women in tech and partner organisations. Only "
        "published content. Texts in Dutch, French, German and English; vocabularies as "
        "stable codes (see /vocabularies); links to the site's pages carry no language, they "
        "open in the reader's. Lists take the filters of the site's lists and "
        "are paged with a cursor: follow `next`. Answers carry ETag and Last-Modified; "
        "any origin may read them (CORS). Too many requests from one client get a 429."
    ),
    urls_namespace="api-v1",
    docs_url=None,  # the site's own page documents it (bedigital.api.docs)
    throttle=[AnonRateThrottle(THROTTLE_RATE)],
)

BAD_REQUEST = {400: schemas.Error}


@api.exception_handler(BadRequest)
def bad_request(request, exc):
    return api.create_response(request, {"detail": exc.detail, "errors": exc.errors}, status=400)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": "Not found.", "errors": {}}, status=404)


@api.exception_handler(Throttled)
def throttled(request, exc):
    response = api.create_response(
        request, {"detail": "Too many requests.", "errors": {}}, status=429
    )
    if exc.wait:
        response["Retry-After"] = str(int(exc.wait) + 1)
    return response


# In the API's answers, links to the site's pages have no language ("/fr/trainings/x/" →
# "/trainings/x/"): a page opens in the reader's language, and an answer is the same whatever
# the client's Accept-Language or cookie, one representation per URL as its ETag and shared
# caches assume. The downloads, which have a language in their own URL, keep it in theirs.
LINKS_WITHOUT_LANGUAGE = ContextVar("links_without_language", default=False)


@contextmanager
def links_without_language():
    token = LINKS_WITHOUT_LANGUAGE.set(True)
    try:
        yield
    finally:
        LINKS_WITHOUT_LANGUAGE.reset(token)


def page_url(path: str) -> str:
    """The absolute URL of a page of the site, without its language in the API."""
    parts = path.split("/", 2)
    if LINKS_WITHOUT_LANGUAGE.get() and len(parts) == 3 and parts[1] in LANGUAGE_CODES:
        path = "/" + parts[2]
    return absolute_url(path)


def texts(obj, field) -> dict:
    return {
        code: getattr(obj, build_localized_fieldname(field, code)) or None
        for code in LANGUAGE_CODES
    }


def page_of(request, queryset, load, path_name):
    """One page after the cursor, in id order: ids first (the filters' query), then the
    items with everything they show, a fixed number of queries whatever the size."""
    limit = limit_of(request.GET)
    after = after_of(request.GET)
    ids = list(
        queryset.filter(pk__gt=after).order_by("pk").values_list("pk", flat=True)[: limit + 1]
    )
    more = len(ids) > limit
    ids = ids[:limit]
    next_url = None
    if more:
        query = request.GET.copy()
        query["cursor"] = encode_cursor(ids[-1])
        next_url = absolute_url(f"{reverse(path_name)}?{query.urlencode()}")
    with links_without_language():
        return {"next": next_url, "results": load(ids)}


def in_order(ids, items, key=lambda item: item.pk):
    position = {pk: index for index, pk in enumerate(ids)}
    return sorted(items, key=lambda item: position[key(item)])


def organisation_ref(organisation) -> dict:
    return {"slug": organisation.slug, "url": page_url(organisation.get_absolute_url())}


# Trainings ------------------------------------------------------------------------------


def session_record(training, session) -> dict:
    rule = session.rule
    return {
        "id": session.pk,
        "start": session.start,
        "end": session.end,
        "last_end": session.last_end,
        "repeat_days": [DAYS[day] for day in mask_weekdays(session.repeat_days)]
        if rule.repeats
        else [],
        "repeat_until": session.repeat_until if rule.repeats else None,
        "skip_dates": list(rule.skip_dates),
        "rrule": rule.rrule_text(),
        "meeting_count": session.meeting_count,
        "total_minutes": session.total_minutes,
        "online": session.online,
        "venue": session.venue,
        "address": session.address,
        "postcode": session.venue_postcode,
        "capacity": session.capacity,
        "registration_deadline": session.registration_deadline,
        "status": session.status,
        "ics": page_url(
            reverse("trainings:session_ics", kwargs={"slug": training.slug, "pk": session.pk})
        ),
    }


def codes(related) -> list[str]:
    return [term.code for term in related.all()]


def training_record(training) -> dict:
    return {
        "slug": training.slug,
        "url": page_url(training.get_absolute_url()),
        **{
            field: texts(training, field)
            for field in ("title", "summary", "description", "prerequisites")
        },
        "accessibility_info": texts(training, "accessibility_info"),
        "kind": training.kind,
        "format": training.format,
        "region": training.region,
        "municipality": training.municipality,
        "provider": organisation_ref(training.provider),
        "owner": organisation_ref(training.owner),
        "languages": codes(training.languages),
        "digcomp_areas": codes(training.digcomp_areas),
        "technologies": codes(training.technologies),
        "audiences": codes(training.audiences),
        "cost": training.cost,
        "price": None if training.price is None else f"{training.price:.2f}",
        "women_only": training.women_only,
        "childcare": training.childcare,
        "schedule": training.schedule,
        "level": training.level,
        "certificate": training.certificate,
        "duration_hours": training.duration_hours,
        "registration_url": training.registration_url,
        "contact_email": training.contact_email,
        "prepares_for": [o.esco_code for o in training.prepares_for.all()],
        "sessions": [session_record(training, s) for s in training.sessions.all()],
        "published": training.publication_date,
        "updated": training.updated_at,
    }


def load_trainings(ids) -> list[dict]:
    return [training_record(t) for t in trainings_by_id(ids)]


def trainings_by_id(ids) -> list:
    """The trainings with these ids, in that order, with all they show (fixed queries)."""
    trainings = (
        Training.objects.filter(pk__in=ids)
        .select_related("provider", "owner")
        .prefetch_related(
            "languages",
            "digcomp_areas",
            "technologies",
            "audiences",
            Prefetch("sessions", queryset=Session.objects.order_by("start", "pk")),
            Prefetch("prepares_for", queryset=Occupation.objects.published().order_by("pk")),
        )
    )
    return in_order(ids, trainings)


def one(request, queryset, slug: str, load) -> dict:
    """The record of the item with that slug in `queryset` (published ones), else a 404."""
    no_parameters(request)
    pk = queryset.filter(slug=slug).values_list("pk", flat=True).first()
    if pk is None:
        raise Http404
    with links_without_language():
        return load([pk])[0]


@api.get(
    "/trainings",
    response={200: schemas.TrainingPage, **BAD_REQUEST},
    summary="Trainings, with their sessions",
    description="The catalogue's filters; without `when`, upcoming and on-demand trainings.",
    openapi_extra={"parameters": parameters(TrainingFilterSet)},
    tags=["trainings"],
)
@decorate_view(conditional)
def list_trainings(request):
    trainings = filtered(TrainingFilterSet, request.GET, Training.objects.published())
    return page_of(request, trainings, load_trainings, "api-v1:list_trainings")


@api.get(
    "/trainings/{slug:slug}",
    response={200: schemas.Training, 404: schemas.Error, **BAD_REQUEST},
    summary="One training",
    tags=["trainings"],
)
@decorate_view(conditional)
def get_training(request, slug: str):
    return one(request, Training.objects.published(), slug, load_trainings)


# Initiatives ----------------------------------------------------------------------------


def load_initiatives(ids) -> list[dict]:
    template = page_url(reverse("initiatives:detail", args=["__slug__"]))

    def url_of(slug):
        return template.replace("__slug__", slug)

    rows = initiative_exports.rows(Initiative.objects.filter(pk__in=ids))
    records = {row["pk"]: initiative_exports.record(row, url_of) for row in rows}
    result = []
    for pk in ids:
        record = records[pk]
        for field in initiative_exports.TEXT_FIELDS:
            record[field] = {code: text or None for code, text in record[field].items()}
        result.append(record)
    return result


@api.get(
    "/initiatives",
    response={200: schemas.InitiativePage, **BAD_REQUEST},
    summary="Initiatives and good practices",
    description="The repository's filters (the DSJP facets).",
    openapi_extra={"parameters": parameters(InitiativeFilterSet)},
    tags=["initiatives"],
)
@decorate_view(conditional)
def list_initiatives(request):
    initiatives = filtered(InitiativeFilterSet, request.GET, Initiative.objects.published())
    return page_of(request, initiatives, load_initiatives, "api-v1:list_initiatives")


@api.get(
    "/initiatives/{slug:slug}",
    response={200: schemas.Initiative, 404: schemas.Error, **BAD_REQUEST},
    summary="One initiative",
    tags=["initiatives"],
)
@decorate_view(conditional)
def get_initiative(request, slug: str):
    return one(request, Initiative.objects.published(), slug, load_initiatives)


# Stories --------------------------------------------------------------------------------


def story_record(story) -> dict:
    return {
        "slug": story.slug,
        "url": page_url(story.get_absolute_url()),
        "name": story.name,
        "role": texts(story, "role"),
        "quote": texts(story, "quote"),
        "story": texts(story, "story"),
        "employer": story.employer,
        "sector": story.sector,
        "career_path": story.career_path,
        "region": story.region,
        "owner": organisation_ref(story.owner),
        "portrait": absolute_url(story.portrait.url) if story.portrait else None,
        "portrait_alt": texts(story, "portrait_alt"),
        "video_url": story.video_url,
        "trainings": [t.slug for t in story.trainings.all()],
        "initiatives": [i.slug for i in story.initiatives.all()],
        "published": story.publication_date,
    }


def load_stories(ids) -> list[dict]:
    stories = (
        Testimonial.objects.filter(pk__in=ids)
        .select_related("owner")
        .prefetch_related(
            Prefetch("trainings", queryset=Training.objects.published().order_by("pk")),
            Prefetch("initiatives", queryset=Initiative.objects.published().order_by("pk")),
        )
    )
    return [story_record(s) for s in in_order(ids, stories)]


@api.get(
    "/stories",
    response={200: schemas.StoryPage, **BAD_REQUEST},
    summary="Stories of women in tech",
    openapi_extra={"parameters": parameters(TestimonialFilterSet)},
    tags=["stories"],
)
@decorate_view(conditional)
def list_stories(request):
    stories = filtered(TestimonialFilterSet, request.GET, Testimonial.objects.published())
    return page_of(request, stories, load_stories, "api-v1:list_stories")


@api.get(
    "/stories/{slug:slug}",
    response={200: schemas.Story, 404: schemas.Error, **BAD_REQUEST},
    summary="One story",
    tags=["stories"],
)
@decorate_view(conditional)
def get_story(request, slug: str):
    return one(request, Testimonial.objects.published(), slug, load_stories)


# Organisations --------------------------------------------------------------------------


def organisation_record(organisation) -> dict:
    return {
        "slug": organisation.slug,
        "url": page_url(organisation.get_absolute_url()),
        "name": texts(organisation, "name"),
        "description": texts(organisation, "description"),
        "kind": organisation.kind,
        "region": organisation.region,
        "website": organisation.website,
        "logo": absolute_url(organisation.logo.url) if organisation.logo else None,
    }


def load_organisations(ids) -> list[dict]:
    organisations = Organisation.objects.filter(pk__in=ids)
    return [organisation_record(o) for o in in_order(ids, organisations)]


@api.get(
    "/organisations",
    response={200: schemas.OrganisationPage, **BAD_REQUEST},
    summary="Partner organisations",
    openapi_extra={"parameters": parameters(OrganisationFilterSet)},
    tags=["organisations"],
)
@decorate_view(conditional)
def list_organisations(request):
    organisations = filtered(OrganisationFilterSet, request.GET, Organisation.objects.all())
    return page_of(request, organisations, load_organisations, "api-v1:list_organisations")


@api.get(
    "/organisations/{slug:slug}",
    response={200: schemas.Organisation, 404: schemas.Error, **BAD_REQUEST},
    summary="One organisation",
    tags=["organisations"],
)
@decorate_view(conditional)
def get_organisation(request, slug: str):
    return one(request, Organisation.objects, slug, load_organisations)


# Careers --------------------------------------------------------------------------------


def career_record(occupation) -> dict:
    return {
        "slug": occupation.slug,
        "url": page_url(occupation.get_absolute_url()),
        "esco_code": occupation.esco_code,
        "esco_uri": occupation.esco_uri,
        **{
            field: texts(occupation, field)
            for field in ("title", "summary", "day", "skills", "entry_paths")
        },
        "digcomp_areas": codes(occupation.digcomp_areas),
        "technologies": codes(occupation.technologies),
        "no_degree": occupation.no_degree,
        "part_time": occupation.part_time,
        "salary_low": occupation.salary_low,
        "salary_high": occupation.salary_high,
        "salary_source": occupation.salary_source,
        "salary_source_url": occupation.salary_source_url,
        "salary_year": occupation.salary_year,
        "salary_illustrative": occupation.salary_illustrative,
        "demand": [
            {
                "region": d.region,
                "list_name": d.list_name,
                "publisher": d.publisher,
                "source_url": d.source_url,
                "year": d.year,
                "illustrative": d.illustrative,
            }
            for d in occupation.demand.all()
        ],
        "published": occupation.publication_date,
    }


def load_careers(ids) -> list[dict]:
    occupations = Occupation.objects.filter(pk__in=ids).prefetch_related(
        "digcomp_areas", "technologies", "demand"
    )
    return [career_record(o) for o in in_order(ids, occupations)]


@api.get(
    "/careers",
    response={200: schemas.CareerPage, **BAD_REQUEST},
    summary="Digital careers (ESCO occupations)",
    description="The careers list's filters.",
    openapi_extra={"parameters": parameters(OccupationFilterSet)},
    tags=["careers"],
)
@decorate_view(conditional)
def list_careers(request):
    careers = filtered(OccupationFilterSet, request.GET, Occupation.objects.published())
    return page_of(request, careers, load_careers, "api-v1:list_careers")


@api.get(
    "/careers/{slug:slug}",
    response={200: schemas.Career, 404: schemas.Error, **BAD_REQUEST},
    summary="One career",
    tags=["careers"],
)
@decorate_view(conditional)
def get_career(request, slug: str):
    return one(request, Occupation.objects.published(), slug, load_careers)


# Support --------------------------------------------------------------------------------


def ticked(support, fields: dict) -> list[str]:
    return [code for code, name in fields.items() if getattr(support, name)]


def support_record(support) -> dict:
    return {
        "slug": support.slug,
        "url": page_url(support.get_absolute_url()),
        "kind": support.kind,
        "provider": organisation_ref(support.provider),
        **{
            field: texts(support, field)
            for field in ("title", "summary", "gives", "conditions", "how_to_apply")
        },
        "official_url": support.official_url,
        "verified_on": support.verified_on,
        "is_example": support.is_example,
        "regions": ticked(support, REGION_FIELDS),
        "situations": ticked(support, SITUATION_FIELDS),
        "goals": ticked(support, GOAL_FIELDS),
        "needs_children": support.needs_children,
        "min_age": support.min_age,
        "max_age": support.max_age,
        "during_training": support.during_training,
        "covers_fees": support.covers_fees,
        "published": support.publication_date,
    }


def load_support(ids) -> list[dict]:
    items = Support.objects.filter(pk__in=ids).select_related("provider")
    return [support_record(s) for s in in_order(ids, items)]


@api.get(
    "/support",
    response={200: schemas.SupportPage, **BAD_REQUEST},
    summary="Support and funding: allowances, grants and services, with who may get them",
    openapi_extra={"parameters": parameters(SupportFilterSet)},
    tags=["support"],
)
@decorate_view(conditional)
def list_support(request):
    items = filtered(SupportFilterSet, request.GET, Support.objects.published())
    return page_of(request, items, load_support, "api-v1:list_support")


@api.get(
    "/support/{slug:slug}",
    response={200: schemas.Support, 404: schemas.Error, **BAD_REQUEST},
    summary="One support",
    tags=["support"],
)
@decorate_view(conditional)
def get_support(request, slug: str):
    return one(request, Support.objects.published(), slug, load_support)


# Vocabularies ---------------------------------------------------------------------------


def vocabularies() -> list[dict]:
    """Every code a field may hold, with its label in the four languages."""
    result = []
    for name in VOCABULARIES:
        choices = SupportKind if name == "SupportKind" else getattr(module, name)
        entry = {"name": name, "codes": []}
        for code in choices.values:
            labels = {}
            for language in LANGUAGE_CODES:
                with override(language):
                    labels[language] = str(choices(code).label)
            entry["codes"].append({"code": code, "label": labels})
        result.append(entry)
    return result


VOCABULARIES = sorted(
    {choices.__name__ for choices in VOCABULARY_CHOICES.values()}
    | {"SupportKind"}
    | {
        "TrainingKind",
        "TrainingFormat",
        "Region",
        "Cost",
        "Schedule",
        "SkillLevel",
        "Certificate",
        "SessionStatus",
        "CareerPath",
        "Sector",
        "OrganisationKind",
        "InitiativeCategory",
        "GeographicalSphere",
        "FundingType",
    }
)


@api.get(
    "/vocabularies",
    response={200: list[schemas.Vocabulary], **BAD_REQUEST},
    summary="The codes of every vocabulary, labelled in four languages",
    tags=["vocabularies"],
)
@decorate_view(conditional)
def list_vocabularies(request):
    no_parameters(request)
    return vocabularies()


# Index ----------------------------------------------------------------------------------

LIST_NAMES = ["trainings", "initiatives", "stories", "organisations", "careers", "support"]


@api.get(
    "/",
    response={200: schemas.Index, **BAD_REQUEST},
    summary="Where everything is: the lists, the OpenAPI document, the documentation",
    tags=["index"],
)
@decorate_view(conditional)
def index(request):
    """The API's own address (the endpoint URL the DCAT catalogue gives) says what it has."""
    no_parameters(request)
    with links_without_language():
        documentation = page_url(reverse("open_data"))
    return {
        "title": api.title,
        "version": api.version,
        "openapi": absolute_url(reverse("api-v1:openapi-json")),
        "documentation": documentation,
        "endpoints": {
            name: absolute_url(reverse(f"api-v1:list_{name}"))
            for name in [*LIST_NAMES, "vocabularies"]
        },
    }
