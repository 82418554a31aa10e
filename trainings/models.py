"""Trainings, workshops and upskilling programmes, with their dated sessions."""

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bedigital import search
from bedigital.i18n import localized, require_one_language
from bedigital.models import Organisation, Publishable, PublishableQuerySet, terms_field
from bedigital.validators import validate_plausible_date
from bedigital.vocabularies import (
    Certificate,
    Cost,
    Region,
    Schedule,
    SessionStatus,
    SkillLevel,
    TrainingFormat,
    TrainingKind,
    Vocabulary,
)


class TrainingQuerySet(PublishableQuerySet):
    def with_next_session(self):
        """Annotate `next_start`: the start of the soonest session that has not begun and is
        not cancelled (None when there is none)."""
        upcoming = (
            Session.objects.filter(training=OuterRef("pk"), start__gte=timezone.now())
            .exclude(status=SessionStatus.CANCELLED)
            .order_by("start")
            .values("start")[:1]
        )
        return self.annotate(next_start=Subquery(upcoming))

    def current(self):
        """Trainings one can still attend: a session that has not started and is not
        cancelled, or no dated session at all (self-paced, on demand). Uses the stored
        session summary, so no per-row subquery: the comparison with now is made here."""
        return self.filter(Q(last_start__gte=timezone.now()) | Q(has_sessions=False))

    def past(self):
        """Everything that has sessions but none left to attend (the complement of current)."""
        return self.filter(has_sessions=True).exclude(last_start__gte=timezone.now())

    def refresh_session_summary(self):
        """Recompute `has_sessions` and `last_start` (after sessions change)."""
        sessions = Session.objects.filter(training=OuterRef("pk"))
        last = (
            sessions.exclude(status=SessionStatus.CANCELLED).order_by("-start").values("start")[:1]
        )
        updated = self.update(has_sessions=models.Exists(sessions), last_start=Subquery(last))
        search.update_last_starts(self.values("pk"))  # the search index ranks by it too
        return updated

    def with_open_session(self):
        today = timezone.localdate()
        open_upcoming = Session.objects.filter(
            training=OuterRef("pk"), start__gte=timezone.now(), status=SessionStatus.OPEN
        ).filter(Q(registration_deadline__isnull=True) | Q(registration_deadline__gte=today))
        return self.filter(models.Exists(open_upcoming))

    def order_by_title(self):
        return self.order_by_localized("title")

    def for_listing(self):
        return self.select_related("provider").prefetch_related("languages")

    def search(self, text: str):
        return self.matching(
            text, translated=["title", "summary", "provider__name"], plain=["municipality"]
        )

    def attendable(self):
        """What a training list shows: current trainings, soonest session first, ready to
        render as cards."""
        return self.current().with_next_session().order_soonest().for_listing()

    def of_organisation(self, organisation):
        """Trainings an organisation teaches or publishes."""
        return self.filter(Q(provider=organisation) | Q(owner=organisation))

    def soonest(self, count: int) -> list:
        """The `count` trainings whose next session comes first. Starts from the sessions
        (indexed by start) instead of computing every training's next session."""
        upcoming = (
            Session.objects.filter(start__gte=timezone.now(), training__in=self.values("pk"))
            .exclude(status=SessionStatus.CANCELLED)
            .order_by("start")
            .values_list("training_id", flat=True)
        )
        ids = list(dict.fromkeys(upcoming[: count * 10]))[:count]
        trainings = self.filter(pk__in=ids).with_next_session().for_listing()
        return sorted(trainings, key=lambda training: ids.index(training.pk))

    def order_soonest(self):
        """Soonest next session first, then trainings without one (needs `with_next_session`)."""
        return self.order_by(F("next_start").asc(nulls_last=True), "-publication_date", "pk")


