"""Whole-page cache for visitors who are not logged in.

An entry is keyed by language, path, query string and the *content version*: a number in the
database that every write of portal content increments once (`writes.py`). A
change made in any process or by any editor therefore retires every cached page at once, and
no page is ever served from before it. Pages also change by themselves as time passes (a
scheduled publication, a session starting, a day ending: deadlines, consent, the daily
featured stories); an entry never outlives the next such moment.

Nothing else varies: absolute URLs come from settings.SITE_URL, not from the Host header
(`origin.py`), and a page with a query string is stored only when its view vouched for every
parameter and value (`vouch_for_query`): a finite set of values a page can link to, such as a
facet's choices, a sort, the number of the page shown. Unknown parameters and unknown values
render every time, so junk query strings cannot fill the cache. Free text (a search, a place,
a date), which has endless values, is stored once the same page is asked a second time within
`ASKED_SECONDS` (what people search for repeats; a flood of different strings leaves only
short-lived marks of a few bytes). The key takes the parameters in a canonical order, so
equivalent query strings share one entry.

The version costs one indexed query per request; a cached page costs nothing else, and its
response is the same as a fresh one (no header tells them apart).

Within one request the version is read once, and each value `kept_like_pages` is computed or
fetched once (the search page asks for the synonyms from three places); a write in the
request (`content_changed`) forgets both, so what follows the write sees it.
"""

import hashlib
import secrets
from collections.abc import Container
from contextvars import ContextVar
from datetime import datetime, time, timedelta

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.db import connection
from django.db.models import Value
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language

from . import registry
from .models import ContentChange, ContentVersion

CACHE = "pages"
MAX_AGE = 600  # seconds: a bound, in case a time-based change is not foreseen here
LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)
UNPREFIXED_PAGES = ("/sitemap.xml",)
ASKED_SECONDS = 300  # a page with free text is stored when asked again within this time


# What this request read already: the version ("content-version") and the values kept like
# pages (under their key). None outside a request (commands, the shell): read every time.
_this_request: ContextVar[dict | None] = ContextVar("this_request", default=None)


def current_version() -> int:
    read = _this_request.get()
    if read is not None and "content-version" in read:
        return read["content-version"]
    # Raw SQL: this runs on every visitor's request, and the ORM would double its cost.
    with connection.cursor() as cursor:
        cursor.execute(VERSION_SQL)
        row = cursor.fetchone()
    version = row[0] if row else 0
    if read is not None:
        read["content-version"] = version
    return version


# Content changes made by this process (a rolled-back transaction undoes the version, not
# this): what it keeps in memory per version is keyed by both (`facetindex`).
writes_here = 0


KEPT_CHANGES = 1000  # versions whose changes are kept (`ContentChange`)


def content_changed(changed: dict | None = None) -> None:
    """Retire every page: a new content version, with what it changed (`ContentChange`:
    {"app_label.model": [pk, …] or None}; None: anything may have changed)."""
    global writes_here
    writes_here += 1
    with connection.cursor() as cursor:
        cursor.execute(BUMP_SQL)
        row = cursor.fetchone()
    if row is None:
        version = ContentVersion.objects.get_or_create(pk=1, defaults={"version": 1})[0].version
    else:
        version = row[0]
    change = ContentChange(
        slot=version % KEPT_CHANGES, version=version, lineage=secrets.randbits(63), changed=changed
    )
    ContentChange.objects.bulk_create(
        [change],
        update_conflicts=True,
        unique_fields=["slot"],
        update_fields=["version", "lineage", "changed"],
    )
    if (read := _this_request.get()) is not None:
        read.clear()


VERSION_SQL = f"SELECT version FROM {ContentVersion._meta.db_table} WHERE id = 1"
BUMP_SQL = (
    f'UPDATE "{ContentVersion._meta.db_table}" SET version = version + 1 WHERE id = 1 '
    "RETURNING version"
)


def next_change():
    """The next moment pages may change by themselves: a scheduled publication, what an app
    declares (a session starting), or midnight (deadlines, consent, the daily stories)."""
    tomorrow = timezone.localdate() + timedelta(days=1)
    moments = [timezone.make_aware(datetime.combine(tomorrow, time.min))]
    upcoming = []
    for item in registry.offers():
        if hasattr(item.model.objects, "scheduled"):
            upcoming.append(item.model.objects.scheduled().values_list("publication_date"))
        if item.changes_at:
            upcoming += item.changes_at()
    moments += firsts(upcoming)
    return min(moment for moment in moments if moment is not None)


def firsts(querysets) -> list:
    """The lowest value of each one-column queryset (None where it is empty), in one query of
    scalar subqueries: the first page of each content version asks it (one query per model
    took nine)."""
    if not querysets:
        return []
    parts, params, fields = [], [], []
    for queryset in querysets:
        column = queryset.query.values_select[0]
        sql, more = queryset.order_by(column).values_list(column)[:1].query.sql_with_params()
        parts.append(f"({sql})")
        params += more
        fields.append(queryset.model._meta.get_field(column))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(parts)}", params)
        row = cursor.fetchone()
    return [converted(value, field) for value, field in zip(row, fields, strict=True)]


