import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from bedigital.charts import format_value
from bedigital.i18n import LocalizedText, localized

register = template.Library()

# The characters that could end a <script> block or open a comment, as `json_script` does.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def translated(obj, field: str) -> LocalizedText:
    """`{% translated obj "summary" as summary %}`: text in the visitor's language or a fallback."""
    return localized(obj, field)


@register.filter
def grouped(number) -> str:
    """A count with the language's thousands separator: 49 033, 49.033, 49,033."""
    return number_format(number, force_grouping=True)


@register.filter
def figure_value(figure) -> str:
    """A key figure's value as people in each language write it: "19 %", "8 ‰", "584.000"."""
    return format_value(figure.value, figure.unit)


@register.filter
def lines(text) -> list[str]:
    """The non-empty lines of a text written "one per line" (skills, ways in)."""
    return [line.strip(" -•\t") for line in str(text or "").splitlines() if line.strip(" -•\t")]


@register.filter
def lang_attr(text: LocalizedText) -> str:
    """` lang="nl"` on an element whose text fell back to another language, else nothing."""
    if isinstance(text, LocalizedText) and text.is_fallback:
        return format_html(' lang="{}"', text.lang)
    return ""


@register.filter
def json_ld(data) -> str:
    """A `<script type="application/ld+json">` block, escaped like `json_script`."""
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(json.dumps(data, cls=DjangoJSONEncoder).translate(JSON_SCRIPT_ESCAPES)),
    )
