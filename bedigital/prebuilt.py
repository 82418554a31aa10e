"""Whole lists' downloads built ahead and served as files; filtered ones built on request,
within a bound.

`manage.py build_downloads` (from cron) builds each download without filters in each
language with the view itself and stores it (`build`); the view, wrapped in `prebuilt`,
then answers a request without a query string with that file, with ETag and
Last-Modified (304 when the client has it), and without a query. Until the file exists,
and for every filtered download, the view builds the answer itself.

A stored download is two things: its content, named by its digest, and `<path>.json`
beside it (headers, digest, when and from which content version it was built), which
names it. The metadata is replaced last and at once: a reader gets the old file or the new
one, never half of one."""

import hashlib
import json
import os
import tempfile
from functools import wraps
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import FileResponse, HttpRequest
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.formats import number_format
from django.utils.http import http_date
from django.utils.translation import gettext as _

from .errors import error_page

ROOT = "downloads"
KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Access-Control-Allow-Origin")
MAX_AGE = 300  # seconds a client may keep a whole list without asking
MAX_FILTERED = 10_000  # items in a download built on request (a filtered one)


class Refused(Exception):
    """A download that is not built: a filter value the list does not know, or too many
    items for a download built on request."""


def meta_name(path: str) -> str:
    return f"{ROOT}{path}.json"


def stored(path: str) -> dict | None:
    """The metadata of the download stored for `path` ("/fr/trainings/export.csv")."""
    try:
        with default_storage.open(meta_name(path)) as file:
            return json.load(file)
    except (OSError, ValueError):
        return None


def prebuilt(view):
    """`view`, answering from the stored file when asked without filters and it exists."""

    @wraps(view)
    def serve(request, *args, **kwargs):
        if not request.GET and (meta := stored(request.path)) is not None:
            response = file_response(request, meta)
            if response is not None:
                return response
        try:
            return view(request, *args, **kwargs)
        except Refused as refusal:
            return refused(request, str(refusal))

    serve.build = view
    return serve


def file_response(request, meta: dict):
    etag = f'"{meta["digest"][:32]}"'
    last_modified = int(meta["built"])
    response = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if response is None:
        try:
            file = default_storage.open(meta["file"])
        except OSError:  # replaced since its metadata was read: build it
            return None
        response = FileResponse(file)
        for name, value in meta["headers"].items():
            response[name] = value
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    response["Cache-Control"] = f"public, max-age={MAX_AGE}"
    return response


def refused(request, message: str):
    """400: what was wrong, and the whole list instead."""
    return error_page(request, "download_refused.html", 400, message=message, whole=request.path)


def check_size(request, count: int) -> None:
    if request.GET and count > MAX_FILTERED:
        raise Refused(
            _(
                "This selection holds %(count)s items; a download of a filtered list holds "
                "at most %(max)s. Choose more filters, or download the whole list."
            )
            % {
                "count": number_format(count, force_grouping=True),
                "max": number_format(MAX_FILTERED, force_grouping=True),
            }
        )


def check_values(filterset, query, ignored=()) -> None:
    """Refuse the values a list's filters left out (unknown) or could not read."""
    ignored = [*ignored]
    if not filterset.is_valid():
        ignored += [value for field in filterset.errors for value in query.getlist(field)]
    if ignored:
        raise Refused(
            _("The portal does not know these filter values: %(values)s.")
            % {"values": ", ".join(_("“%(value)s”") % {"value": value} for value in ignored)}
        )


def build(path: str, view, kwargs: dict, version: int, valid_until) -> dict:
    """Build the download at `path` (in the active language) with `view` and store it."""
    request = HttpRequest()
    request.method = "GET"
    request.path = request.path_info = path
    request.META = {"SERVER_NAME": "build", "SERVER_PORT": "443", "QUERY_STRING": ""}
    response = view(request, **kwargs)
    digest = hashlib.sha256()
    with tempfile.TemporaryFile() as content:
        chunks = response.streaming_content if response.streaming else [response.content]
        for chunk in chunks:
            chunk = chunk.encode() if isinstance(chunk, str) else chunk
            digest.update(chunk)
            content.write(chunk)
        content.seek(0)
        target = PurePosixPath(f"{ROOT}{path}")
        name = str(target.with_name(f"{target.name}.{digest.hexdigest()[:16]}"))
        if not default_storage.exists(name):
            default_storage.save(name, File(content))
    previous = stored(path)
    meta = {
        "file": name,
        "digest": digest.hexdigest(),
        "headers": {key: response[key] for key in KEPT_HEADERS if response.has_header(key)},
        "built": timezone.now().timestamp(),
        "version": version,
        "valid_until": valid_until.timestamp(),
    }
    replace(meta_name(path), json.dumps(meta).encode())
    if previous and previous["file"] != name:
        default_storage.delete(previous["file"])
    return meta


def replace(name: str, content: bytes) -> None:
    """Write `name` at once: a temporary file renamed over it where files are files; an
    object store (no path) replaces an object in one upload."""
    try:
        final = default_storage.path(name)
    except NotImplementedError:
        default_storage.delete(name)
        default_storage.save(name, ContentFile(content))
        return
    os.makedirs(os.path.dirname(final), exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=os.path.dirname(final), delete=False) as file:
        file.write(content)
    os.chmod(file.name, settings.FILE_UPLOAD_PERMISSIONS or 0o644)  # not the temporary 0600
    os.replace(file.name, final)


def is_current(meta: dict | None, version: int) -> bool:
    """Built from this content version, before anything changes by itself (a date)."""
    return (
        meta is not None
        and meta.get("version") == version
        and meta.get("valid_until", 0) > timezone.now().timestamp()
    )
