import json
from contextlib import contextmanager
from datetime import timedelta

from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.admin.utils import flatten_fieldsets, quote, unquote
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models, transaction
from django.db.models import CharField, OuterRef, ProtectedError, Q, Subquery
from django.db.models.functions import Cast
from django.db.models.lookups import Exact
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete, pre_save
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format, localize
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeData, mark_safe
from django.utils.text import capfirst, slugify
from django.utils.timezone import template_localtime
from django.utils.translation import get_language, gettext, gettext_noop, ngettext, ngettext_lazy
from django.utils.translation import gettext_lazy as _
from js_asset import Media
from modeltranslation.admin import TranslationAdmin
from modeltranslation.utils import build_localized_fieldname
from reversion.admin import VersionAdmin
from reversion.errors import RevertError
from reversion.models import Version
from reversion.revisions import set_comment
from reversion.utils import mute_signals

from .admin_forms import LabelledRowForm
from .conflicts import (
    TOKEN_FIELD,
    ConflictCheckingForm,
    differences,
    field_changes,
    field_label,
    owned_changes,
)
from .history import owned_relations, restored_comment, revert_item, revision, shown_comment
from .i18n import LANGUAGE_CODES, in_every_language
from .models import (
    FigurePoint,
    FigureSeries,
    KeyFigure,
    Organisation,
    Publishable,
    SitePage,
    Synonym,
)
from .richtext import RichTextWidget
from .roles import is_site_editor
from .vocabularies import Status
from .writes import write

STALE_AFTER = timedelta(days=183)  # six months without a review

# Stock admin wording our catalogs reword: French agreement with a gendered name ("formations
# sélectionnés", "1 nouveaux", "Oui, je suis sûr"), "objet"/"object"/"Objekt", Dutch "u"
# ("Weet u zeker…"), and a Dutch import message that dropped two counts. Named here so
# makemessages keeps them (a plural through ngettext_lazy, which has no _noop form).
ADMIN_STRINGS_WE_REWORD = [
    ngettext_lazy(  # list edits
        "%(count)s %(name)s was changed successfully.",
        "%(count)s %(name)s were changed successfully.",
        1,
    ),
    gettext_noop("Delete selected %(verbose_name_plural)s"),  # Django
    gettext_noop("Select %s to change"),  # Django
    gettext_noop("Select %s to view"),  # Django
    gettext_noop("Add another %(verbose_name)s"),  # Django
    gettext_noop("Recover deleted %(name)s"),  # django-reversion
    gettext_noop("Import finished: {} new, {} updated, {} deleted and {} skipped {}."),
    # Django's, in forms, lists and messages:
    gettext_noop("Change selected %(model)s"),
    gettext_noop("View selected %(model)s"),
    gettext_noop("Add another %(model)s"),
    gettext_noop("Delete selected %(model)s"),
    gettext_noop("The {name} “{obj}” was added successfully."),
    gettext_noop("The {name} “{obj}” was changed successfully."),
    gettext_noop("The %(name)s “%(obj)s” was deleted successfully."),
    gettext_noop("Select this object for an action - {}"),
    gettext_noop("Select all objects on this page for an action"),
    gettext_noop("Click here to select the objects across all pages"),
    gettext_noop("Changed {fields} for {name} “{object}”."),
    gettext_noop("Delete multiple objects"),
    gettext_noop("Select all %(total_count)s %(module_name)s"),
    gettext_noop("The {name} “{obj}” was added successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was added successfully. You may add another {name} below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may edit it again below."),
    gettext_noop("The {name} “{obj}” was changed successfully. You may add another {name} below."),
    gettext_noop(
        "This object doesn’t have a change history. It probably wasn’t added via this admin site."
    ),
    # Django's delete pages (delete_confirmation.html, delete_selected_confirmation.html):
    gettext_noop(
        'Are you sure you want to delete the %(object_name)s "%(escaped_object)s"? All of the '
        "following related items will be deleted:"
    ),
    gettext_noop(
        "Are you sure you want to delete the selected %(objects_name)s? All of the following "
        "objects and their related items will be deleted:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s '%(escaped_object)s' would result in deleting related "
        "objects, but your account doesn't have permission to delete the following types of "
        "objects:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s '%(escaped_object)s' would require deleting the following "
        "protected related objects:"
    ),
    gettext_noop(
        "Deleting the selected %(objects_name)s would result in deleting related objects, but "
        "your account doesn't have permission to delete the following types of objects:"
    ),
    gettext_noop(
        "Deleting the selected %(objects_name)s would require deleting the following protected "
        "related objects:"
    ),
    gettext_noop("Objects"),
    gettext_noop("Yes, I’m sure"),
    # django-reversion:
    gettext_noop("Choose a date from the list below to recover a deleted version of an object."),
    gettext_noop("There are no deleted objects to recover."),
    gettext_noop("Press the save button below to revert to this version of the object."),
    gettext_noop("Press the save button below to recover this version of the object."),
    # django-import-export:
    gettext_noop("This exporter will export the following fields: "),
    gettext_noop("Select all"),
]
LANGUAGE_NAMES = dict(settings.LANGUAGES)
MISSING_IN = {
    "nl": _("Missing in Dutch"),
    "fr": _("Missing in French"),
    "de": _("Missing in German"),
    "en": _("Missing in English"),
}


