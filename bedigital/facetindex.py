"""A faceted list's facet index: its rows numbered in the list's default order, with a
compressed bitmap (pyroaring) per value of every column the facets' conditions read and per
term of every many-to-many facet.

A count is then the cardinality of an intersection, and the first page of a result the
first positions of its bitmap in the default order: one query fetches those rows by id.
Without it every page scanned every current row per facet (1.3 s for the catalogue at 100k
trainings).

The index evaluates the filterset's own conditions (the `Q` objects the database filters
with, `FacetedFilterSet.condition`), so a count cannot disagree with the list it links to.
Comparisons with the time (`open`, "starts within", current or past) are evaluated against
the request's now over the sorted column, so they stay right as time passes. It is built
per process for a content version (and this process's writes, which a rolled-back test
also undoes), shared by the four languages (nothing in it is translated), and brought up
to date once a row may have changed by itself: a scheduled publication, midnight (dates of
public windows), or a stored fact lapsing (`FacetedFilterSet.LAPSES`: a training's next
session, which `refresh_lapsed` rewrites without a content change).

A new content version does not rebuild it: the index re-reads only the rows the versions
since its own changed (`ContentChange`, written with each version), and the rows whose stored
fact lapsed (`FacetIndex.patched`: 9 ms at 100k trainings, where a build takes 1–2 s). A
patched row keeps its position, a new one takes the next, and each is placed in the default
order by its key there (each position's values of the order's columns, kept with the index:
`order_terms`), not by reading every id again (an order the index cannot compare as the
database does is read again from it). It is built anew where the
changes are unknown (a change of the rows a facet reads through a relation, a bulk load, a
rolled-back version), many, or at midnight and a scheduled publication.
"""

import copy
import math
import operator
from array import array
from bisect import bisect_left, bisect_right, insort
from datetime import UTC, date, datetime, time, timedelta
from itertools import groupby
from operator import itemgetter

from django.contrib.postgres.aggregates import ArrayAgg
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connections
from django.db.models import (
    DateField,
    DateTimeField,
    F,
    FloatField,
    Func,
    IntegerField,
    OrderBy,
    Q,
    Value,
)
from django.utils import timezone
from django.utils.functional import cached_property
from pyroaring import BitMap, FrozenBitMap

from . import pagecache
from .models import ContentChange
from .terms import link_table

COMPARISONS = {"lt": operator.lt, "lte": operator.le, "gt": operator.gt, "gte": operator.ge}
LOOKUPS = {"exact", "in", "isnull", *COMPARISONS}
MAX_RANGES = 100  # remembered comparisons per column (a few per condition on the time)
MAX_EQUALS = 1000  # remembered equalities per column (a facet's options, the places near)
NOWHERE = 0xFFFFFFFF  # the position of a row the index does not hold
MAX_PATCHED = 2000  # rows re-read at most; more are read again whole


class NotIndexed(Exception):
    """A condition the index cannot evaluate (a join to many rows, an expression): the
    database answers instead."""


def split_lookup(key: str) -> tuple[str, str]:
    """ "next_start__lt" → ("next_start", "lt"); "women_only" → ("women_only", "exact")."""
    path, _, lookup = key.rpartition("__")
    return (path, lookup) if path and lookup in LOOKUPS else (key, "exact")


def column_paths(condition: Q) -> set[str]:
    """The columns a condition compares (expressions, such as EXISTS, left out)."""
    paths = set()
    for child in condition.children:
        if isinstance(child, Q):
            paths |= column_paths(child)
        elif isinstance(child, tuple):
            paths.add(split_lookup(child[0])[0])
    return paths


def single_valued(model, path: str):
    """The field at the end of `path` if it reaches one value per row (forward relations
    only), else None."""
    field = None
    for name in path.split("__"):
        try:
            field = model._meta.get_field(name)
        except Exception:
            return None
        if field.many_to_many or field.one_to_many:
            return None
        if field.is_relation:
            model = field.related_model
    return field


