"""Import and export of stories, one per row (CSV or XLSX): the portal's one path for an
organisation's content (bedigital.imports). A portrait is uploaded in the admin, so a file
updates stories that have one and adds none."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from bedigital.imports import OwnedContentResource, import_columns

from .models import Testimonial

EXAMPLE = {
    "slug": "an-existing-story",
    "status": "draft",
    "name": "Sofia",
    "role_fr": "Développeuse web",
    "role_nl": "Webontwikkelaar",
    "quote_fr": "J'ai écrit ma première ligne de code à quarante ans.",
}


class TestimonialResource(OwnedContentResource):
    foreign_keys = {"occupation": "esco_code"}

    class Meta(OwnedContentResource.Meta):
        model = Testimonial
        fields = import_columns(Testimonial)

    def import_instance(self, instance, row, **kwargs):
        if instance.pk is None:
            raise ValidationError(
                _(
                    "There is no story “%(slug)s” among yours. A new story needs its portrait: "
                    "add it in the admin, then a file can update it."
                )
                % {"slug": row.get("slug", "")}
            )
        super().import_instance(instance, row, **kwargs)
