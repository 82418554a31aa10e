"""A faceted list's facet index: its rows numbered in the list's default order, with a
compressed bitmap (pyroaring) per value of every column the facets' conditions read and per
term of every many-to-many facet.

A count is then the cardinality of an intersection, and the first page of a result the
first positions of its bitmap: one query fetches those rows by id. Without it every page
scanned every current row per facet (1.3 s for the catalogue at 100k trainings).

The index evaluates the filterset's own conditions (the `Q` objects the database filters
with, `FacetedFilterSet.condition`), so a count cannot disagree with the list it links to.
Comparisons with the time (`open`, "starts within", current or past) are evaluated against
the request's now over the sorted column, so they stay right as time passes. It is built
per process for a content version (and this process's writes, which a rolled-back test
also undoes), shared by the four languages (nothing in it is translated), and rebuilt once
a row may have changed by itself (`valid_until`): a scheduled publication, midnight (dates
of public windows), or a stored fact lapsing (`FacetedFilterSet.LAPSES`: a training's next
session, which `refresh_lapsed` rewrites without a content change).
"""

import operator
from array import array
from bisect import bisect_left, bisect_right
from datetime import UTC, date, datetime, time, timedelta

from django.contrib.postgres.aggregates import ArrayAgg
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import connections
from django.db.models import DateField, DateTimeField, F, FloatField, Func, Q, Value
from django.utils import timezone
from pyroaring import BitMap, FrozenBitMap

from . import pagecache

COMPARISONS = {"lt": operator.lt, "lte": operator.le, "gt": operator.gt, "gte": operator.ge}
LOOKUPS = {"exact", "in", "isnull", *COMPARISONS}
MAX_RANGES = 100  # remembered comparisons per column (a few per condition on the time)
NOWHERE = 0xFFFFFFFF  # the position of a row the index does not hold


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
        self.ranges = {}
        if self.ordered:
            pairs = sorted((self.key(v), p) for v, positions in found.items() for p in positions)
            self.keys = array("d", [key for key, _p in pairs])
            self.positions = array("I", [p for _key, p in pairs])
        else:
            self.values = {value: FrozenBitMap(positions) for value, positions in found.items()}

    def equal(self, values):
        values = [self.field.to_python(value) for value in values]
        if self.ordered:
            return BitMap.union(BitMap(), *[self.between(v, v) for v in values])
        return BitMap.union(BitMap(), *[self.values[v] for v in values if v in self.values])

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
        return {**self.__dict__, "ranges": {}}


