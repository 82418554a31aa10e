"""Site-wide search over trainings, initiatives, stories and partners, in four languages.

Every searchable object has one `SearchEntry` row, kept in sync on save and delete (and by
`manage.py rebuild_search_index` after bulk changes). Its text is stored accent-free and
lower-cased, per language:
- on PostgreSQL, one `tsvector` per language built with that language's text-search
  configuration (dutch, french, german, english), title weighted above summary above body, each
  with a GIN index: "opleidingen" finds "opleiding", "Schulungen" finds "Schulung";
- on SQLite (the embedded default), plain substring matching of every word, in any language.
Visibility is not copied into the index: results are limited to what each model's
`published()` returns, so drafts, scheduled items and expired consent never leak.

Ranking is by tiers, not by a per-row score: the visitor's language first, then title matches
above body matches, and within a tier a fixed order (trainings by their last session, latest
first, so upcoming above past). A fixed order is one PostgreSQL can follow along an index and
stop at the page shown: "formations" matches 49,000 of 112,000 entries, and scoring them all
took 500 ms where the walk takes 2 ms.
"""

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from difflib import get_close_matches
from functools import reduce
from operator import add, and_, or_

from django.contrib.postgres.search import (
    SearchQuery,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.core.cache import caches
from django.db import connection, models, transaction
from django.db.models import (
    BooleanField,
    Count,
    ExpressionWrapper,
    F,
    Func,
    Q,
    Value,
)
from django.db.models.functions import Lower
from django.utils import timezone, translation
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from . import registry, wordindex
from .i18n import LANGUAGE_CODES, localized
from .models import SearchEntry, Synonym
from .pagecache import current_version, kept_in_process, kept_like_pages

TS_CONFIGS = wordindex.CONFIGS  # each language's text-search configuration
MAX_WORDS = 10
MAX_LISTED = 1000
# Up to this many matches, sort them all; beyond, follow the index (see `ranked`).
FULL_SORT_LIMIT = 5000
# Within a tier: entries without sessions, then trainings by their last session, latest first.
RANK_ORDER = (F("last_start").desc(nulls_first=True), "kind", "object_id")


# Latin letters with diacritics → their base letter, one character for one.
FOLD = {cp: unicodedata.normalize("NFD", chr(cp))[0] for cp in range(0xC0, 0x250)}


def normalize(text: str | None) -> str:
    """Lower case without accents, one character for one ("Développeuse" → "developpeuse"),
    so positions in the result match positions in the original text."""
    return (text or "").lower().translate(FOLD)


def clean_query(text: str) -> str:
    text = "".join(c for c in text if unicodedata.category(c)[0] != "C")  # no NUL, controls
    return " ".join(text.split())


def words_of(query: str) -> list[str]:
    return re.findall(r"\w+", normalize(query))[:MAX_WORDS]


def kinds() -> dict:
    """{kind: its `registry.Search`}, in the order of the results tabs."""
    return {name: item.search for name, item in registry.searchable().items()}


def model_of(kind: str):
    return registry.searchable()[kind].model


def plain(obj, field: str, code: str) -> str:
    """The field's text for the index: no tags, no accents, words separated by spaces."""
    return words_text(html_text(getattr(obj, f"{field}_{code}", "")))


# Where a block of rich text ends, words end: "<li>Linux</li><li>Netwerken</li>" reads
# "Linux Netwerken", not "LinuxNetwerken" (a word no one searches for).
BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|div|blockquote|br)\b[^>]*>", re.IGNORECASE)


def html_text(html: str | None) -> str:
    return strip_tags(BLOCK_TAG.sub(" ", html or ""))


def words_text(text: str) -> str:
    return re.sub(r"\W+", " ", normalize(text)).strip()


# --- keeping the index in sync ---------------------------------------------------------------


def entry_texts(obj, kind_name: str, bodies: dict | None = None) -> dict:
    """What the index stores of one object, as text: per language its title and its texts
    (accent-free, lower-case; leading spaces let SQLite match the beginning of a word:
    " formation" is in " formations"), the languages its title is in, its public window and
    for trainings the start of their last session. `bodies`: its `body_texts` when known."""
    kind = kinds()[kind_name]
    bodies = bodies or body_texts(obj, kind_name)
    extra = [words_text(kind.also_title(obj))] if kind.also_title else []
    values = {}
    for code in LANGUAGE_CODES:
        values[f"title_{code}"] = " " + " ".join([plain(obj, kind.title, code), *extra]) + " "
        values[f"text_{code}"] = bodies[code]
        values[f"in_{code}"] = bool(plain(obj, kind.title, code))
    values["title"] = "".join(values[f"title_{code}"] for code in LANGUAGE_CODES)
    values["public_from"], values["public_until"] = obj.public_window()
    values["last_start"] = getattr(obj, "last_start", None)  # trainings: their session summary
    return values


