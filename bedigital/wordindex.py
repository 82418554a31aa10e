"""The site search's counts and the keyword box's ids, from posting lists kept in memory
(PostgreSQL).

Counting a frequent word in the database reads its GIN posting lists in four languages,
then every matching row for its kind and public window: 60 ms for the 78,000 entries that
"formation" and its synonyms find at 100k trainings, each time a query is not counted yet.
The index keeps, per process, each entry's kind, object and public window (one query per
build), and the posting list of each stemmed word searched, as PostgreSQL's own vectors
give it (a compressed bitmap of entry ids, read once and kept). A search is then stemmed
by PostgreSQL (one short query, kept per word) and counted as bitmap unions and
intersections: the same matches as `search.conditions`, in any language.

A new content version does not drop it: the entries the versions since changed are read
again, with their words, and every kept list patched (`WordIndex.patched`, as the facet
index does); it is built anew where the changes are unknown (a bulk load, a rebuilt search
index, a rolled-back version) or many. A word first searched in this process is read from
the database once, each stem apart: 150 ms for the 36 stems of "opleiding" and its synonyms
in four languages, which counting once took 75 ms.
"""

import math
import re
from array import array
from bisect import bisect_left
from contextlib import contextmanager
from datetime import UTC, datetime, time, timedelta

from django.db import DatabaseError, connection
from django.utils import timezone
from pyroaring import BitMap, FrozenBitMap

from . import pagecache, registry
from .facetindex import MAX_PATCHED, changes_since, lineage_of
from .models import SearchEntry

# each language's text-search configuration: what stems its words (`search` indexes with it)
CONFIGS = {"nl": "dutch", "fr": "french", "de": "german", "en": "english"}
MAX_KEPT_WORDS = 5000  # posting lists kept (a language's stem each)
MAX_KEPT_STEMS = 20000  # words of queries with their stems per language
TABLE = SearchEntry._meta.db_table


