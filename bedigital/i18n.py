"""Reading translated content: the visitor's language first, then the fallback chain.

modeltranslation's attribute fallback returns the text but not which language it came from;
templates need that to mark a fallback block with `lang` and a visible note.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import get_language, gettext, gettext_lazy
from modeltranslation.utils import build_localized_fieldname, resolution_order

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

IN_LANGUAGE = {
    "nl": gettext_lazy("in Dutch"),
    "fr": gettext_lazy("in French"),
    "de": gettext_lazy("in German"),
    "en": gettext_lazy("in English"),
}
# Whole sentences, so each language can name the other one as its grammar wants.
FALLBACK_NOTES = {
    "nl": gettext_lazy("This text is not available in your language. It is shown in Dutch."),
    "fr": gettext_lazy("This text is not available in your language. It is shown in French."),
    "de": gettext_lazy("This text is not available in your language. It is shown in German."),
    "en": gettext_lazy("This text is not available in your language. It is shown in English."),
}


@dataclass(frozen=True)
class LocalizedText:
    text: str
    lang: str  # the language the text is written in
    requested: str  # the visitor's language

    def __str__(self):
        return self.text

    def __bool__(self):
        return bool(self.text)

    @property
    def is_fallback(self) -> bool:
        return bool(self.text) and self.lang != self.requested

    @property
    def fallback_note(self) -> str:
        return FALLBACK_NOTES[self.lang]

    @property
    def language_label(self) -> str:
        """The text's language, named in the visitor's language: "in Dutch"."""
        return IN_LANGUAGE[self.lang]


def localized(obj, field: str, language: str | None = None) -> LocalizedText:
    requested = language or get_language() or settings.LANGUAGE_CODE
    if requested not in LANGUAGE_CODES:
        requested = settings.LANGUAGE_CODE
    chain = resolution_order(requested, settings.MODELTRANSLATION_FALLBACK_LANGUAGES)
    for code in chain:
        value = getattr(obj, build_localized_fieldname(field, code), None)
        if value:
            return LocalizedText(value, code, requested)
    return LocalizedText("", requested, requested)


def require_one_language(obj, *fields: str) -> None:
    """Each field needs a text in at least one language, not necessarily French. The error
    is on the field in the writer's language (the admin's, the importer's): the one she
    would fill in, in the section her form shows first."""
    errors = {}
    language = (get_language() or "").split("-")[0]
    if language not in LANGUAGE_CODES:
        language = LANGUAGE_CODES[0]
    for field in fields:
        if not any(getattr(obj, build_localized_fieldname(field, c), None) for c in LANGUAGE_CODES):
            errors[build_localized_fieldname(field, language)] = gettext(
                "Fill this in in at least one language."
            )
    if errors:
        raise ValidationError(errors)


def translated_fields(model) -> tuple[str, ...]:
    """The fields a model registers as translated in its translation.py: the one place they
    are listed (the demo loaders, the import and the scale generator read them here)."""
    from modeltranslation.translator import translator

    return tuple(translator.get_options_for_model(model).fields)


def in_every_language(*fields: str) -> list[str]:
    """The columns of translated fields in every language: ["title_nl", "title_fr", …]."""
    return [build_localized_fieldname(f, code) for f in fields for code in LANGUAGE_CODES]


def translated_values(field: str, texts: dict[str, str]) -> dict[str, str]:
    """{"nl": "…", "fr": "…"} → {"name_nl": "…", "name_fr": "…", …} for every language."""
    return {build_localized_fieldname(field, code): texts.get(code, "") for code in LANGUAGE_CODES}


# French elides "de", "que", "le", "la" before a vowel and contracts "de le" and "à le": a
# name put into a sentence ("S'inscrire auprès de %(provider)s") must read "auprès d'Actiris",
# "la vidéo d'Amina", "du Forem". No elision before "h" (Hasselt, Herstal: mostly aspirated).
FRENCH_ELISION = re.compile(
    r"\b([dD]e|[qQ]ue|[lL][ea]) (?=[AEIOUYÀÂÉÈÊËÎÏÔÖÛÙÜaeiouyàâéèêëîïôöûùü])"
)
FRENCH_CONTRACTION = re.compile(r"\b(de|à) (Le|Les|le|les) ")
CONTRACTED = {"de": {"le": "du", "les": "des"}, "à": {"le": "au", "les": "aux"}}


def elide(text: str, language: str | None = None) -> str:
    """A French sentence with the elisions and contractions its inserted names call for."""
    if (language or get_language()) != "fr":
        return text
    text = FRENCH_CONTRACTION.sub(lambda m: CONTRACTED[m[1]][m[2].lower()] + " ", text)
    return FRENCH_ELISION.sub(lambda m: m[1][0] + "'", text)
