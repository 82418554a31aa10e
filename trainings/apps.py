from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class TrainingsConfig(AppConfig):
    name = "trainings"
    verbose_name = _("Trainings")

    def ready(self):
        from .models import Session, Training

        def refresh(sender, instance, raw=False, **kwargs):
            if not raw:
                Training.objects.filter(pk=instance.training_id).refresh_session_summary()

        # A training's "upcoming or on demand" state follows its sessions.
        post_save.connect(refresh, sender=Session, weak=False, dispatch_uid="trainings.s")
        post_delete.connect(refresh, sender=Session, weak=False, dispatch_uid="trainings.sd")
