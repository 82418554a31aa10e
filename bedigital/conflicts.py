"""Two editors open the same item and both save: the second is told, and shown what the first
changed, instead of silently overwriting it.

The form carries the `updated_at` it was opened with; if the item was saved since, the form
refuses once, lists the other editor's changes (from django-reversion's history, including the
rows the item owns: a training's sessions) and accepts the next save, made with those changes
in view.

The check and the write are one step: the form reads the item again under a row lock
(SELECT … FOR UPDATE) before comparing, and the admin saves in the same transaction, so a
second save of the item waits for the first to commit and then sees its new `updated_at`.
The rows an item owns are written only by saves of the item (the admin's inlines save with
it), so the item's lock covers them too. SQLite has no row locks: there every transaction
takes the database's write lock as it begins (settings: transaction_mode IMMEDIATE), so the
second save runs after the first and sees it the same way.

A version column checked in the UPDATE would do the same, but needs a column and migration
per model, a conditional write inside Model.save(), and care with django-reversion (a revert
writes the old version number back); the lock needs none of that.
"""

from datetime import date, datetime

from django import forms
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet, ModelChoiceField
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from django.utils.timezone import is_aware, localtime
from django.utils.translation import gettext as _
from reversion.models import Version

from .admin_forms import LabelledForm
from .history import item_versions
from .i18n import IN_LANGUAGE

TOKEN_FIELD = "edited_version"
SHOWN_CHANGES = 12
SEARCHED_VERSIONS = 50  # how far back the version the editor opened is looked for


def token(instance) -> str:
    """The version of `instance` an editor opened (empty for models without `updated_at`)."""
    updated_at = getattr(instance, "updated_at", None)
    return updated_at.isoformat() if updated_at else ""


class ConflictCheckingForm(LabelledForm):
    edited_version = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[TOKEN_FIELD].initial = token(self.instance) if self.instance.pk else ""

    def clean(self):
        cleaned = super().clean()
        if not self.instance.pk:
            return cleaned
        # Locked until the save commits; the item is saved as it is now, not as first read.
        self.instance.refresh_from_db(
            from_queryset=type(self.instance)._base_manager.select_for_update()
        )
        seen, current = cleaned.get(TOKEN_FIELD), token(self.instance)
        if seen and current and seen != current:
            # The next save goes through: the editor has now seen the other changes.
            self.data = self.data.copy()
            self.data[self.add_prefix(TOKEN_FIELD)] = current
            raise ValidationError(conflict_messages(self.instance, seen))
        return cleaned


class ConflictCheckingInlineFormSet(BaseInlineFormSet):
    """The rows an item owns (a training's sessions). A row another editor removed while
    this form was open gets a visible error and a way out, instead of Django's error on
    its hidden id field that the page does not show."""

    def add_fields(self, form, index):
        super().add_fields(form, index)
        name = self._pk_field.name
        if isinstance(form.fields.get(name), ModelChoiceField):
            form.fields[name] = KnownRowField(self, form.fields[name])

    def clean(self):
        super().clean()
        for form in self.initial_forms:
            if form.instance.pk is None and not self._should_delete_form(form):
                form.add_error(
                    None,
                    _(
                        "Someone else removed this %(kind)s while you were editing. Tick "
                        "“Delete” to save without it, or add it again as a new one."
                    )
                    % {"kind": self.model._meta.verbose_name},
                )


class KnownRowField(ModelChoiceField):
    """A row's hidden id, found among the rows the formset has read already: Django's field
    runs a query per row (twelve sessions, twelve queries) and looks beyond this item's rows."""

    def __init__(self, formset, field):
        super().__init__(field.queryset, initial=field.initial, required=False, widget=field.widget)
        self.formset = formset

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            found = self.formset._existing_object(self.formset._pk_field.to_python(value))
        except ValidationError:
            found = None
        if found is None:
            raise ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return found