def order_terms(ordered) -> list[tuple[str, object, bool, bool]] | None:
    """(path, field, descending, nulls last) of each term of `ordered`'s ORDER BY, if the
    index can place rows by them as the database does: plain columns of numbers, dates or
    times, nulls placed explicitly where there may be some, ending with the primary key (no
    ties); else None (a patch then reads the order from the database)."""
    model, terms = ordered.model, []
    for term in ordered.query.order_by:
        if isinstance(term, str):
            descending, path, nulls_last = term.startswith("-"), term.lstrip("-"), None
        elif isinstance(term, OrderBy) and type(term.expression) is F:
            descending, path = term.descending, term.expression.name
            nulls_last = True if term.nulls_last else False if term.nulls_first else None
        else:
            return None
        path = model._meta.pk.name if path == "pk" else path
        field = single_valued(model, path)
        if not isinstance(field, DateField | IntegerField) or field.is_relation:
            return None
        if field.null and nulls_last is None:
            return None
        terms.append((path, field, descending, nulls_last))
    if not terms or terms[-1][1] is not model._meta.pk:
        return None
    return terms


def order_keys(terms, values: dict) -> list[array]:
    """Per term of the order, each row's value as a number sorted ascending (a descending
    term negated, a null at the end or the start as the term places it)."""
    keys = []
    for path, _field, descending, nulls_last in terms:
        null = math.inf if nulls_last else -math.inf
        sign = -1.0 if descending else 1.0
        keys.append(array("d", [null if v is None else sign * sortable(v) for v in values[path]]))
    return keys


def sortable(value) -> float:
    """A number, date or time as the number the order compares (times: seconds since 1970,
    what PostgreSQL sends already)."""
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, date):
        return float(value.toordinal())
    return float(value)


class Epoch(Func):
    """A time as seconds since 1970 (PostgreSQL)."""

    template = "EXTRACT(EPOCH FROM %(expressions)s)::double precision"
    output_field = FloatField()


class Column:
    """A column's positions by value: a bitmap per value, or, for dates and times (a value
    per row), the positions sorted by value, where comparisons are ranges."""

    def __init__(self, field, values: list):
        self.field = field
        found = {}
        for position, value in enumerate(values):
            found.setdefault(value, []).append(position)
        self.nulls = FrozenBitMap(found.pop(None, []))
        self.ordered = isinstance(field, DateField)  # DateTimeField too
        self.timed = isinstance(field, DateTimeField)
        self.ranges, self.equals = {}, {}
        if self.ordered:
            pairs = sorted((self.key(v), p) for v, positions in found.items() for p in positions)
            self.keys = array("d", [key for key, _p in pairs])
            self.positions = array("I", [p for _key, p in pairs])
        else:
            self.values = {value: FrozenBitMap(positions) for value, positions in found.items()}

    def patched(self, gone, added: dict) -> "Column":
        """A copy without the positions `gone`, with `added` ({position: value}); the index
        being read meanwhile is left as it was."""
        new = copy.copy(self)
        new.ranges, new.equals = {}, {}
        found = {}
        for position, value in added.items():
            found.setdefault(value, []).append(position)
        new.nulls = FrozenBitMap((self.nulls - gone) | BitMap(found.pop(None, [])))
        if self.ordered:
            keys, positions = array("d", self.keys), array("I", self.positions)
            for position in gone - self.nulls:
                at = positions.index(position)
                del keys[at]
                del positions[at]
            for value, more in found.items():
                key = self.key(value)
                for position in more:
                    at = bisect_right(keys, key)
                    keys.insert(at, key)
                    positions.insert(at, position)
            new.keys, new.positions = keys, positions
        else:
            new.values = patched_bitmaps(
                self.values, gone, {value: BitMap(more) for value, more in found.items()}
            )
        return new

    def equal(self, values):
        # each facet's options, and "near" (every place within reach: 1,150 for "or online"),
        # ask the same values request after request
        key = tuple(values)
        if key not in self.equals:
            values = [self.field.to_python(value) for value in values]
            if self.ordered:
                found = BitMap.union(BitMap(), *[self.between(v, v) for v in values])
            else:
                found = BitMap.union(
                    BitMap(), *[self.values[v] for v in values if v in self.values]
                )
            if len(self.equals) > MAX_EQUALS:
                self.equals.clear()
            self.equals[key] = FrozenBitMap(found)
        return self.equals[key]

    def compared(self, lookup: str, value):
        if not self.ordered:
            test = COMPARISONS[lookup]
            return BitMap.union(BitMap(), *[r for v, r in self.values.items() if test(v, value)])
        return self.between(
            value if lookup.startswith("g") else None,
            value if lookup.startswith("l") else None,
            low_open=lookup == "gt",
            high_open=lookup == "lt",
        )

    def key(self, value) -> float:
        """A date or time as the number the column sorts by (a time: seconds since 1970,
        what PostgreSQL sends already); a date compared with a time is not indexed."""
        if isinstance(value, float):
            return value
        if self.timed and isinstance(value, datetime):
            return value.timestamp()
        if not self.timed and isinstance(value, date) and not isinstance(value, datetime):
            return value.toordinal()
        raise NotIndexed(value)

    def first_after(self, moment):
        """The first value after `moment` (a time), if any."""
        at = bisect_right(self.keys, self.key(moment))
        return datetime.fromtimestamp(self.keys[at], UTC) if at < len(self.keys) else None

    def between(self, low, high, low_open=False, high_open=False):
        """The positions of the values from `low` to `high` (None: unbounded)."""
        keys = self.keys
        start = (
            0 if low is None else (bisect_right if low_open else bisect_left)(keys, self.key(low))
        )
        end = (
            len(keys)
            if high is None
            else (bisect_left if high_open else bisect_right)(keys, self.key(high))
        )
        # a comparison with now gives the same range each request until now passes a value
        if (start, end) not in self.ranges:
            if len(self.ranges) > MAX_RANGES:
                self.ranges.clear()
            self.ranges[start, end] = FrozenBitMap(self.positions[start:end] if start < end else [])
        return self.ranges[start, end]

    def __getstate__(self):  # shared through the cache without what each process derives
        return {**self.__dict__, "ranges": {}, "equals": {}}


