from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from initiatives.models import Initiative
from testimonials.models import Testimonial
from trainings.models import Training

from .models import Organisation


class PortalSitemap(Sitemap):
    """Every URL in every language, with hreflang alternates."""

    i18n = True
    alternates = True
    x_default = True


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
        return self.model.objects.published().only("slug").order_by("pk")

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
