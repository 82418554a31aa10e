from datetime import timedelta

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from bedigital.admin import OwnedContentAdmin
from bedigital.conflicts import ConflictCheckingInlineFormSet
from bedigital.i18n import in_every_language
from bedigital.imports import SpreadsheetAdmin
from bedigital.models import term_relations
from bedigital.vocabularies import SessionStatus, Status
from bedigital.writes import write

from .feeds import pull
from .forms import SessionForm
from .models import Session, Training, TrainingFeed
from .resources import SESSION_FIELDS, TrainingResource, example_row

SOON = timedelta(days=14)
DEADLINE_SOON = timedelta(days=7)


def session_lists(now) -> dict:
    """Trainings by what their sessions need soon: (label, condition on a training)."""
    upcoming = Session.objects.filter(training=OuterRef("pk"), start__gte=now)
    today = timezone.localdate()
    return {
        "soon": (
            _("Sessions starting within two weeks"),
            Exists(upcoming.filter(start__lt=now + SOON).exclude(status=SessionStatus.CANCELLED)),
        ),
        "full": (
            _("Upcoming sessions that are full"),
            Exists(upcoming.filter(status=SessionStatus.FULL)),
        ),
        "deadline": (
            _("Registration deadlines in the coming week"),
            Exists(
                Session.objects.filter(
                    training=OuterRef("pk"),
                    status=SessionStatus.OPEN,
                    registration_deadline__range=(today, today + DEADLINE_SOON),
                )
            ),
        ),
    }


class SessionFilter(admin.SimpleListFilter):
    title = _("sessions")
    parameter_name = "sessions"

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _condition) in session_lists(timezone.now()).items()]

    def queryset(self, request, queryset):
        lists = session_lists(timezone.now())
        if self.value() in lists:
            return queryset.filter(lists[self.value()][1])
        return queryset


class SessionInline(admin.StackedInline):
    # Stacked, not tabular: every input has its own <label> (a table has only headings).
    model = Session
    form = SessionForm  # names the date and time halves; weekdays as checkboxes
    formset = ConflictCheckingInlineFormSet
    extra = 1
    fields = SESSION_FIELDS  # the same columns as an import file's sessions
    add_another = _("Add another session")


@admin.register(Training)
class TrainingAdmin(SpreadsheetAdmin, OwnedContentAdmin):
    resource_classes = [TrainingResource]
    add_label = _("Add a training")
    add_another_label = _("Save and add another training")
    import_template_name = "admin/trainings/training/import.html"
    inlines = [SessionInline]
    list_display = ("__str__", "provider", "owner", "status", "publication_date")
    list_filter = (
        "status",
        SessionFilter,
        "kind",
        "format",
        "region",
        "cost",
        "schedule",
        "level",
        "owner",
    )
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

    def waiting_work(self, request, now):
        sessions = [
            (label, condition, {"sessions": key})
            for key, (label, condition) in session_lists(now).items()
        ]
        return [*super().waiting_work(request, now), *sessions]

    @admin.action(description=_("Duplicate the selected trainings (as drafts, without dates)"))
    def duplicate(self, request, queryset):
        with write():
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


@admin.register(TrainingFeed)
class TrainingFeedAdmin(admin.ModelAdmin):
    """Agencies' feeds (trainings.feeds): site editors register them; each pull's outcome is
    shown here and e-mailed to the feed's editor when something was refused."""

    list_display = ["organisation", "url", "active", "last_pulled", "succeeded", "last_result"]
    list_filter = ["active", "succeeded"]
    readonly_fields = ["last_pulled", "succeeded", "last_result"]
    fields = ["organisation", "url", "editor", "active", *readonly_fields]
    actions = ["pull_now"]

    @admin.action(description=_("Pull the selected feeds now"))
    def pull_now(self, request, queryset):
        for feed in queryset.select_related("organisation", "editor"):
            pull(feed)
        self.message_user(request, _("Pulled; each feed shows its result."), messages.INFO)
