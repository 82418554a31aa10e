"""The open-data page: the API documented from the same declarations as its OpenAPI
document (the lists' FilterSets), in the visitor's language, server-rendered (no script, no
third-party assets: the site's CSP holds)."""

from email.utils import parseaddr

import django_filters
from django.conf import settings
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from bedigital import pagecache
from bedigital.careers.filters import OccupationFilterSet
from bedigital.origin import absolute_url
from initiatives.filters import InitiativeFilterSet
from testimonials.filters import TestimonialFilterSet
from trainings.filters import TrainingFilterSet

from .queries import MAX_LIMIT, OrganisationFilterSet, SupportFilterSet

ENDPOINTS = [
    ("trainings", _("Trainings, with their sessions"), TrainingFilterSet),
    ("initiatives", _("Initiatives and good practices"), InitiativeFilterSet),
    ("stories", _("Stories of women in tech"), TestimonialFilterSet),
    ("organisations", _("Partner organisations"), OrganisationFilterSet),
    ("careers", _("Digital careers"), OccupationFilterSet),
    ("support", _("Support and funding"), SupportFilterSet),
    ("vocabularies", _("Every code, with its label in four languages"), None),
]


def kind_of(query_filter) -> str:
    if isinstance(query_filter, django_filters.MultipleChoiceFilter):
        return _("one or more codes")
    if query_filter.extra.get("choices") is not None:
        return _("one code")
    if isinstance(query_filter, django_filters.BooleanFilter):
        return _("true or false")
    if isinstance(query_filter, django_filters.DateFilter):
        return _("a date, YYYY-MM-DD")
    return _("text")


def described(filterset_class) -> list[dict]:
    if filterset_class is None:
        return []
    filterset = filterset_class()  # labels and choices in the visitor's language
    return [
        {
            "name": name,
            "label": field.label or name,
            "kind": kind_of(filterset.filters[name]),
            "choices": [(str(v), str(label)) for v, label in getattr(field, "choices", [])],
        }
        for name, field in filterset.form.fields.items()
    ]


def open_data(request):
    base = reverse("api-v1:list_trainings").rsplit("/", 1)[0]
    endpoints = [
        {
            "path": f"{base}/{name}",
            "url": absolute_url(f"{base}/{name}"),
            "summary": summary,
            "parameters": described(filterset_class),
        }
        for name, summary, filterset_class in ENDPOINTS
    ]
    response = render(
        request,
        "bedigital/open_data.html",
        {
            "endpoints": endpoints,
            "openapi_url": absolute_url(reverse("api-v1:openapi-json")),
            "example_url": absolute_url(f"{base}/trainings?cost=free&region=brussels&limit=5"),
            "max_limit": MAX_LIMIT,
            "licence_url": settings.OPEN_DATA_LICENCE,
            "contact_email": parseaddr(settings.CONTACT_EMAIL)[1],
        },
    )
    return pagecache.vouch_for_query(response, {})
