"""Form fields for the editing of sessions."""

from babel.dates import get_day_names
from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import date_format, time_format
from django.utils.timezone import localtime
from django.utils.translation import get_language, gettext, to_locale

from bedigital.admin_forms import LabelledForm

from . import schedule
from .models import Session


class WeekdaysField(forms.TypedMultipleChoiceField):
    """Weekdays as checkboxes, stored as a bit mask (Monday = 1, … Sunday = 64)."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        # What the admin gives a small integer field (its number input included): the days
        # are checkboxes, whatever the form's caller.
        for number_option in ("max_value", "min_value", "step_size", "required", "widget"):
            kwargs.pop(number_option, None)
        super().__init__(choices=self.day_choices, coerce=int, required=False, **kwargs)

    @staticmethod
    def day_choices():
        names = get_day_names("wide", locale=to_locale(get_language() or "en"))
        return [(day, names[day]) for day in range(7)]

    def prepare_value(self, value):
        if isinstance(value, int):
            return schedule.mask_weekdays(value)
        return value

    def to_python(self, value):
        if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
            value = schedule.mask_weekdays(int(value))  # a mask, as a copied form may carry
        return super().to_python(value)

    def has_changed(self, initial, data):
        try:
            return self.clean(data) != (initial or 0)
        except ValidationError:
            return True

    def clean(self, value):
        return schedule.weekday_mask(super().clean(value))


class SessionForm(LabelledForm):
    class Meta:
        model = Session
        fields = "__all__"
        field_classes = {"repeat_days": WeekdaysField}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # A saved session is headed by its date and time in the editor's language ("Session
        # du 7 décembre 2026, 18:00"); a new one by its number (edit_inline/stacked.html).
        start = self.instance.start if self.instance.pk else None
        if start is not None:
            start = localtime(start)
            self.heading = gettext("Session on %(date)s") % {
                "date": f"{date_format(start, 'DATE_FORMAT')}, {time_format(start, 'H:i')}"
            }
