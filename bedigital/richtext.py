"""Limited rich text: paragraphs, headings, lists, links and emphasis. Sanitised on save.

In the admin the long texts are written in django-prose-editor (Tiptap on ProseMirror, kept
by feincms' author, tested with Django 5.2; its assets are served from our own static files).
It offers exactly the tags the sanitiser keeps, so what an editor can make survives the save,
and whatever else reaches the server (a posted form, an import) is cleaned all the same.
Without JavaScript the same field is a plain textarea.

Text written without markup (typed in a plain textarea, pasted, imported from a spreadsheet)
keeps its shape: blank lines separate paragraphs, lines starting with "-", "*" or "•" are a
list, other line breaks stay line breaks. The editor opens such text with that shape too."""

import json
import re

import nh3
from django import forms
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext_lazy as _
from django_prose_editor.widgets import AdminProseEditorWidget

ALLOWED_TAGS = {"p", "br", "h2", "h3", "ul", "ol", "li", "a", "strong", "em"}
# "*" replaces nh3's generic attributes (lang and title): no title tooltips, which neither
# touch nor keyboard users can read (the editor's link dialog asks only for the address).
ALLOWED_ATTRIBUTES = {"a": {"href", "hreflang"}, "*": {"lang"}}
URL_SCHEMES = {"http", "https", "mailto"}
MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")
BULLET = re.compile(r"^[-*•–]\s+(.+)$")
# The editor's tools, one per allowed tag: bold (strong), italic (em), headings h2 and h3,
# bulleted and numbered lists, links, line breaks.
EDITOR_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Link": {"enableTarget": False, "protocols": sorted(URL_SCHEMES)},
    "HardBreak": True,
    "History": True,
    "NoSpellCheck": False,  # the browser's spelling checker helps people who write
}


def sanitize_html(value: str | None) -> str | None:
    if not value:
        return value
    html = nh3.clean(
        html_from_plain_text(value),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener",
    )
    # An emptied editor still sends "<p></p>": no text is no text (and no language written).
    return html if strip_tags(html).strip() else ""


# The editor's own words (its toolbar is in English, its dialogs ask the admin's JavaScript
# catalog, which holds no word of the editor's), in the admin's language.
EDITOR_WORDS = {
    "Text style": _("Text style"),
    "Text style: %(style)s": _("Text style: %(style)s"),
    "paragraph": _("Paragraph"),
    "Heading 2": _("Heading"),
    "Heading 3": _("Subheading"),
    "unordered list": _("Bulleted list"),
    "ordered list": _("Numbered list"),
    "bold": _("Bold"),
    "italic": _("Italic"),
    "insert link": _("Link"),
    "remove link": _("Remove the link"),
    "undo": _("Undo"),
    "redo": _("Redo"),
    "Edit Link": _("Link"),
    "URL": _("Web address"),
    "Update": _("Apply"),
    "Cancel": _("Cancel"),
    "List properties": _("List properties"),
    "List type": _("List type"),
    "Start at": _("Start at"),
    "Decimal numbers": _("Numbers"),
    "Lowercase letters": _("Lowercase letters"),
    "Uppercase letters": _("Uppercase letters"),
    "Lowercase Roman numerals": _("Lowercase Roman numerals"),
    "Uppercase Roman numerals": _("Uppercase Roman numerals"),
    "Bullets": _("Bullets"),
}


class RichTextWidget(AdminProseEditorWidget):
    """The admin's editor for a rich text, opening plain text with its paragraphs and lists."""

    def __init__(self, attrs=None):
        super().__init__(attrs, config={"extensions": EDITOR_EXTENSIONS}, preset="configurable")

    @property
    def media(self):
        return super().media + forms.Media(js=["js/rich-text.js"])

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        words = {english: str(word) for english, word in EDITOR_WORDS.items()}
        context["widget"]["attrs"]["data-editor-words"] = json.dumps(words, ensure_ascii=False)
        return context

    def format_value(self, value):
        return html_from_plain_text(value) if value else value


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
