"""Demo content of the core app: partner organisations, key figures and their trends
(organisations.json, key_figures.json, figure_series.json; every translated text is keyed by
language, "" where it is missing).

The series follow the EU Women in Digital Scoreboard's indicators, from Eurostat's tables
(deep links in the file). Values known from Eurostat's own releases are marked
`"illustrative": false`; every other value is illustrative and the figures page says so."""

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from bedigital.i18n import translated_values
from bedigital.models import FigurePoint, FigureSeries, KeyFigure, Organisation


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
    series = load_series(read("figure_series.json"))
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
            "series": series.get(data.get("series", "")),
            **translated_values("label", data["label"]),
            **translated_values("source", data["source"]),
        }
        figures_created += KeyFigure.objects.update_or_create(key=data["key"], defaults=defaults)[1]
    return {
        "organisations": (created, len(organisations)),
        "key figures": (figures_created, len(key_figures)),
        "figure series": (series.created, len(series)),
    }


class Loaded(dict):
    created = 0


def load_series(rows: list[dict]) -> Loaded:
    """The trends, each with all its values (replaced as a whole)."""
    loaded = Loaded()
    for position, data in enumerate(rows):
        series, created = FigureSeries.objects.update_or_create(
            key=data["key"],
            defaults={
                "unit": data["unit"],
                "chart": data["chart"],
                "source_title": data["source_title"],
                "source_url": data["source_url"],
                "publisher": data["publisher"],
                "retrieved_on": date.fromisoformat(data["retrieved_on"]),
                "position": position,
                **translated_values("title", data["title"]),
                **translated_values("description", data["description"]),
            },
        )
        loaded.created += created
        series.points.all().delete()
        for point in data["points"]:
            FigurePoint.objects.create(
                series=series,
                area=point["area"],
                year=point["year"],
                value=Decimal(point["value"]),
                illustrative=point["illustrative"],
            )
        loaded[series.key] = series
    return loaded
