"""iCalendar (.ics, RFC 5545) for sessions: one to add, or a feed to subscribe to; and links
that add a session to Google Calendar or Outlook on the web.

A session is one event: its first meeting, repeated by an RRULE with EXDATEs for the days
left out, in Europe/Brussels time (with its VTIMEZONE), so that a calendar shows each
meeting at its wall-clock time on both sides of a summer-time change. UIDs are built from
the session's id and the site's configured host, never the request's: they stay the same
whenever and from wherever the file is fetched.
"""

from datetime import UTC
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from icalendar import Calendar, Event, vRecur, vText

from bedigital.i18n import localized
from bedigital.origin import absolute_url, site_host
from bedigital.vocabularies import SessionStatus


def session_uid(session) -> str:
    return f"session-{session.pk}@{site_host()}"


def session_location(session) -> str:
    if session.online:
        return gettext("Online")
    return session.place


def session_event(session) -> Event:
    training = session.training
    event = Event()
    event.add("uid", session_uid(session))
    event.add("dtstamp", timezone.now())
    event.add("dtstart", timezone.localtime(session.start))
    event.add("dtend", timezone.localtime(session.end))
    rule = session.rule
    if rule.repeats:
        event.add("rrule", vRecur.from_ical(rule.rrule_text()))
        skipped = [timezone.localtime(moment) for moment in rule.skipped_starts()]
        if skipped:
            event.add("exdate", skipped)
    event.add("summary", str(localized(training, "title")))
    summary = str(localized(training, "summary"))
    url = absolute_url(training.get_absolute_url())
    event.add("description", f"{summary}\n\n{url}".strip())
    event.add("url", url)
    event.add("location", vText(session_location(session)))
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
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for session in sessions:
        calendar.add_component(session_event(session))
    calendar.add_missing_timezones()  # the VTIMEZONE of Europe/Brussels, with its changes
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _utc(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def google_calendar_url(session) -> str:
    """Google Calendar's "add event" page, with the same recurrence as the .ics."""
    training = session.training
    params = {
        "action": "TEMPLATE",
        "text": str(localized(training, "title")),
        "dates": f"{_utc(session.start)}/{_utc(session.end)}",
        "ctz": settings.TIME_ZONE,
        "details": absolute_url(training.get_absolute_url()),
        "location": session_location(session),
    }
    if session.rule.repeats:
        params["recur"] = f"RRULE:{session.rule.rrule_text()}"
    return "https://calendar.google.com/calendar/render?" + urlencode(params)


def outlook_calendar_url(session) -> str | None:
    """Outlook on the web's "new event" form. It takes one meeting only: for a repeating
    session, None (the .ics file works in Outlook)."""
    if session.rule.repeats:
        return None
    training = session.training
    params = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": str(localized(training, "title")),
        "startdt": timezone.localtime(session.start).isoformat(),
        "enddt": timezone.localtime(session.end).isoformat(),
        "body": absolute_url(training.get_absolute_url()),
        "location": session_location(session),
    }
    return "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(params)


def calendar_links(session) -> dict:
    """The .ics file and the Google and Outlook links of one session, for its page."""
    path = reverse(
        "trainings:session_ics", kwargs={"slug": session.training.slug, "pk": session.pk}
    )
    return {
        "ics": path,
        "google": google_calendar_url(session),
        "outlook": outlook_calendar_url(session),
    }
