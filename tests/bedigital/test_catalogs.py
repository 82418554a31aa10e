"""Every UI string is translated in every catalog; nothing is empty or fuzzy."""

from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.utils import translation

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("lang", ["nl", "fr", "de", "en"])
def test_catalog_is_complete(lang):
    with open(LOCALE / lang / "LC_MESSAGES" / "django.po", "rb") as po:
        catalog = read_po(po)
    messages = [m for m in catalog if m.id]
    assert len(messages) > 100
    empty = [m.id for m in messages if not (all(m.string) if m.pluralizable else m.string)]
    fuzzy = [m.id for m in messages if m.fuzzy]
    assert not empty, f"untranslated in {lang}: {empty[:10]}"
    assert not fuzzy, f"fuzzy in {lang}: {fuzzy[:10]}"


@pytest.mark.parametrize("lang", ["nl", "fr", "de"])
def test_catalogs_are_real_translations_not_english_copies(lang):
    with open(LOCALE / lang / "LC_MESSAGES" / "django.po", "rb") as po:
        catalog = read_po(po)
    messages = [m for m in catalog if m.id and not m.pluralizable and len(m.id) > 12]
    copies = [m.id for m in messages if m.string == m.id]
    assert len(copies) <= len(messages) // 20, copies


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Ga naar de hoofdinhoud"),
        ("fr", "Aller au contenu principal"),
        ("de", "Zum Hauptinhalt springen"),
        ("en", "Skip to main content"),
    ],
)
def test_compiled_catalogs_load(lang, text):
    with translation.override(lang):
        assert translation.gettext("Skip to main content") == text
