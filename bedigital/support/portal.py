"""What support and funding offers to the portal (see bedigital.registry): site editors
edit it (no agency owns it), search finds it, the sitemap lists it."""

from django.utils.translation import gettext_lazy as _

from bedigital.i18n import LANGUAGE_CODES
from bedigital.registry import Search, offer

from .models import Support


def facts(support) -> list:
    """Found by its provider's names, its kind, regions and who it is for."""
    provider = support.provider
    names = [getattr(provider, f"name_{code}") for code in LANGUAGE_CODES]
    return [*names, support.get_kind_display(), *support.regions, *support.situations]


offer(
    Support,
    search=Search(
        kind="support",
        label=_("Support and funding"),
        order=5,
        title="title",
        summary=("summary",),
        body=("gives", "conditions", "how_to_apply"),
        facts=facts,
        for_index=lambda supports: supports.select_related("provider"),
        for_results=lambda supports: supports.select_related("provider"),
    ),
    in_sitemap=True,
    list_url="support:list",
    more_pages=("support:questions", "women_entrepreneurs"),
)