class FacetIndex:
    def __init__(self, pks, columns, terms, generation, valid_until):
        self.pks = array("q", pks)  # position → pk, in the list's default order
        self.columns = columns  # path → Column
        self.terms = terms  # facet → term code → positions
        self.all = FrozenBitMap(range(len(pks)))
        self.generation, self.valid_until = generation, valid_until
        self._at = None  # pk → position (`at`), when first asked
        self._orders = {}  # another order's positions (`order_of`), when first asked

    def __getstate__(self):  # shared through the cache without what each process derives
        return {**self.__dict__, "_at": None, "_orders": {}}

    @classmethod
    def build(cls, filterset_class, ordered, generation):
        """The index of `ordered` (a queryset in the list's default order): two queries, and
        one more for the next scheduled publication."""
        now = timezone.now()
        model = ordered.model
        fields = {
            path: field
            for path in sorted(filterset_class.indexed_paths())
            if (field := single_valued(model, path)) is not None
        }
        # Every column under an alias of its own (`c0`…), read as plain tuples (the model's
        # manager would make a dict of each of 100k rows); PostgreSQL sends times as
        # seconds: reading 300k datetimes took most of a build.
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
        columns = {
            path: Column(field, [row[at[f"c{i}"]] for row in rows])
            for i, (path, field) in enumerate(fields.items(), start=1)
        }
        del rows
        index = cls(pks, columns, {}, generation, None)
        index.terms = index.read_terms(filterset_class, model, ordered.db)
        lapses = columns.get(filterset_class.LAPSES)
        index.valid_until = index.lapse(model, now, lapses and lapses.first_after(now))
        return index

    def read_terms(self, filterset_class, model, db: str) -> dict:
        """Every many-to-many facet's links, as (facet, term, ids): one query (a UNION ALL of
        one per relation), grouped by PostgreSQL (ids read as arrays: 0.4 s less at 100k)."""
        grouped = connections[db].vendor == "postgresql"
        arms = []
        for name, relation_name in filterset_class.TERM_RELATIONS.items():
            relation = getattr(model, relation_name).through
            source = relation._meta.get_field(model._meta.model_name).attname
            links = relation.objects.using(db).order_by().annotate(facet=Value(name))
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
    def lapse(model, now, first_lapse):
        """The first moment a row may change without a content change: a row's stored fact
        lapsing, a scheduled publication, or midnight."""
        midnight = datetime.combine(timezone.localdate(now) + timedelta(days=1), time.min)
        moments = [timezone.make_aware(midnight), first_lapse]
        if hasattr(model.objects, "scheduled"):
            moments.append(
                model.objects.scheduled()
                .order_by("publication_date")
                .values_list("publication_date", flat=True)
                .first()
            )
        return min(moment for moment in moments if moment is not None)

    def fresh(self, generation) -> bool:
        return self.generation == generation and timezone.now() < self.valid_until

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
            self._orders[key] = Order(self.positions_of(pks_of(ordered)))
        return self._orders[key]

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
    """The facet index of the list `key` (rows `ordered`), built anew when stale, or taken
    from the cache where processes share one (Redis): one process builds each version."""
    version = pagecache.current_version()
    # this process's writes too: a test's rollback takes the content version back
    generation = (version, pagecache.writes_here)
    index = _indexes.get(key)
    if index is not None and index.fresh(generation):
        return index
    cache = caches[pagecache.CACHE]
    shared = not isinstance(cache, DummyCache | LocMemCache)
    cache_key = f"facet-index:{key}:{version}"
    index = cache.get(cache_key) if shared else None
    if index is not None:
        index.generation = generation
    if index is None or not index.fresh(generation):
        index = FacetIndex.build(filterset_class, ordered, generation)
        if shared:
            cache.set(cache_key, index, pagecache.seconds_until(index.valid_until))
    _indexes[key] = index
    return index


class IndexedRows:
    """The rows at some positions of an index's bitmap, for a paginator: a slice asks the
    database for those rows only, by id (with the list's related rows and annotations)."""

    def __init__(self, index: FacetIndex, rows, queryset):
        self.index, self.rows, self.queryset = index, rows, queryset

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, part: slice) -> list:
        positions = list(self.rows[part])
        pks = [self.index.pks[position] for position in positions]
        found = {row.pk: row for row in self.queryset.filter(pk__in=pks)}
        return [found[pk] for pk in pks if pk in found]


class RankedRows:
    """The positions of `rows` ranked by their value in `column`: `ranks` gives a value its
    rank (lower first; "nearest first" ranks a place by its distance); rows of equal rank,
    and last those whose value has none, in the index's order. A page ranks only as many
    rows as it shows."""

    def __init__(self, rows, column: Column, ranks: dict):
        self.rows = rows
        groups = {}
        for value, rank in ranks.items():
            if value in column.values:
                groups.setdefault(rank, []).append(column.values[value])
        # united only as far as a page reads: "or online" ranks every place in Belgium
        self._groups = (BitMap.union(*groups[rank]) for rank in sorted(groups))
        self._rest = BitMap(rows)
        self._ranked = []

    def __len__(self):
        return len(self.rows)

    def __getitem__(self, part: slice) -> list:
        stop = len(self.rows) if part.stop is None else part.stop
        while len(self._ranked) < stop and self._rest:
            group = next(self._groups, None)
            found = self._rest if group is None else self._rest & group
            self._ranked.extend(found)
            self._rest -= found
        return self._ranked[part]


class Order:
    """The index's positions in another order, and each position's rank in it."""

    def __init__(self, positions: list):
        self.positions = array("I", positions)
        self.rank = array("I", bytes(4 * (max(positions, default=-1) + 1)))
        for rank, position in enumerate(positions):
            self.rank[position] = rank

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
