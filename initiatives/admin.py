from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from bedigital.admin import OwnedContentAdmin, PortalAdmin
from bedigital.i18n import in_every_language
from bedigital.imports import SpreadsheetAdmin

from .models import Initiative, StrategicObjective
from .resources import EXAMPLE, InitiativeResource


@admin.register(Initiative)
class InitiativeAdmin(SpreadsheetAdmin, OwnedContentAdmin):
    resource_classes = [InitiativeResource]
    add_label = _("Add an initiative")
    add_another_label = _("Save and add another initiative")
    # No region column: the filter shows it, and the list fits a 1280 px screen in German.
    list_display = ("__str__", "promoter", "category", "objective", "status")
    list_filter = (
        "status",
        "category",
        "objective",
        "region",
        "sphere",
        "funding",
        "audiences",
        "technologies",
        "levels",
        "fields_of_education",
        "countries",
        "owner",
    )
    list_select_related = ("promoter", "objective")
    search_fields = [*in_every_language("title", "summary"), "slug"]
    slug_from = "title"  # whichever language is filled
    own_organisation_fields = ("owner", "promoter")
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    date_hierarchy = "start_date"
    completeness_fields = ("title", "summary", "background")

    def import_example_cells(self):
        return EXAMPLE


@admin.register(StrategicObjective)
class StrategicObjectiveAdmin(PortalAdmin):
    list_display = ("__str__",)

    # The strategy has five objectives: their titles change, their numbers do not.
    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