def body_texts(obj, kind_name: str) -> dict[str, str]:
    """{language: the index's text of an object besides its title}: its summary and body
    fields, and the facts people search it by (labels in that language)."""
    kind = kinds()[kind_name]
    bodies = {}
    for code in LANGUAGE_CODES:
        texts = [plain(obj, field, code) for field in (*kind.summary, *kind.body)]
        if kind.facts:
            with translation.override(code):  # labels in this language, stemmed as such
                texts += [words_text(str(fact)) for fact in kind.facts(obj) if fact]
        bodies[code] = " " + " ".join(texts) + " "
    return bodies


def entry_values(obj, kind_name: str) -> dict:
    """The index row of one object (`entry_texts`): on SQLite the texts; on PostgreSQL the
    vectors built from those texts, but not the texts: every search reads the rows of all its
    matches, and narrow rows are what keeps that fast. A language's vector is its title's
    and its text's joined (searches use no positions), so that `write_entries` can build the
    vector of a text many objects share once."""
    values = entry_texts(obj, kind_name)
    if connection.vendor == "postgresql":
        titles = []
        for code, config in TS_CONFIGS.items():
            title, text = values[f"title_{code}"], values[f"text_{code}"]
            titles.append(SearchVector(Value(title), config=config))
            values[f"vector_{code}"] = SearchVector(Value(title), config=config) + SearchVector(
                Value(text), config=config
            )
            values[f"title_{code}"] = values[f"text_{code}"] = ""
        # without positions: small enough to stay in the row (see migration 0005)
        values["title_vector"] = Func(
            reduce(add, titles), function="strip", output_field=SearchVectorField()
        )
    return values


# The columns `entry_texts` fills, as `write_entries` copies them.
TITLE_COLUMNS = (
    "title",
    *(f"{name}_{code}" for name in ("title", "in") for code in LANGUAGE_CODES),
    "public_from",
    "public_until",
    "last_start",
)
TEXT_COLUMNS = tuple(f"text_{code}" for code in LANGUAGE_CODES)


def write_entries(kind_name: str, rows) -> int:
    """Add the index rows of many new objects at once: `rows` yields (object id, its
    `entry_texts`). On SQLite a bulk insert. On PostgreSQL the titles and the distinct texts
    are copied into temporary tables, each distinct text's vector is built once, and one
    INSERT … SELECT joins them into the vectors `entry_values` builds."""
    if connection.vendor != "postgresql":
        entries = (SearchEntry(kind=kind_name, object_id=pk, **texts) for pk, texts in rows)
        return len(SearchEntry.objects.bulk_create(entries, batch_size=500))
    types = {"public_from": "timestamptz", "public_until": "date", "last_start": "timestamptz"}
    types.update({f"in_{code}": "boolean" for code in LANGUAGE_CODES})
    blank = [f"{name}_{code}" for name in ("title", "text") for code in LANGUAGE_CODES]
    kept = [name for name in TITLE_COLUMNS if name not in blank]
    target = [*kept, *blank, *(f"vector_{code}" for code in TS_CONFIGS), "title_vector"]
    select = [
        *kept,
        *(["''"] * len(blank)),
        *(
            f"to_tsvector('{config}'::regconfig, COALESCE(title_{code}, '')) || vector_{code}"
            for code, config in TS_CONFIGS.items()
        ),
        "strip("
        + " || ".join(
            f"to_tsvector('{config}'::regconfig, COALESCE(title_{code}, ''))"
            for code, config in TS_CONFIGS.items()
        )
        + ")",
    ]
    texts_of = {}  # the distinct texts: {(text_nl, …): their number}
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("DROP TABLE IF EXISTS new_search_title, new_search_text, new_search_vector")
        cursor.execute(
            "CREATE TEMPORARY TABLE new_search_title (object_id bigint, text_id int, "
            + ", ".join(f"{name} {types.get(name, 'text')}" for name in TITLE_COLUMNS)
            + ") ON COMMIT DROP"
        )
        cursor.execute(
            "CREATE TEMPORARY TABLE new_search_text (text_id int, "
            + ", ".join(f"{name} text" for name in TEXT_COLUMNS)
            + ") ON COMMIT DROP"
        )
        columns = ", ".join(TITLE_COLUMNS)
        with cursor.copy(
            f"COPY new_search_title (object_id, text_id, {columns}) FROM STDIN"
        ) as copy:
            for pk, texts in rows:
                key = tuple(texts[name] for name in TEXT_COLUMNS)
                number = texts_of.setdefault(key, len(texts_of))
                copy.write_row([pk, number, *(texts[name] for name in TITLE_COLUMNS)])
        with cursor.copy("COPY new_search_text FROM STDIN") as copy:
            for key, number in texts_of.items():
                copy.write_row([number, *key])
        vectors = ", ".join(
            f"to_tsvector('{config}'::regconfig, COALESCE(text_{code}, '')) AS vector_{code}"
            for code, config in TS_CONFIGS.items()
        )
        cursor.execute(
            f"CREATE TEMPORARY TABLE new_search_vector ON COMMIT DROP AS "
            f"SELECT text_id, {vectors} FROM new_search_text"
        )
        cursor.execute(
            f"INSERT INTO {SearchEntry._meta.db_table} (kind, object_id, {', '.join(target)}) "
            f"SELECT %s, object_id, {', '.join(select)} "
            f"FROM new_search_title JOIN new_search_vector USING (text_id)",
            [kind_name],
        )
        written = cursor.rowcount
        cursor.execute("DROP TABLE new_search_title, new_search_text, new_search_vector")
    return written