def converted(value, field):
    """A value read outside the ORM, converted as the ORM converts the field's (SQLite
    sends times as text)."""
    expression = Value(None, output_field=field)
    for convert in [
        *connection.ops.get_db_converters(expression),
        *expression.get_db_converters(connection),
    ]:
        value = convert(value, expression, connection)
    return value


def seconds_until(moment) -> int:
    return max(1, min(MAX_AGE, int((moment - timezone.now()).total_seconds())))


def seconds_until_next_change(version: int) -> int:
    """How long a page rendered now may be served; the moment is looked up once per
    content version (and again once it has passed)."""
    cache = caches[CACHE]
    key = f"next-change:{version}"
    moment = cache.get(key)
    if moment is None or moment <= timezone.now():
        moment = next_change()
        cache.set(key, moment, seconds_until(moment))
    return seconds_until(moment)


def kept_like_pages(key: str, compute):
    """`compute()`, kept as pages are: per content version, until the next time-based change
    (where the page cache is off: once per request)."""
    read = _this_request.get()
    if read is not None and key in read:
        return read[key]
    cache = caches[CACHE]
    if isinstance(cache, DummyCache):
        value = compute()
    else:
        version = current_version()
        value = cache.get(f"{key}:{version}")
        if value is None:
            value = compute()
            cache.set(f"{key}:{version}", value, seconds_until_next_change(version))
    if read is not None:
        read[key] = value
    return value


def generation() -> tuple[int, int]:
    """What this process keeps in memory is kept for: the content version and this process's
    writes (a rolled-back transaction takes the version back, not this)."""
    return current_version(), writes_here


# Data every page may read, kept in this process (`kept_in_process`): key → (generation,
# valid until, value); and the next time-based change, for all of them: (generation, moment).
_kept_here: dict = {}
_next_change_here: list = [None, None]


def kept_in_process(key: str, compute):
    """`compute()`, for data rather than a page (the synonyms, the suggestions while typing,
    the terms, the places): kept in this process per `generation()`, as the facet index is,
    until the next time-based change (looked up once for all of them); also where the page
    cache is off, so a search asked for the first time pays for its own counts only."""
    now, current = timezone.now(), generation()
    kept = _kept_here.get(key)
    if kept is None or kept[0] != current or kept[1] <= now:
        if _next_change_here[0] != current or _next_change_here[1] <= now:
            # before computing: a publication in between retires the value
            _next_change_here[:] = [current, next_change()]
        kept = _kept_here[key] = (current, _next_change_here[1], compute())
    return kept[2]


def cacheable_request(request) -> bool:
    return (
        request.method in ("GET", "HEAD")
        # The public pages, nothing else.
        and (request.path.startswith(LANGUAGE_PREFIXES) or request.path in UNPREFIXED_PAGES)
        # Logged-in editors see previews of drafts: only visitors without a session.
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def vouch_for_query(response, known: dict[str, Container[str]], free: Container[str] = ()):
    """Let `response` be cached with its query string if every parameter is a key of `known`
    and every value one of its values (the view's own finite choices), or a parameter of
    `free` text, then once the page was asked twice."""
    response.known_query, response.free_query = known, free
    return response


def query_is_known(request, response) -> bool:
    known = getattr(response, "known_query", {})
    free = getattr(response, "free_query", ())
    return all(
        name in free or (name in known and all(value in known[name] for value in values))
        for name, values in request.GET.lists()
    )


def asked_before(cache, key: str, request, response) -> bool:
    """Whether a page with free text was asked already lately (if it has none: True)."""
    free = getattr(response, "free_query", ())
    if not any(value for name in free for value in request.GET.getlist(name)):
        return True
    return not cache.add(f"asked-{key.removeprefix('page:')}", 1, ASKED_SECONDS)


def page_key(version: int, request) -> str:
    # The path carries the language, except for the sitemap (whose Content-Language header
    # follows the visitor's). The parameters are sorted and each pair kept once, so that
    # "?b=2&a=1", "?a=1&b=2&a=1" and "?a=%31&b=2&" share one entry.
    pairs = sorted({(name, value) for name, values in request.GET.lists() for value in values})
    url = f"{request.path}?{urlencode(pairs)}"
    digest = hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()  # a short, safe key
    return f"page:{version}:{get_language()}:{digest}"


def cacheable_response(request, response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and query_is_known(request, response)
        and not response.streaming
        and not response.cookies
        and "no-store" not in cache_control
        and "private" not in cache_control
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _this_request.set({})
        try:
            return self.respond(request)
        finally:
            _this_request.reset(token)

    def respond(self, request):
        if not cacheable_request(request):
            return self.get_response(request)
        cache = caches[CACHE]
        if isinstance(cache, DummyCache):
            return self.get_response(request)
        version = current_version()
        key = page_key(version, request)
        cached = cache.get(key)
        if cached is not None:
            content, headers = cached  # bytes and a dict: cheaper to store than a response
            return HttpResponse(content, headers=headers)
        response = self.get_response(request)
        if cacheable_response(request, response) and asked_before(cache, key, request, response):
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            stored = (response.content, dict(response.headers))
            cache.set(key, stored, seconds_until_next_change(version))
        return response