def patched_bitmaps(bitmaps: dict, gone, added: dict) -> dict:
    """`bitmaps` (key → positions) without the positions `gone` and with `added` (key →
    positions): a copy, where only the bitmaps that change are new."""
    patched = dict(bitmaps)
    for key, rows in bitmaps.items():
        if rows.intersect(gone):
            patched[key] = FrozenBitMap(rows - gone)
    for key, more in added.items():
        patched[key] = FrozenBitMap(patched.get(key, BitMap()) | more)
    return patched


class FacetIndex:
    def __init__(self, pks, columns, terms):
        self.pks = array("q", pks)  # position → pk (0: a position a patch freed)
        self.columns = columns  # path → Column
        self.terms = terms  # facet → term code → positions
        self.all = FrozenBitMap(range(len(pks)))
        self.order = None  # the default order, once patched (before: the positions' own)
        self.order_terms = None  # the default order's terms (`order_terms`), if placeable
        self.order_keys = []  # per term, each position's key (`order_keys`)
        self.version = self.lineage = self.writes = None  # what it holds (`fresh`)
        self.lapses_at = self.rebuild_at = None  # when it is patched, built anew
        self.depends = frozenset()  # the other models its columns read (labels)
        self._at = None  # pk → position (`at`), when first asked
        self._orders = {}  # another order's positions (`order_of`), when first asked

    def __getstate__(self):  # shared through the cache without what each process derives
        return {**self.__dict__, "_at": None, "_orders": {}}

    @classmethod
    def build(cls, filterset_class, ordered, version: int, writes: int):
        """The index of `ordered` (a queryset in the list's default order): three queries,
        and one more for the next scheduled publication."""
        now = timezone.now()
        model = ordered.model
        fields = indexed_fields(filterset_class, model)
        terms = order_terms(ordered) or []
        pks, values = read_columns(ordered, {**fields, **{t[0]: t[1] for t in terms}})
        columns = {path: Column(field, values[path]) for path, field in fields.items()}
        index = cls(pks, columns, {})
        index.order_terms, index.order_keys = terms or None, order_keys(terms, values)
        del values
        index.terms = index.read_terms(filterset_class, model, ordered.db)
        index.depends = frozenset(depended_on(filterset_class, model, fields))
        index.rebuild_at = index.rebuilds_at(model, now)
        index.stamp(filterset_class, version, writes, now, lineage_of(version, ordered.db))
        return index

    def stamp(self, filterset_class, version, writes, now, lineage):
        self.version, self.writes, self.lineage = version, writes, lineage
        lapses = self.columns.get(filterset_class.LAPSES)
        first_lapse = lapses and lapses.first_after(now)
        self.lapses_at = min(first_lapse or self.rebuild_at, self.rebuild_at)

    def patched(self, filterset_class, ordered, version: int, writes: int):
        """This index brought to `version` by re-reading the rows changed since its own
        (and those whose stored fact lapsed); None where it is to be built anew."""
        now = timezone.now()
        if now >= self.rebuild_at:
            return None
        found = changes_since(self.version, self.lineage, version, ordered.db)
        if found is None:
            return None
        changes, lineage = found
        label = ordered.model._meta.label_lower
        if (label in changes and changes[label] is None) or self.depends.intersection(changes):
            return None
        pks = set(changes.get(label, ()))
        lapses = self.columns.get(filterset_class.LAPSES)
        if lapses is not None and now >= self.lapses_at:
            pks.update(self.pks[position] for position in lapses.between(None, now))
        if len(pks) > MAX_PATCHED:
            return None
        index = copy.copy(self)  # copied without what a process derives (`__getstate__`)
        index._at, index._orders = self._at, self._orders  # `reread` replaces them
        if pks and not index.reread(filterset_class, ordered, pks):
            return None
        index.stamp(filterset_class, version, writes, now, lineage)
        return index

    def reread(self, filterset_class, ordered, pks) -> bool:
        """Read the rows `pks` again (in place: `self` is a fresh copy); False where the
        positions freed are many (then built anew, compact)."""
        model = ordered.model
        fields = {path: column.field for path, column in self.columns.items()}
        terms = self.order_terms or []
        found, values = read_columns(
            ordered.filter(pk__in=pks), {**fields, **{t[0]: t[1] for t in terms}}
        )
        gone = self.of_pks(pks)
        size = len(self.pks)
        at, numbered = array("I", self.at), array("q", self.pks)
        positions = []
        for pk in found:
            if pk >= len(at):
                at.extend([NOWHERE] * (pk + 1 - len(at)))
            if at[pk] == NOWHERE:
                at[pk] = len(numbered)
                numbered.append(pk)
            positions.append(at[pk])
        for position in gone - BitMap(positions):
            at[numbered[position]] = NOWHERE
            numbered[position] = 0
        self.all = FrozenBitMap((self.all - gone) | BitMap(positions))
        if len(numbered) - len(self.all) > len(numbered) // 4:
            return False
        self.pks, self._at, self._orders = numbered, at, {}
        self.columns = {
            path: column.patched(gone, dict(zip(positions, values[path], strict=True)))
            for path, column in self.columns.items()
        }
        added = self.read_terms(filterset_class, model, ordered.db, pks)
        self.terms = {
            name: patched_bitmaps(codes, gone, added[name]) for name, codes in self.terms.items()
        }
        if self.order_terms is None:
            self.order = self.read_order(ordered)
        else:
            self.order = self.placed(size, gone, positions, order_keys(terms, values))
        return True

    def placed(self, size: int, gone, positions: list, keys: list[array]) -> "Order":
        """The default order without the positions `gone`, with `positions` (the rows read
        again, their `keys` new) each placed by its key: no id read again (46 ms at 100k)."""
        order = array("I", range(size)) if self.order is None else self.order.positions
        if len(gone) < 64:  # a few: found along the array, in C
            order = array("I", order)
            for position in gone:
                del order[order.index(position)]
        else:
            order = array("I", [position for position in order if position not in gone])
        self.order_keys = [array("d", column) for column in self.order_keys]
        for column, new in zip(self.order_keys, keys, strict=True):
            if len(column) < len(self.pks):
                column.extend([math.inf] * (len(self.pks) - len(column)))
            for position, key in zip(positions, new, strict=True):
                column[position] = key
        columns = self.order_keys
        for position in positions:
            insort(order, position, key=lambda p: tuple(column[p] for column in columns))
        return Order(order)

    def read_terms(self, filterset_class, model, db: str, pks=None) -> dict:
        """Every many-to-many facet's links (of the rows `pks` only, if given), as (facet,
        term, ids): one query (a UNION ALL of one per relation), grouped by PostgreSQL (ids
        read as arrays: 0.4 s less at 100k)."""
        grouped = connections[db].vendor == "postgresql"
        arms = []
        for name, relation_name in filterset_class.TERM_RELATIONS.items():
            links, source, _term = link_table(model, relation_name, db, pks)
            links = links.annotate(facet=Value(name))
            if grouped:
                links = links.values("facet", "term__code").annotate(ids=ArrayAgg(source))
                arms.append(links.values_list("facet", "term__code", "ids"))
            else:
                arms.append(links.values_list("facet", "term__code", source))
        found = {name: {} for name in filterset_class.TERM_RELATIONS}
        for name, code, ids in arms[0].union(*arms[1:], all=True) if arms else ():
            found[name].setdefault(str(code), []).extend(
                self.positions_of(ids if grouped else [ids])
            )
        return {
            name: {code: FrozenBitMap(positions) for code, positions in codes.items()}
            for name, codes in found.items()
        }

    @staticmethod
    def rebuilds_at(model, now):
        """When rows may change in ways a patch does not follow: a scheduled publication, or
        midnight (dates of public windows)."""
        midnight = datetime.combine(timezone.localdate(now) + timedelta(days=1), time.min)
        moments = [timezone.make_aware(midnight)]
        if hasattr(model.objects, "scheduled"):
            moments.append(
                model.objects.scheduled()
                .order_by("publication_date")
                .values_list("publication_date", flat=True)
                .first()
            )
        return min(moment for moment in moments if moment is not None)

    def fresh(self, version: int, writes: int) -> bool:
        return self.version == version and self.writes == writes and timezone.now() < self.lapses_at

    def in_order(self, rows):
        """The positions `rows` in the default order, for a paginator."""
        return rows if self.order is None else self.order.of(rows)

    @property
    def at(self) -> array:
        """Each pk's position, NOWHERE for rows the index does not hold: an array indexed by
        pk (4 bytes per id ever given), where a dict took three times as long to look up
        the 55,000 trainings that say "data"."""
        if self._at is None:
            at = array("I", [NOWHERE]) * (max(self.pks, default=0) + 1)
            for position, pk in enumerate(self.pks):
                at[pk] = position
            self._at = at
        return self._at

    def positions_of(self, pks) -> list:
        """The positions of these rows, in their order (those the index holds)."""
        at = self.at
        size = len(at)
        return [position for pk in pks if pk < size and (position := at[pk]) != NOWHERE]

    def order_of(self, key, ordered) -> "Order":
        """The positions in another order of the same rows (`ordered`, say by title in the
        visitor's language; `key` names it): read from the database once per index."""
        if key not in self._orders:
            self._orders[key] = self.read_order(ordered)
        return self._orders[key]

    def read_order(self, ordered) -> "Order":
        """The positions in the order of `ordered` (the same rows), read from the database."""
        return Order(self.positions_of(pks_of(ordered)))

    def of_pks(self, pks) -> BitMap:
        """The positions of these rows (those the index holds)."""
        at = self.at
        size = len(at)
        found = BitMap([at[pk] for pk in pks if pk < size])
        found.discard(NOWHERE)
        return found

    def rows(self, condition: Q):
        """The positions of the rows meeting `condition` (column lookups joined by AND, OR
        and NOT), as the database would find them."""
        parts = []
        for child in condition.children:
            if isinstance(child, Q):
                parts.append(self.rows(child))
            elif isinstance(child, tuple):
                parts.append(self.lookup(*child))
            else:
                raise NotIndexed(child)
        if not parts:
            found = self.all
        elif condition.connector == Q.OR:
            found = BitMap.union(*parts)
        else:
            found = BitMap.intersection(*parts)
        # SQL's NOT (x >= y) leaves out rows where x is NULL; Django adds "OR x IS NULL" back
        # for nullable columns, which this complement gives.
        return self.all - found if condition.negated else found

    def lookup(self, key: str, value):
        path, lookup = split_lookup(key)
        column = self.columns.get(path)
        if column is None or hasattr(value, "resolve_expression"):
            raise NotIndexed(key)
        if lookup == "isnull" or value is None:
            return column.nulls if value in (True, None) else self.all - column.nulls
        if lookup in ("exact", "in"):
            return column.equal([value] if lookup == "exact" else value)
        return column.compared(lookup, value)


