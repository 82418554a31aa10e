from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from bedigital.admin import OwnedContentAdmin
from bedigital.i18n import in_every_language

from .models import Event


@admin.register(Event)
class EventAdmin(OwnedContentAdmin):
    list_display = ("__str__", "kind", "start", "owner", "status")
    list_filter = ("status", "kind", "online", "region", "owner")
    list_select_related = ("owner",)
    search_fields = [*in_every_language("title", "summary"), "slug", "venue"]
    slug_from = "title"
    completeness_fields = ("title", "summary", "description")
    fact_sections = (
        *OwnedContentAdmin.fact_sections,
        (_("The event"), ("kind", "start", "end")),
        (_("Where"), ("online", "venue", "address", "region")),
        (_("Links"), ("registration_url", "recording_url")),
    )
    date_hierarchy = "start"
