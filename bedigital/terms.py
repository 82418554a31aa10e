"""The terms of many-to-many facets (`models.terms_field`): their link tables, and an item's
terms read for its page."""

from django.db.models import Value

from .models import Term
from .pagecache import kept_in_process


def link_table(model, name: str, db: str, pks=None):
    """The link table of `model`'s many-to-many facet `name`, unordered (only the links of
    the rows `pks`, if given), with its two columns: the item's id and the term's id."""
    field = model._meta.get_field(name)
    source, term = field.m2m_column_name(), field.m2m_reverse_name()
    links = field.remote_field.through.objects.using(db).order_by()
    if pks is not None:
        links = links.filter(**{f"{source}__in": pks})
    return links, source, term


def prefetch_terms(objects: list, names) -> None:
    """What `prefetch_related(*names)` does for these many-to-many facets (`terms_field`) of
    `objects`, in one query (their link tables' rows as one UNION ALL) instead of one per
    facet: the terms themselves are kept in the process per content version."""
    if not objects or not names:
        return
    model = type(objects[0])
    pks = [item.pk for item in objects]
    arms = []
    for name in names:
        links, source, term = link_table(model, name, objects[0]._state.db, pks)
        arms.append(links.annotate(relation=Value(name)).values_list("relation", source, term))
    rows = list(arms[0].union(*arms[1:], all=True))
    terms = kept_in_process("terms", Term.objects.in_bulk)
    if missing := {term for _name, _pk, term in rows} - terms.keys():  # added since: rare
        terms = {**terms, **Term.objects.in_bulk(missing)}
    found = {}
    for name, pk, term in rows:
        found.setdefault((name, pk), []).append(terms[term])
    for item in objects:
        cache = item.__dict__.setdefault("_prefetched_objects_cache", {})
        for name in names:
            queryset = getattr(item, name).all()
            queryset._result_cache = sorted(found.get((name, item.pk), []), key=Term.sort_key)
            queryset._prefetch_done = True
            cache[name] = queryset
