"""Faceted catalogues: GET filters with, for each value, how many results it would give.

Shared by the trainings catalogue and the initiative repository. Counts are disjunctive:
each facet is counted with every *other* filter applied, so ticking a second value of the
same facet shows what it would add.

Every facet and flag is one condition (`condition`), used both to filter the results and to
count them, so a count never disagrees with the list it links to. The counts take two
queries whatever the number of facets and rows: one pass over the results' rows with a
`COUNT(*) FILTER (WHERE …)` per value of every single-valued facet and flag (and the total,
which the paginator reuses), and one `UNION ALL` grouping the many-to-many links per term.
A list view gives its filterset a facet index (`facetindex`): the same conditions, counted
as bitmap intersections, with no query but for filters the index cannot evaluate.
"""

import copy
from dataclasses import dataclass
from functools import cache

import django_filters
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q, Value
from django.http import QueryDict
from django.shortcuts import redirect
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.views.generic import ListView
from pyroaring import BitMap

from . import pagecache, search, understanding
from .facetindex import (
    IndexedRows,
    NotIndexed,
    column_paths,
    index_for,
    pks_of,
    single_valued,
)
from .understanding import moved_to_filters


@dataclass
class Option:
    value: str
    label: str
    count: int
    checked: bool


@dataclass
class Alternative:
    """A way out of an empty list: the same search with one choice undone, and its count."""

    label: str
    url: str
    count: int


@dataclass
class Facet:
    name: str
    legend: str
    options: list[Option]

    @property
    def selected(self) -> int:
        return sum(option.checked for option in self.options)


