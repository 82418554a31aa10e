from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AlertsConfig(AppConfig):
    """E-mail alerts for a catalogue search, without an account (part of the roof: it reads
    the trainings catalogue)."""

    name = "bedigital.alerts"
    label = "alerts"
    verbose_name = _("E-mail alerts")
