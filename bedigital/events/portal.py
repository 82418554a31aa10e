"""What events offer to the portal (see bedigital.registry): agencies edit their own, search
finds them, the sitemap lists them, and pages change when one begins."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bedigital.registry import Search, offer

from .models import Event


def facts(event) -> list:
    return [event.get_kind_display(), event.get_region_display(), event.venue]


def event_moments():
    """An event starting or ending moves it on the agenda (upcoming, under way, past)."""
    now = timezone.now()
    return [
        Event.objects.filter(start__gt=now).values_list("start"),
        Event.objects.filter(end__gt=now).values_list("end"),
    ]


offer(
    Event,
    search=Search(
        kind="event",
        label=_("Events"),
        order=6,
        title="title",
        summary=("summary",),
        body=("description",),
        facts=facts,
    ),
    agency_owned=True,
    changes_at=event_moments,
    in_sitemap=True,
    list_url="agenda",
)
