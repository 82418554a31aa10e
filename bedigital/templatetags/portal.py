import json

from django import forms, template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import timezone
from django.utils.formats import date_format, number_format, time_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from bedigital.charts import format_value
from bedigital.i18n import LocalizedText, elide, localized
from bedigital.vocabularies import DIGCOMP_LEVEL_TERMS

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
    if isinstance(number, int) and -1000 < number < 1000:  # most facets' counts: no separator
        return str(number)
    return number_format(number, force_grouping=True)


@register.filter
def starts_at(moment) -> str:
    """When a session starts, as `<time>`: its ISO form for machines, the date and time in
    the language's own formats for her ("1 décembre 2026, 18:00"). Converted to local time
    once where three filters (`date:'c'`, `date`, `time`) did it three times: 0.7 ms a list."""
    local = timezone.localtime(moment)
    return format_html(
        '<time datetime="{}">{}, {}</time>',
        local.isoformat(),
        date_format(local, "DATE_FORMAT"),
        time_format(local, "TIME_FORMAT"),
    )


@register.filter
def figure_value(figure) -> str:
    """A key figure's value as people in each language write it: "19 %", "8 ‰", "584.000"."""
    return format_value(figure.value, figure.unit)


@register.filter(is_safe=True)
def elided(text: str) -> str:
    """`{{ label|elided }}` after `blocktranslate asvar`: "auprès d'Actiris", not "de Actiris"."""
    return elide(text)


@register.filter
def digcomp_level(level: str) -> str:
    """The DigComp term for a plainly labelled level: "DigComp: foundation, levels 1–2"."""
    return DIGCOMP_LEVEL_TERMS.get(level, "")


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


@register.filter
def said(name, value) -> str:
    """A name and its value as the language writes it: "Keywords: data", "Mots-clés : data",
    "Payant : 45 €"."""
    return gettext("%(filter)s: %(value)s") % {"filter": name, "value": value}


@register.simple_tag(takes_context=True)
def applied_filters(context) -> list[tuple[str, str]]:
    """The filters applied to a faceted list, each as a removable chip: what it says, and the
    query string without it (landing on the results)."""
    request, form = context["request"], context["filter"].form
    chips = []
    for name, values in request.GET.lists():
        field = form.fields.get(name)
        if field is None or name == "within":  # "within" is said with "near"
            continue
        choices = {str(value): str(label) for value, label in getattr(field, "choices", [])}
        one = isinstance(field, forms.ChoiceField) and not isinstance(
            field, forms.MultipleChoiceField
        )
        default = next(iter(choices), None) if one and "" not in choices else None
        for value in values:
            if value == default:  # a choice with no empty option sends its default: no filter
                continue
            if isinstance(field, forms.NullBooleanField):
                label = str(field.label)
            elif choices:
                label = choices.get(value)
            elif value and (said_by_list := context["filter"].said(name, value)):
                label = said_by_list
            else:
                label = value and said(field.label, value)
            if not label:  # an empty field or an unknown value (reported apart) is no chip
                continue
            query = request.GET.copy()
            query.setlist(name, [other for other in values if other != value])
            for dropped in ["page", *(["within"] if name == "near" else [])]:
                query.pop(dropped, None)
            chips.append((label, f"{query.urlencode()}#results"))
    return chips
