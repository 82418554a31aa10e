"""Limited rich text: paragraphs, headings, lists, links and emphasis. Sanitised on save."""

import nh3

ALLOWED_TAGS = {"p", "br", "h2", "h3", "ul", "ol", "li", "a", "strong", "em"}
ALLOWED_ATTRIBUTES = {"a": {"href", "hreflang"}}


def sanitize_html(value: str | None) -> str | None:
    if not value:
        return value
    return nh3.clean(
        value,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
    )
