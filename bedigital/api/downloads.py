"""Downloads of each public list, as the list is filtered: CSV (UTF-8 with a byte-order mark,
every cell quoted), XLSX and JSON. The records are the API's own; spreadsheets get one
column per language and `|` between the codes of a multi-valued field, and never a formula
(`bedigital.spreadsheets`). Read a chunk of ids at a time, so the queries per chunk are
fixed whatever the size of the list.

The whole lists are built ahead (`manage.py build_downloads`, `bedigital.prebuilt`) and
served as files; a filtered download is built on request, streamed (an XLSX file through a
temporary file), of at most `prebuilt.MAX_FILTERED` items, and refused with a 400 page for
a filter value the list does not know."""

import csv
import json
import tempfile
from datetime import date, datetime

from django.http import FileResponse, Http404, StreamingHttpResponse
from django.urls import resolve, reverse
from django.utils import timezone
from django.utils.translation import override
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from bedigital.careers.filters import OccupationFilterSet
from bedigital.careers.models import Occupation
from bedigital.i18n import LANGUAGE_CODES
from bedigital.models import Organisation
from bedigital.origin import absolute_url
from bedigital.prebuilt import check_size, check_values, prebuilt
from bedigital.spreadsheets import QuotedCSV, escape_formula
from bedigital.support.models import Support
from initiatives.filters import InitiativeFilterSet
from initiatives.models import Initiative
from testimonials.filters import TestimonialFilterSet
from testimonials.models import Testimonial
from trainings.filters import TrainingFilterSet
from trainings.models import Training
from trainings.resources import format_session

from . import api
from .queries import OrganisationFilterSet, SupportFilterSet

CHUNK = 500
BOM = "\ufeff"
SEPARATOR = "|"  # between the codes of a multi-valued field in one cell
FORMATS = ("csv", "xlsx", "json")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def training_rows(ids):
    for training in api.trainings_by_id(ids):
        record = api.training_record(training)
        # in spreadsheets, the sessions as the import reads them: a download imports back
        record["sessions"] = "\n".join(format_session(s) for s in training.sessions.all())
        yield record


def rows_of(load):
    return lambda ids: iter(load(ids))


LISTS = {
    # name: (filterset, public queryset, loader of records for spreadsheets and JSON)
    "trainings": (
        TrainingFilterSet,
        lambda: Training.objects.published(),
        training_rows,
        api.load_trainings,
    ),
    "initiatives": (
        InitiativeFilterSet,
        lambda: Initiative.objects.published(),
        rows_of(api.load_initiatives),
        api.load_initiatives,
    ),
    "stories": (
        TestimonialFilterSet,
        lambda: Testimonial.objects.published(),
        rows_of(api.load_stories),
        api.load_stories,
    ),
    "careers": (
        OccupationFilterSet,
        lambda: Occupation.objects.published(),
        rows_of(api.load_careers),
        api.load_careers,
    ),
    "support": (
        SupportFilterSet,
        lambda: Support.objects.published(),
        rows_of(api.load_support),
        api.load_support,
    ),
    "partners": (
        OrganisationFilterSet,
        lambda: Organisation.objects.all(),
        rows_of(api.load_organisations),
        api.load_organisations,
    ),
}


# The whole lists built ahead, in each language: (URL name, its arguments).
WHOLE_LISTS = [
    *(
        (f"{name}_export", {"fmt": fmt})
        for name in ("trainings", "stories", "partners", "careers", "support")
        for fmt in FORMATS
    ),
    ("initiatives:export_csv", {}),
    ("initiatives_export_xlsx", {}),
    ("initiatives:export_json", {}),
]


def whole_lists():
    """(language, path, view building it, its arguments) of every whole list's download."""
    for language in LANGUAGE_CODES:
        with override(language):
            for url, kwargs in WHOLE_LISTS:
                path = reverse(url, kwargs=kwargs)
                match = resolve(path)
                yield language, path, match.func.build, match.kwargs


def matching_ids(name, query) -> list[int]:
    """The ids the public list shows for this query string; a value the list does not know
    (the page ignores it) is refused, as is an unreadable one."""
    filterset_class, queryset, _rows, _load = LISTS[name]
    ignored = []
    if hasattr(filterset_class, "from_query"):
        filterset, ignored = filterset_class.from_query(query, queryset())
    else:
        filterset = filterset_class(query, queryset=queryset())
    check_values(filterset, query, ignored)
    return list(filterset.qs.order_by("pk").values_list("pk", flat=True))


def chunks(ids):
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def cell(value):
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, list):
        return SEPARATOR.join(
            " ".join(str(part) for part in v.values() if part not in ("", None))
            if isinstance(v, dict)
            else str(v)
            for v in value
        )
    return value


def flatten(record: dict) -> dict:
    """One spreadsheet row: texts in a column per language, an organisation by its slug."""
    row = {}
    for key, value in record.items():
        if isinstance(value, dict) and set(value) == set(LANGUAGE_CODES):
            row.update({f"{key}_{code}": cell(value[code]) for code in LANGUAGE_CODES})
        elif isinstance(value, dict) and "slug" in value:
            row[key] = value["slug"]
        else:
            row[key] = cell(value)
    return row


def flat_rows(name, ids):
    _filterset, _queryset, rows, _load = LISTS[name]
    for chunk in chunks(ids):
        for record in rows(chunk):
            yield {key: escape_formula(value) for key, value in flatten(record).items()}


class Echo:
    def write(self, value):
        return value


def csv_response(name, ids):
    def lines():
        writer = None
        for row in flat_rows(name, ids):
            if writer is None:
                writer = csv.DictWriter(Echo(), fieldnames=list(row), dialect=QuotedCSV)
                yield BOM + writer.writeheader()
            yield writer.writerow(row)
        if writer is None:
            yield BOM

    return StreamingHttpResponse(lines(), content_type=CONTENT_TYPES["csv"])


def xlsx_cell(value):
    """XLSX cannot hold control characters (but tab and line breaks): they are dropped."""
    return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value


def xlsx_response(name, ids):
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(name)
    header = None
    for row in flat_rows(name, ids):
        if header is None:
            header = list(row)
            sheet.append(header)
        sheet.append([xlsx_cell(row[key]) for key in header])
    file = tempfile.TemporaryFile()  # a workbook is written whole: on disk, not in memory
    workbook.save(file)
    file.seek(0)
    return FileResponse(file, content_type=CONTENT_TYPES["xlsx"])


def json_response(request, name, ids):
    _filterset, _queryset, _rows, load = LISTS[name]

    def parts():
        header = {
            "source": absolute_url(request.get_full_path()),
            "generated_at": timezone.now().isoformat(),
            "languages": LANGUAGE_CODES,
        }
        yield json.dumps(header, ensure_ascii=False)[:-1] + ', "results": [\n'
        first = True
        for chunk in chunks(ids):
            for record in load(chunk):
                yield ("" if first else ",\n") + json.dumps(
                    record, ensure_ascii=False, default=cell
                )
                first = False
        yield "\n]}\n"

    return StreamingHttpResponse(parts(), content_type=CONTENT_TYPES["json"])


@prebuilt
def download(request, name, fmt):
    if name not in LISTS or fmt not in CONTENT_TYPES:
        raise Http404
    ids = matching_ids(name, request.GET)
    check_size(request, len(ids))
    if fmt == "csv":
        response = csv_response(name, ids)
    elif fmt == "xlsx":
        response = xlsx_response(name, ids)
    else:
        response = json_response(request, name, ids)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response
