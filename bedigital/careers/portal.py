"""What careers offer to the portal (see bedigital.registry)."""

from django.utils.translation import gettext_lazy as _

from bedigital.registry import Search, offer

from .models import Occupation, RegionalDemand


def facts(occupation) -> list:
    """Searched by its ESCO code and the regions where it is in demand."""
    return [
        occupation.esco_code,
        *(row.get_region_display() for row in occupation.demand.all()),
    ]


offer(
    Occupation,
    search=Search(
        kind="career",
        label=_("Careers"),
        order=5,
        title="title",
        summary=("summary",),
        body=("day", "skills", "entry_paths"),
        facts=facts,
        for_index=lambda occupations: occupations.prefetch_related("demand"),
    ),
    in_sitemap=True,
    list_url="careers:list",
    more_pages=("careers:self_assessment",),
)
offer(RegionalDemand, part_of="occupation")
