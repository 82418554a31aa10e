"""Absolute URLs from the one configured origin, `settings.SITE_URL` (DJANGO_SITE_URL).

Never from the request: its Host header is the visitor's choice (Django checks ALLOWED_HOSTS
without the port), and pages, the sitemap and calendars built from it are cached and shared.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Tags, Warning, register


def absolute_url(path: str) -> str:
    """The URL of a path on this site ("/fr/trainings/" → "https://…/fr/trainings/")."""
    if not path.startswith("/"):
        raise ValueError(f"not a path on this site: {path!r}")
    return settings.SITE_URL + path


def site_scheme() -> str:
    return urlsplit(settings.SITE_URL).scheme


def site_domain() -> str:
    """Host and port, if any: what sitemaps and e-mails call the domain."""
    return urlsplit(settings.SITE_URL).netloc


def site_host() -> str:
    """The host name alone, for identifiers such as calendar UIDs."""
    return urlsplit(settings.SITE_URL).hostname


@register(Tags.security, deploy=True)
def check_site_url(app_configs, **kwargs):
    if site_scheme() == "https":
        return []
    return [
        Warning(
            f"SITE_URL is {settings.SITE_URL!r}: links in pages, the sitemap, exports and "
            "calendars will point there.",
            hint="Set DJANGO_SITE_URL to the public https origin, e.g. "
            "https://www.bedigitaltogether.be",
            id="bedigital.W001",
        )
    ]