def index_many(rows) -> None:
    """Write the search entries of `rows` (a queryset of one searchable model), fresh from
    the database; called once per write (`writes`)."""
    kind = registry.offer_of(rows.model).search
    for obj in kind.for_index(rows).iterator(chunk_size=500):
        # An UPDATE, and an INSERT only for a new item: one query where update_or_create
        # takes four (a savepoint, a locking read, the write, the release).
        entry = SearchEntry.objects.filter(kind=kind.kind, object_id=obj.pk)
        values = entry_values(obj, kind.kind)
        if not entry.update(**values):
            SearchEntry.objects.create(kind=kind.kind, object_id=obj.pk, **values)


def unindex_many(kind: str, pks) -> None:
    SearchEntry.objects.filter(kind=kind, object_id__in=pks).delete()


# --- searching -------------------------------------------------------------------------------


def visible():
    """Only entries whose object the public may see now: the window of the one rule for
    "public" (`Publishable.public_from`/`public_until`), stored with each entry."""
    today = timezone.localdate()
    return Q(public_from__lte=timezone.now()) & (
        Q(public_until__isnull=True) | Q(public_until__gte=today)
    )


def synonyms() -> dict[str, list[str]]:
    """{word: the words it stands for, itself first}, from the `Synonym` rows editors keep
    (a multi-word name is a phrase of its words: not expanded)."""

    def load():
        found = {}
        for row in Synonym.objects.values_list("words", flat=True):
            group = [w for w in (words_text(part) for part in row.split(",")) if " " not in w]
            for word in group:
                found.setdefault(word, [word])
                found[word] += [other for other in group if other not in found[word]]
        return found

    return kept_in_process("search-synonyms", load)


def alternatives(words: list[str]) -> list[list[str]]:
    """Per word of the query, the words that may stand in its place."""
    known = synonyms()
    return [known.get(word, [word]) for word in words]


# SQLite has no stemmer: a word finds the words it starts, once a plural or inflection ending
# is cut ("formations" → " formation", "opleidingen" → " opleiding", "données" → " donne").
# Short words must be whole words: "AI" is not in "aide".
ENDINGS = ("en", "es", "s", "e")


def sqlite_pattern(word: str) -> str:
    if len(word) <= 3:
        return f" {word} "
    if len(word) > 5:
        word = next((word[: -len(e)] for e in ENDINGS if word.endswith(e)), word)
    return f" {word}"


def conditions(words: list[str]) -> tuple[Q, Q]:
    """(matches somewhere, matches in a title), for words in any of the four languages, each
    word or one of its synonyms."""
    groups = alternatives(words)
    if connection.vendor == "postgresql":
        queries = {
            code: reduce(
                and_,
                (
                    reduce(or_, (SearchQuery(w, config=config, search_type="plain") for w in group))
                    for group in groups
                ),
            )
            for code, config in TS_CONFIGS.items()
        }
        # GIN indexes answer these without reading the vectors (no weights, no phrases)
        match = reduce(or_, (Q(**{f"vector_{code}": q}) for code, q in queries.items()))
        return match, Q(title_vector=reduce(or_, queries.values()))
    match, in_title = Q(), Q()
    for group in groups:
        in_any, in_a_title = Q(), Q()
        for pattern in map(sqlite_pattern, group):
            in_a_title |= Q(title__contains=pattern)
            in_any |= Q(title__contains=pattern)
            for code in LANGUAGE_CODES:
                in_any |= Q(**{f"text_{code}__contains": pattern})
        match &= in_any
        in_title &= in_a_title
    return match, in_title