class OneOf(django_filters.MultipleChoiceFilter):
    """Any of the ticked values of a single-valued column: no `SELECT DISTINCT` (django-filter's
    default, needed only across many-to-many relations, which facets filter with EXISTS)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)


@cache
def form_class_of(filterset_class):
    fields = {name: f.field for name, f in filterset_class.base_filters.items()}
    return type(f"{filterset_class.__name__}Form", (filterset_class._meta.form,), fields)


class SharedFilters(dict):
    """A filterset's declared filters, copied for each list it filters: django-filter
    deep-copies every filter with its choices (0.5 ms a list); a filter is not changed once
    made, so each list has its own copy of each (its own parent and model), sharing the
    rest."""

    def __deepcopy__(self, memo):
        copies = {}
        for name, query_filter in self.items():
            copies[name] = copy.copy(query_filter)
            copies[name].method = query_filter.method  # bound anew to the copy
        return copies


class FacetedFilterSet(django_filters.FilterSet):
    # parameter name → many-to-many relation to `Term` on the model
    TERM_RELATIONS: dict[str, str] = {}
    # checkbox facets with counts, in the order of the form
    FACETS: list[str] = []
    # single checkboxes ("women only") with the count they would give
    FLAG_FACETS: list[str] = []
    # the keyword box, read by the site search's engine (`search.found_by`)
    KEYWORDS = "q"
    # a column whose moments make rows change by themselves (see `facetindex`)
    LAPSES: str | None = None
    # columns the index keeps for filters whose choices are not listed (`index_condition`)
    INDEXED_ALSO: set[str] = set()
    # the facet index of the list, when the view has one (`FacetedListView`)
    index = None

    def said(self, name: str, value) -> str | None:
        """A filter's choice in words where the list has its own ("Près de Liège · 25 km"),
        for its chip and its way out alike; None: the label and the value."""
        return None

    @staticmethod
    def places_named(texts) -> dict[str, str]:
        """Lists with a "near" filter: which of `texts` name a place (`understanding`)."""
        return {}

    def condition(self, name: str, value) -> Q:
        """The rows a facet's ticked values (a flag: True) select: what the filter applies and
        what its counts count. Subclasses add their own (masks, dates) and call this one."""
        if name in self.TERM_RELATIONS:
            return Q(self.linked(name, value))
        if name in self.FLAG_FACETS:
            return Q(**{name: True})
        return Q(**{f"{self.filters[name].field_name}__in": value})

    def linked(self, name: str, value) -> Exists:
        """Rows linked to one of the terms `value` through facet `name`'s relation."""
        model = self.queryset.model
        relation = getattr(model, self.TERM_RELATIONS[name]).through
        source = relation._meta.get_field(model._meta.model_name).attname
        return Exists(relation.objects.filter(**{source: OuterRef("pk"), "term__code__in": value}))

    def index_condition(self, name: str, value) -> Q | None:
        """A filter other than the facets as a condition on columns the facet index can
        evaluate (one with a few choices); None: the database applies it."""
        return None

    @classmethod
    @cache
    def indexable(cls) -> bool:
        """Whether a facet index can count every facet: their conditions compare columns
        with one value per row (not, say, the regions of an occupation's demand)."""
        model = cls._meta.model
        return all(single_valued(model, path) for path in cls.indexed_paths(facets_only=True))

    @classmethod
    def indexed_paths(cls, facets_only=False) -> set[str]:
        """The columns the facet index keeps: those every facet's, flag's and indexed
        filter's conditions compare, for every choice."""
        filterset = cls(QueryDict())
        filterset.form.is_valid()
        conditions = []
        for name, query_filter in filterset.filters.items():
            choices = [str(value) for value, _label in query_filter.extra.get("choices", [])]
            if name in cls.TERM_RELATIONS:
                continue
            if name in cls.FLAG_FACETS:
                conditions.append(filterset.condition(name, True))
            elif name in cls.FACETS:
                conditions.append(filterset.condition(name, choices))
                conditions += [filterset.option_condition(name, value) for value in choices]
            elif not facets_only:
                conditions += [filterset.index_condition(name, value) for value in choices]
        paths = set() if facets_only else {cls.LAPSES, *cls.INDEXED_ALSO} - {None}
        for condition in conditions:
            if condition is not None:
                paths |= column_paths(condition)
        return paths

    def option_condition(self, name: str, value: str) -> Q:
        """The rows one value of a facet would add: by default the value alone."""
        return self.condition(name, [value])

    def filter_facet(self, queryset, name, value):
        """A facet's filter on its own (`filter_queryset` applies them all at once)."""
        return queryset.filter(self.condition(name, value)) if value else queryset

    filter_terms = filter_flag = filter_facet

    @classmethod
    def drop_unknown_values(cls, data):
        """Keep the known values of the checkbox facets; return the others to report them."""
        data = data.copy()
        ignored = []
        for name in cls.FACETS:
            known = {value for value, _label in cls.base_filters[name].extra["choices"]}
            values = data.getlist(name)
            ignored += [value for value in values if value not in known]
            kept = [value for value in values if value in known]
            if kept:
                data.setlist(name, kept)
            else:
                data.pop(name, None)
        return data, ignored

    @classmethod
    @cache
    def known_values(cls) -> dict[str, set[str]]:
        """Each parameter with the values a cached page may carry (`pagecache`): a choice, a
        ticked box, or nothing. Free text and dates have endless values: never cached."""
        known = {}
        for name, query_filter in cls.base_filters.items():
            values = {""}
            if "choices" in query_filter.extra:
                values.update(str(value) for value, _label in query_filter.extra["choices"])
            elif isinstance(query_filter, django_filters.BooleanFilter):
                values.add("on")  # what a ticked checkbox sends
            known[name] = values
        return known

    @classmethod
    @cache
    def free_text(cls) -> set[str]:
        """The parameters whose values are free text or dates (no choices, not a box)."""
        return {name for name, values in cls.known_values().items() if values == {""}}

    @classmethod
    def get_filters(cls):
        return SharedFilters(super().get_filters())

    def get_form_class(self):
        """The form of the filters, made once per filterset class (django-filter makes a
        class and every field anew for each list: 1 ms); labels are lazy, so it serves
        every language."""
        return form_class_of(type(self))

    @classmethod
    def from_query(cls, query, queryset, request=None):
        """The filterset for a query string, and the unknown values it left out."""
        data, ignored = cls.drop_unknown_values(query)
        return cls(data, queryset=queryset, request=request), ignored

    def shown(self, rows: list) -> list:
        """A page's rows, read by id for the facet index's order, with what they show beyond
        their columns (a distance)."""
        return rows

    def filter_queryset(self, queryset):
        # The other filters first, then the facets' conditions: the same ones `counts()` uses.
        return self.others(queryset).filter(self.conditions())

    def ticked(self) -> dict:
        """The facets and flags in use, with their values (validated once, like `qs`)."""
        self.form.is_valid()
        return {
            name: value
            for name, value in self.form.cleaned_data.items()
            if name in self.FACETS or name in self.FLAG_FACETS
            if value not in (None, False, [], "")
        }

    def others(self, queryset, without: str | None = None):
        """`queryset` with every filter applied but the facets and flags (keywords, place,
        dates), and but `without`."""
        self.form.is_valid()
        for name, value in self.form.cleaned_data.items():
            if name not in self.FACETS and name not in self.FLAG_FACETS and name != without:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def conditions(self, without: str | None = None, linked=()) -> Q:
        """Every ticked facet's condition but `without`'s; those named in `linked` read the
        annotation `linked_<name>` (see `counts`)."""
        conditions = Q()
        for name, value in self.ticked().items():
            if name == without:
                continue
            if name in linked:
                conditions &= Q(**{f"linked_{name}": True})
            else:
                conditions &= self.condition(name, value)
        return conditions

    def without(self, name: str):
        """The results with every filter applied but `name`'s."""
        others = self.others(self.queryset.all(), without=name)
        return others.filter(self.conditions(without=name))

    def counts(self) -> dict:
        """Every facet's counts ({name: {value: count}}, flags under "on") and the number of
        results ("total"), in two queries."""
        if hasattr(self, "_counts"):
            return self._counts
        if self.index is not None:
            try:
                self._counts = self.index_counts(self.index)
                return self._counts
            except NotIndexed:
                self.index = None  # the database answers, for the page too
        others = self.others(self.queryset.all()).order_by()
        # A ticked many-to-many facet is an EXISTS: computed once per row as an annotation
        # (the aggregates then run over a subquery), not once per aggregate. The subquery
        # is given a LIMIT, else PostgreSQL pulls it up and copies the EXISTS into every
        # FILTER again (at 100k trainings: 28 s instead of 0.8 s for three filters).
        linked = {
            f"linked_{name}": self.linked(name, value)
            for name, value in self.ticked().items()
            if name in self.TERM_RELATIONS
        }
        names = {key.removeprefix("linked_") for key in linked}
        aggregates, keys = {"total": count_where(self.conditions(linked=names))}, {}
        for name in [*self.FACETS, *self.FLAG_FACETS]:
            if name in self.TERM_RELATIONS:
                continue
            rest = self.conditions(without=name, linked=names)
            if name in self.FLAG_FACETS:
                options = {"on": self.condition(name, True)}
            else:
                options = {
                    str(value): self.option_condition(name, str(value))
                    for value, _label in self.filters[name].extra["choices"]
                }
            for value, condition in options.items():
                alias = f"n{len(keys)}"
                keys[alias] = (name, value)
                aggregates[alias] = count_where(rest & condition)
        # Only rows meeting every ticked condition but at most one can count anywhere.
        rows = others.annotate(**linked)[:ALL_ROWS] if linked else others
        row = rows.aggregate(**aggregates)
        counts = {name: {} for name in [*self.FACETS, *self.FLAG_FACETS]}
        for alias, (name, value) in keys.items():
            counts[name][value] = row[alias]
        counts.update(self.term_counts(others))
        counts["total"] = row["total"]
        self._counts = counts
        return counts

    def index_counts(self, index) -> dict:
        """`counts()` from the facet index: each facet's options intersected with the rows
        every other filter leaves (`indexed_rows`, the results, kept for the page)."""
        rows, chosen = self.index_filters(index)

        def leaving(without=None):
            return BitMap.intersection(rows, *[r for n, r in chosen.items() if n != without])

        counts = {name: {} for name in [*self.FACETS, *self.FLAG_FACETS, *self.TERM_RELATIONS]}
        for name in [*self.FACETS, *self.FLAG_FACETS]:
            others = leaving(without=name)
            if name in self.FLAG_FACETS:
                options = {"on": index.rows(self.condition(name, True))}
            else:
                options = {
                    str(value): self.index_rows(index, name, [str(value)], option=True)
                    for value, _label in self.filters[name].extra["choices"]
                }
            for value, option in options.items():
                counts[name][value] = others.intersection_cardinality(option)
        self.indexed_rows = leaving()
        counts["total"] = len(self.indexed_rows)
        return counts

    def index_filters(self, index) -> tuple:
        """(the positions every filter but the facets and flags leaves, {ticked facet: the
        positions its values select})."""
        rows = self.index_others(index)  # validates the form, which `ticked` reads
        chosen = {
            name: self.index_rows(index, name, value) for name, value in self.ticked().items()
        }
        return rows, chosen

    def total(self) -> int:
        """`counts()["total"]` alone, without counting every facet's options (site search
        shows a list's count, not its facets)."""
        if self.index is not None and not hasattr(self, "_counts"):
            try:
                rows, chosen = self.index_filters(self.index)
                return len(BitMap.intersection(rows, *chosen.values()))
            except NotIndexed:
                self.index = None
        return self.counts()["total"]

    def index_rows(self, index, name: str, value, option=False):
        """The positions a facet's ticked values (an option: the one it would add) select."""
        if name in self.TERM_RELATIONS:
            terms = index.terms[name]
            return BitMap.union(BitMap(), *[terms[code] for code in value if code in terms])
        if option:
            return index.rows(self.option_condition(name, value[0]))
        return index.rows(self.condition(name, value))

    def index_others(self, index):
        """The positions every filter but the facets and flags leaves: from the index where
        it can evaluate them, else one query for the ids the database finds."""
        self.form.is_valid()
        rows, in_database = index.all, False
        for name, value in self.form.cleaned_data.items():
            if (
                name in self.FACETS
                or name in self.FLAG_FACETS
                or self.filters[name].method == "keep"
            ):
                continue
            if value in (None, False, [], ""):
                continue
            if name == self.KEYWORDS:  # the search index's ids, not a scan of the list
                found = search.ids_found(self.queryset.model, value)
                if found is not None:  # None: no words in the box, nothing filtered
                    rows = rows & index.of_pks(found)
                continue
            condition = self.index_condition(name, value)
            if condition is None:
                in_database = True
            else:
                rows = rows & index.rows(condition)
        if in_database:
            others = self.others(self.queryset.all(), without=self.KEYWORDS)  # read above
            rows = rows & index.of_pks(pks_of(others.order_by()))
        return rows

    def term_counts(self, others) -> dict:
        """Links per term of every many-to-many facet among the results of every other
        filter: one query (a UNION ALL of one GROUP BY per relation)."""
        arms = []
        model = self.queryset.model
        for name, relation_name in self.TERM_RELATIONS.items():
            if name not in self.FACETS:
                continue
            relation = getattr(model, relation_name).through
            source = relation._meta.get_field(model._meta.model_name).name
            rows = others.filter(self.conditions(without=name)).values("pk")
            arms.append(
                relation.objects.filter(**{f"{source}__in": rows})
                .order_by()
                .values("term__code")
                .annotate(n=Count("pk"), facet=Value(name))
                .values_list("facet", "term__code", "n")
            )
        counts = {name: {} for name in self.TERM_RELATIONS}
        if arms:
            for name, code, n in arms[0].union(*arms[1:], all=True):
                counts[name][str(code)] = n
        return counts

    def facet_counts(self, name: str) -> dict[str, int]:
        """How many results each value of one facet gives, with every other filter applied
        (values giving none left out; a flag: {"on": n})."""
        counts = self.counts()[name]
        if name in self.FLAG_FACETS:
            return counts
        return {value: n for value, n in counts.items() if n}

    def facets(self) -> list[Facet]:
        facets = []
        for name, legend, choices in self.facet_choices(get_language()):
            counts = self.counts()[name]
            selected = set(self.data.getlist(name))
            options = [
                Option(value, label, counts.get(value, 0), value in selected)
                for value, label in choices
            ]
            facets.append(Facet(name, legend, options))
        return facets

    @classmethod
    @cache
    def facet_choices(cls, language: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
        """(name, legend, [(value, label), …]) of every facet, translated once per language
        (the vocabularies' labels: ~100 lazy translations a page, 1.5 ms)."""
        with override(language):
            return [
                (name, str(field.label), [(str(v), str(label)) for v, label in field.choices])
                for name, field in ((name, cls.base_filters[name].field) for name in cls.FACETS)
            ]

    def flags(self) -> list[Option]:
        return [
            Option(
                name,
                str(self.form.fields[name].label),
                self.counts()[name]["on"],
                self.data.get(name) in {"on", "true", "1"},
            )
            for name in self.FLAG_FACETS
        ]


ALL_ROWS = 2**62  # a LIMIT that limits nothing


def count_where(condition: Q) -> Count:
    return Count("pk", filter=condition) if condition else Count("pk")


class CountedPaginator(Paginator):
    """A paginator told the number of results (counted with the facets, in their query)."""

    def __init__(self, object_list, per_page, count: int, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self.count = count  # the cached property, known already


class FacetedListView(ListView):
    """A paginated, sorted, faceted list whose whole state lives in the query string."""

    filterset_class: type[FacetedFilterSet]
    paginate_by = 12
    sorts: dict = {}  # key → (label, function ordering a queryset); the first is the default

    def base_queryset(self):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        # "cours python gratuit" in the keyword box: "gratuit" becomes the cost filter, ticked
        moved = moved_to_filters(
            request.GET, self.filterset_class.known_values(), self.filterset_class.places_named
        )
        if moved is not None:
            return redirect(f"{request.path}?{moved.urlencode()}")
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        self.base = base = self.base_queryset()
        self.filterset, self.ignored = self.filterset_class.from_query(
            self.request.GET, base, self.request
        )
        default = next(iter(self.sorts))
        # Counts and the default order's pages come from the list's facet index.
        if self.filterset_class.indexable():
            self.filterset.index = self.facet_index(base)
        self.sort = self.request.GET.get("sort") or default
        if self.sort not in self.sorts:
            self.ignored.append(self.sort)
            self.sort = default
        # Built only where the database pages the results (no index, or a condition it
        # cannot evaluate): from the index, a page's rows are read by id (`paginate_queryset`)
        return SimpleLazyObject(lambda: self.sorts[self.sort][1](self.filterset.qs))

    @classmethod
    def count_for(cls, query) -> int:
        """How many results the list shows for `query` (a QueryDict), counted as the list
        counts them (site search links to lists with their counts)."""
        base = cls().base_queryset()
        filterset, _ignored = cls.filterset_class.from_query(query, base)
        filterset.index = cls.facet_index(base)
        return filterset.total()

    @classmethod
    def facet_index(cls, base):
        """The list's facet index (`facetindex`): the rows `base` in the default order."""
        key = f"{cls.__module__}.{cls.__qualname__}"
        return index_for(key, cls.filterset_class, cls.sorts[next(iter(cls.sorts))][1](base))

    def indexed_order(self, index, rows):
        """The results' positions (`rows`) in the chosen order: the index's own is the
        default one; another (by title, newest) the index reads once from the database."""
        if self.sort == next(iter(self.sorts)):
            return index.in_order(rows)
        ordered = self.sorts[self.sort][1](self.base)
        return index.order_of((self.sort, get_language()), ordered).of(rows)

    def paginate_queryset(self, queryset, page_size):
        counts = self.filterset.counts()
        index = self.filterset.index
        ordered = None if index is None else self.indexed_order(index, self.filterset.indexed_rows)
        if ordered is not None:  # a page is the next few positions: their rows, by id
            queryset = IndexedRows(index, ordered, self.base, self.filterset.shown)
        # A page number out of range shows the nearest page rather than an error.
        paginator = CountedPaginator(queryset, page_size, counts["total"])
        page = paginator.get_page(self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()

    def filter_errors(self) -> list[str]:
        form = self.filterset.form
        errors = [
            f"{form.fields[name].label}: {' '.join(messages)}"
            for name, messages in form.errors.items()
        ]
        if self.ignored:
            values = ", ".join(sorted(set(self.ignored)))[:200]
            errors.append(_("Unknown values were ignored: %(values)s") % {"values": values})
        return errors

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        known = {
            **self.filterset_class.known_values(),
            "sort": {"", *self.sorts},
            "page": {str(context["page_obj"].number)},  # the page shown, as its links spell it
        }
        return pagecache.vouch_for_query(response, known, free=self.filterset_class.free_text())

    def chosen(self) -> list[tuple[str, str]]:
        """(filter name, what she chose, in words) for every filter in effect."""
        form = self.filterset.form
        chosen = []
        for name, value in form.cleaned_data.items():
            if name not in self.request.GET or value in (None, "", [], False):
                continue
            if self.filterset.filters[name].method == "keep":  # read by another filter
                continue
            if said := self.filterset.said(name, value):
                chosen.append((name, said))
                continue
            field = form.fields[name]
            labels = dict(getattr(field, "choices", ()))
            values = value if isinstance(value, list | tuple) else [value]
            words = ", ".join(str(labels.get(v, v)) if v is not True else "" for v in values)
            text = _("%(filter)s: %(choice)s") % {"filter": field.label, "choice": words}
            chosen.append((name, text if words else str(field.label)))
        return chosen

    def url_without(self, *names: str) -> str:
        query = self.request.GET.copy()
        for name in (*names, "page"):
            query.pop(name, None)
        return f"{self.request.path}?{query.urlencode()}" if query else self.request.path

    def respelled(self) -> Alternative | None:
        """The same list with the keywords' typos corrected ("pyhton" → "python"), when that
        finds something: one count, asked only of an empty list."""
        words = search.words_of(search.clean_query(self.request.GET.get("q", "")))
        if not words:  # nothing typed: no need to read the vocabulary
            return None
        fixed = search.corrected(words, also=understanding.known_words())
        if not fixed:
            return None
        query = self.request.GET.copy()
        query["q"] = " ".join(fixed)
        query.pop("page", None)
        label = _("Did you mean “%(words)s”?") % {"words": query["q"]}
        # "avondcurcus" is "avondcursus", a filter word: the list it leads to has it ticked
        known = self.filterset_class.known_values()
        query = moved_to_filters(query, known, self.filterset_class.places_named) or query
        filterset, _ignored = self.filterset_class.from_query(query, self.base_queryset())
        count = filterset.qs.count()
        return (
            Alternative(label, f"{self.request.path}?{query.urlencode()}", count) if count else None
        )

    def alternatives(self) -> list[Alternative]:
        """When nothing matches: each choice undone with what it would show (the largest
        first), then every filter cleared. One count per choice, whatever the data size."""
        found = []
        chosen = self.chosen()
        for name, words in chosen:
            count = self.filterset.without(name).count()
            if count:
                found.append(
                    Alternative(
                        _("Without “%(choice)s”") % {"choice": words}, self.url_without(name), count
                    )
                )
        found.sort(key=lambda alternative: -alternative.count)
        if spelled := self.respelled():
            found.insert(0, spelled)
        if len(chosen) > 1:  # with one choice, undoing it is clearing them all
            found.append(
                Alternative(_("Clear all filters"), self.request.path, self.base_queryset().count())
            )
        return found

    def get_context_data(self, **kwargs):
        context = super().get_context_data(
            filter=self.filterset,
            facets=self.filterset.facets(),
            flags=self.filterset.flags(),
            filter_errors=self.filter_errors(),
            sort=self.sort,
            sorts=[(key, label) for key, (label, _order) in self.sorts.items()],
            is_filtered=any(key not in {"page", "sort"} for key in self.request.GET),
            **kwargs,
        )
        if context["paginator"].count == 0 and context["is_filtered"]:
            context["alternatives"] = self.alternatives()
        return context
