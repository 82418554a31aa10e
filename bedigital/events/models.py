"""Events that are not trainings: information sessions, Girls in ICT Day, webinars (a past one
may carry its recording), job fairs. Agency-owned, published like every piece of content."""

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bedigital.constraints import Check
from bedigital.i18n import localized, require_one_language
from bedigital.models import Publishable, PublishableQuerySet
from bedigital.validators import validate_plausible_date
from bedigital.vocabularies import Region


class EventKind(models.TextChoices):
    INFO_SESSION = "info_session", _("Information session")
    GIRLS_IN_ICT = "girls_in_ict", _("Girls in ICT Day")
    WEBINAR = "webinar", _("Webinar")
    JOB_FAIR = "job_fair", _("Job fair")
    MEETUP = "meetup", _("Meetup or networking")


class EventQuerySet(PublishableQuerySet):
    def upcoming(self):
        """Not over yet (under way included)."""
        return self.filter(end__gte=timezone.now())

    def past(self):
        return self.filter(end__lt=timezone.now())


class Event(Publishable):
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    summary = models.CharField(
        _("summary"), max_length=400, blank=True, help_text=_("One or two sentences.")
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Paragraphs, lists, links and emphasis; anything else is removed."),
    )
    start = models.DateTimeField(_("start"), validators=[validate_plausible_date])
    end = models.DateTimeField(_("end"), validators=[validate_plausible_date])
    online = models.BooleanField(_("online"), default=False)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    region = models.CharField(
        _("region"),
        max_length=20,
        choices=Region.choices,
        blank=True,
        help_text=_("Where it takes place; empty for an online event."),
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    recording_url = models.URLField(
        _("recording"), blank=True, help_text=_("Once it is over: where to watch it again.")
    )

    objects = EventQuerySet.as_manager()
    rich_text_fields = ("description",)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["start"]
        indexes = [models.Index(fields=["start"]), models.Index(fields=["end"])]
        constraints = [
            Check(
                condition=Q(end__gte=F("start")),
                name="event_ends_after_start",
                violation_error_message=_("An event cannot end before it starts."),
            )
        ]

    def __str__(self):
        return str(localized(self, "title"))

    def get_absolute_url(self):
        return reverse("events:detail", kwargs={"slug": self.slug})

    def clean(self):
        require_one_language(self, "title", "summary")

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def place(self) -> str:
        return ", ".join(part for part in [self.venue, self.address] if part)
