"""Limited rich text: paragraphs, headings, lists, links and emphasis. Sanitised on save.

Text written without markup (typed in a plain textarea, pasted, imported from a spreadsheet)
keeps its shape: blank lines separate paragraphs, lines starting with "-", "*" or "•" are a
list, other line breaks stay line breaks."""

import re

import nh3
from django.utils.html import escape

ALLOWED_TAGS = {"p", "br", "h2", "h3", "ul", "ol", "li", "a", "strong", "em"}
ALLOWED_ATTRIBUTES = {"a": {"href", "hreflang"}}
MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")
BULLET = re.compile(r"^[-*•–]\s+(.+)$")


def sanitize_html(value: str | None) -> str | None:
    if not value:
        return value
    return nh3.clean(
        html_from_plain_text(value),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
    )


def html_from_plain_text(text: str) -> str:
    """Paragraphs and lists from text without markup; text with markup as it is."""
    if MARKUP.search(text):
        return text
    html = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in block.splitlines() if line.strip()]
        run, items = [], []
        for line in [*lines, None]:  # None closes the last run
            bullet = BULLET.match(line) if line else None
            if bullet:
                if run:
                    html.append("<p>" + "<br>".join(map(escape, run)) + "</p>")
                    run = []
                items.append(bullet[1])
                continue
            if items:
                html.append("<ul>" + "".join(f"<li>{escape(i)}</li>" for i in items) + "</ul>")
                items = []
            if line:
                run.append(line)
        if run:
            html.append("<p>" + "<br>".join(map(escape, run)) + "</p>")
    return "".join(html)