# list → its index, in this process
_indexes: dict = {}


def pks_of(queryset) -> list:
    """The primary keys of `queryset` as plain values, through its query's compiler: the
    translated models' manager makes a dict of each row first (40 ms for the 7,904 trainings
    within 25 km of Liège, for 19 ms of SQL)."""
    query = queryset.values_list("pk").query
    compiler = query.get_compiler(using=queryset.db)
    return [row[0] for row in compiler.results_iter(tuple_expected=True)]


def index_for(key: str, filterset_class, ordered) -> FacetIndex:
    """The facet index of the list `key` (rows `ordered`), patched or built anew when stale,
    or taken from the cache where processes share one (Redis): one process makes each
    version."""
    version, writes = pagecache.generation()
    index = _indexes.get(key)
    if index is not None and index.fresh(version, writes):
        return index
    cache = caches[pagecache.CACHE]
    shared = not isinstance(cache, DummyCache | LocMemCache)
    cache_key = f"facet-index:{key}:{version}"
    found = cache.get(cache_key) if shared else None
    if found is not None:
        found.writes = writes
    if found is not None and found.fresh(version, writes):
        index = found
    else:
        patched = index and index.patched(filterset_class, ordered, version, writes)
        index = patched or FacetIndex.build(filterset_class, ordered, version, writes)
        if shared:
            cache.set(cache_key, index, pagecache.seconds_until(index.lapses_at))
    _indexes[key] = index
    return index


