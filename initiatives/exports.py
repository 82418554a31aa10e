"""Open data: the filtered repository as CSV and JSON, streamed, with stable vocabulary codes
and every text field in all four languages."""

import csv
import json

from django.http import StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from bedigital.i18n import LANGUAGE_CODES
from bedigital.origin import absolute_url
from bedigital.spreadsheets import QuotedCSV, escape_formula

from .models import Initiative

TEXT_FIELDS = ["title", "summary", "background", "good_practice", "results"]
# export name → many-to-many relation, exported as a list of codes
TERM_LISTS = {
    "target_audiences": "audiences",
    "geographic_scope": "countries",
    "fields_of_education": "fields_of_education",
    "digital_technologies": "technologies",
    "skill_levels": "levels",
}
CHUNK = 1000
# A byte-order mark first: without it Excel reads UTF-8 as Windows-1252 and "Liège" turns
# into "LiÃ¨ge" (a CSV reader decoding "utf-8-sig" takes it off).
BOM = "\ufeff"
CSV_SEPARATOR = "|"  # between the codes of a multi-valued facet in one CSV cell


SCALARS = ["category", "sphere", "funding", "region", "website"]


def rows(queryset):
    """The initiatives as plain dicts, a chunk at a time: no model instances, and two
    queries per relation per chunk instead of Django's per-object prefetch machinery."""
    columns = ["pk", "slug", "promoter__slug", "objective__number", "start_date", "end_date"]
    columns += ["publication_date", *SCALARS]
    columns += [build_localized_fieldname(f, code) for f in TEXT_FIELDS for code in LANGUAGE_CODES]
    chunk = []
    for row in queryset.order_by("pk").values(*columns).iterator(chunk_size=CHUNK):
        chunk.append(row)
        if len(chunk) == CHUNK:
            yield from with_relations(chunk)
            chunk = []
    yield from with_relations(chunk)


def with_relations(chunk):
    ids = [row["pk"] for row in chunk]
    related = {
        name: codes_by_initiative(relation, "term__code", ids)
        for name, relation in TERM_LISTS.items()
    }
    related["partners"] = codes_by_initiative("partners", "organisation__slug", ids)
    for row in chunk:
        row.update({name: by_id.get(row["pk"], []) for name, by_id in related.items()})
        yield row


def codes_by_initiative(relation, code_field, ids) -> dict[int, list[str]]:
    through = getattr(Initiative, relation).through
    result = {}
    links = through.objects.filter(initiative_id__in=ids).order_by("pk")
    for initiative_id, code in links.values_list("initiative_id", code_field):
        result.setdefault(initiative_id, []).append(code)
    return result


def record(row: dict, url_of) -> dict:
    """One initiative as a JSON-ready dict; the CSV flattens the same dict."""
    data = {"slug": row["slug"], "url": url_of(row["slug"])}
    for field in TEXT_FIELDS:
        data[field] = {
            code: row[build_localized_fieldname(field, code)] or "" for code in LANGUAGE_CODES
        }
    end = row["end_date"]
    data.update(
        {
            "promoter": row["promoter__slug"],
            "partners": row["partners"],
            "category": row["category"],
            "strategic_objective": row["objective__number"],
            "geographical_sphere": row["sphere"],
            "funding": row["funding"],
            "region": row["region"],
            **{name: row[name] for name in TERM_LISTS},
            "start_date": row["start_date"].isoformat(),
            "end_date": end.isoformat() if end else None,
            "ongoing": end is None or end >= timezone.localdate(),
            "website": row["website"],
            "published": row["publication_date"].isoformat(),
        }
    )
    return data


def url_maker():
    """Absolute detail URLs without a `reverse()` per row."""
    marker = "__slug__"
    template = absolute_url(reverse("initiatives:detail", args=[marker]))
    return lambda slug: template.replace(marker, slug)


def flatten(data: dict) -> dict:
    row = {}
    for key, value in data.items():
        if isinstance(value, dict):
            row.update({f"{key}_{code}": text for code, text in value.items()})
        elif isinstance(value, list):
            row[key] = CSV_SEPARATOR.join(str(v) for v in value)
        elif value is None:
            row[key] = ""
        else:
            row[key] = value
    return row


def csv_columns() -> list[str]:
    columns = ["slug", "url"]
    columns += [f"{field}_{code}" for field in TEXT_FIELDS for code in LANGUAGE_CODES]
    columns += ["promoter", "partners", "category", "strategic_objective"]
    columns += ["geographical_sphere", "funding", "region", *TERM_LISTS]
    columns += ["start_date", "end_date", "ongoing", "website", "published"]
    return columns


class Echo:
    def write(self, value):
        return value


def csv_response(request, queryset) -> StreamingHttpResponse:
    writer = csv.DictWriter(Echo(), fieldnames=csv_columns(), dialect=QuotedCSV)

    url_of = url_maker()

    def lines():
        yield BOM + writer.writeheader()
        for row in rows(queryset):
            cells = flatten(record(row, url_of))
            yield writer.writerow({name: escape_formula(value) for name, value in cells.items()})

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="initiatives.csv"'
    return response


def json_response(request, queryset) -> StreamingHttpResponse:
    url_of = url_maker()

    def chunks():
        header = {
            "source": absolute_url(request.get_full_path()),
            "generated_at": timezone.now().isoformat(),
            "languages": LANGUAGE_CODES,
        }
        yield json.dumps(header, ensure_ascii=False)[:-1] + ', "results": [\n'
        for index, row in enumerate(rows(queryset)):
            prefix = ",\n" if index else ""
            yield prefix + json.dumps(record(row, url_of), ensure_ascii=False)
        yield "\n]}\n"

    return StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
