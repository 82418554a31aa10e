"""The terms of many-to-many facets (`models.terms_field`) and other small sets of linked
objects: their link tables, and what an item links to, read for its page in one query."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import connections, models

from .models import Term
from .pagecache import kept_in_process


def link_columns(model, name: str) -> tuple:
    """The link table of `model`'s many-to-many relation `name` (its own field or another
    model's, read backwards): its model and its two columns, the item's id and the linked
    object's (a term's) id."""
    field = model._meta.get_field(name)
    if field.concrete:
        source, target = field.m2m_column_name(), field.m2m_reverse_name()
    else:  # the other model's field
        field = field.field
        source, target = field.m2m_reverse_name(), field.m2m_column_name()
    return field.remote_field.through, source, target


def link_table(model, name: str, db: str, pks=None):
    """`link_columns`' table as a queryset, unordered (only the links of the rows `pks`, if
    given), with its two columns."""
    through, source, target = link_columns(model, name)
    links = through.objects.using(db).order_by()
    if pks is not None:
        links = links.filter(**{f"{source}__in": pks})
    return links, source, target


def read_links(model, names: list[str], db: str, pks: list) -> list[tuple]:
    """(relation name, item id, linked id) of the items `pks` for each relation, in one
    statement written out (their link tables' rows as one UNION ALL): the ORM's compiling
    of it cost more than the query itself (~1.5 of 1.6 ms for a page of cards)."""
    connection = connections[db]
    quote, marks = connection.ops.quote_name, ", ".join(["%s"] * len(pks))
    arms, params = [], []
    for name in names:
        through, source, target = link_columns(model, name)
        source, target = (quote(through._meta.get_field(f).column) for f in (source, target))
        arms.append(
            f"SELECT %s, {source}, {target} FROM {quote(through._meta.db_table)} "
            f"WHERE {source} IN ({marks})"
        )
        params += [name, *pks]
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(arms), params)
        return cursor.fetchall()


@dataclass(frozen=True)
class Kept:
    """What a relation links to, kept in the process per content version (`kept_in_process`):
    `load()` gives {id: object}; `sort_key` orders an item's objects as its page lists them.
    A link to an id not kept is read (`read`: a term added since) or, without `read`, left
    out (an object the public may not see)."""

    key: str
    load: Callable[[], dict]
    sort_key: Callable
    read: Callable[[set], dict] | None = None


TERMS = Kept("terms", Term.objects.in_bulk, Term.sort_key, read=Term.objects.in_bulk)


def prefetch_kept(objects: list, relations: dict[str, Kept]) -> None:
    """What `prefetch_related` does for these many-to-many relations of `objects`, in one
    query (their link tables' rows as one UNION ALL) instead of one per relation: the
    objects linked to are kept in the process per content version (`Kept`)."""
    if not objects or not relations:
        return
    db = objects[0]._state.db
    pks = [item.pk for item in objects]
    rows = read_links(type(objects[0]), list(relations), db, pks)
    linked = {}  # Kept → {id: object}
    for kept in set(relations.values()):
        objects_of = kept_in_process(kept.key, kept.load)
        wanted = {target for name, _pk, target in rows if relations[name] == kept}
        if kept.read and (missing := wanted - objects_of.keys()):  # added since: rare
            objects_of = {**objects_of, **kept.read(missing)}
        linked[kept] = objects_of
    found = {}
    for name, pk, target in rows:
        if (obj := linked[relations[name]].get(target)) is not None:
            found.setdefault((name, pk), []).append(obj)
    for item in objects:
        cache = item.__dict__.setdefault("_prefetched_objects_cache", {})
        for name, kept in relations.items():
            queryset = getattr(item, name).all()
            queryset._result_cache = sorted(found.get((name, item.pk), []), key=kept.sort_key)
            queryset._prefetch_done = True
            cache[name] = queryset


class PrefetchKeptQuerySet(models.QuerySet):
    """A queryset that can prefetch relations to kept objects (`prefetch_kept`)."""

    _kept = {}  # relation name → `Kept`

    def prefetch_kept(self, relations: dict[str, Kept]):
        """`prefetch_related` for many-to-many relations to objects kept in the process per
        content version (the terms, a few dozen occupations…): one query of the link tables
        when the rows are read, no rows of the objects themselves."""
        clone = self._chain()
        clone._kept = {**self._kept, **relations}
        return clone

    def _clone(self):
        clone = super()._clone()
        clone._kept = self._kept
        return clone

    def _fetch_all(self):
        fresh = self._result_cache is None
        super()._fetch_all()
        if fresh and self._kept and self._result_cache:
            if isinstance(self._result_cache[0], self.model):  # not values()
                prefetch_kept(self._result_cache, self._kept)