def indexed_fields(filterset_class, model) -> dict:
    """The columns the index holds: path → field (those with one value per row)."""
    return {
        path: field
        for path in sorted(filterset_class.indexed_paths())
        if (field := single_valued(model, path)) is not None
    }


def read_columns(ordered, fields: dict) -> tuple[list, dict]:
    """The pks of `ordered` in its order and each field's values (path → list), in one
    query. Every column under an alias of its own (`c0`…), read as plain tuples (the model's
    manager would make a dict of each of 100k rows); PostgreSQL sends times as seconds:
    reading 300k datetimes took most of a build."""
    vendor = connections[ordered.db].vendor
    selected = {"c0": F("pk")}
    for i, (path, field) in enumerate(fields.items(), start=1):
        timed = isinstance(field, DateTimeField) and vendor == "postgresql"
        selected[f"c{i}"] = Epoch(path) if timed else F(path)
    query = ordered.prefetch_related(None).annotate(**selected).values_list(*selected).query
    compiler = query.get_compiler(using=ordered.db)
    rows = list(compiler.results_iter(tuple_expected=True))  # with the fields' converters
    at = {alias: i for i, (_expression, _sql, alias) in enumerate(compiler.select)}
    pks = [row[at["c0"]] for row in rows]
    values = {path: [row[at[f"c{i}"]] for row in rows] for i, path in enumerate(fields, start=1)}
    return pks, values


