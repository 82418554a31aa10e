"""The agenda: everything dated, soonest first — sessions of trainings and workshops, and
events (information sessions, Girls in ICT Day, webinars, job fairs) — with filters by month,
region, online and kind (counts per value, as the catalogues), a calendar feed of the same,
and "add to calendar" links.

Constant SQL: two queries per facet's counts (sessions, events), two counts and two reads for
the page shown (the soonest `page × size` rows of each kind, merged).
"""

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.shortcuts import render
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from bedigital import calendars, pagecache
from bedigital.events import calendar as event_calendar
from bedigital.events.models import Event, EventKind
from bedigital.facets import Facet, Option
from bedigital.i18n import localized
from bedigital.vocabularies import Region, SessionStatus
from trainings import calendar as session_calendar
from trainings.models import Session, Training

PAGE_SIZE = 20
MAX_PAGE = 25
FEED_MAX_ITEMS = 500
MONTHS_AHEAD = 12
TRAINING = "training"
ONLINE, ON_SITE = "online", "onsite"
FACETS = {
    "month": gettext_lazy("Month"),
    "region": gettext_lazy("Region"),
    "online": gettext_lazy("Online or on site"),
    "kind": gettext_lazy("Kind"),
}


def month_starts(today: date) -> list[date]:
    first = today.replace(day=1)
    months = []
    for step in range(MONTHS_AHEAD):
        year, month = divmod(first.month - 1 + step, 12)
        months.append(date(first.year + year, month + 1, 1))
    return months


def month_code(day) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def choices() -> dict[str, list[tuple[str, str]]]:
    """Each filter's values and labels, in the active language."""
    months = [
        (month_code(day), date_format(day, "YEAR_MONTH_FORMAT"))
        for day in month_starts(timezone.localdate())
    ]
    return {
        "month": months,
        "region": [(value, str(label)) for value, label in Region.choices],
        "online": [(ONLINE, _("Online")), (ON_SITE, _("On site"))],
        "kind": [(TRAINING, _("Training or workshop")), *EventKind.choices],
    }


def known_values() -> dict[str, set[str]]:
    return {name: {"", *(value for value, _label in values)} for name, values in choices().items()}


class Agenda:
    """Sessions and events matching the chosen filters (each facet: any of its values)."""

    def __init__(self, query):
        known = known_values()
        self.chosen, self.ignored = {}, []
        for name in FACETS:
            values = [value for value in query.getlist(name) if value]
            self.chosen[name] = [value for value in values if value in known[name]]
            self.ignored += [value for value in values if value not in known[name]]

    def sessions(self, without: str = ""):
        sessions = Session.objects.filter(
            start__gte=timezone.now(), training__in=Training.objects.published().values("pk")
        ).exclude(status=SessionStatus.CANCELLED)
        chosen = {name: values for name, values in self.chosen.items() if name != without}
        if chosen.get("kind") and TRAINING not in chosen["kind"]:
            return sessions.none()
        if chosen.get("region"):
            sessions = sessions.filter(training__region__in=chosen["region"])
        return sessions.filter(self.common(chosen))

    def events(self, without: str = ""):
        events = Event.objects.published().upcoming()
        chosen = {name: values for name, values in self.chosen.items() if name != without}
        if chosen.get("kind"):
            events = events.filter(kind__in=chosen["kind"])
        if chosen.get("region"):
            events = events.filter(region__in=chosen["region"])
        return events.filter(self.common(chosen))

    @staticmethod
    def common(chosen) -> Q:
        condition = Q()
        if chosen.get("month"):
            months = Q()
            for code in chosen["month"]:
                start, end = month_bounds(code)
                months |= Q(start__gte=start, start__lt=end)
            condition &= months
        online = set(chosen.get("online", []))
        if online == {ONLINE}:
            condition &= Q(online=True)
        elif online == {ON_SITE}:
            condition &= Q(online=False)
        return condition

    def counts(self, name: str) -> dict[str, int]:
        sessions, events = self.sessions(without=name), self.events(without=name)
        if name == "kind":
            counts = dict(events.order_by().values_list("kind").annotate(n=Count("pk")))
            counts[TRAINING] = sessions.count()
            return counts
        if name == "region":
            found = sessions.order_by().values_list("training__region").annotate(n=Count("pk"))
            counts = dict(found)
            for region, n in events.order_by().values_list("region").annotate(n=Count("pk")):
                counts[region] = counts.get(region, 0) + n
            return counts
        if name == "online":
            counts = {}
            for rows in (sessions, events):
                for online, n in rows.order_by().values_list("online").annotate(n=Count("pk")):
                    key = ONLINE if online else ON_SITE
                    counts[key] = counts.get(key, 0) + n
            return counts
        zone = ZoneInfo(settings.TIME_ZONE)
        counts = {}
        for rows in (sessions, events):
            months = rows.order_by().annotate(month=TruncMonth("start", tzinfo=zone))
            for month, n in months.values_list("month").annotate(n=Count("pk")):
                key = month_code(month)
                counts[key] = counts.get(key, 0) + n
        return counts

    def facets(self) -> list[Facet]:
        found = []
        for name, values in choices().items():
            counts = self.counts(name)
            options = [
                Option(value, label, counts.get(value, 0), value in self.chosen[name])
                for value, label in values
            ]
            found.append(Facet(name, str(FACETS[name]), options))
        return found

    def items(self) -> "Items":
        return Items(self)


