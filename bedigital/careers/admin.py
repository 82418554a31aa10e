from django import forms
from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from bedigital.admin import OwnedContentAdmin
from bedigital.i18n import in_every_language

from .models import Occupation, RegionalDemand


class RegionalDemandInline(admin.StackedInline):
    model = RegionalDemand
    extra = 1
    fields = ("region", "list_name", "publisher", "source_url", "year", "illustrative")


@admin.register(Occupation)
class OccupationAdmin(OwnedContentAdmin):
    inlines = [RegionalDemandInline]
    list_display = ("__str__", "esco_code", "no_degree", "part_time", "status")
    list_filter = ("status", "no_degree", "part_time", "digcomp_areas")
    search_fields = [*in_every_language("title", "summary"), "slug", "esco_code"]
    slug_from = "title"
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    completeness_fields = ("title", "summary", "day", "skills", "entry_paths")
    fact_sections = (
        *OwnedContentAdmin.fact_sections,
        (_("The occupation"), ("esco_code", "esco_uri", "no_degree", "part_time")),
        (_("Skills"), ("digcomp_areas", "technologies")),
        (
            _("Pay"),
            (
                "salary_low",
                "salary_high",
                "salary_source",
                "salary_source_url",
                "salary_year",
                "salary_illustrative",
            ),
        ),
    )