def depended_on(filterset_class, model, fields: dict) -> set:
    """The other models whose changes change the index (labels): those a column is read
    through (`locality__refnis`), and the terms of the many-to-many facets."""
    labels = set()
    for path in fields:
        current = model
        for name in path.split("__")[:-1]:
            current = current._meta.get_field(name).related_model
            labels.add(current._meta.label_lower)
    for relation_name in filterset_class.TERM_RELATIONS.values():
        labels.add(model._meta.get_field(relation_name).related_model._meta.label_lower)
    return labels


def changes_since(version: int, lineage, to: int, db: str) -> tuple[dict, int] | None:
    """What the content versions after `version` (of `lineage`) up to `to` changed:
    ({label: {pk, …} or None (rows unknown)}, the lineage of `to`); None where it is not
    known (versions forgotten, rolled back and written again, or anything changed)."""
    if lineage is None or to < version:
        return None
    log = list(
        ContentChange.objects.using(db)
        .filter(version__gte=version, version__lte=to)
        .order_by("version")
        .values_list("version", "lineage", "changed")
    )
    if [row[0] for row in log] != list(range(version, to + 1)) or log[0][1] != lineage:
        return None
    changes = {}
    for _version, _lineage, changed in log[1:]:
        if changed is None:
            return None
        for label, pks in changed.items():
            if pks is None or (label in changes and changes[label] is None):
                changes[label] = None
            else:
                changes.setdefault(label, set()).update(pks)
    return changes, log[-1][1]


