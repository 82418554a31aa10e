from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from initiatives.models import Initiative
from testimonials.models import Testimonial
from trainings.models import Training

from .models import Organisation
from .origin import site_domain, site_scheme


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
        return [
            "home",
            "trainings:list",
            "initiatives:list",
            "testimonials:list",
            "figures",
            "partner_list",
            "about",
            "accessibility",
            "privacy",
        ]

    def location(self, item):
        return reverse(item)


class PartnerSitemap(PortalSitemap):
    def items(self):
        return Organisation.objects.only("slug")


class PublishedSitemap(PortalSitemap):
    model = None

    def items(self):
        return self.model.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class TrainingSitemap(PublishedSitemap):
    model = Training


class InitiativeSitemap(PublishedSitemap):
    model = Initiative


class TestimonialSitemap(PublishedSitemap):
    model = Testimonial


SITEMAPS = {
    "pages": StaticPagesSitemap,
    "partners": PartnerSitemap,
    "trainings": TrainingSitemap,
    "initiatives": InitiativeSitemap,
    "testimonials": TestimonialSitemap,
}