def found_by(queryset, text: str):
    """The rows of `queryset` that the site search finds for `text`: the keyword box of every
    list asks the index, so a list and the search page give the same answers."""
    found = entries_found(queryset.model, text)
    return queryset if found is None else queryset.filter(pk__in=found)


def entries_found(model, text: str):
    """The ids of `model`'s items the site search finds for `text` (None: no words)."""
    words = words_of(clean_query(text))
    if not words:
        return None
    kind = registry.offer_of(model).search.kind
    found = of_kind(SearchEntry.objects, kind).filter(conditions(words)[0])
    return found.values_list("object_id", flat=True)


def ids_found(model, text: str) -> list | None:
    """`entries_found` as a list: on PostgreSQL from the posting lists kept in memory
    (`wordindex`), on SQLite from the database."""
    if connection.vendor != "postgresql":
        found = entries_found(model, text)
        return None if found is None else list(found)
    words = words_of(clean_query(text))
    kind = registry.offer_of(model).search.kind
    return wordindex.word_index().object_ids(kind, alternatives(words)) if words else None


NOT_INDEXED_APART = "training"  # the kind without GIN indexes of its own (migration 0011)


def of_kind(entries, kind: str):
    """The entries of one kind. Every kind but trainings has GIN indexes of its own: the kind
    is then compared so that no btree index serves it, else PostgreSQL (which prices testing
    a vector as nothing) reads every entry of the kind along the (kind, object_id) index and
    tests each vector, stored apart (15 → 5 ms for the stories that say "programmeren")."""
    if kind == NOT_INDEXED_APART or connection.vendor != "postgresql":
        return entries.filter(kind=kind)
    entries = entries.exclude(kind=NOT_INDEXED_APART)  # what those indexes hold
    return entries.alias(kind_compared=Lower("kind")).filter(kind_compared=kind)


def search_entries(words: list[str], kind: str = ""):
    """The visible entries matching every word, of one kind or all (unordered: for counting;
    `ranked` reads pages of them)."""
    entries = SearchEntry.objects.filter(visible())
    if kind:
        entries = of_kind(entries, kind)
    if not words:
        return entries.none()
    return entries.filter(conditions(words)[0])


def ranked(entries, words: list[str], language: str, total: int, start: int, stop: int):
    """Entries `start:stop` of `entries` (`total` of them), best first: in the visitor's
    language, then title matches, then the rest, each tier in `RANK_ORDER`.

    Up to `FULL_SORT_LIMIT` matches are sorted in one pass. Beyond, the tiers are read one
    after another, each only as far as the page needs: PostgreSQL walks the `RANK_ORDER`
    index and stops after a few dozen rows, where sorting would read every match."""
    in_language = Q(**{f"in_{language}": True})
    in_title = conditions(words)[1]
    entries = entries.only("kind", "object_id")
    if total <= FULL_SORT_LIMIT:
        tiers = [
            ExpressionWrapper(q, output_field=BooleanField()).desc()
            for q in (in_language, in_title)
        ]
        return list(entries.order_by(*tiers, *RANK_ORDER)[start:stop])
    found = []
    for tier in (
        in_language & in_title,
        in_language & ~in_title,
        ~in_language & in_title,
        ~in_language & ~in_title,
    ):
        if len(found) >= min(stop, total):
            break
        found += entries.filter(tier).order_by(*RANK_ORDER)[: stop - len(found)]
    return found[start:stop]


class RankedResults:
    """The ranked matches as Paginator wants them: the length is known from the counts, and
    a slice reads that page only. At most `MAX_LISTED` are listed, as in most search engines:
    past that, more words or a type narrow the search better than page 60 would."""

    def __init__(self, entries, words: list[str], language: str, total: int):
        self.entries, self.words, self.language, self.total = entries, words, language, total

    def __len__(self):
        return min(self.total, MAX_LISTED)

    def __getitem__(self, page: slice):
        return ranked(self.entries, self.words, self.language, self.total, page.start, page.stop)


def similar_entries(query: str):
    """When nothing matches: titles that look like the query (PostgreSQL trigrams)."""
    text = " ".join(words_of(query))
    if connection.vendor != "postgresql" or not text:
        return SearchEntry.objects.none()
    return (
        SearchEntry.objects.filter(visible())
        .filter(title__trigram_word_similar=text)  # the `%>` operator: uses the GIN index
        .annotate(similarity=TrigramWordSimilarity(text, "title"))
        .order_by("-similarity", "kind", "object_id")
    )


