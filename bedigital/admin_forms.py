"""Admin forms that name every input for assistive technology.

The admin prints no <label> for the date and time halves of a date-time field or for the
inputs of editable lists; axe reports each as unlabelled. These forms give such inputs an
`aria-label`.
"""

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.translation import gettext as _


def label_inputs(form, every_input=False):
    for field in form.fields.values():
        label = str(field.label or "")
        if isinstance(field.widget, forms.MultiWidget):
            for widget, part in zip(field.widget.widgets, (_("date"), _("time")), strict=False):
                widget.attrs["aria-label"] = _("%(field)s, %(part)s") % {
                    "field": label,
                    "part": part,
                }
        elif every_input and not field.widget.is_hidden:
            field.widget.attrs["aria-label"] = label


class LabelledForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_inputs(self)


class LabelledRowForm(forms.ModelForm):
    """A row of an editable list: no labels on the page at all."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        label_inputs(self, every_input=True)

    def _post_clean(self):
        # A row whose id names no item within the editor's reach (another agency's, a deleted
        # one) has an error on its id already; validating an empty new item says nothing more.
        if self.instance.pk is None:
            return
        super()._post_clean()

    def _update_errors(self, errors):
        # A row shows a few fields; the model's checks of the others (a title in at least one
        # language) are errors of the row, not of a field the row does not have.
        if hasattr(errors, "error_dict"):
            by_field = {}
            for field, messages in errors.error_dict.items():
                key = field if field in self.fields else NON_FIELD_ERRORS
                by_field.setdefault(key, []).extend(messages)
            errors = ValidationError(by_field)
        super()._update_errors(errors)
