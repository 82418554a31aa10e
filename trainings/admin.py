from django import forms
from django.contrib import admin, messages
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from bedigital.admin import OwnedContentAdmin
from bedigital.vocabularies import Status

from .models import Session, Training


class SessionInline(admin.TabularInline):
    model = Session
    extra = 1
    fields = (
        "start",
        "end",
        "online",
        "venue",
        "address",
        "capacity",
        "registration_deadline",
        "status",
    )


@admin.register(Training)
class TrainingAdmin(OwnedContentAdmin):
    inlines = [SessionInline]
    list_display = ("__str__", "provider", "owner", "kind", "region", "status", "publication_date")
    list_filter = ("status", "kind", "format", "region", "cost", "schedule", "level", "owner")
    list_select_related = ("provider", "owner")
    search_fields = [
        f"{field}_{code}" for field in ("title", "summary") for code in ("nl", "fr", "de", "en")
    ] + ["slug", "municipality"]
    prepopulated_fields = {"slug": ("title_en",)}
    formfield_overrides = {models.ManyToManyField: {"widget": forms.CheckboxSelectMultiple}}
    actions = ["duplicate"]
    date_hierarchy = "publication_date"

    @admin.action(description=_("Duplicate the selected trainings (as drafts, without dates)"))
    def duplicate(self, request, queryset):
        with transaction.atomic():
            for training in queryset:
                relations = {
                    name: list(getattr(training, name).all())
                    for name in ("languages", "digcomp_areas", "technologies", "audiences")
                }
                training.pk = None
                training.slug = unique_copy_slug(training.slug)
                training.status = Status.DRAFT
                training.has_sessions, training.last_start = False, None  # copied without dates
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
