"""What events offer to the portal (see bedigital.registry): agencies edit their own, search
finds them, the sitemap lists them, and pages change when one begins."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bedigital.registry import Search, offer

from .models import Event


def facts(event) -> list:
    return [event.get_kind_display(), event.get_region_display(), event.venue]


def next_event_change():
    """An event starting or ending moves it on the agenda (upcoming, under way, past)."""
    now = timezone.now()
    starts = Event.objects.filter(start__gt=now).order_by("start").values_list("start", flat=True)
    ends = Event.objects.filter(end__gt=now).order_by("end").values_list("end", flat=True)
    moments = [moment for moment in (starts.first(), ends.first()) if moment]
    return min(moments, default=None)


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
    changes_at=next_event_change,
    in_sitemap=True,
    list_url="agenda",
)
