"""The questions of "What can I get?": a GET form, so the answer is a URL she can share."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import HOME_REGIONS, Goal, Situation

YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class QuestionsForm(forms.Form):
    region = forms.ChoiceField(
        label=_("Where do you live?"), choices=HOME_REGIONS, widget=forms.RadioSelect
    )
    situation = forms.ChoiceField(
        label=_("What is your situation today?"),
        choices=Situation.choices,
        widget=forms.RadioSelect,
    )
    children = forms.ChoiceField(
        label=_("Do you have children under 12?"),
        choices=YES_NO,
        widget=forms.RadioSelect,
        required=False,
    )
    goal = forms.ChoiceField(
        label=_("What do you want to do?"),
        choices=[("", _("Anything that helps")), *Goal.choices],
        widget=forms.RadioSelect,
        required=False,
    )
    age = forms.IntegerField(
        label=_("Your age (optional)"),
        min_value=15,
        max_value=99,
        required=False,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )

    def answers(self) -> dict:
        """The cleaned answers as `SupportQuerySet.matching` takes them."""
        data = self.cleaned_data
        return {
            "region": data["region"],
            "situation": data["situation"],
            "has_children": data.get("children") == "yes",
            "goal": data.get("goal") or None,
            "age": data.get("age"),
        }

    @classmethod
    def known_values(cls) -> dict[str, set[str]]:
        """Every parameter with the values a cached page may carry (not the free age)."""
        form = cls()
        return {
            name: {"", *(str(value) for value, _label in form.fields[name].choices)}
            for name in ("region", "situation", "children", "goal")
        }
