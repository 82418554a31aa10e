"""Two editors open the same item and both save: the second is told, and shown what the first
changed, instead of silently overwriting it.

The form carries the `updated_at` it was opened with; if the item was saved since, the form
refuses once, lists the other editor's changes (from django-reversion's history) and accepts
the next save, made with those changes in view.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import date_format
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.timezone import localtime
from django.utils.translation import gettext as _
from reversion.models import Version

from .admin_forms import LabelledForm

TOKEN_FIELD = "edited_version"
SHOWN_CHANGES = 12


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
        seen = cleaned.get(TOKEN_FIELD)
        current = token(self.instance) if self.instance.pk else ""
        if seen and current and seen != current:
            # The next save goes through: the editor has now seen the other changes.
            self.data = self.data.copy()
            self.data[self.add_prefix(TOKEN_FIELD)] = current
            raise ValidationError(conflict_messages(self.instance, seen))
        return cleaned


def conflict_messages(instance, seen: str) -> list[str]:
    versions = Version.objects.get_for_object(instance).select_related("revision__user")
    latest = versions.first()
    before = versions.filter(revision__date_created__lte=seen).first()
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
    changes = differences(instance, before, latest) if before and latest != before else []
    if changes:
        lines = [
            _("%(field)s: was “%(before)s”, is now “%(after)s”.")
            % {"field": field, "before": old, "after": new}
            for field, old, new in changes[:SHOWN_CHANGES]
        ]
        if len(changes) > SHOWN_CHANGES:
            lines.append(_("… and %(count)d more.") % {"count": len(changes) - SHOWN_CHANGES})
        lines.insert(0, _("What they changed:"))
    else:
        lines = []
    advice = _(
        "Check the form below: it still holds your version. Save again to keep it, "
        "or reload the page to start from theirs."
    )
    return [intro, *lines, advice]


def differences(instance, before: Version, after: Version) -> list[tuple[str, str, str]]:
    """(field label, old value, new value) for each editable field that differs."""
    old, new = before.field_dict, after.field_dict
    changes = []
    opts = instance._meta
    for field in [*opts.concrete_fields, *opts.many_to_many]:
        key = field.attname
        if not field.editable or key not in old or old[key] == new.get(key):
            continue
        changes.append(
            (str(field.verbose_name), describe(field, old[key]), describe(field, new.get(key)))
        )
    return changes


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
    return Truncator(strip_tags(str(value))).chars(120)