def missing_in(fields, code) -> Q:
    missing = Q()
    for field in fields:
        column = build_localized_fieldname(field, code)
        missing |= Q(**{column: ""}) | Q(**{f"{column}__isnull": True})
    return missing


class MissingTranslationFilter(admin.SimpleListFilter):
    """A translator's backlog: items whose key texts are missing in one language."""

    title = _("translation")
    parameter_name = "missing"

    def lookups(self, request, model_admin):
        return [*MISSING_IN.items(), ("none", _("Complete in every language"))]

    def queryset(self, request, queryset):
        fields = self.model_admin.completeness_fields
        if self.value() in MISSING_IN:
            return queryset.filter(missing_in(fields, self.value()))
        if self.value() == "none":
            for code in LANGUAGE_CODES:
                queryset = queryset.exclude(missing_in(fields, code))
        return queryset

    def __init__(self, request, params, model, model_admin):
        self.model_admin = model_admin
        super().__init__(request, params, model, model_admin)


def stale_review() -> Q:
    return Q(last_reviewed__isnull=True) | Q(last_reviewed__lt=timezone.localdate() - STALE_AFTER)


def created_or_last_saved_by(model, user) -> Q:
    """Items `user` created or saved last. Read from the history: django-reversion records
    who saved every version (a form, a list edit, an action, an import, a restore), so no
    column of our own needs keeping in step with it."""
    versions = Version.objects.get_for_model(model).filter(
        object_id=Cast(OuterRef("pk"), CharField())
    )

    def saver(order):
        return Subquery(versions.order_by(order).values("revision__user_id")[:1])

    return Q(Exact(saver("pk"), user.pk)) | Q(Exact(saver("-pk"), user.pk))


class SavedByFilter(admin.SimpleListFilter):
    """The start page's "My drafts": what she created or changed last, not her colleagues'."""

    title = _("author")
    parameter_name = "by"

    def lookups(self, request, model_admin):
        return [("me", _("Me (created or last changed)"))]

    def queryset(self, request, queryset):
        if self.value() == "me":
            return queryset.filter(created_or_last_saved_by(queryset.model, request.user))
        return queryset


class ReviewFilter(admin.SimpleListFilter):
    title = _("review")
    parameter_name = "review"

    def lookups(self, request, model_admin):
        return [
            ("stale", _("Not reviewed for 6 months")),
            ("recent", _("Reviewed in the last 6 months")),
        ]

    def queryset(self, request, queryset):
        stale = stale_review()
        if self.value() == "stale":
            return queryset.filter(stale)
        if self.value() == "recent":
            return queryset.exclude(stale)
        return queryset


def editor_languages() -> list[str]:
    """The languages in the order an editor works in them: the admin's language first."""
    own = get_language()
    return sorted(LANGUAGE_CODES, key=lambda code: code != own)


