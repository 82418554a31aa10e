"""Open data: the filtered repository as CSV and JSON, streamed, with stable vocabulary codes
and every text field in all four languages."""

import csv
import json

from django.http import StreamingHttpResponse
from django.utils import timezone
from modeltranslation.utils import build_localized_fieldname

from bedigital.i18n import LANGUAGE_CODES

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
CSV_SEPARATOR = "|"  # between the codes of a multi-valued facet in one CSV cell


def export_queryset(queryset):
    return (
        queryset.select_related("promoter", "objective")
        .prefetch_related("partners", *TERM_LISTS.values())
        .order_by("pk")
    )


def record(request, initiative) -> dict:
    """One initiative as a JSON-ready dict; the CSV flattens the same dict."""
    data = {
        "slug": initiative.slug,
        "url": request.build_absolute_uri(initiative.get_absolute_url()),
    }
    for field in TEXT_FIELDS:
        data[field] = {
            code: getattr(initiative, build_localized_fieldname(field, code)) or ""
            for code in LANGUAGE_CODES
        }
    data.update(
        {
            "promoter": initiative.promoter.slug,
            "partners": [o.slug for o in initiative.partners.all()],
            "category": initiative.category,
            "strategic_objective": initiative.objective.number,
            "geographical_sphere": initiative.sphere,
            "funding": initiative.funding,
            "region": initiative.region,
            **{
                name: [t.code for t in getattr(initiative, relation).all()]
                for name, relation in TERM_LISTS.items()
            },
            "start_date": initiative.start_date.isoformat(),
            "end_date": initiative.end_date.isoformat() if initiative.end_date else None,
            "ongoing": initiative.is_ongoing,
            "website": initiative.website,
            "published": initiative.publication_date.isoformat(),
        }
    )
    return data


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
    writer = csv.DictWriter(Echo(), fieldnames=csv_columns())

    def rows():
        yield writer.writeheader()
        for initiative in export_queryset(queryset).iterator(chunk_size=CHUNK):
            yield writer.writerow(flatten(record(request, initiative)))

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="initiatives.csv"'
    return response


def json_response(request, queryset) -> StreamingHttpResponse:
    def chunks():
        header = {
            "source": request.build_absolute_uri(),
            "generated_at": timezone.now().isoformat(),
            "languages": LANGUAGE_CODES,
        }
        yield json.dumps(header, ensure_ascii=False)[:-1] + ', "results": [\n'
        for index, initiative in enumerate(export_queryset(queryset).iterator(chunk_size=CHUNK)):
            prefix = ",\n" if index else ""
            yield prefix + json.dumps(record(request, initiative), ensure_ascii=False)
        yield "\n]}\n"

    return StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
