"""Demo content of the core app: partner organisations and key figures."""

from decimal import Decimal

from bedigital.i18n import translated_values
from bedigital.models import KeyFigure, Organisation

from .content import KEY_FIGURES, ORGANISATIONS


def load_demo() -> dict[str, tuple[int, int]]:
    """Create or update the demo rows; returns {what: (created, total)}."""
    created = 0
    for data in ORGANISATIONS:
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
    for position, data in enumerate(KEY_FIGURES):
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
        "organisations": (created, len(ORGANISATIONS)),
        "key figures": (figures_created, len(KEY_FIGURES)),
    }
