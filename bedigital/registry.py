"""What each content app offers to the rest of the portal.

An app declares its offers in its own `portal.py` (as `translation.py` declares translated
fields), found when the portal starts. The core (search index, page cache, roles, the write
path) and the site on top (search page, sitemaps) read the declarations and never name an
app's model, so a new app joins search, cache, roles and sitemaps by declaring itself.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Model, QuerySet
from django.utils.functional import Promise
from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class Search:
    """How a model is found by site search."""

    kind: str  # its name in URLs (?type=) and the index
    label: Promise  # the results tab, plural ("Trainings")
    order: int  # position of its tab
    title: str  # translated field
    summary: tuple[str, ...] = ()  # translated fields, weighted below the title
    body: tuple[str, ...] = ()
    also_title: Callable[[Model], str] | None = None  # more words that find it (a name)
    # What people search it by besides its texts (a place, a provider, facet labels): called
    # once per language with that language active, so lazy labels index in every language.
    facts: Callable[[Model], list] | None = None
    for_index: Callable[[QuerySet], QuerySet] = lambda queryset: queryset  # what facts read
    for_results: Callable[[QuerySet], QuerySet] = lambda queryset: queryset


@dataclass(frozen=True)
class Offer:
    model: type[Model]
    search: Search | None = None
    # Agency editors edit the rows of their own organisations (see `roles`).
    agency_owned: bool = False
    # A part of another item (a training's sessions): a change to it is a change to that item.
    part_of: str | None = None  # the foreign key to the whole
    # Brings derived columns of the changed rows up to date, once per write (`writes`).
    derive: Callable[[QuerySet], None] | None = None
    # The moments its public pages change by themselves (a session starting): querysets of
    # one column of times still to come, of which the first counts (`pagecache.next_change`).
    changes_at: Callable[[], list[QuerySet]] | None = None
    # Its detail pages in the sitemap (what `published()` returns), and its list's URL name.
    in_sitemap: bool = False
    list_url: str | None = None
    more_pages: tuple[str, ...] = ()  # URL names of its other pages, for the sitemap
    parts: list = field(default_factory=list, compare=False)  # offers that are part of it


_offers: dict[type[Model], Offer] = {}


def offer(model: type[Model], **declaration) -> Offer:
    _offers[model] = Offer(model, **declaration)
    return _offers[model]


def discover() -> None:
    """Import every installed app's `portal.py` (once, when the portal starts)."""
    autodiscover_modules("portal")
    for item in _offers.values():
        if item.part_of:
            whole = item.model._meta.get_field(item.part_of).related_model
            _offers[whole].parts.append(item)


def offers() -> list[Offer]:
    return list(_offers.values())


def offer_of(model) -> Offer | None:
    return _offers.get(getattr(model, "_meta", None) and model._meta.concrete_model)


def searchable() -> dict[str, Offer]:
    """{kind: offer} of the searchable models, in the order of their tabs."""
    found = sorted((o for o in _offers.values() if o.search), key=lambda o: o.search.order)
    return {o.search.kind: o for o in found}


def is_content(model) -> bool:
    """Whether a change to rows of `model` changes public pages: an offered model, or the
    table behind one's many-to-many field."""
    if offer_of(model):
        return True
    opts = model._meta
    return opts.auto_created and any(
        offer_of(f.related_model) for f in opts.fields if f.is_relation
    )
