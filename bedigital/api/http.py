"""HTTP around the API: validators (ETag, Last-Modified) from the content version, and CORS
for reading from any origin."""

import hashlib
from functools import wraps

from django.core.cache import caches
from django.http import HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response
from django.utils.http import http_date

from bedigital import pagecache

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
    "Access-Control-Max-Age": "86400",
}
MAX_AGE = 60  # seconds a client may reuse an answer without asking


def state():
    """(version, next change): what every answer depends on besides its URL. The content
    version changes with every write; the next change is when time alone changes lists (a
    publication date reached, a session started, midnight)."""
    version = pagecache.current_version()
    seconds = pagecache.seconds_until_next_change(version)
    return version, seconds


def validators(request) -> tuple[str, float]:
    """The ETag and Last-Modified of the answer to `request`, without computing it.
    Last-Modified is when this process (or any, with a shared cache) first answered with this
    state: never earlier than the change, never later than a client could have seen it."""
    version, seconds = state()
    key = f"api-state:{version}"
    cache = caches["default"]
    seen = cache.get(key)
    if seen is None:
        seen = timezone.now().timestamp()
        cache.set(key, seen, seconds)
    # the state's identity: the version and when it was first seen (a time-based change
    # starts a new entry once the old one expires)
    tag = f"{version}:{seen}:{request.get_full_path()}"
    etag = '"' + hashlib.sha256(tag.encode()).hexdigest()[:32] + '"'
    return etag, seen


def conditional(view):
    """Answer 304 when the client's copy is current, else the view's answer with its
    validators."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        etag, seen = validators(request)
        last_modified = int(seen)
        not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
        if not_modified is not None:
            response = not_modified
        else:
            response = view(request, *args, **kwargs)
            if response.status_code != 200:
                return response
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
        response["Cache-Control"] = f"public, max-age={MAX_AGE}"
        return response

    return wrapper


class CorsMiddleware:
    """Any origin may read the API (GET, HEAD); a preflight is answered here. A HEAD request
    is answered as its GET without the body (the API's operations are declared for GET
    alone, so the OpenAPI document names each once)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/api/"):
            return self.get_response(request)
        if request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META:
            response = HttpResponse(status=204)
        elif request.method == "HEAD":
            request.method = "GET"
            try:
                response = self.get_response(request)
            finally:
                request.method = "HEAD"
            if not response.streaming:
                response["Content-Length"] = str(len(response.content))
                response.content = b""
        else:
            response = self.get_response(request)
        for name, value in CORS_HEADERS.items():
            response[name] = value
        return response


def not_found(request, rest=""):
    """Any other address under /api/: a 404 in the API's JSON, not the site's HTML page."""
    return JsonResponse({"detail": "Not found.", "errors": {}}, status=404)