def unique_slug(model, instance, text: str) -> str:
    """A slug made from `text` that no other item of `model` has (-2, -3… if taken)."""
    max_length = model._meta.get_field("slug").max_length
    base = slugify(text)[: max_length - 4].strip("-")
    others = (
        model._default_manager.exclude(pk=instance.pk) if instance.pk else model._default_manager
    )
    candidate, n = base, 1
    while others.filter(slug=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


class PortalForm(ConflictCheckingForm):
    slug_from = None  # the translated field an empty slug is made from (set by the admin)

    def clean(self):
        cleaned = super().clean()
        if self.slug_from and "slug" in self.fields and not cleaned.get("slug"):
            # Whichever title is filled: an editor writing only French needs no English.
            titles = [cleaned.get(f"{self.slug_from}_{code}") for code in editor_languages()]
            text = next((title for title in titles if title and slugify(title)), "")
            if text:
                cleaned["slug"] = unique_slug(self._meta.model, self.instance, text)
        return cleaned

    def _save_m2m(self):
        # Only the relations she changed: set() on an unchanged one reads it to do nothing.
        unchanged = [
            field.name
            for field in self.instance._meta.many_to_many
            if field.name in self.cleaned_data and field.name not in self.changed_data
        ]
        kept = {name: self.cleaned_data.pop(name) for name in unchanged}
        try:
            super()._save_m2m()
        finally:
            self.cleaned_data.update(kept)


def short_date(model, name):
    """A list column of a date as "29/11/2026" ("29/11/2026 11:15" with its time) instead of
    "29 novembre 2026 11:15", which widened lists past a 1280 px screen; else `name`."""
    try:
        field = model._meta.get_field(name) if isinstance(name, str) else None
    except FieldDoesNotExist:
        return name
    if not isinstance(field, models.DateField):  # DateTimeField is one too
        return name
    with_time = isinstance(field, models.DateTimeField)

    @admin.display(description=field.verbose_name, ordering=name)
    def column(obj):
        value = getattr(obj, name)
        if value is None:
            return "-"
        if with_time:
            return date_format(template_localtime(value), "SHORT_DATETIME_FORMAT")
        return date_format(value, "SHORT_DATE_FORMAT")

    column.__name__ = name  # the column keeps its CSS class (column-publication_date)
    return column


class NamedInlineAdminFormSet(helpers.InlineAdminFormSet):
    """Its "add another" link as people say it: an inline's `add_another` ("Add another
    session": "Ajouter une autre session") instead of Django's "Add another Session"."""

    def inline_formset_data(self):
        data = json.loads(super().inline_formset_data())
        if getattr(self.opts, "add_another", None):
            data["options"]["addText"] = str(self.opts.add_another)
        return json.dumps(data)


def spaced(text, colon: str):
    """Django's "Session: name" (escaped text or safe HTML) with the language's colon."""
    spaced = text.replace(": ", colon, 1)
    return mark_safe(spaced) if isinstance(text, SafeData) else spaced


class ShownNotSaved(Exception):
    """Leaves a revert's transaction (rolling it back) with the page that showed it."""

    def __init__(self, response):
        self.response = response


class PortalAdmin(VersionAdmin, TranslationAdmin):
    """Every model of the portal: languages side by side, a history of every change with
    restore (django-reversion), and no silent overwrite when two editors save one item."""

    group_fieldsets = True  # one fieldset per language, no third-party JavaScript
    form = PortalForm
    history_latest_first = True
    object_history_template = "admin/portal/object_history.html"
    completeness_fields = ()  # translated fields a language needs to count as complete
    add_label = None  # the add button as people say it ("Add a training"); else Django's
    add_another_label = None  # "Save and add another training"; else "… another item"
    slug_from = None  # the translated field an empty slug is made from ("title")
    # The facts shared by every language, in short sections: (heading, field names). The
    # fields named nowhere come in a last section.
    fact_sections = ()

    @contextmanager
    def create_revision(self, request):
        # Every admin write (save with its sessions and terms, list edit, action, revert) is
        # one version in the history and one write: its derived data is updated once.
        with write(), revision(request.user):
            yield

    def delete_view(self, request, object_id, extra_context=None):
        with write():
            return super().delete_view(request, object_id, extra_context)

    def changelist_view(self, request, extra_context=None):
        # "Trainings", not Django's "Select training to change" (in French "Choisissez
        # l'objet formation à modifier", agreeing with nothing).
        title = capfirst(self.opts.verbose_name_plural)
        return super().changelist_view(request, {"title": title, **(extra_context or {})})

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # "Add a training" ("Ajouter une formation"), and "Training" above the item's name,
        # not Django's "Add training" and "Change training" (in French "Ajout de formation",
        # "Modification de formation").
        if object_id is None:
            title = self.add_label
        else:
            title = capfirst(self.opts.verbose_name)
        context = ({"title": title} if title else {}) | (extra_context or {})
        return super().changeform_view(request, object_id, form_url, context)

    def render_change_form(self, request, context, *args, **kwargs):
        # The form's scripts carry the page's CSP nonce: the rich-text editor's import map is
        # an inline script (every form view comes here: add, change, restore, recover).
        context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)
        return super().render_change_form(request, context, *args, **kwargs)

    def get_deleted_objects(self, objs, request):
        # Without the rows that link an item to its terms ("Training-term relationship:
        # Training_languages object (1)"): they are no item of hers, and go with it. Django
        # writes "Kind: name" with an English colon.
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        every = apps.get_models(include_auto_created=True)
        links = [model._meta for model in every if model._meta.auto_created]
        prefixes = tuple(f"{capfirst(opts.verbose_name)}: " for opts in links)
        plurals = {str(opts.verbose_name_plural) for opts in links}

        colon = f"{gettext(':')} "  # "Session : …" in French, as every colon here

        def shown(items):
            return [
                shown(item) if isinstance(item, list) else spaced(item, colon)
                for item in items
                if isinstance(item, list) or not str(item).startswith(prefixes)
            ]

        counts = {name: count for name, count in counts.items() if str(name) not in plurals}
        return shown(deleted), counts, perms_needed, protected

    def get_inline_formsets(self, request, formsets, inline_instances, obj=None):
        inline_formsets = super().get_inline_formsets(request, formsets, inline_instances, obj)
        for inline_formset in inline_formsets:
            inline_formset.__class__ = NamedInlineAdminFormSet
        return inline_formsets

    def get_list_display(self, request):
        # Completeness right after the name: a translator scans down that column.
        first, *rest = [short_date(self.model, name) for name in super().get_list_display(request)]
        return (first, "translation_state", *rest) if self.completeness_fields else (first, *rest)

    def get_changelist_form(self, request, **kwargs):
        return super().get_changelist_form(request, form=LabelledRowForm, **kwargs)

    def get_list_filter(self, request):
        filters = super().get_list_filter(request)
        return (MissingTranslationFilter, *filters) if self.completeness_fields else filters

    @admin.display(description=_("languages"))
    def translation_state(self, obj):
        return format_html(
            '<span class="translation-state">{}</span>',
            format_html_join(
                " ",
                '<span class="{}"><abbr title="{}">{}</abbr>'
                '<span aria-hidden="true"> {}</span><span class="visually-hidden"> {}</span>'
                "</span>",
                (
                    (state, LANGUAGE_NAMES[code], code.upper(), *self.STATES[state])
                    for code in LANGUAGE_CODES
                    for state in [self.written_state(obj, code)]
                ),
            ),
        )

    # A language with its title and summary but no description yet is on its way, not
    # missing like one with nothing at all (an import of French and Dutch titles and
    # summaries showed "missing" in all four languages).
    STATES = {
        "is-missing": ("–", _("missing")),
        "is-partial": ("…", _("partly written")),
        "is-complete": ("✓", _("complete")),
    }

    def written_state(self, obj, code) -> str:
        fields = self.completeness_fields
        written = sum(bool(getattr(obj, build_localized_fieldname(f, code))) for f in fields)
        if written == len(fields):
            return "is-complete"
        return "is-partial" if written else "is-missing"

    def get_prepopulated_fields(self, request, obj=None):
        # Typing a title fills the slug in the editor's own language; the form fills an
        # empty slug from any title on the server, without JavaScript.
        if self.slug_from:
            return {"slug": (build_localized_fieldname(self.slug_from, get_language()),)}
        return super().get_prepopulated_fields(request, obj)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        fields = form.base_fields
        for name, field in fields.items():
            original = self.translated_field(name)
            if original in getattr(self.model, "rich_text_fields", ()):
                field.widget = RichTextWidget(attrs=field.widget.attrs)
            if original:  # within its language's section: "Title", not "Title [fr]"
                field.label = capfirst(self.model._meta.get_field(original).verbose_name)
                field.widget.attrs["lang"] = name.rsplit("_", 1)[1]
        if self.slug_from and "slug" in fields:
            form.slug_from = self.slug_from
            fields["slug"].required = False
            fields["slug"].help_text = _(
                "The end of the page's address. Left empty, it is made from the title."
            )
        return form

    def translated_field(self, name):
        """The field that `name` translates ("title" for "title_fr"), else None."""
        for original, translations in self.trans_opts.all_fields.items():
            if any(f.name == name for f in translations):
                return original
        return None

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if self.group_fieldsets:
            fieldsets = self.fieldsets_by_language(flatten_fieldsets(fieldsets), obj)
        if obj is None or not hasattr(obj, "updated_at"):
            return fieldsets
        (name, options), *rest = fieldsets
        hidden = {**options, "fields": [*options["fields"], TOKEN_FIELD]}
        return [(name, hidden), *rest]

    def fieldsets_by_language(self, names, obj):
        """A section per language, the editor's own open and first, each saying how complete
        it is; then the shared facts once, in short sections."""
        translated = [n for n in names if self.translated_field(n)]
        sections = []
        for position, code in enumerate(editor_languages()):
            fields = [n for n in translated if n.rsplit("_", 1)[1] == code]
            if not fields:
                continue
            # Other languages folded (<details>, no JavaScript); open again on an error.
            classes = ("language-section",) if position == 0 else ("language-section", "collapse")
            heading = _("%(language)s: %(state)s") % {
                "language": capfirst(LANGUAGE_NAMES[code]),
                "state": self.language_state(obj, code),
            }
            sections.append((heading, {"fields": fields, "classes": classes}))
        facts = [n for n in names if n not in translated]
        named = set()
        for heading, section in self.fact_sections:
            fields = [n for n in section if n in facts]
            named |= set(fields)
            if fields:
                sections.append((heading, {"fields": fields}))
        rest = [n for n in facts if n not in named]
        if rest:
            heading = _("Other facts") if self.fact_sections else _("Shared by every language")
            sections.append((heading, {"fields": rest}))
        return sections

    def language_state(self, obj, code):
        if not self.completeness_fields:
            return _("optional")
        missing = [
            f
            for f in self.completeness_fields
            if not getattr(obj, build_localized_fieldname(f, code), None)
        ]
        if obj is None or len(missing) == len(self.completeness_fields):
            return _("not written yet")
        if not missing:
            return _("complete")
        return _("missing %(fields)s") % {
            "fields": ", ".join(str(self.model._meta.get_field(f).verbose_name) for f in missing)
        }

    def _get_obj_does_not_exist_redirect(self, request, opts, object_id):
        """Django sends an unknown id to the admin index with a warning. Here an item
        outside the editor's reach answers 404 on every URL that names it (change, delete,
        history, restore). Raised inside reversion's revert transaction, it also rolls back
        the revert of a version that would put the item out of reach."""
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied  # no hint of which ids exist
        raise Http404(_("There is no such item among those you may edit."))

    # reversion looks versions up by id alone: a version of another model would be reverted.

    def revision_view(self, request, object_id, version_id, extra_context=None):
        # The item as it is now must be within reach; the version as it was is checked by
        # the same lookup after the revert (and the revert rolled back if it is not).
        if self.get_object(request, unquote(object_id)) is None:
            self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        get_object_or_404(
            Version.objects.get_for_model(self.model), pk=version_id, object_id=unquote(object_id)
        )
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        get_object_or_404(Version.objects.get_deleted(self.model), pk=version_id)
        return super().recover_view(request, version_id, extra_context)

    def _reversion_revisionform_view(self, request, version, template_name, extra_context=None):
        """reversion's revert and recover view, reverting only this item (and what it owns)
        instead of its whole revision, which may hold other agencies' items."""
        try:
            with transaction.atomic(using=version.db):
                current = self.model._default_manager.filter(pk=version.object_id).first()
                if request.method == "GET":  # looking runs no signal handlers
                    with mute_signals(pre_save, post_save, pre_delete, post_delete, m2m_changed):
                        revert_item(version)
                        self.keep_publication(request, current, version)
                else:
                    revert_item(version)
                with self.create_revision(request):
                    response = self.changeform_view(
                        request, quote(version.object_id), request.path, extra_context
                    )
                    if request.method == "POST" and response.status_code == 302:
                        set_comment(restored_comment(version))  # shown in her language
                        return response
                    # Shown, not saved (or the form has errors): undo the revert.
                    if response.status_code == 200:
                        response.template_name = template_name
                        response.render()
                    raise ShownNotSaved(response)
        except (RevertError, ProtectedError) as error:
            messages.error(request, str(error))
            return redirect(
                f"{self.admin_site.name}:{self.opts.app_label}_{self.opts.model_name}_changelist"
            )
        except ShownNotSaved as shown:
            return shown.response

    PUBLICATION_FIELDS = ("status", "publication_date")

    def keep_publication(self, request, current, version):
        """A restore brings back texts and facts, not a past publication status: the form
        shows the item's current status and date (she may choose others) and says so."""
        if current is None or not isinstance(current, Publishable):
            return
        kept = {name: getattr(current, name) for name in self.PUBLICATION_FIELDS}
        if all(version.field_dict.get(name) == value for name, value in kept.items()):
            return
        self.model._default_manager.filter(pk=current.pk).update(**kept)
        messages.info(
            request,
            _(
                "This version was saved as “%(then)s”. Restoring it keeps the item's current "
                "publication: “%(now)s”, from %(date)s. To change that, choose another status "
                "below before saving."
            )
            % {
                "then": Status(version.field_dict["status"]).label,
                "now": current.get_status_display(),
                "date": localize(template_localtime(current.publication_date)),
            },
        )

    def history_view(self, request, object_id, extra_context=None):
        """Each save with the fields it changed, named in the reader's language, to the
        second; two versions to choose for a comparison."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return super().history_view(request, object_id, extra_context)  # its 404
        versions = list(
            Version.objects.get_for_object(obj).select_related("revision__user").order_by("pk")
        )
        opts = self.opts
        actions = []
        for index, version in enumerate(versions):
            previous = versions[index - 1] if index else None
            actions.append(
                {
                    "revision": version.revision,
                    "version": version,
                    "url": reverse(
                        f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                        args=(quote(version.object_id), version.pk),
                    ),
                    "changes": self.changed_labels(previous, version) if previous else None,
                    "note": shown_comment(version.revision.comment),
                    "compare_from": index == len(versions) - 2,
                    "compare_to": index == len(versions) - 1,
                }
            )
        actions.reverse()
        context = {"action_list": actions, "compare_url": "compare/", **(extra_context or {})}
        return super().history_view(request, object_id, context)

    def changed_labels(self, before, after):
        labels = [capfirst(label) for label, _was, _now in differences(self.model, before, after)]
        if owned_changes(before, after):
            labels += [
                capfirst(child._meta.verbose_name_plural)
                for child, _key in owned_relations(self.model)
            ]
        return labels

    def compare_view(self, request, object_id):
        """Two versions side by side: each changed field in the reader's language, the
        texts grouped by language, and the rows the item owns (sessions)."""
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        try:
            chosen = sorted(int(request.GET[key]) for key in ("from", "to"))
        except (KeyError, ValueError):
            chosen = list(versions.order_by("pk").values_list("pk", flat=True))[-2:]
        if len(chosen) != 2:
            messages.info(request, _("There is only one version of this item so far."))
            return redirect(request.path.rsplit("compare/", 1)[0])
        older, newer = (get_object_or_404(versions, pk=pk) for pk in chosen)
        shared, by_language = [], {code: [] for code in editor_languages()}
        for field, was, now in field_changes(self.model, older, newer):
            row = {"label": field_label(field), "was": was, "now": now}
            language = getattr(field, "language", None)
            (by_language[language] if language in by_language else shared).append(row)
        sections = [(_("Shared by every language"), shared)] if shared else []
        sections += [
            (capfirst(LANGUAGE_NAMES[code]), rows) for code, rows in by_language.items() if rows
        ]
        opts = self.opts
        context = {
            **self.admin_site.each_context(request),
            "title": _("Compare two versions of “%(item)s”") % {"item": obj},
            "subtitle": None,
            "opts": opts,
            "object": obj,
            "older": older,
            "newer": newer,
            "sections": sections,
            "owned": owned_changes(older, newer),
            "restore_url": reverse(
                f"{self.admin_site.name}:{opts.app_label}_{opts.model_name}_revision",
                args=(quote(obj.pk), older.pk),
            ),
        }
        return TemplateResponse(request, "admin/portal/compare_versions.html", context)

    def get_urls(self):
        opts = self.opts
        compare = path(
            "<path:object_id>/history/compare/",
            self.admin_site.admin_view(self.compare_view),
            name=f"{opts.app_label}_{opts.model_name}_compare",
        )
        return [compare, *super().get_urls()]


class OwnedContentAdmin(PortalAdmin):
    """Content owned by an organisation: agency editors see, edit, publish, archive, delete,
    restore and import only their own organisations' items."""

    actions = ["publish", "archive", "mark_reviewed"]
    fact_sections = (
        (_("Publication"), ("owner", "status", "publication_date", "slug", "last_reviewed")),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def get_list_filter(self, request):
        filters = (*super().get_list_filter(request), ReviewFilter, SavedByFilter)
        # Agency editors choose among their own organisations only.
        return tuple(
            ("owner", admin.RelatedOnlyFieldListFilter) if f == "owner" else f for f in filters
        )

    def get_list_display(self, request):
        return (*super().get_list_display(request), short_date(self.model, "last_reviewed"))

    own_organisation_fields = ("owner",)  # preselected when the editor has one organisation

    def waiting_work(self, request, now) -> list:
        """The start page's lists of waiting work: (label, condition on an item, the
        changelist's query string that shows those items)."""
        lists = [
            (
                _("My drafts"),
                Q(status=Status.DRAFT) & created_or_last_saved_by(self.model, request.user),
                {"status__exact": Status.DRAFT, "by": "me"},
            ),
            (
                _("Scheduled for later publication"),
                Q(status=Status.PUBLISHED, publication_date__gt=now),
                {"status__exact": Status.PUBLISHED, "publication_date__gt": now.isoformat()},
            ),
            (_("Not reviewed for 6 months"), stale_review(), {"review": "stale"}),
        ]
        if self.completeness_fields:
            lists += [
                (label, missing_in(self.completeness_fields, code), {"missing": code})
                for code, label in MISSING_IN.items()
            ]
        return lists

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "owner":
            kwargs["queryset"] = Organisation.objects.editable_by(request.user)
        elif issubclass(db_field.related_model, Publishable):
            # as for many-to-many links below: never another agency's unpublished work
            kwargs["queryset"] = db_field.related_model.objects.visible_to(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        own = Organisation.objects.filter(editors=request.user)[:2]
        if len(own) == 1:
            for name in self.own_organisation_fields:
                initial.setdefault(name, own[0].pk)
        return initial

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        # Links to other content: what is public, plus one's own drafts; never another
        # agency's unpublished work.
        if issubclass(db_field.related_model, Publishable):
            kwargs["queryset"] = db_field.related_model.objects.visible_to(request.user)
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def recoverlist_view(self, request, extra_context=None):
        # reversion lists every deleted item; an agency sees its own organisations' only.
        owners = set(Organisation.objects.editable_by(request.user).values_list("pk", flat=True))
        deleted = Version.objects.get_deleted(self.model).select_related("revision__user")
        mine = [v for v in deleted.order_by("-pk") if v.field_dict.get("owner_id") in owners]
        return super().recoverlist_view(request, {"deleted": mine, **(extra_context or {})})

    def _get_list_editable_queryset(self, request, prefix):
        # The rows a list edit saves, read under row locks like the actions' (the changelist
        # runs in reversion's transaction): a save in between would be overwritten.
        return super()._get_list_editable_queryset(request, prefix).select_for_update(of=("self",))

    def update_each(self, request, queryset, message, **changes):
        count = 0
        # One by one: history, search index and edit checks follow. Read under row locks
        # (the action runs in a transaction; id order, as every action takes them): a save
        # in between would be overwritten.
        for item in queryset.select_for_update(of=("self",)).order_by("pk"):
            for name, value in changes.items():
                setattr(item, name, value)
            item.save()
            count += 1
        self.message_user(request, message(count) % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        self.update_each(
            request,
            queryset,
            lambda n: ngettext("%(count)d item published.", "%(count)d items published.", n),
            status=Status.PUBLISHED,
        )

    @admin.action(description=_("Archive the selected items"), permissions=["change"])
    def archive(self, request, queryset):
        self.update_each(
            request,
            queryset,
            lambda n: ngettext("%(count)d item archived.", "%(count)d items archived.", n),
            status=Status.ARCHIVED,
        )

    @admin.action(
        description=_("Mark the selected items as reviewed today"), permissions=["change"]
    )
    def mark_reviewed(self, request, queryset):
        self.update_each(
            request,
            queryset,
            lambda n: ngettext(
                "%(count)d item marked as reviewed.", "%(count)d items marked as reviewed.", n
            ),
            last_reviewed=timezone.localdate(),
        )


@admin.register(Organisation)
class OrganisationAdmin(PortalAdmin):
    add_label = _("Add an organisation")
    add_another_label = _("Save and add another organisation")
    completeness_fields = ("name", "description")
    list_display = ("__str__", "kind", "region", "website")
    list_filter = ("kind", "region")
    search_fields = ["slug", *in_every_language("name")]
    slug_from = "name"
    # No filter_horizontal: its script labels icons with a prohibited aria-label (axe).
    # A plain multiple select works for keyboards and without JavaScript.

    def get_queryset(self, request):
        return super().get_queryset(request).editable_by(request.user)

    def get_readonly_fields(self, request, obj=None):
        if is_site_editor(request.user):
            return ()
        # An agency keeps its page up to date; who edits it is the federal team's call.
        return ("slug", "kind", "editors")

    def get_prepopulated_fields(self, request, obj=None):
        return super().get_prepopulated_fields(request, obj) if is_site_editor(request.user) else {}

    def has_add_permission(self, request):
        return is_site_editor(request.user) and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return is_site_editor(request.user) and super().has_delete_permission(request, obj)


@admin.register(KeyFigure)
class KeyFigureAdmin(PortalAdmin):
    add_label = _("Add a key figure")
    add_another_label = _("Save and add another key figure")
    completeness_fields = ("label",)
    list_display = ("__str__", "year", "area", "on_home", "position")
    list_editable = ("on_home", "position")
    list_filter = ("area", "year", "on_home")
    search_fields = ["key", *in_every_language("label")]


class FigurePointInline(admin.StackedInline):  # a <label> for every input
    model = FigurePoint
    extra = 3
    fields = ("area", "year", "value", "illustrative")


@admin.register(FigureSeries)
class FigureSeriesAdmin(PortalAdmin):
    inlines = [FigurePointInline]
    completeness_fields = ("title", "description")
    list_display = ("__str__", "key", "unit", "chart", "publisher", "retrieved_on", "position")
    list_editable = ("position",)
    list_filter = ("unit", "chart", "publisher")
    search_fields = ["key", "publisher", "source_title", *in_every_language("title")]
    fact_sections = (
        (_("The series"), ("key", "unit", "chart", "position")),
        (_("Source"), ("source_title", "source_url", "publisher", "retrieved_on")),
    )


@admin.register(Synonym)
class SynonymAdmin(admin.ModelAdmin):
    list_display = ("words",)
    search_fields = ("words",)


@admin.register(SitePage)
class SitePageAdmin(PortalAdmin):
    completeness_fields = ("title", "summary", "body")
    list_display = ("__str__", "slug", "updated_at")
    readonly_fields = ("slug",)

    # The three pages are part of the site: edited, never added or removed.
    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def view_on_site(request, content_type_id, object_id):
    """Django's "View on site" link (/admin/r/<type>/<id>/) finds any object by its id and
    redirects to its page, which names another agency's draft. Here it answers only for an
    item the editor may see in the admin: the same lookup as its change page."""
    try:
        model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
        model_admin = admin.site.get_model_admin(model)
    except (ValueError, ContentType.DoesNotExist, NotRegistered):
        raise Http404 from None
    if not model_admin.has_view_or_change_permission(request):
        raise Http404
    if model_admin.get_object(request, unquote(object_id)) is None:
        raise Http404
    return shortcut(request, content_type_id, object_id)
