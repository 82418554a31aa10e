"""Suggestions while typing in a search box: what the search understands, in her language.

The places where trainings take place (named in the visitor's language: "Luik" in Dutch),
the providers, the technologies and every word the search reads as a filter ("Gratuit",
"Soir", "Atelier", "Réseautage et mentorat"). The search page lists them in a `<datalist>`,
which browsers offer without JavaScript; every other search box (the header's, the
catalogue's and the lists' keyword boxes) gets them from `/<lang>/search/suggestions/` through
`static/js/suggest.js`, fetched once when she first focuses a box, because an inline list of
~90 options would cost 3 KB on every page (the catalogue is within 1 KB of its budget).

Kept in each process per content version (`pagecache.kept_in_process`: an edit anywhere
retires them in every process), also where the page cache is off: where
and by whom published trainings are given, one query for all languages along the index
`training_place_provider`, then the names in her language, one small query.
"""

from django.conf import settings
from django.db.models import CharField, Q
from django.db.models.functions import Coalesce
from django.utils.translation import get_language
from modeltranslation.utils import resolution_order

from bedigital import pagecache, understanding
from bedigital.models import Organisation
from bedigital.search import normalize
from bedigital.vocabularies import DigitalTechnology
from trainings.models import Place, Training


def suggestions() -> list[str]:
    """The suggestions in the active language, alphabetical (accents aside)."""
    language = get_language() or settings.LANGUAGE_CODE
    return pagecache.kept_in_process(f"search-suggestions:{language}", lambda: collect(language))


def places_and_providers() -> tuple[list[str], list[int]]:
    """The municipalities and providers of published trainings, in any language."""

    def load():
        pairs = Training.objects.published().values_list("municipality", "provider").order_by()
        pairs = set(pairs.distinct())
        return sorted({m for m, _p in pairs if m}), sorted({p for _m, p in pairs if p})

    return pagecache.kept_in_process("search-suggestions:sources", load)


def collect(language: str) -> list[str]:
    municipalities, provider_ids = places_and_providers()
    places = (
        Place.objects.filter(
            Q(name_fr__in=municipalities)
            | Q(name_nl__in=municipalities)
            | Q(name_de__in=municipalities)
            | Q(name_en__in=municipalities)
        )
        .values_list(f"name_{language}")
        .order_by()
    )
    chain = resolution_order(language, settings.MODELTRANSLATION_FALLBACK_LANGUAGES)
    providers = (
        Organisation.objects.filter(pk__in=provider_ids)
        .annotate(label=Coalesce(*(f"name_{code}" for code in chain), output_field=CharField()))
        .values_list("label")
        .order_by()
    )
    found = {name for (name,) in places.union(providers) if name}
    for choices, readable in understanding.LABELLED.values():
        found.update(str(choices(value).label) for value in readable)
    found.update(str(label) for value, label in DigitalTechnology.choices if value != "other")
    return sorted(found, key=lambda text: (normalize(text), text))
