from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from bedigital.admin import OwnedContentAdmin
from bedigital.i18n import in_every_language
from bedigital.imports import SpreadsheetAdmin

from .models import Testimonial
from .resources import EXAMPLE, TestimonialResource


@admin.register(Testimonial)
class TestimonialAdmin(SpreadsheetAdmin, OwnedContentAdmin):
    resource_classes = [TestimonialResource]
    add_label = _("Add a story")
    add_another_label = _("Save and add another story")
    list_display = (
        "name",
        "preview",
        "sector",
        "career_path",
        "status",
        "featured",
        "consent_expires",
    )
    list_editable = ("featured",)
    list_filter = ("status", "featured", "sector", "career_path", "region", "owner")
    search_fields = ["name", *in_every_language("role", "employer", "quote")]
    prepopulated_fields = {"slug": ("name",)}
    readonly_fields = ("preview",)
    completeness_fields = ("role", "quote", "story")

    def import_example_cells(self):
        return EXAMPLE

    @admin.display(description=_("portrait"))
    def preview(self, obj):
        small = obj.jpeg_renditions[:1]
        if not small:
            return "—"
        return format_html(
            '<img src="{}" alt="" width="80" height="{}" style="border-radius:4px">',
            small[0].url,
            round(80 * small[0].height / small[0].width),
        )
