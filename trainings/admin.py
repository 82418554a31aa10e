from django import forms
from django.contrib import admin, messages
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from bedigital.admin import OwnedContentAdmin
from bedigital.conflicts import ConflictCheckingInlineFormSet
from bedigital.i18n import in_every_language
from bedigital.imports import SpreadsheetAdmin
from bedigital.models import term_relations
from bedigital.vocabularies import Status

from .forms import SessionForm
from .models import Session, Training
from .resources import SESSION_FIELDS, TrainingResource, example_row


class SessionInline(admin.StackedInline):
    # Stacked, not tabular: every input has its own <label> (a table has only headings).
    model = Session
    form = SessionForm  # names the date and time halves; weekdays as checkboxes
    formset = ConflictCheckingInlineFormSet
    extra = 1
    fields = SESSION_FIELDS  # the same columns as an import file's sessions


@admin.register(Training)
class TrainingAdmin(SpreadsheetAdmin, OwnedContentAdmin):
    resource_classes = [TrainingResource]
    import_template_name = "admin/trainings/training/import.html"
    inlines = [SessionInline]
    list_display = ("__str__", "provider", "owner", "status", "publication_date")
    list_filter = ("status", "kind", "format", "region", "cost", "schedule", "level", "owner")
    list_select_related = ("provider", "owner")
    search_fields = [*in_every_language("title", "summary"), "slug", "municipality"]
    slug_from = "title"  # whichever language is filled
    own_organisation_fields = ("owner", "provider")
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    actions = [*OwnedContentAdmin.actions, "duplicate"]
    completeness_fields = ("title", "summary", "description")
    fact_sections = (
        *OwnedContentAdmin.fact_sections,
        (_("The training"), ("kind", "provider", "level", "certificate", "duration_hours")),
        (_("Place and languages"), ("format", "region", "municipality", "languages")),
        (_("Cost and schedule"), ("cost", "price", "schedule")),
        (_("Who it is for"), ("women_only", "childcare", "audiences")),
        (_("Skills taught"), ("digcomp_areas", "technologies", "prepares_for")),
        (_("Registration"), ("registration_url", "contact_email")),
    )
    date_hierarchy = "publication_date"

    def import_example_cells(self):
        return example_row()

    @admin.action(description=_("Duplicate the selected trainings (as drafts, without dates)"))
    def duplicate(self, request, queryset):
        with transaction.atomic():
            for training in queryset:
                relations = {
                    name: list(getattr(training, name).all())
                    for name in [*term_relations(Training), "prepares_for"]
                }
                training.pk = None
                training.slug = unique_copy_slug(training.slug)
                training.status = Status.DRAFT
                training.save()
                for name, terms in relations.items():
                    getattr(training, name).set(terms)
        count = queryset.count()
        self.message_user(
            request,
            ngettext(
                "%(count)d training duplicated as a draft.",
                "%(count)d trainings duplicated as drafts.",
                count,
            )
            % {"count": count},
            messages.SUCCESS,
        )


def unique_copy_slug(slug: str) -> str:
    base = f"{slug[:100]}-copy"
    candidate, n = base, 1
    while Training.objects.filter(slug=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate
