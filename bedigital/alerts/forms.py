from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .catalogue import MAX_QUERY_LENGTH
from .models import Alert, Frequency

NATIVE_NAMES = {"nl": "Nederlands", "fr": "Français", "de": "Deutsch", "en": "English"}


class AlertForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"), max_length=254, widget=forms.EmailInput
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=Frequency.choices,
        initial=Frequency.WEEKLY,
        widget=forms.RadioSelect,
    )
    language = forms.ChoiceField(
        label=_("Language of the e-mails"),
        choices=[(code, NATIVE_NAMES[code]) for code, _name in settings.LANGUAGES],
    )
    query = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_query(self):
        query = self.cleaned_data["query"]
        if len(query) > MAX_QUERY_LENGTH:
            raise forms.ValidationError(_("This search is too long to keep as an alert."))
        return query


class ChangeForm(forms.ModelForm):
    class Meta:
        model = Alert
        fields = ["frequency", "language"]
        widgets = {"frequency": forms.RadioSelect}
        labels = {"language": _("Language of the e-mails")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [
            (code, NATIVE_NAMES[code]) for code, _name in settings.LANGUAGES
        ]
