"""Faceted catalogues: GET filters with, for each value, how many results it would give.

Shared by the trainings catalogue and the initiative repository. Counts are disjunctive:
each facet is counted with every *other* filter applied, so ticking a second value of the
same facet shows what it would add. One query per facet: constant whatever the data size.
"""

from dataclasses import dataclass
from functools import cache

import django_filters
from django.db.models import Count, Exists, OuterRef
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import ListView

from . import pagecache
from .understanding import moved_to_filters


@dataclass
class Option:
    value: str
    label: str
    count: int
    checked: bool


@dataclass
class Facet:
    name: str
    legend: str
    options: list[Option]

    @property
    def selected(self) -> int:
        return sum(option.checked for option in self.options)


class FacetedFilterSet(django_filters.FilterSet):
    # parameter name → many-to-many relation to `Term` on the model
    TERM_RELATIONS: dict[str, str] = {}
    # checkbox facets with counts, in the order of the form
    FACETS: list[str] = []
    # single checkboxes ("women only") with the count they would give
    FLAG_FACETS: list[str] = []

    def filter_terms(self, queryset, name, value):
        relation = getattr(queryset.model, self.TERM_RELATIONS[name]).through
        source = relation._meta.get_field(queryset.model._meta.model_name).attname
        links = relation.objects.filter(**{source: OuterRef("pk"), "term__code__in": value})
        return queryset.filter(Exists(links))

    def filter_flag(self, queryset, name, value):
        return queryset.filter(**{name: True}) if value else queryset

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
    def from_query(cls, query, queryset, request=None):
        """The filterset for a query string, and the unknown values it left out."""
        data, ignored = cls.drop_unknown_values(query)
        return cls(data, queryset=queryset, request=request), ignored

    def without(self, name: str):
        """The results with every filter applied but `name`'s."""
        self.form.is_valid()  # validated once; invalid fields are left out, as in `qs`
        others = self.queryset.all()
        for field, value in self.form.cleaned_data.items():
            if field != name:
                others = self.filters[field].filter(others, value)
        return others

    def facet_counts(self, name: str) -> dict[str, int]:
        """How many results each value of one facet gives, with every other filter applied."""
        others = self.without(name)
        if name in self.FLAG_FACETS:
            return {"on": self.filters[name].filter(others, True).count()}
        if name in self.TERM_RELATIONS:
            relation = getattr(self.queryset.model, self.TERM_RELATIONS[name]).through
            source = relation._meta.get_field(self.queryset.model._meta.model_name).name
            rows = (
                relation.objects.filter(**{f"{source}__in": others.values("pk")})
                .values_list("term__code")
                .annotate(n=Count("pk"))
            )
        else:
            field = self.filters[name].field_name
            rows = others.order_by().values_list(field).annotate(n=Count("pk"))
        return {str(value): count for value, count in rows}

    def facets(self) -> list[Facet]:
        facets = []
        for name in self.FACETS:
            field = self.form.fields[name]
            counts = self.facet_counts(name)
            selected = set(self.data.getlist(name))
            options = [
                Option(str(value), str(label), counts.get(str(value), 0), str(value) in selected)
                for value, label in field.choices
            ]
            facets.append(Facet(name, str(field.label), options))
        return facets

    def flags(self) -> list[Option]:
        return [
            Option(
                name,
                str(self.form.fields[name].label),
                self.facet_counts(name)["on"],
                self.data.get(name) in {"on", "true", "1"},
            )
            for name in self.FLAG_FACETS
        ]


class FacetedListView(ListView):
    """A paginated, sorted, faceted list whose whole state lives in the query string."""

    filterset_class: type[FacetedFilterSet]
    paginate_by = 12
    sorts: dict = {}  # key → (label, function ordering a queryset); the first is the default

    def base_queryset(self):
        raise NotImplementedError

    def get(self, request, *args, **kwargs):
        # "cours python gratuit" in the keyword box: "gratuit" becomes the cost filter, ticked
        moved = moved_to_filters(request.GET, self.filterset_class.known_values())
        if moved is not None:
            return redirect(f"{request.path}?{moved.urlencode()}")
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        self.filterset, self.ignored = self.filterset_class.from_query(
            self.request.GET, self.base_queryset(), self.request
        )
        self.sort = self.request.GET.get("sort") or next(iter(self.sorts))
        if self.sort not in self.sorts:
            self.ignored.append(self.sort)
            self.sort = next(iter(self.sorts))
        return self.sorts[self.sort][1](self.filterset.qs)

    def paginate_queryset(self, queryset, page_size):
        # A page number out of range shows the nearest page rather than an error.
        paginator = self.get_paginator(queryset, page_size)
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
        return pagecache.vouch_for_query(response, known)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            filter=self.filterset,
            facets=self.filterset.facets(),
            flags=self.filterset.flags(),
            filter_errors=self.filter_errors(),
            sort=self.sort,
            sorts=[(key, label) for key, (label, _order) in self.sorts.items()],
            is_filtered=any(key not in {"page", "sort"} for key in self.request.GET),
            **kwargs,
        )
