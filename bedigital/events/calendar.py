"""An event in calendars (see `bedigital.calendars`)."""

from django.urls import reverse
from django.utils.translation import gettext

from bedigital import calendars
from bedigital.i18n import localized
from bedigital.origin import absolute_url


def dated(event) -> calendars.Dated:
    return calendars.Dated(
        uid=f"event-{event.pk}",
        title=str(localized(event, "title")),
        start=event.start,
        end=event.end,
        url=absolute_url(event.get_absolute_url()),
        summary=str(localized(event, "summary")),
        location=gettext("Online") if event.online else event.place,
    )


def calendar_links(event) -> dict:
    return calendars.links(dated(event), reverse("events:ics", kwargs={"slug": event.slug}))
