from django.contrib import admin
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from bedigital.admin import OwnedContentAdmin
from bedigital.i18n import in_every_language

from .models import GOAL_FIELDS, REGION_FIELDS, SITUATION_FIELDS, Support


class VerifiedFilter(admin.SimpleListFilter):
    """Facts age: site editors find what to check against the official page again."""

    title = _("verification")
    parameter_name = "verified"

    def lookups(self, request, model_admin):
        return [
            ("old", _("Verified more than 6 months ago")),
            ("recent", _("Verified in the last 6 months")),
        ]

    def queryset(self, request, queryset):
        old = queryset.verified_long_ago()
        if self.value() == "old":
            return old
        if self.value() == "recent":
            return queryset.exclude(pk__in=old.values("pk"))
        return queryset


@admin.register(Support)
class SupportAdmin(OwnedContentAdmin):
    list_display = ("__str__", "kind", "provider", "verified", "status")
    list_filter = (VerifiedFilter, "status", "kind", "provider", *SITUATION_FIELDS.values())
    list_select_related = ("provider",)
    search_fields = [*in_every_language("title", "summary"), "slug"]
    slug_from = "title"
    own_organisation_fields = ("owner", "provider")
    completeness_fields = ("title", "summary", "gives", "how_to_apply")
    actions = [*OwnedContentAdmin.actions, "mark_verified"]
    fact_sections = (
        (_("Source"), ("kind", "provider", "official_url", "verified_on", "is_example")),
        (_("Where it applies"), tuple(REGION_FIELDS.values())),
        (
            _("Who may get it"),
            (*SITUATION_FIELDS.values(), "needs_children", "min_age", "max_age"),
        ),
        (_("What it helps with"), (*GOAL_FIELDS.values(), "during_training", "covers_fees")),
        *OwnedContentAdmin.fact_sections,
    )

    @admin.display(description=_("verified on"), ordering="verified_on")
    def verified(self, obj):
        day = date_format(obj.verified_on, "SHORT_DATE_FORMAT")
        if obj.verified_long_ago:
            return format_html(
                '<span class="badge-stale">{} · {}</span>', day, _("more than 6 months ago")
            )
        return day

    @admin.action(
        description=_("Mark the selected items as verified today"), permissions=["change"]
    )
    def mark_verified(self, request, queryset):
        self.update_each(
            request,
            queryset,
            lambda n: ngettext(
                "%(count)d item marked as verified.", "%(count)d items marked as verified.", n
            ),
            verified_on=timezone.localdate(),
        )