def vocabulary() -> list[str]:
    """The words of every title and synonym: what a mistyped word is corrected to."""

    def collect():
        found = set(synonyms())
        for title in SearchEntry.objects.filter(visible()).values_list("title", flat=True):
            found.update(w for w in title.split() if len(w) > 3 and not w.isdigit())
        return sorted(found)

    # Read from every title: 0.6 s at 100k. Data, not a page: kept per content version in
    # the default cache, even where the page cache is off, for an hour at most (words of a
    # title published on schedule may be offered late: a suggestion, not a result).
    key = f"search-vocabulary:{current_version()}"
    found = caches["default"].get(key)
    if found is None:
        found = collect()
        caches["default"].set(key, found, 3600)
    return found


def corrected(words: list[str], also=frozenset()) -> list[str]:
    """The query with each unknown word replaced by the nearest known one ("programieren" →
    "programmieren"), on both databases; [] when nothing needs correcting. Words `also`
    known (the words the search reads as filters: "kostenlos") are kept and offered."""
    known = sorted({*vocabulary(), *also})
    index = set(known)
    fixed = []
    for word in words:
        nearest = [] if word in index or len(word) <= 3 else get_close_matches(word, known, 1, 0.8)
        fixed.append(nearest[0] if nearest else word)
    return fixed if fixed != words else []


def counts_by_kind(words: list[str]) -> dict[str, int]:
    """Matches per kind. They are the same in every language, on every page and tab, so they
    are kept as the pages are."""
    digest = hashlib.sha256(" ".join(words).encode()).hexdigest()
    return kept_like_pages(f"search-counts:{digest}", lambda: count_by_kind(words))


def count_by_kind(words: list[str]) -> dict[str, int]:
    """`counts_by_kind`, counted: on PostgreSQL from the posting lists kept in memory
    (`wordindex`), on SQLite by the database."""
    if connection.vendor == "postgresql":
        return wordindex.word_index().counts(alternatives(words))
    rows = search_entries(words).order_by().values_list("kind").annotate(n=Count("id"))
    return dict(rows)


@dataclass
class Result:
    kind: str
    obj: models.Model
    title: object  # LocalizedText
    snippet: str


def results_for(entries, words: list[str]) -> list[Result]:
    """The objects behind a page of entries: one query per kind, whatever the page size."""
    ids_by_kind = {}
    for entry in entries:
        ids_by_kind.setdefault(entry.kind, []).append(entry.object_id)
    objects = {}
    for kind, ids in ids_by_kind.items():
        queryset = kinds()[kind].for_results(model_of(kind).objects.filter(pk__in=ids))
        objects.update({(kind, obj.pk): obj for obj in queryset})
    results = []
    for entry in entries:
        obj = objects.get((entry.kind, entry.object_id))
        if obj is None:
            continue
        kind = kinds()[entry.kind]
        texts = [localized(obj, f) for f in (*kind.summary, *kind.body)]
        text = next((t for t in texts if any(w[:5] in normalize(t.text) for w in words)), None)
        text = text or next((t for t in texts if t), None)
        snippet = highlight(text.text, words) if text else ""
        results.append(Result(entry.kind, obj, localized(obj, kind.title), snippet))
    return results


def highlight(text: str, words: list[str], width: int = 220) -> str:
    """A short extract around the first word found, with the words marked (accent- and
    case-insensitive, and by a 5-letter stem so "formations" marks "formation")."""
    text = " ".join(html_text(text).split())
    if not text:
        return ""
    folded = normalize(text)
    stems = [w[:5] if len(w) > 5 else w for w in words]
    starts = [m.start() for s in stems if (m := re.search(rf"(?<!\w){re.escape(s)}", folded))]
    first = min(starts) if starts else 0
    begin = max(0, first - width // 3)
    extract = text[begin : begin + width]
    # at the start of a word only: "donnée" is not marked inside "coordonnée"
    alternatives = "|".join(re.escape(s) for s in stems) if stems else r"(?!x)x"
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})")
    folded_extract = folded[begin : begin + width]
    out, position = [], 0
    for found in pattern.finditer(folded_extract):
        if found.start() < position:
            continue
        end = found.end()
        while end < len(extract) and extract[end].isalnum():  # mark the whole word
            end += 1
        out.append(escape(extract[position : found.start()]))
        out.append(f"<mark>{escape(extract[found.start() : end])}</mark>")
        position = end
    out.append(escape(extract[position:]))
    prefix = "… " if begin else ""
    suffix = " …" if begin + width < len(text) else ""
    return mark_safe(prefix + "".join(out) + suffix)
