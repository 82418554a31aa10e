from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Organisation


class PortalSitemap(Sitemap):
    """Every URL in every language, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True


class StaticPagesSitemap(PortalSitemap):
    def items(self):
        return ["home", "figures", "partner_list", "about", "accessibility", "privacy"]

    def location(self, item):
        return reverse(item)


class PartnerSitemap(PortalSitemap):
    def items(self):
        return Organisation.objects.only("slug")


SITEMAPS = {"pages": StaticPagesSitemap, "partners": PartnerSitemap}
