"""Error pages in the site's layout and the language of the URL (or of the browser, off the
language prefixes). None needs the database; should a context processor fail (one that reads
the database while it is away), the page is rendered without the request's context."""

import logging
import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils import translation
from django.views import defaults
from django.views.decorators.cache import never_cache

RETRY_AFTER = 60  # seconds: when to come back after the database was away
logger = logging.getLogger(__name__)


@never_cache
def error_page(request, template_name: str, status: int, **context):
    # The error may come before LocaleMiddleware ran (a bad Host under SSL redirect).
    language = translation.get_language_from_request(request, check_path=True)
    with translation.override(language):
        try:
            return render(request, template_name, context, status=status)
        except Exception:  # noqa: BLE001 - an error page must not fail in turn (a bare 500)
            logger.exception("Could not render %s with the request's context", template_name)
            html = render_to_string(template_name, {**context, "LANGUAGE_CODE": language})
            return HttpResponse(html, status=status)


def bad_request(request, exception):
    return error_page(request, "400.html", 400)


def csrf_failure(request, reason=""):
    return error_page(request, "403.html", 403, form_refused=True)


def server_error(request):
    """A 503 with Retry-After when the database is away (refused, timed out, gone); Django's
    500 page, rendered without any context, for everything else."""
    if isinstance(sys.exc_info()[1], OperationalError | InterfaceError):
        response = error_page(request, "503.html", 503)
        response["Retry-After"] = str(RETRY_AFTER)
        return response
    return defaults.server_error(request)