def lineage_of(version: int, db: str):
    """The lineage of `version`'s `ContentChange` (None: not kept, then never patched)."""
    row = ContentChange.objects.using(db).filter(version=version).values_list("lineage")
    return next(iter(row), (None,))[0]


class IndexedRows:
    """The rows at some positions of an index's bitmap, for a paginator: a slice asks the
    database for those rows only, by id (with the list's related rows), then `shown(rows)`
    adds what they show beyond their columns."""

    def __init__(self, index: FacetIndex, rows, queryset, shown=lambda rows: rows):
        self.index, self.rows, self.queryset, self.shown = index, rows, queryset, shown

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, part: slice) -> list:
        positions = list(self.rows[part])
        pks = [self.index.pks[position] for position in positions]
        found = {row.pk: row for row in self.queryset.order_by().filter(pk__in=pks)}  # ordered here
        return self.shown([found[pk] for pk in pks if pk in found])


class RankedRows:
    """The positions of `rows` ranked by their value in `column`: `ranks` gives a value its
    rank (lower first; "nearest first" ranks a place by its distance); rows of equal rank,
    and last those whose value has none, in the index's default order. A page ranks only as
    many rows as it shows."""

    def __init__(self, index: FacetIndex, rows, column: Column, ranks: dict):
        self.index, self.rows = index, rows
        values = column.values
        ranked = sorted(ranks.items(), key=itemgetter(1))  # in a few µs when given in order
        # grouped and united only as far as a page reads: "or online" ranks every place in
        # Belgium, and a page reads the nearest few
        united = (
            BitMap.union(BitMap(), *[values[value] for value, _rank in group if value in values])
            for _rank, group in groupby(ranked, key=itemgetter(1))
        )
        self._groups = (rows for rows in united if rows)
        self._rest = BitMap(rows)
        self._ranked = []

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, part: slice) -> list:
        stop = len(self.rows) if part.stop is None else part.stop
        while len(self._ranked) < stop and self._rest:
            group = next(self._groups, None)
            found = self._rest if group is None else self._rest & group
            self._ranked.extend(self.index.in_order(found)[0 : len(found)])
            self._rest -= found
        return self._ranked[part]


class Order:
    """The index's positions in another order, and each position's rank in it (made when
    first asked: a patched default order may never need it)."""

    def __init__(self, positions):
        self.positions = array("I", positions)

    @cached_property
    def rank(self) -> array:
        rank = array("I", bytes(4 * (max(self.positions, default=-1) + 1)))
        for at, position in enumerate(self.positions):
            rank[position] = at
        return rank

    def of(self, rows) -> "OrderedRows":
        return OrderedRows(rows, self)


class OrderedRows:
    """The positions of `rows` in an `Order`: a few results are sorted by rank; many are
    read along the order until a page is full."""

    FEW = 5000

    def __init__(self, rows, order: Order):
        self.rows, self.order = rows, order
        self._found = sorted(rows, key=order.rank.__getitem__) if len(rows) <= self.FEW else []
        self._read = len(order.positions) if len(rows) <= self.FEW else 0

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, part: slice) -> list:
        stop = len(self.rows) if part.stop is None else part.stop
        found, rows, positions = self._found, self.rows, self.order.positions
        while len(found) < stop and self._read < len(positions):
            chunk = positions[self._read : self._read + 4096]
            self._read += len(chunk)
            found.extend(position for position in chunk if position in rows)
        return found[part]
