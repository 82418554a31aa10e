"""What initiatives offer to the portal (see bedigital.registry)."""

from django.utils.translation import gettext_lazy as _

from bedigital.models import facet_facts, term_relations
from bedigital.registry import Search, offer

from .models import Initiative, StrategicObjective

TERMS = tuple(term_relations(Initiative))


def facts(initiative) -> list:
    """What an initiative is searched by besides its texts: its promoter and the labels of
    its EU facets (category, audiences, levels, technologies, fields, countries…)."""
    return facet_facts(initiative, initiative.promoter, ("category", "region", "sphere", "funding"))


offer(
    Initiative,
    search=Search(
        kind="initiative",
        label=_("Initiatives"),
        order=2,
        title="title",
        summary=("summary",),
        body=("background", "good_practice"),
        facts=facts,
        for_index=lambda rows: rows.select_related("promoter").prefetch_related(*TERMS),
        for_results=lambda initiatives: initiatives.select_related("promoter"),
    ),
    agency_owned=True,
    in_sitemap=True,
    list_url="initiatives:list",
)
offer(StrategicObjective)
