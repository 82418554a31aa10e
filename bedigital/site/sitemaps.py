"""The sitemap: the site's own pages and every public item of what apps declare
`in_sitemap` (bedigital.registry), in every language with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from bedigital import registry
from bedigital.models import SitePage
from bedigital.origin import site_domain, site_scheme


class PortalSitemap(Sitemap):
    """Every URL in every language, with hreflang alternates, on the configured origin (the
    sitemap view would take the request's Host header)."""

    i18n = True
    alternates = True
    x_default = True

    def get_protocol(self, protocol=None):
        return site_scheme()

    def get_domain(self, site=None):
        return site_domain()


class StaticPagesSitemap(PortalSitemap):
    def items(self):
        lists = [item.list_url for item in registry.offers() if item.list_url]
        more = [name for item in registry.offers() for name in item.more_pages]
        return ["home", *lists, *more, *SitePage.Slug.values]

    def location(self, item):
        return reverse(item)


class ItemSitemap(PortalSitemap):
    """The public items of one model: what its `published()` returns, or every row."""

    def __init__(self, model):
        self.model = model

    def items(self):
        manager = self.model._default_manager
        rows = manager.published() if hasattr(manager, "published") else manager.all()
        return rows.only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


def sitemaps() -> dict:
    sections = {"pages": StaticPagesSitemap()}
    for item in registry.offers():
        if item.in_sitemap:
            sections[item.model._meta.model_name] = ItemSitemap(item.model)
    return sections
