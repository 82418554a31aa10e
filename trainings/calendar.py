"""Calendars for sessions (see `bedigital.calendars`): one to add, or a feed to subscribe to;
and links that add a session to Google Calendar or Outlook on the web.

A session is one event: its first meeting, repeated by an RRULE with EXDATEs for the days
left out. UIDs are built from the session's id and the site's configured host: they stay
the same whenever and from wherever the file is fetched.
"""

from django.urls import reverse
from django.utils.translation import gettext

from bedigital import calendars
from bedigital.i18n import localized
from bedigital.origin import absolute_url
from bedigital.vocabularies import SessionStatus


def session_location(session) -> str:
    if session.online:
        return gettext("Online")
    return session.place


def dated(session) -> calendars.Dated:
    training = session.training
    rule = session.rule
    return calendars.Dated(
        uid=f"session-{session.pk}",
        title=str(localized(training, "title")),
        start=session.start,
        end=session.end,
        url=absolute_url(training.get_absolute_url()),
        summary=str(localized(training, "summary")),
        location=session_location(session),
        rrule=rule.rrule_text() if rule.repeats else "",
        skipped=list(rule.skipped_starts()) if rule.repeats else [],
        cancelled=session.status == SessionStatus.CANCELLED,
        organizer=(training.contact_email, str(training.provider))
        if training.contact_email
        else None,
    )


def calendar_response(sessions, filename: str):
    return calendars.calendar_response([dated(session) for session in sessions], filename)


def google_calendar_url(session) -> str:
    return calendars.google_calendar_url(dated(session))


def outlook_calendar_url(session) -> str | None:
    return calendars.outlook_calendar_url(dated(session))


def calendar_links(session) -> dict:
    """The .ics file and the Google and Outlook links of one session, for its page."""
    path = reverse(
        "trainings:session_ics", kwargs={"slug": session.training.slug, "pk": session.pk}
    )
    return calendars.links(dated(session), path)
