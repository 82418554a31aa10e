"""An alert is a confirmed e-mail address and a saved catalogue search, nothing more."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from trainings.models import Session

LIFETIME = timedelta(days=365)  # an alert ends a year after its last confirmation
CONFIRM_WITHIN = timedelta(days=7)  # an unconfirmed sign-up is deleted after this


def new_key() -> str:
    return secrets.token_urlsafe(24)


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


# A run checks an alert again once this much has passed (a scheduler a little early, or run
# twice, does not send two e-mails in one period).
PERIOD = {
    Frequency.DAILY: timedelta(hours=20),
    Frequency.WEEKLY: timedelta(days=6, hours=20),
}


class AlertQuerySet(models.QuerySet):
    def active(self, now=None):
        """Confirmed within the last year."""
        now = now or timezone.now()
        return self.filter(confirmed_at__gt=now - LIFETIME)

    def expired(self, now=None):
        now = now or timezone.now()
        return self.filter(
            Q(confirmed_at__lte=now - LIFETIME)
            | Q(confirmed_at__isnull=True, created_at__lte=now - CONFIRM_WITHIN)
        )

    def due(self, frequency: str, now=None):
        now = now or timezone.now()
        checked_long_ago = Q(checked_at__isnull=True) | Q(checked_at__lte=now - PERIOD[frequency])
        return self.active(now).filter(checked_long_ago, frequency=frequency)


class Alert(models.Model):
    email = models.EmailField(_("e-mail address"))
    query = models.CharField(max_length=2000, blank=True)  # the catalogue's filters
    frequency = models.CharField(
        _("how often"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    key = models.CharField(max_length=40, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # What was already there when the alert was last checked: sessions up to this id, and
    # trainings published before `checked_at`. Only what comes after is new.
    checked_at = models.DateTimeField(null=True, blank=True)
    watermark = models.BigIntegerField(default=0)

    objects = AlertQuerySet.as_manager()

    class Meta:
        verbose_name = _("e-mail alert")
        verbose_name_plural = _("e-mail alerts")
        constraints = [models.UniqueConstraint(fields=["email", "query"], name="alert_email_query")]
        indexes = [models.Index(fields=["frequency", "confirmed_at", "checked_at"])]

    def __str__(self):
        return f"{self.email} ({self.frequency})"

    @property
    def expires_at(self):
        return self.confirmed_at + LIFETIME if self.confirmed_at else None

    def confirm(self, now=None) -> None:
        """Confirmed (again): it runs for a year from now. What exists at the first
        confirmation is not new."""
        now = now or timezone.now()
        if self.confirmed_at is None:
            self.checked_at = now
            self.watermark = Session.objects.aggregate(last=models.Max("pk"))["last"] or 0
        self.confirmed_at = now
        self.save(update_fields=["confirmed_at", "checked_at", "watermark"])


class SentSession(models.Model):
    """A session an alert has e-mailed: never again to the same alert."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="sent")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alert", "session"], name="sent_session_once")
        ]

    def __str__(self):
        return f"{self.alert_id}: {self.session_id}"
