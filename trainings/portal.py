"""What trainings offer to the portal (see bedigital.registry)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bedigital.registry import Search, offer

from .models import Session, Training


def next_session_start():
    """A session starting changes pages (upcoming lists, "next session")."""
    upcoming = Session.objects.filter(start__gt=timezone.now()).order_by("start")
    return upcoming.values_list("start", flat=True).first()


offer(
    Training,
    search=Search(
        kind="training",
        label=_("Trainings"),
        order=1,
        title="title",
        summary=("summary",),
        body=("description",),
        for_results=lambda trainings: trainings.select_related("provider").with_next_session(),
    ),
    agency_owned=True,
    derive=lambda trainings: trainings.refresh_session_summary(),
    changes_at=next_session_start,
    in_sitemap=True,
    list_url="trainings:list",
)
offer(Session, agency_owned=True, part_of="training")
