from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import escape_leading_slashes

from .origin import absolute_url


def language_links(request) -> list[dict]:
    """The current page in every language, query string kept.

    Pages that cannot be translated (a 404 under an unknown prefix) link to each home page.
    """
    current = translation.get_language()
    # "//evil.example/" is a path here, but a link to another site once in an href.
    path = escape_leading_slashes(request.get_full_path())
    links = []
    for code, name in settings.LANGUAGES:
        url = translate_url(path, code)
        if url == path and code != current:
            with translation.override(code):
                url = reverse("home")
        with translation.override(code):
            native_name = translation.gettext(name)
        links.append(
            {
                "code": code,
                "name": native_name,
                "url": url,
                "absolute_url": absolute_url(url),
                "is_current": code == current,
            }
        )
    return links


def languages(request):
    links = language_links(request)
    return {
        "language_links": links,
        "x_default_url": next(link["absolute_url"] for link in links if link["code"] == "en"),
    }
