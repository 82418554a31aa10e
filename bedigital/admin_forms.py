"""Admin forms that name every input for assistive technology.

The admin prints no <label> for the date and time halves of a date-time field or for the
inputs of editable lists; axe reports each as unlabelled. These forms give such inputs an
`aria-label`.
"""

from django import forms
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