class Training(Publishable):
    kind = models.CharField(_("kind"), max_length=30, choices=TrainingKind.choices)
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
    prerequisites = models.TextField(_("prerequisites"), blank=True)
    accessibility_info = models.TextField(_("accessibility information"), blank=True)
    provider = models.ForeignKey(
        Organisation,
        verbose_name=_("provider"),
        on_delete=models.PROTECT,
        related_name="provided_trainings",
        help_text=_("The organisation that teaches the training."),
    )
    format = models.CharField(_("format"), max_length=10, choices=TrainingFormat.choices)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    municipality = models.CharField(_("municipality"), max_length=100, blank=True)
    languages = terms_field(
        Vocabulary.LANGUAGE, _("languages of instruction"), "trainings_taught", blank=False
    )
    cost = models.CharField(_("cost"), max_length=30, choices=Cost.choices)
    price = models.DecimalField(
        _("price in euros"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    women_only = models.BooleanField(_("for women only"), default=False)
    childcare = models.BooleanField(_("childcare available"), default=False)
    schedule = models.CharField(_("schedule"), max_length=20, choices=Schedule.choices)
    level = models.CharField(_("level"), max_length=30, choices=SkillLevel.choices)
    digcomp_areas = terms_field(Vocabulary.DIGCOMP_AREA, _("DigComp areas"), "trainings_by_area")
    technologies = terms_field(
        Vocabulary.TECHNOLOGY, _("digital technologies"), "trainings_by_technology"
    )
    audiences = terms_field(Vocabulary.AUDIENCE, _("target audiences"), "trainings_by_audience")
    certificate = models.CharField(
        _("certificate"), max_length=20, choices=Certificate.choices, default=Certificate.NONE
    )
    duration_hours = models.PositiveIntegerField(
        _("duration in hours"), null=True, blank=True, validators=[MaxValueValidator(10_000)]
    )
    # Summary of the sessions, kept by `refresh_session_summary()` when sessions change.
    has_sessions = models.BooleanField(default=False, editable=False)
    last_start = models.DateTimeField(null=True, editable=False, db_index=True)
    registration_url = models.URLField(_("registration link"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    objects = TrainingQuerySet.as_manager()
    rich_text_fields = ("description",)

    class Meta:
        verbose_name = _("training")
        verbose_name_plural = _("trainings")
        ordering = ["-publication_date"]
        indexes = [
            models.Index(fields=["status", "publication_date"]),
            models.Index(fields=["region"]),
            models.Index(fields=["cost"]),
            models.Index(fields=["schedule"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(price__isnull=True) | Q(price__gte=0), name="training_price_positive"
            )
        ]

    def __str__(self):
        return str(localized(self, "title"))

    def get_absolute_url(self):
        return reverse("trainings:detail", kwargs={"slug": self.slug})

    def clean(self):
        require_one_language(self, "title", "summary")


class SessionQuerySet(models.QuerySet):
    def upcoming(self):
        return self.filter(start__gte=timezone.now())


class Session(models.Model):
    training = models.ForeignKey(
        Training, verbose_name=_("training"), on_delete=models.CASCADE, related_name="sessions"
    )
    start = models.DateTimeField(_("start"), validators=[validate_plausible_date])
    end = models.DateTimeField(_("end"), validators=[validate_plausible_date])
    online = models.BooleanField(_("online"), default=False)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, validators=[MaxValueValidator(100_000)]
    )
    registration_deadline = models.DateField(
        _("registration deadline"), null=True, blank=True, validators=[validate_plausible_date]
    )
    status = models.CharField(
        _("status"), max_length=10, choices=SessionStatus.choices, default=SessionStatus.OPEN
    )

    objects = SessionQuerySet.as_manager()

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["start"]
        indexes = [models.Index(fields=["training", "start"]), models.Index(fields=["start"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=F("start")),
                name="session_ends_after_start",
                violation_error_message=_("A session cannot end before it starts."),
            )
        ]

    def __str__(self):
        return f"{self.training} – {timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    @property
    def is_past(self) -> bool:
        return self.start < timezone.now()

    @property
    def place(self) -> str:
        return ", ".join(part for part in [self.venue, self.address] if part)