def _entry_rows(where: str = "", params=()):
    """(id, kind, object_id, public from (seconds), public until (day number)) of entries,
    and with `where`, each one's stems per language."""
    words = (
        ", " + ", ".join(f"tsvector_to_array(vector_{code})" for code in CONFIGS) if where else ""
    )
    sql = (
        f"SELECT id, kind, object_id, EXTRACT(EPOCH FROM public_from)::float8, "
        f"public_until - DATE '0001-01-01' + 1{words} FROM {TABLE} {where}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        yield from cursor  # a row at a time: 112,000 at a build


class WordIndex:
    def __init__(self, rows):
        # per entry id: its object's id, public from (seconds, NaN: never), public until (day
        # number, 0: no end), in arrays (a dict of 112,000 tuples took 57 MB)
        self.object_of, self.public_from, self.public_until = array("q"), array("d"), array("q")
        pairs = {}
        for pk, kind, object_id, public_from, public_until in rows:
            self.place(pk, object_id, public_from, public_until)
            pairs.setdefault(kind, []).append((object_id, pk))
        self.kinds = {kind: FrozenBitMap(pk for _o, pk in found) for kind, found in pairs.items()}
        self.by_object = {}  # kind → (its object ids sorted, their entry ids)
        for kind, found in pairs.items():
            found.sort()
            self.by_object[kind] = (
                array("q", [o for o, _pk in found]),
                array("q", [pk for _o, pk in found]),
            )
        self.postings = {}  # (language, stem) → entry ids, in the order last asked
        self.version = self.lineage = self.writes = None
        self._visible = (None, None, None)  # (until when, today, entry ids)

    def place(self, pk: int, object_id: int, public_from, public_until) -> None:
        if pk >= len(self.object_of):
            more = pk + 1 - len(self.object_of)
            self.object_of.extend([0] * more)
            self.public_from.extend([math.nan] * more)
            self.public_until.extend([0] * more)
        self.object_of[pk] = object_id
        self.public_from[pk] = math.nan if public_from is None else public_from
        self.public_until[pk] = public_until or 0

    @classmethod
    def build(cls, version: int, writes: int):
        index = cls(_entry_rows())
        index.version, index.writes = version, writes
        index.lineage = lineage_of(version, connection.alias)
        return index

    def fresh(self, version: int, writes: int) -> bool:
        return self.version == version and self.writes == writes

    def patched(self, version: int, writes: int):
        """This index brought to `version` by reading again the entries of the items the
        versions since changed; None where it is to be built anew."""
        found = changes_since(self.version, self.lineage, version, connection.alias)
        if found is None:
            return None
        changes, lineage = found
        kinds = {item.model._meta.label_lower: kind for kind, item in registry.searchable().items()}
        changed = {kinds[label]: pks for label, pks in changes.items() if label in kinds}
        if any(pks is None for pks in changed.values()):
            return None
        if sum(len(pks) for pks in changed.values()) > MAX_PATCHED:
            return None
        index = object.__new__(WordIndex)
        index.__dict__.update(self.__dict__)
        index.version, index.writes, index.lineage = version, writes, lineage
        if changed:
            index.reread(changed)
        return index

    def reread(self, changed: dict) -> None:
        """Read again the entries of `changed` ({kind: object ids}), in place (a copy)."""
        where = " OR ".join("(kind = %s AND object_id = ANY(%s))" for _kind in changed)
        params = [value for kind, ids in changed.items() for value in (kind, sorted(ids))]
        rows = _entry_rows(f"WHERE {where}", params)
        self.object_of = array("q", self.object_of)
        self.public_from, self.public_until = (
            array("d", self.public_from),
            array("q", self.public_until),
        )
        self.by_object = dict(self.by_object)
        gone = BitMap()
        for kind, ids in changed.items():
            objects, pks = (array("q", found) for found in self.by_object.get(kind, ((), ())))
            for object_id in ids:
                at = bisect_left(objects, object_id)
                if at < len(objects) and objects[at] == object_id:
                    gone.add(pks[at])
                    del objects[at], pks[at]
            self.by_object[kind] = (objects, pks)
        added_kinds, added_words = {}, {}
        for pk, kind, object_id, public_from, public_until, *stems in rows:
            self.place(pk, object_id, public_from, public_until)
            objects, pks = self.by_object[kind]
            at = bisect_left(objects, object_id)
            objects.insert(at, object_id)
            pks.insert(at, pk)
            added_kinds.setdefault(kind, BitMap()).add(pk)
            for code, words in zip(CONFIGS, stems, strict=True):
                for word in words or ():
                    added_words.setdefault((code, word), BitMap()).add(pk)
        self.kinds = {
            kind: FrozenBitMap(
                (self.kinds.get(kind, BitMap()) - gone) | added_kinds.get(kind, BitMap())
            )
            for kind in {*self.kinds, *added_kinds}
        }
        until, today, ids = self._visible
        if ids is not None:  # the rows read again decide for themselves, the rest stands
            added = BitMap.union(BitMap(), *added_kinds.values())
            shown, upcoming = self.visible_among(added, timezone.now(), today)
            self._visible = (
                min(until, upcoming or until),
                today,
                FrozenBitMap((ids - gone) | shown),
            )
        self.postings = {
            key: FrozenBitMap((ids - gone) | added_words[key])
            if key in added_words
            else (FrozenBitMap(ids - gone) if ids.intersect(gone) else ids)
            for key, ids in self.postings.items()
        }

    def visible(self) -> BitMap:
        """The entries the public may see now (`search.visible`), until the next moment one
        is published or expires."""
        now = timezone.now()
        until, today, ids = self._visible
        local_today = timezone.localdate(now)
        if ids is not None and now < until and today == local_today:
            return ids
        every = BitMap.union(BitMap(), *self.kinds.values())
        ids, upcoming = self.visible_among(every, now, local_today)
        midnight = timezone.make_aware(datetime.combine(local_today + timedelta(days=1), time.min))
        self._visible = (min(upcoming or midnight, midnight), local_today, FrozenBitMap(ids))
        return self._visible[2]

    def visible_among(self, pks, now, today) -> tuple[BitMap, datetime | None]:
        """(those of the entries `pks` public `now`, the first moment another one will be)."""
        moment, day = now.timestamp(), today.toordinal()
        public_from, public_until = self.public_from, self.public_until
        ids, upcoming = BitMap(), math.inf
        for pk in pks:
            start, end = public_from[pk], public_until[pk]
            if start > moment:
                upcoming = min(upcoming, start)
            elif start <= moment and (end == 0 or end >= day):  # NaN: never public
                ids.add(pk)
        return ids, datetime.fromtimestamp(upcoming, UTC) if upcoming < math.inf else None

    def matching(self, groups: list[list[str]]) -> BitMap:
        """The entries matching every group of words (each word or a synonym), in any of the
        four languages: `search.conditions` on the kept lists."""
        stems = stems_of({word for group in groups for word in group})
        self.read_postings(
            {(code, s) for w in stems for code, words in stems[w].items() for s in words}
        )
        found = BitMap()
        for code in CONFIGS:
            parts = []
            for group in groups:
                alternatives = [stems[word][code] for word in group if stems[word][code]]
                if alternatives:  # a stop word in this language is left out, as PostgreSQL does
                    parts.append(
                        BitMap.union(
                            BitMap(),
                            *[
                                BitMap.intersection(*[self.postings[code, s] for s in words])
                                for words in alternatives
                            ],
                        )
                    )
            if parts:
                found |= BitMap.intersection(*parts)
        return found

    def counts(self, groups) -> dict[str, int]:
        found = self.matching(groups) & self.visible()
        counts = {kind: found.intersection_cardinality(ids) for kind, ids in self.kinds.items()}
        return {kind: n for kind, n in counts.items() if n}

    def object_ids(self, kind: str, groups) -> list[int]:
        """The object ids of `kind` matching, public or not (the list filters those)."""
        found = self.matching(groups) & self.kinds.get(kind, BitMap())
        return [self.object_of[pk] for pk in found]

    def read_postings(self, keys: set) -> None:
        """Each (language, stem)'s entries: kept ones moved last, the others read (one query)
        and kept, the least recently asked dropped past `MAX_KEPT_WORDS`."""
        missing = []
        for key in keys:
            if key in self.postings:
                self.postings[key] = self.postings.pop(key)
            else:
                missing.append(key)
        if missing:
            arms = " UNION ALL ".join(
                f"SELECT %s, %s, COALESCE(array_agg(id), '{{}}') FROM {TABLE} "
                f"WHERE vector_{code} @@ %s::tsquery"
                for code, _stem in missing
            )
            params = [v for code, stem in missing for v in (code, stem, tsquery_of(stem))]
            with along_the_indexes(), connection.cursor() as cursor:
                cursor.execute(arms, params)
                for code, stem, ids in cursor.fetchall():
                    self.postings[code, stem] = FrozenBitMap(ids)
        while len(self.postings) > MAX_KEPT_WORDS:
            del self.postings[next(iter(self.postings))]


@contextmanager
def along_the_indexes():
    """PostgreSQL prices testing a row's vectors as nothing, although each is stored apart
    (TOAST): for a frequent word it reads the index table row after row testing each, 1 s at
    100k trainings for the 20,012 that say "cyberveiligheid", where the GIN indexes answer in
    50 ms. Told to, it takes the indexes (for the queries inside this block only)."""
    if connection.vendor != "postgresql":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        try:
            yield
        finally:
            try:
                cursor.execute("RESET enable_seqscan")
            except DatabaseError:  # a failed transaction: its rollback undoes the SET
                if not connection.in_atomic_block:
                    raise


def tsquery_of(stem: str) -> str:
    """A stem as a tsquery of that one lexeme, quoted."""
    return "'" + stem.replace("\\", "\\\\").replace("'", "''") + "'"


_stems: dict = {}
LEXEME = re.compile(r"'((?:[^']|'')*)'")


def stems_of(words) -> dict[str, dict[str, list[str]]]:
    """{word: {language: its stems}} as PostgreSQL's `plainto_tsquery` makes them (none for a
    stop word; several, all needed, for "e_learning"), asked once per word and process."""
    found = {word: _stems[word] for word in words if word in _stems}
    missing = sorted(set(words) - set(found))
    if missing:
        columns = ", ".join(
            f"plainto_tsquery('{config}'::regconfig, w)::text" for config in CONFIGS.values()
        )
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT w, {columns} FROM unnest(%s::text[]) AS w", [missing])
            for word, *queries in cursor.fetchall():
                found[word] = {
                    code: [
                        s.replace("''", "'").replace("\\\\", "\\") for s in LEXEME.findall(query)
                    ]
                    for code, query in zip(CONFIGS, queries, strict=True)
                }
        if len(_stems) + len(missing) > MAX_KEPT_STEMS:
            _stems.clear()
        _stems.update((word, found[word]) for word in missing)
    return found


_index: WordIndex | None = None


def word_index() -> WordIndex:
    """The index of this process, patched or built anew when content changed."""
    global _index
    version, writes = pagecache.generation()
    index = _index
    if index is None or not index.fresh(version, writes):
        patched = index and index.patched(version, writes)
        index = patched or WordIndex.build(version, writes)
        _index = index
    return index