def conflict_messages(instance, seen: str) -> list[str]:
    versions = Version.objects.get_for_object(instance).select_related("revision__user")
    latest = versions.first()
    before = version_opened(versions, seen)
    when = date_format(localtime(instance.updated_at), "DATETIME_FORMAT")
    user = latest.revision.user if latest else None
    if user:
        intro = _(
            "%(user)s saved this item on %(when)s, while you were editing it. "
            "Your changes are not saved yet."
        ) % {"user": user.get_full_name() or user.get_username(), "when": when}
    else:
        intro = _(
            "Someone saved this item on %(when)s, while you were editing it. "
            "Your changes are not saved yet."
        ) % {"when": when}
    changes = []
    if before and latest != before:
        changes = [
            _("%(field)s: was “%(before)s”, is now “%(after)s”.")
            % {"field": field, "before": old, "after": new}
            for field, old, new in differences(type(instance), before, latest)
        ] + owned_changes(before, latest)
    lines = changes[:SHOWN_CHANGES]
    if len(changes) > SHOWN_CHANGES:
        lines.append(_("… and %(count)d more.") % {"count": len(changes) - SHOWN_CHANGES})
    if lines:
        lines.insert(0, _("What they changed:"))
    advice = _(
        "Check the form below: it still holds your version. Save again to keep it, "
        "or reload the page to start from theirs."
    )
    return [intro, *lines, advice]


def version_opened(versions, seen: str) -> Version | None:
    """The version of the item as the editor opened it: the newest one recording an
    `updated_at` no later than `seen`. Not looked up by the revision's date: a first version
    made after the item was saved (createinitialrevisions, after loading demo data) is dated
    later than the state it records."""
    try:
        opened = datetime.fromisoformat(seen)
    except ValueError:
        return None
    if not is_aware(opened):
        return None
    for version in versions[:SEARCHED_VERSIONS]:
        recorded = version.field_dict.get("updated_at")
        if recorded is not None and recorded <= opened:
            return version
    return None


def owned_changes(before: Version, after: Version) -> list[str]:
    """What changed in the rows the item owns (a training's sessions) between two of its
    versions: rows added, removed, and each changed field."""
    old, new = (
        {(v.content_type_id, v.object_id): v for v in item_versions(version)[1:]}
        for version in (before, after)
    )
    changed, added, removed = [], [], []
    for key, version in new.items():
        row = version._object_version.object
        kind, name = row._meta.verbose_name, str(row)
        if key not in old:
            added.append(_("Added: %(kind)s “%(item)s”.") % {"kind": kind, "item": name})
            continue
        changed += [
            _("%(kind)s “%(item)s”, %(field)s: was “%(before)s”, is now “%(after)s”.")
            % {"kind": capfirst(kind), "item": name, "field": field, "before": was, "after": now}
            for field, was, now in differences(type(row), old[key], version)
        ]
    for key, version in old.items():
        if key not in new:
            row = version._object_version.object
            removed.append(
                _("Removed: %(kind)s “%(item)s”.")
                % {"kind": row._meta.verbose_name, "item": str(row)}
            )
    return changed + added + removed


def differences(model, before: Version, after: Version) -> list[tuple[str, str, str]]:
    """(field label, old value, new value) for each editable field that reads differently."""
    return [
        (field_label(field), was, now) for field, was, now in field_changes(model, before, after)
    ]


def field_changes(model, before: Version, after: Version) -> list[tuple]:
    """(field, old value, new value) for each editable field that reads differently (an empty
    text saved as "" instead of None, or a time saved without its seconds, is no change to
    the editor)."""
    old, new = before.field_dict, after.field_dict
    changes = []
    opts = model._meta
    fields = [*opts.concrete_fields, *opts.many_to_many]
    # modeltranslation's original column (`title` beside `title_fr`…) is saved with the
    # text in the saver's language: not a field of its own, and no change to show.
    translated = {f.translated_field.name for f in fields if hasattr(f, "translated_field")}
    for field in fields:
        key = field.attname
        if field.name in translated:
            continue
        if not field.editable or key not in old or old[key] == new.get(key):
            continue
        was, now = describe(field, old[key]), describe(field, new.get(key))
        if was != now:
            changes.append((field, was, now))
    return changes


def field_label(field) -> str:
    """The field's name in the reader's language: "titre, en néerlandais", not "title [nl]"."""
    original = getattr(field, "translated_field", None)
    if original is None:
        return str(field.verbose_name)
    return _("%(field)s, %(in_language)s") % {
        "field": original.verbose_name,
        "in_language": IN_LANGUAGE[field.language],
    }


def describe(field, value) -> str:
    if value in (None, "", []):
        return "—"
    if field.many_to_many:
        objects = field.related_model._default_manager.in_bulk(value)
        return ", ".join(str(objects[pk]) for pk in value if pk in objects)
    if field.is_relation:
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related else str(value)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, datetime):
        return date_format(localtime(value), "DATETIME_FORMAT")
    if isinstance(value, date):
        return date_format(value, "DATE_FORMAT")
    return Truncator(strip_tags(str(value))).chars(120)
