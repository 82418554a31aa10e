"""What the core offers to the portal: partners, key figures and site pages."""

from django.utils.translation import gettext_lazy as _

from .models import FigurePoint, FigureSeries, KeyFigure, Organisation, SitePage, Synonym
from .registry import Search, offer

offer(
    Organisation,
    search=Search(
        kind="partner", label=_("Partners"), order=4, title="name", body=("description",)
    ),
    in_sitemap=True,
    list_url="partner_list",
)
offer(KeyFigure, list_url="figures")
offer(FigureSeries)
offer(FigurePoint, part_of="series")
offer(SitePage)
offer(Synonym)  # changes what searches find
