"""What initiatives offer to the portal (see bedigital.registry)."""

from django.utils.translation import gettext_lazy as _

from bedigital.registry import Search, offer

from .models import Initiative, StrategicObjective

offer(
    Initiative,
    search=Search(
        kind="initiative",
        label=_("Initiatives"),
        order=2,
        title="title",
        summary=("summary",),
        body=("background", "good_practice"),
        for_results=lambda initiatives: initiatives.select_related("promoter"),
    ),
    agency_owned=True,
    in_sitemap=True,
    list_url="initiatives:list",
)
offer(StrategicObjective)
