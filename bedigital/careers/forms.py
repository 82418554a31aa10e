from django import forms
from django.utils.translation import gettext_lazy as _

from bedigital.vocabularies import DigCompArea

from .assessment import ANSWERS, QUESTIONS, STATEMENTS, field_name


class SelfAssessmentForm(forms.Form):
    """One radio group per statement, and the areas she wants to work on."""

    areas = forms.MultipleChoiceField(
        label=_("Which areas do you want to work on?"),
        choices=DigCompArea.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for area, number in QUESTIONS:
            self.fields[field_name(area, number)] = forms.TypedChoiceField(
                label=STATEMENTS[area][number],
                choices=ANSWERS,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose one answer.")},
            )

    def answers(self) -> dict[tuple[str, int], int]:
        return {(a, n): self.cleaned_data[field_name(a, n)] for a, n in QUESTIONS}

    def groups(self):
        """(area label, [bound field of each statement]) in the order of the questionnaire."""
        return [
            (DigCompArea(area).label, [self[field_name(area, n)] for n in range(len(statements))])
            for area, statements in STATEMENTS.items()
        ]
