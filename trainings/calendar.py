"""iCalendar (.ics, RFC 5545) for sessions: one to add, or a feed to subscribe to."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event, vText

from bedigital.i18n import localized
from bedigital.origin import absolute_url, site_host
from bedigital.vocabularies import SessionStatus


def session_event(session) -> Event:
    training = session.training
    event = Event()
    event.add("uid", f"session-{session.pk}@{site_host()}")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.start)
    event.add("dtend", session.end)
    event.add("summary", str(localized(training, "title")))
    summary = str(localized(training, "summary"))
    url = absolute_url(training.get_absolute_url())
    event.add("description", f"{summary}\n\n{url}".strip())
    event.add("url", url)
    event.add("location", vText(session.place or (gettext("Online") if session.online else "")))
    if training.contact_email:
        event.add(
            "organizer",
            f"mailto:{training.contact_email}",
            parameters={"CN": str(training.provider)},
        )
    event.add("status", "CANCELLED" if session.status == SessionStatus.CANCELLED else "CONFIRMED")
    return event


def calendar_response(sessions, filename: str) -> HttpResponse:
    calendar = Calendar()
    calendar.add("prodid", "-//Be Digital Together//bedigitaltogether.be//")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Be Digital Together")
    for session in sessions:
        calendar.add_component(session_event(session))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
