"""What stories offer to the portal (see bedigital.registry)."""

from django.utils.translation import gettext_lazy as _

from bedigital.registry import Search, offer

from .models import Testimonial

offer(
    Testimonial,
    search=Search(
        kind="testimonial",
        label=_("Stories"),
        order=3,
        title="role",
        summary=("quote",),
        body=("story",),
        also_title=lambda story: story.name,  # found by her name
    ),
    agency_owned=True,
    in_sitemap=True,
    list_url="testimonials:list",
)
