"""The public lists' own filters, read from the query string strictly: the pages ignore an
unknown value (a visitor follows old links), the API answers 400 and says why."""

import base64
import binascii

import django_filters
from django.utils.translation import override

from bedigital.models import Organisation
from bedigital.support.models import Support, SupportKind
from bedigital.vocabularies import OrganisationKind, Region

MAX_LIMIT = 100
DEFAULT_LIMIT = 20
PAGING = {"cursor", "limit"}


class BadRequest(Exception):
    def __init__(self, detail: str, errors: dict[str, list[str]] | None = None):
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or {}


class OrganisationFilterSet(django_filters.FilterSet):
    """The partners page's two filters."""

    region = django_filters.MultipleChoiceFilter(choices=Region.choices)
    kind = django_filters.MultipleChoiceFilter(choices=OrganisationKind.choices)

    class Meta:
        model = Organisation
        fields = []


class SupportFilterSet(django_filters.FilterSet):
    kind = django_filters.MultipleChoiceFilter(choices=SupportKind.choices)

    class Meta:
        model = Support
        fields = []


def filtered(filterset_class, query, queryset):
    """`queryset` filtered by the query string, or BadRequest naming each bad parameter."""
    unknown = sorted(set(query) - set(filterset_class.base_filters) - PAGING)
    if unknown:
        raise BadRequest(f"Unknown parameter: {', '.join(unknown)}.")
    data = query.copy()
    for name in PAGING:
        data.pop(name, None)
    filterset = filterset_class(data, queryset=queryset)
    with override("en"):
        if not filterset.is_valid():
            errors = {
                name: [str(m) for m in messages] for name, messages in filterset.errors.items()
            }
            raise BadRequest("Invalid parameter value.", errors)
    near = getattr(filterset, "near_place", None)
    if data.get("near", "").strip() and near is None:
        raise BadRequest("Unknown place.", {"near": ["No Belgian postcode or municipality."]})
    return filterset.qs


def no_parameters(request):
    """An item, the vocabularies and the index take no parameter: a 400 as in the lists."""
    if request.GET:
        raise BadRequest(f"Unknown parameter: {', '.join(sorted(request.GET))}.")


def limit_of(query) -> int:
    value = query.get("limit", "")
    if not value:
        return DEFAULT_LIMIT
    # ASCII digits only: "²" and "５" are digits to str.isdigit(), not to int()
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= MAX_LIMIT:
        raise BadRequest("Invalid parameter value.", {"limit": [f"A whole number 1–{MAX_LIMIT}."]})
    return int(value)


def encode_cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"after:{pk}".encode()).decode().rstrip("=")


def after_of(query) -> int:
    """The id the page starts after (0: the first page)."""
    cursor = query.get("cursor", "")
    if not cursor:
        return 0
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        prefix, _sep, number = text.partition(":")
        if prefix == "after" and number.isascii() and number.isdigit() and len(number) < 19:
            return int(number)
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    raise BadRequest("Invalid parameter value.", {"cursor": ["Use the next URL of a page."]})


def parameters(filterset_class) -> list[dict]:
    """The filters as OpenAPI query parameters, read from the FilterSet (English labels)."""
    result = []
    with override("en"):
        for name, query_filter in filterset_class.base_filters.items():
            result.append(
                {
                    "name": name,
                    "in": "query",
                    "required": False,
                    "description": str(query_filter.label or name),
                    **parameter_schema(query_filter),
                }
            )
    result += [
        {
            "name": "cursor",
            "in": "query",
            "required": False,
            "description": "Where the page starts: take it from the previous page's next URL.",
            "schema": {"type": "string"},
        },
        {
            "name": "limit",
            "in": "query",
            "required": False,
            "description": "Items per page.",
            "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 20},
        },
    ]
    return result


def parameter_schema(query_filter) -> dict:
    choices = query_filter.extra.get("choices")
    if isinstance(query_filter, django_filters.MultipleChoiceFilter):
        codes = [str(value) for value, _label in choices]
        return {
            "schema": {"type": "array", "items": {"type": "string", "enum": codes}},
            "style": "form",
            "explode": True,
        }
    if choices is not None:
        return {"schema": {"type": "string", "enum": [str(value) for value, _label in choices]}}
    if isinstance(query_filter, django_filters.BooleanFilter):
        return {"schema": {"type": "boolean"}}
    if isinstance(query_filter, django_filters.DateFilter):
        return {"schema": {"type": "string", "format": "date"}}
    schema = {"type": "string"}
    if query_filter.extra.get("max_length"):
        schema["maxLength"] = query_filter.extra["max_length"]
    return {"schema": schema}


def choices_of(query_filter) -> list[tuple[str, str]]:
    return [(str(v), str(label)) for v, label in query_filter.extra.get("choices") or []]
