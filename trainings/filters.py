"""The catalogue's filters (counts per value come from `bedigital.facets`)."""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.dates import WEEKDAYS
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from bedigital.facets import FacetedFilterSet, OneOf
from bedigital.search import found_by
from bedigital.support.models import Situation
from bedigital.vocabularies import (
    Cost,
    DigCompArea,
    DigitalTechnology,
    InstructionLanguage,
    Region,
    Schedule,
    SkillLevel,
    TargetAudience,
    TrainingFormat,
    TrainingKind,
)

from . import areas, places, schedule
from .models import Length, Pace, Session, Training

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
PARTS = [
    ("morning", _("Mornings")),
    ("afternoon", _("Afternoons")),
    ("evening", _("Evenings")),
]
# "Starts within": a value per choice, in days
STARTS_WITHIN = {"2w": 14, "1m": 31, "2m": 61, "3m": 92}


def days_mask(values) -> int:
    return schedule.weekday_mask(DAYS.index(value) for value in values)


def parts_mask(values) -> int:
    mask = 0
    for value in values:
        mask |= schedule.PARTS[value]
    return mask


KEYWORD_MAX_LENGTH = 200
DEFAULT_RADIUS_KM = 25


class TrainingFilterSet(FacetedFilterSet):
    q = django_filters.CharFilter(
        label=_("Keywords"),
        method="filter_keywords",
        max_length=KEYWORD_MAX_LENGTH,
    )
    kind = OneOf(label=_("Kind"), choices=TrainingKind.choices)
    format = OneOf(label=pgettext_lazy("training", "Format"), choices=TrainingFormat.choices)
    region = OneOf(label=_("Region"), choices=Region.choices)
    cost = OneOf(label=_("Cost"), choices=Cost.choices)
    schedule = OneOf(label=_("When"), choices=Schedule.choices)
    level = OneOf(label=_("Level"), choices=SkillLevel.choices)
    language = django_filters.MultipleChoiceFilter(
        label=_("Language of instruction"),
        choices=InstructionLanguage.choices,
        method="filter_terms",
    )
    area = django_filters.MultipleChoiceFilter(
        label=_("DigComp area"), choices=DigCompArea.choices, method="filter_terms"
    )
    technology = django_filters.MultipleChoiceFilter(
        label=_("Technology"), choices=DigitalTechnology.choices, method="filter_terms"
    )
    audience = django_filters.MultipleChoiceFilter(
        label=_("For whom"), choices=TargetAudience.choices, method="filter_terms"
    )
    women_only = django_filters.BooleanFilter(
        label=_("For women only"), widget=forms.CheckboxInput, method="filter_flag"
    )
    childcare = django_filters.BooleanFilter(
        label=_("Childcare available"), widget=forms.CheckboxInput, method="filter_flag"
    )
    open = django_filters.BooleanFilter(
        label=_("Registration open"), widget=forms.CheckboxInput, method="filter_facet"
    )
    starts_after = django_filters.DateFilter(
        label=_("Starts on or after"), method="filter_starts_after"
    )
    starts_before = django_filters.DateFilter(
        label=_("Starts on or before"), method="filter_starts_before"
    )
    day = django_filters.MultipleChoiceFilter(
        label=_("Days you can come"),
        choices=[(code, WEEKDAYS[day]) for day, code in enumerate(DAYS)],
        method="filter_facet",
    )
    part = django_filters.MultipleChoiceFilter(
        label=_("Time of day"), choices=PARTS, method="filter_facet"
    )
    weekend = django_filters.BooleanFilter(
        label=_("Weekends only"), widget=forms.CheckboxInput, method="filter_facet"
    )
    school_hours = django_filters.BooleanFilter(
        label=_("Within school hours (ends by 15:30, free on Wednesday afternoon)"),
        widget=forms.CheckboxInput,
        method="filter_flag",
    )
    pace = OneOf(label=_("Full-time or part-time"), choices=Pace.choices)
    length = OneOf(label=_("Duration"), choices=Length.choices)
    starts_within = django_filters.MultipleChoiceFilter(
        label=_("Starts within"),
        choices=[
            ("2w", _("2 weeks")),
            ("1m", _("a month")),
            ("2m", _("2 months")),
            ("3m", _("3 months")),
        ],
        method="filter_facet",
    )
    near = django_filters.CharFilter(
        label=_("Near (postcode or municipality)"), max_length=100, method="filter_near"
    )
    within = django_filters.ChoiceFilter(
        label=_("Within"),
        choices=[(str(km), f"{km} km") for km in places.RADII_KM],  # the same in every language
        empty_label=None,
        method="keep",  # read by filter_near
    )
    or_online = django_filters.BooleanFilter(
        label=_("or online"), widget=forms.CheckboxInput, method="keep"
    )
    free_for = django_filters.ChoiceFilter(
        label=_("Free for me, as a…"),
        choices=Situation.choices,
        empty_label=None,
        method="filter_free_for",
    )
    district = django_filters.ChoiceFilter(
        label=_("Area of Belgium"), choices=areas.choices(), method="filter_district"
    )
    when = django_filters.ChoiceFilter(
        label=_("Dates"),
        choices=[
            ("current", _("Upcoming and on demand")),
            ("past", _("Past only")),
            ("all", pgettext_lazy("dates", "All")),
        ],
        empty_label=None,
        method="filter_when",
    )

    class Meta:
        model = Training
        fields = []

    TERM_RELATIONS = {
        "language": "languages",
        "area": "digcomp_areas",
        "technology": "technologies",
        "audience": "audiences",
    }
    FACETS = [
        "cost",
        "region",
        "format",
        "day",
        "part",
        "pace",
        "length",
        "starts_within",
        "schedule",
        "level",
        "language",
        "kind",
        "audience",
        "technology",
        "area",
    ]
    FLAG_FACETS = ["women_only", "childcare", "open", "weekend", "school_hours"]
    LAPSES = "next_start_until"  # `refresh_lapsed` rewrites a row's next session then
    INDEXED_ALSO = {"locality"}  # read by "near", which has no choices to list

    def __init__(self, data=None, *args, **kwargs):
        # "Upcoming and on demand" unless the visitor asked otherwise: past trainings stay
        # reachable, but do not crowd the default list.
        if data is not None and not data.get("when"):
            data = data.copy()
            data["when"] = "current"
        super().__init__(data, *args, **kwargs)

    def filter_keywords(self, queryset, name, value):
        return found_by(queryset, value)  # the site search's engine

    def condition(self, name: str, value) -> Q:
        if name == "open":
            return Training.objects.open_condition()
        if name == "starts_within":
            return Training.objects.starting_within_condition(
                max(STARTS_WITHIN[choice] for choice in value)
            )
        # "Fits my week": every meeting falls in the days (parts of day) she ticked, i.e. the
        # training's mask is one of the masks made of those bits: an IN list on an indexed
        # column.
        if name == "day":
            return Q(meeting_days__in=schedule.subsets(days_mask(value)))
        if name == "part":
            return Q(day_parts__in=schedule.subsets(parts_mask(value)))
        if name == "weekend":
            return Q(meeting_days__in=schedule.subsets(schedule.WEEKEND))
        return super().condition(name, value)

    def index_condition(self, name: str, value) -> Q | None:
        if name == "when":  # set on every page: "current" unless she chose otherwise
            return self.when_conditions()[value]
        if name == "near":
            return self.near_condition()
        if name == "free_for":
            return self.free_for_condition(value)
        if name == "district":
            return self.district_condition(value)
        return super().index_condition(name, value)

    @staticmethod
    def when_conditions() -> dict[str, Q]:
        return {
            "current": Training.objects.current_condition(),
            "past": Training.objects.past_condition(),
            "all": Q(),
        }

    def option_condition(self, name: str, value: str) -> Q:
        # Days and parts of day: what fits once this one is ticked too.
        if name in {"day", "part"}:
            return self.condition(name, [*self.data.getlist(name), value])
        return super().option_condition(name, value)

    def filter_starts_after(self, queryset, name, value):
        return queryset.filter(
            Exists(Session.objects.filter(training=OuterRef("pk"), start__date__gte=value))
        )

    def filter_starts_before(self, queryset, name, value):
        return queryset.filter(
            Exists(Session.objects.filter(training=OuterRef("pk"), start__date__lte=value))
        )

    places_named = staticmethod(places.municipalities_named)

    def said(self, name, value):
        if name != "near":
            return None
        # the place in the visitor's language as the list found it ("4000 Liège" for a
        # postcode), with the radius the list applies
        place, value = self.near_place, str(value)
        if place is not None:
            value = str(place) if value.strip().isdigit() else place.name
        return _("Near %(place)s · %(km)s km") % {"place": value, "km": self.radius_km()}

    def keep(self, queryset, name, value):
        return queryset

    @cached_property
    def near_place(self):
        """The place the visitor named in `near`, if any (None when unknown)."""
        return places.find_place(self.data.get("near", "")[:100])

    def radius_km(self) -> int:
        value = self.data.get("within", "")
        return int(value) if value in {str(km) for km in places.RADII_KM} else DEFAULT_RADIUS_KM

    @cached_property
    def place_distances(self) -> dict[int, float]:
        """The places the results may have, with their distance in km from the place she
        named: those within the radius, or every place when online ones may be farther."""
        place = self.near_place
        if place is None:
            return {}
        return places.within(place, None if self.wants_online() else self.radius_km())

    def wants_online(self) -> bool:
        return self.data.get("or_online") in {"on", "true", "1"}

    def near_condition(self) -> Q:
        """Trainings whose place lies within the radius, or online ones if she ticked "or
        online" (no place named: every training)."""
        if self.near_place is None:
            return Q()
        km = self.radius_km()
        near = Q(locality__in=sorted(p for p, d in self.place_distances.items() if d <= km))
        return near | Q(format=TrainingFormat.ONLINE) if self.wants_online() else near

    def shown(self, rows: list) -> list:
        """Near a place, each training with its `distance` in km for the card: its place's,
        as the facet index ranked it (`place_distances`), not computed again in SQL."""
        if self.near_place is not None:
            for row in rows:
                row.distance = self.place_distances.get(row.locality_id)
        return rows

    def filter_near(self, queryset, name, value):
        """`near_condition`, each training with its `distance` in km (for the card and the
        database's nearest-first order, where no facet index ranks them)."""
        place = self.near_place
        if place is None:
            return queryset
        distance = places.distance_km(place.latitude, place.longitude)
        return queryset.annotate(distance=distance).filter(self.near_condition())

    @staticmethod
    def free_for_condition(value) -> Q:
        """Free for her: free for everyone, or for registered job seekers if she is one."""
        free = Q(cost=Cost.FREE)
        if value == Situation.JOB_SEEKER:
            free |= Q(cost=Cost.FREE_FOR_JOB_SEEKERS)
        return free

    def filter_free_for(self, queryset, name, value):
        return queryset.filter(self.free_for_condition(value))

    @staticmethod
    def district_condition(value) -> Q:
        """Trainings whose place lies in that area (the map's areas: one rule for both)."""
        return Q(locality__refnis__in=areas.areas()[value]["refnis"])

    def filter_district(self, queryset, name, value):
        return queryset.filter(self.district_condition(value))

    def filter_when(self, queryset, name, value):
        return queryset.filter(self.when_conditions()[value]) if value else queryset