def month_bounds(code: str):
    year, month = (int(part) for part in code.split("-"))
    start = date(year, month, 1)
    end = date(year + month // 12, month % 12 + 1, 1)
    return (
        timezone.make_aware(datetime.combine(start, time.min)),
        timezone.make_aware(datetime.combine(end, time.min)),
    )


@dataclass
class Item:
    """One line of the agenda: a training's session or an event."""

    kind: str
    kind_label: str
    title: object  # a LocalizedText
    url: str
    start: object
    end: object
    online: bool
    place: str
    organiser: str
    when: str
    calendar_links: dict
    obj: object


def session_item(session) -> Item:
    training = session.training
    return Item(
        TRAINING,
        training.get_kind_display(),
        localized(training, "title"),
        training.get_absolute_url(),
        session.start,
        session.end,
        session.online,
        session.locality.name if session.locality else session.place,
        str(training.provider),
        session.describe(),
        session_calendar.calendar_links(session),
        session,
    )


def event_item(event) -> Item:
    return Item(
        event.kind,
        event.get_kind_display(),
        localized(event, "title"),
        event.get_absolute_url(),
        event.start,
        event.end,
        event.online,
        event.place,
        str(event.owner),
        "",
        event_calendar.calendar_links(event),
        event,
    )


class Items:
    """Sessions and events merged by start, read a page at a time (for Paginator)."""

    def __init__(self, agenda: Agenda):
        self.agenda = agenda

    def count(self) -> int:
        return self.agenda.sessions().count() + self.agenda.events().count()

    def __len__(self):
        return self.count()

    def __getitem__(self, window: slice) -> list[Item]:
        stop = window.stop
        sessions = (
            self.agenda.sessions()
            .select_related("training", "training__provider", "locality")
            .order_by("start", "pk")[:stop]
        )
        events = self.agenda.events().select_related("owner").order_by("start", "pk")[:stop]
        merged = sorted(
            [session_item(s) for s in sessions] + [event_item(e) for e in events],
            key=lambda item: item.start,
        )
        return merged[window.start : stop]


def agenda_view(request):
    agenda = Agenda(request.GET)
    paginator = Paginator(agenda.items(), PAGE_SIZE)
    number = request.GET.get("page")
    page = paginator.get_page(min(int(number), MAX_PAGE) if str(number).isdigit() else 1)
    errors = []
    if agenda.ignored:
        values = ", ".join(sorted(set(agenda.ignored)))[:200]
        errors.append(_("Unknown values were ignored: %(values)s") % {"values": values})
    context = {
        "facets": agenda.facets(),
        "page_obj": page,
        "paginator": paginator,
        "items": page.object_list,
        "filter_errors": errors,
        "is_filtered": any(agenda.chosen.values()),
        "query": request.GET.urlencode(),
    }
    response = render(request, "bedigital/agenda.html", context)
    known = {**known_values(), "page": {str(page.number)}}
    return pagecache.vouch_for_query(response, known)


def agenda_ics(request):
    """The same agenda as a calendar to subscribe to (the soonest 500 items)."""
    agenda = Agenda(request.GET)
    sessions = (
        agenda.sessions()
        .select_related("training", "training__provider")
        .order_by("start", "pk")[:FEED_MAX_ITEMS]
    )
    events = agenda.events().order_by("start", "pk")[:FEED_MAX_ITEMS]
    dated = [session_calendar.dated(s) for s in sessions] + [
        event_calendar.dated(e) for e in events
    ]
    dated.sort(key=lambda item: item.start)
    response = calendars.calendar_response(dated[:FEED_MAX_ITEMS], filename="agenda.ics")
    return pagecache.vouch_for_query(response, known_values())
