"""What trainings offer to the portal (see bedigital.registry)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bedigital.models import facet_facts, term_relations
from bedigital.registry import Search, offer

from .models import Session, Training

TERMS = tuple(term_relations(Training))


def facts(training) -> list:
    """What a training is searched by besides its texts, in the active language: its place,
    its provider's names, and the labels of its facets ("gratuit", "soir", "Lüttich" is a
    synonym away)."""
    fields = ("region", "kind", "format", "cost", "schedule", "level")
    found = [training.municipality, *facet_facts(training, training.provider, fields)]
    if training.women_only:
        found.append(_("For women only"))
    return found


def session_starts():
    """A session starting changes pages (upcoming lists, "next session")."""
    return [Session.objects.filter(start__gt=timezone.now()).values_list("start")]


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
        facts=facts,
        for_index=lambda trainings: trainings.select_related("provider").prefetch_related(*TERMS),
    ),
    agency_owned=True,
    derive=lambda trainings: trainings.refresh_session_summary(),
    changes_at=session_starts,
    in_sitemap=True,
    list_url="trainings:list",
)
offer(Session, agency_owned=True, part_of="training")
