"""Demo content of the core app: partner organisations and key figures (organisations.json,
key_figures.json; every translated text is keyed by language, "" where it is missing)."""

import json
from decimal import Decimal
from pathlib import Path

from bedigital.i18n import translated_values
from bedigital.models import KeyFigure, Organisation


def read(name: str) -> list[dict]:
    return json.loads(Path(__file__).with_name(name).read_text("utf-8"))


def demo_organisations() -> list[dict]:
    return read("organisations.json")


def load_demo() -> dict[str, tuple[int, int]]:
    """Create or update the demo rows; returns {what: (created, total)}."""
    organisations, key_figures = demo_organisations(), read("key_figures.json")
    created = 0
    for data in organisations:
        defaults = {
            "kind": data["kind"],
            "region": data["region"],
            "website": data["website"],
            "email": data["email"],
            **translated_values("name", data["name"]),
            **translated_values("description", data["description"]),
        }
        created += Organisation.objects.update_or_create(slug=data["slug"], defaults=defaults)[1]
    figures_created = 0
    for position, data in enumerate(key_figures):
        defaults = {
            "value": Decimal(data["value"]),
            "unit": data["unit"],
            "year": data["year"],
            "area": data["area"],
            "source_url": data["source_url"],
            "on_home": data["on_home"],
            "position": position,
            **translated_values("label", data["label"]),
            **translated_values("source", data["source"]),
        }
        figures_created += KeyFigure.objects.update_or_create(key=data["key"], defaults=defaults)[1]
    return {
        "organisations": (created, len(organisations)),
        "key figures": (figures_created, len(key_figures)),
    }
