"""The terms of many-to-many facets (`models.terms_field`), read for one item's page."""

from django.db.models import Value

from .models import Term
from .pagecache import kept_in_process


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
        field = model._meta.get_field(name)
        source, target = field.m2m_column_name(), field.m2m_reverse_name()
        links = field.remote_field.through.objects.filter(**{f"{source}__in": pks})
        links = links.order_by().annotate(relation=Value(name))
        arms.append(links.values_list("relation", source, target))
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
