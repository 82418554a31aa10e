from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class InitiativesConfig(AppConfig):
    name = "initiatives"
    verbose_name = _("Initiatives")

    def ready(self):
        from .models import ensure_objectives

        post_migrate.connect(ensure_objectives, sender=self, dispatch_uid="initiatives.objectives")
