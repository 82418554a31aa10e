"""iCalendar (.ics, RFC 5545) files and "add to Google Calendar / Outlook" links for anything
dated: a training's session (`trainings.calendar`), an event (`bedigital.events`).

Times are written in Europe/Brussels with its VTIMEZONE, so that a calendar shows each
meeting at its wall-clock time on both sides of a summer-time change. UIDs are built from
the site's configured host, never the request's.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, vRecur, vText

from .origin import site_host


@dataclass
class Dated:
    """What a calendar needs of one dated thing."""

    uid: str  # "session-12": made unique per site with its host
    title: str
    start: datetime
    end: datetime
    url: str  # absolute
    summary: str = ""
    location: str = ""
    rrule: str = ""  # "FREQ=WEEKLY;BYDAY=TU,TH;UNTIL=…", for a run of meetings
    skipped: list = field(default_factory=list)  # EXDATEs
    cancelled: bool = False
    organizer: tuple[str, str] | None = None  # (e-mail, name)


def uid(name: str) -> str:
    return f"{name}@{site_host()}"


def event(dated: Dated) -> Event:
    component = Event()
    component.add("uid", uid(dated.uid))
    component.add("dtstamp", timezone.now())
    component.add("dtstart", timezone.localtime(dated.start))
    component.add("dtend", timezone.localtime(dated.end))
    if dated.rrule:
        component.add("rrule", vRecur.from_ical(dated.rrule))
        if dated.skipped:
            component.add("exdate", [timezone.localtime(moment) for moment in dated.skipped])
    component.add("summary", dated.title)
    component.add("description", f"{dated.summary}\n\n{dated.url}".strip())
    component.add("url", dated.url)
    component.add("location", vText(dated.location))
    if dated.organizer:
        email, name = dated.organizer
        component.add("organizer", f"mailto:{email}", parameters={"CN": name})
    component.add("status", "CANCELLED" if dated.cancelled else "CONFIRMED")
    return component


def calendar_response(items, filename: str) -> HttpResponse:
    """An .ics file of `Dated` items."""
    calendar = Calendar()
    calendar.add("prodid", "-//Be Digital Together//bedigitaltogether.be//")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Be Digital Together")
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for item in items:
        calendar.add_component(event(item))
    calendar.add_missing_timezones()  # the VTIMEZONE of Europe/Brussels, with its changes
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _utc(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def google_calendar_url(dated: Dated) -> str:
    """Google Calendar's "add event" page, with the same recurrence as the .ics."""
    params = {
        "action": "TEMPLATE",
        "text": dated.title,
        "dates": f"{_utc(dated.start)}/{_utc(dated.end)}",
        "ctz": settings.TIME_ZONE,
        "details": dated.url,
        "location": dated.location,
    }
    if dated.rrule:
        params["recur"] = f"RRULE:{dated.rrule}"
    return "https://calendar.google.com/calendar/render?" + urlencode(params)


def outlook_calendar_url(dated: Dated) -> str | None:
    """Outlook on the web's "new event" form. It takes one meeting only: for a repeating
    run, None (the .ics file works in Outlook)."""
    if dated.rrule:
        return None
    params = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": dated.title,
        "startdt": timezone.localtime(dated.start).isoformat(),
        "enddt": timezone.localtime(dated.end).isoformat(),
        "body": dated.url,
        "location": dated.location,
    }
    return "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(params)


def links(dated: Dated, ics_path: str) -> dict:
    """The .ics file and the Google and Outlook links of one dated thing, for its page."""
    return {
        "ics": ics_path,
        "google": google_calendar_url(dated),
        "outlook": outlook_calendar_url(dated),
    }
