"""Trainings, workshops and upskilling programmes, with their dated sessions."""

import re
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from bedigital.constraints import Check
from bedigital.i18n import localized, require_one_language
from bedigital.models import (
    ChoiceLabels,
    Organisation,
    Publishable,
    PublishableQuerySet,
    terms_field,
)
from bedigital.terms import TERMS, PrefetchKeptQuerySet
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

from . import schedule


class Place(models.Model):
    """A Belgian postcode in a municipality, with coordinates (`trainings.places` loads them
    from data packages)."""

    postcode = models.CharField(_("postcode"), max_length=4, db_index=True)
    refnis = models.CharField(max_length=5)
    name_nl = models.CharField(max_length=100)
    name_fr = models.CharField(max_length=100)
    name_de = models.CharField(max_length=100)
    name_en = models.CharField(max_length=100)
    region = models.CharField(max_length=20, choices=Region.choices, blank=True)
    province = models.CharField(max_length=5)
    latitude = models.FloatField()
    longitude = models.FloatField()
    search_key = models.TextField()

    class Meta:
        verbose_name = _("place")
        verbose_name_plural = _("places")
        ordering = ["postcode", "refnis"]
        constraints = [
            models.UniqueConstraint(fields=["postcode", "refnis"], name="place_postcode_refnis")
        ]

    def __str__(self):
        return f"{self.postcode} {self.name}"

    @property
    def name(self) -> str:
        """The municipality's name in the visitor's language."""
        language = get_language() or "en"
        return getattr(self, f"name_{language}", "") or self.name_fr


class Pace(models.TextChoices):
    FULL_TIME = "full_time", _("Full-time")
    PART_TIME = "part_time", _("Part-time")


class Length(models.TextChoices):
    ONE_DAY = "day", _("One day")
    MONTH = "month", _("Up to a month")
    QUARTER = "quarter", _("One to three months")
    LONGER = "longer", _("More than three months")


def length_of(first_start, last_end) -> str:
    days = (timezone.localdate(last_end) - timezone.localdate(first_start)).days
    if days < 1:
        return Length.ONE_DAY
    if days <= 31:
        return Length.MONTH
    if days <= 92:
        return Length.QUARTER
    return Length.LONGER


def week_summary(sessions: list[dict]) -> dict:
    """A training's week columns from its sessions' (dicts of `Session.WEEK_FIELDS`)."""
    if not sessions:
        return {"meeting_days": 0, "day_parts": 0, "school_hours": False, "pace": "", "length": ""}
    days = parts = 0
    for session in sessions:
        days |= session["meeting_days"]
        parts |= session["day_parts"]
    hours = max(session["hours_per_week"] for session in sessions)
    first = sessions[0]
    return {
        "meeting_days": days,
        "day_parts": parts,
        "school_hours": all(session["school_hours"] for session in sessions),
        "pace": Pace.FULL_TIME if hours >= schedule.FULL_TIME_HOURS_PER_WEEK else Pace.PART_TIME,
        "length": length_of(first["start"], first["last_end"]),
    }


def joinable_until(session: dict):
    """The moment a session one can join stops being so: when it starts, or when its
    registration deadline day ends (Brussels time), whichever comes first."""
    until = session["start"]
    deadline = session["registration_deadline"]
    if deadline is not None:
        day_after = timezone.make_aware(datetime.combine(deadline + timedelta(days=1), time.min))
        until = min(until, day_after)
    return until


def next_summary(sessions: list[dict], now) -> dict:
    """The soonest session one can join (`SessionQuerySet.joinable`) as of `now`, and until
    when that stays true. Time only takes sessions away, so a training without one keeps
    none until its sessions change."""
    today = timezone.localdate(now)
    joinable = [
        s
        for s in sessions
        if s["status"] == SessionStatus.OPEN
        and s["start"] >= now
        and (s["registration_deadline"] is None or s["registration_deadline"] >= today)
    ]
    if not joinable:
        return {"next_start": None, "next_start_until": None}
    first = min(joinable, key=lambda s: s["start"])
    return {"next_start": first["start"], "next_start_until": joinable_until(first)}


def place_summary(sessions: list[dict]) -> dict:
    """Where a training is: the place of its first session that has one."""
    for session in sessions:
        if session["locality_id"]:
            return {
                "locality_id": session["locality_id"],
                "latitude": session["locality__latitude"],
                "longitude": session["locality__longitude"],
            }
    return {"locality_id": None, "latitude": None, "longitude": None}


def session_summary(sessions: list[dict], now) -> dict:
    """What a training keeps of its sessions (`Training.SUMMARY_FIELDS`), from the sessions'
    dicts (`refresh_session_summary` reads them): whether it has any, the last start not
    cancelled, and the week, place and next joinable session, counting the sessions neither
    cancelled nor over, or all of them once every one is over."""
    kept = sorted(
        (s for s in sessions if s["status"] != SessionStatus.CANCELLED), key=lambda s: s["start"]
    )
    current = [s for s in kept if s["last_end"] and s["last_end"] >= now] or kept
    return {
        "has_sessions": bool(sessions),
        "last_start": kept[-1]["start"] if kept else None,
        **week_summary(current),
        **place_summary(current),
        **next_summary(sessions, now),
    }


# (content version and this process's writes, the moment before which no stored next
# session lapses): `refresh_lapsed` asks the database again only after it
_quiet: list = [None, None]
FOREVER = datetime.max.replace(tzinfo=UTC)


class TrainingQuerySet(PrefetchKeptQuerySet, PublishableQuerySet):
    def with_next_session(self):
        """These trainings, their stored next session (`next_start`) up to date: the lapsed
        ones are refreshed now, when the queryset is built (`refresh_lapsed`)."""
        self.refresh_lapsed()
        return self

    def refresh_lapsed(self, limit: int = 500) -> int:
        """Bring the stored next session up to date where it has lapsed (the session began or
        its registration closed since it was written): one indexed query, then none in this
        process until the first stored next session lapses or content changes (the moment
        is kept per content version); the catalogue sorts and filters on the stored column."""
        from bedigital import pagecache

        now = timezone.now()
        generation = pagecache.generation()
        if _quiet[0] == generation and now < _quiet[1]:
            return 0
        trainings = self.model._default_manager
        lapsed = list(
            trainings.filter(next_start_until__lte=now)
            .order_by("next_start_until")
            .values_list("pk", flat=True)[:limit]
        )
        refreshed = (
            trainings.filter(pk__in=sorted(lapsed)).refresh_session_summary() if lapsed else 0
        )
        if len(lapsed) < limit:  # none left: quiet until the first one to come
            first = (
                trainings.filter(next_start_until__gt=now)
                .order_by("next_start_until")
                .values_list("next_start_until", flat=True)
                .first()
            )
            _quiet[:] = [generation, first or FOREVER]
        return refreshed

    def current(self):
        """Trainings one can still attend: a session that has not started and is not
        cancelled, or no dated session at all (self-paced, on demand). Uses the stored
        session summary, so no per-row subquery: the comparison with now is made here."""
        return self.filter(self.current_condition())

    @staticmethod
    def current_condition() -> Q:
        return Q(last_start__gte=timezone.now()) | Q(has_sessions=False)

    def past(self):
        """Everything that has sessions but none left to attend (the complement of current)."""
        return self.filter(self.past_condition())

    @staticmethod
    def past_condition() -> Q:
        return Q(has_sessions=True) & ~Q(last_start__gte=timezone.now())

    def refresh_session_summary(self):
        """Recompute what trainings keep of their sessions (after sessions change): whether
        they have any, the last start not cancelled, and the week and place columns of the
        "fits my week" and "near" filters (plain indexed columns, so that a filter is one
        indexed comparison). The week and place count the sessions neither cancelled nor
        over, or all of them once every one is over. One query (trainings left-joined to
        their sessions) and one bulk update."""
        now = timezone.now()
        columns = [
            "id",
            "status",
            "start",
            "last_end",
            "registration_deadline",
            *Session.WEEK_FIELDS,
            "locality_id",
        ]
        rows = self.order_by().values(
            "pk",
            *[f"sessions__{name}" for name in columns],
            "sessions__locality__latitude",
            "sessions__locality__longitude",
        )
        sessions = defaultdict(list)
        for row in rows:
            values = {key.removeprefix("sessions__"): value for key, value in row.items()}
            group = sessions[row["pk"]]  # a training without sessions gets an empty list
            if values["id"] is not None:
                group.append(values)
        trainings = [
            Training(pk=pk, **session_summary(all_sessions, now))
            for pk, all_sessions in sessions.items()
        ]
        Training.objects.bulk_update(trainings, Training.SUMMARY_FIELDS, batch_size=500)
        return len(trainings)

    # The stored next session (`next_summary`) answers "open" and "starts within" with one
    # indexed comparison, as long as lapsed rows were refreshed first (`refresh_lapsed`).
    def with_open_session(self):
        return self.filter(self.open_condition())

    @staticmethod
    def open_condition() -> Q:
        return Q(next_start__isnull=False, next_start_until__gt=timezone.now())

    def starting_within(self, days: int):
        """Trainings with a session one can join that starts in the next `days` days."""
        return self.filter(self.starting_within_condition(days))

    @staticmethod
    def starting_within_condition(days: int) -> Q:
        return Q(
            next_start__lt=timezone.now() + timedelta(days=days),
            next_start_until__gt=timezone.now(),
        )

    def order_by_title(self):
        return self.order_by_localized("title")

    def for_listing(self):
        return self.select_related("provider", "locality").prefetch_kept({"languages": TERMS})

    def attendable(self):
        """What a training list shows: current trainings, soonest session first, ready to
        render as cards (their stored next session brought up to date first)."""
        return self.with_next_session().current().order_soonest().for_listing()

    def of_organisation(self, organisation):
        """Trainings an organisation teaches or publishes."""
        return self.filter(Q(provider=organisation) | Q(owner=organisation))

    def soonest(self, count: int) -> list:
        """The `count` trainings whose next session one can join comes first, as the
        catalogue orders them and their cards show it: the stored next session, brought up
        to date first, along the index `training_soonest`."""
        upcoming = self.with_next_session().with_open_session().order_soonest()
        return list(upcoming.for_listing()[:count])

    def order_nearest(self):
        """Nearest first (needs the `distance` a "near" filter adds), then soonest."""
        soonest = self.order_soonest()
        if "distance" not in self.query.annotations:
            return soonest
        return soonest.order_by(F("distance").asc(nulls_last=True), *soonest.query.order_by)

    def order_soonest(self):
        """Soonest next session first, then trainings without one: along the index
        `training_soonest` (the stored next session; see `refresh_lapsed`)."""
        return self.order_by(F("next_start").asc(nulls_last=True), "-publication_date", "pk")


class Training(Publishable):
    # km from the place she asked for, where a "near" filter annotates it; None elsewhere,
    # so that a card asks for it without a failed lookup (three exceptions, ~50 µs a card)
    distance = None

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
    prepares_for = models.ManyToManyField(
        "careers.Occupation",
        verbose_name=_("prepares for"),
        related_name="trainings",
        blank=True,
        help_text=_("The occupations this training leads to."),
    )
    certificate = models.CharField(
        _("certificate"), max_length=20, choices=Certificate.choices, default=Certificate.NONE
    )
    duration_hours = models.PositiveIntegerField(
        _("duration in hours"), null=True, blank=True, validators=[MaxValueValidator(10_000)]
    )
    # Summary of the sessions, kept by `refresh_session_summary()` when sessions change.
    has_sessions = models.BooleanField(default=False, editable=False)
    last_start = models.DateTimeField(null=True, editable=False, db_index=True)
    # ... and of when its sessions meet, for the "fits my week" filters (`refresh_session_summary`)
    meeting_days = models.PositiveSmallIntegerField(default=0, editable=False, db_index=True)
    day_parts = models.PositiveSmallIntegerField(default=0, editable=False, db_index=True)
    school_hours = models.BooleanField(default=False, editable=False, db_index=True)
    pace = models.CharField(
        max_length=10, choices=Pace.choices, blank=True, editable=False, db_index=True
    )
    length = models.CharField(
        max_length=10, choices=Length.choices, blank=True, editable=False, db_index=True
    )
    # ... and the soonest session one can join, until when (`next_summary`, `refresh_lapsed`)
    next_start = models.DateTimeField(null=True, editable=False)
    next_start_until = models.DateTimeField(null=True, editable=False, db_index=True)
    # ... and where: the place of its next on-site session, for "near" searches
    locality = models.ForeignKey(
        Place, null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    latitude = models.FloatField(null=True, editable=False)
    longitude = models.FloatField(null=True, editable=False)
    registration_url = models.URLField(_("registration link"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    objects = TrainingQuerySet.as_manager()
    WEEK_FIELDS = ("meeting_days", "day_parts", "school_hours", "pace", "length")
    PLACE_FIELDS = ("locality", "latitude", "longitude")
    NEXT_FIELDS = ("next_start", "next_start_until")
    SUMMARY_FIELDS = ("has_sessions", "last_start", *WEEK_FIELDS, *PLACE_FIELDS, *NEXT_FIELDS)
    # The plain facts an editor states (no relation, not translated, not derived): the
    # import's columns and the demo data's keys.
    FACTS = (
        "kind",
        "format",
        "region",
        "municipality",
        "cost",
        "price",
        "women_only",
        "childcare",
        "schedule",
        "level",
        "certificate",
        "duration_hours",
        "registration_url",
        "contact_email",
    )
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
            # the catalogue's default order, read along the index until a page is full
            # (ascending B-tree indexes keep NULLs last, as `order_soonest` wants them); with
            # the status, all of it is read from the index alone when the facet index takes
            # it again after a save (PostgreSQL: 134 → 14 ms at 100k trainings)
            models.Index(
                fields=["next_start", "-publication_date", "id"],
                include=["status"],
                name="training_soonest",
            ),
            # where and by whom published trainings are given (search suggestions), read
            # from the index alone: 20 ms at 100k trainings instead of a 1 s table scan
            models.Index(
                fields=["municipality", "provider", "publication_date"],
                condition=Q(status="published"),
                name="training_place_provider",
            ),
        ]
        constraints = [
            Check(condition=Q(price__isnull=True) | Q(price__gte=0), name="training_price_positive")
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

    def joinable(self):
        """Sessions one can still join: open, not begun, registration deadline not passed."""
        deadline_ok = Q(registration_deadline__isnull=True) | Q(
            registration_deadline__gte=timezone.localdate()
        )
        return self.upcoming().filter(deadline_ok, status=SessionStatus.OPEN)


POSTCODE = re.compile(r"\b([1-9]\d{3})\b")


def parse_dates(text: str) -> tuple[date, ...]:
    """ "2026-12-29, 2027-01-05" (commas, spaces or lines between): sorted, without repeats."""
    days = set()
    for word in str(text or "").replace(",", " ").split():
        try:
            days.add(date.fromisoformat(word))
        except ValueError:
            raise ValueError(
                _("“%(value)s” is not a date written as 2026-12-29.") % {"value": word}
            ) from None
    return tuple(sorted(days))


class Session(ChoiceLabels, models.Model):
    training = models.ForeignKey(
        Training, verbose_name=_("training"), on_delete=models.CASCADE, related_name="sessions"
    )
    # The first meeting (DTSTART and DTEND in RFC 5545 terms); repeated on `repeat_days` until
    # `repeat_until`, except on `skip_dates`.
    start = models.DateTimeField(
        _("start"), validators=[validate_plausible_date], help_text=_("Of the first meeting.")
    )
    end = models.DateTimeField(
        _("end"), validators=[validate_plausible_date], help_text=_("Of the first meeting.")
    )
    repeat_days = models.PositiveSmallIntegerField(
        _("repeats on"), default=0, validators=[MaxValueValidator(127)]
    )
    repeat_until = models.DateField(
        _("repeats until"),
        null=True,
        blank=True,
        validators=[validate_plausible_date],
        help_text=_("The last day a meeting may fall on."),
    )
    skip_dates = models.TextField(
        _("not on"),
        blank=True,
        help_text=_("Days without a meeting (holidays), e.g. 2026-12-29, 2027-01-05."),
    )
    online = models.BooleanField(_("online"), default=False)
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    postcode = models.CharField(
        _("postcode"),
        max_length=4,
        blank=True,
        help_text=_("Of the venue in Belgium; read from the address when left empty."),
    )
    locality = models.ForeignKey(
        Place, null=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, validators=[MaxValueValidator(100_000)]
    )
    registration_deadline = models.DateField(
        _("registration deadline"), null=True, blank=True, validators=[validate_plausible_date]
    )
    status = models.CharField(
        _("status"), max_length=10, choices=SessionStatus.choices, default=SessionStatus.OPEN
    )

    # Derived from the schedule when the session is saved (`update_schedule`).
    last_end = models.DateTimeField(null=True, editable=False, db_index=True)
    meeting_count = models.PositiveIntegerField(default=1, editable=False)
    total_minutes = models.PositiveIntegerField(default=0, editable=False)
    meeting_days = models.PositiveSmallIntegerField(default=0, editable=False)
    day_parts = models.PositiveSmallIntegerField(default=0, editable=False)
    school_hours = models.BooleanField(default=False, editable=False)
    hours_per_week = models.PositiveSmallIntegerField(default=0, editable=False)

    objects = SessionQuerySet.as_manager()
    WEEK_FIELDS = ("meeting_days", "day_parts", "school_hours", "hours_per_week")
    SCHEDULE_FIELDS = ("last_end", "meeting_count", "total_minutes", *WEEK_FIELDS, "locality")

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["start"]
        indexes = [models.Index(fields=["training", "start"]), models.Index(fields=["start"])]
        constraints = [
            Check(
                condition=Q(end__gte=F("start")),
                name="session_ends_after_start",
                violation_error_message=_("A session cannot end before it starts."),
            )
        ]

    def __str__(self):
        return f"{self.training} – {timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    def save(self, *args, **kwargs):
        self.update_schedule()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], *self.SCHEDULE_FIELDS}
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if self.start is None or self.end is None:
            return
        try:
            parse_dates(self.skip_dates)
        except ValueError as error:
            raise ValidationError({"skip_dates": str(error)}) from None
        if self.repeat_until and self.repeat_days:
            first_day = timezone.localdate(self.start)
            if self.repeat_until < first_day:
                raise ValidationError(
                    {"repeat_until": _("The last day comes before the first meeting.")}
                )
            if self.repeat_until > first_day + timedelta(days=schedule.MAX_SPAN_DAYS):
                raise ValidationError(
                    {"repeat_until": _("A session may run for at most three years.")}
                )
        elif self.repeat_days and not self.repeat_until:
            raise ValidationError({"repeat_until": _("Say until when it repeats.")})

    @classmethod
    def from_db(cls, db, field_names, values):
        session = super().from_db(db, field_names, values)
        if {"online", "postcode", "address", "locality_id"} <= set(field_names):
            # the postcode its locality was found for: a save looks it up again only when
            # the address changes
            if bool(session.venue_postcode) == (session.locality_id is not None):
                session._located_at = session.venue_postcode
        return session

    @property
    def venue_postcode(self) -> str:
        if self.online:
            return ""
        return self.postcode or next(iter(POSTCODE.findall(self.address)), "")

    @property
    def is_past(self) -> bool:
        return self.start < timezone.now()

    @property
    def rule(self) -> schedule.Rule:
        return schedule.Rule(
            self.start,
            self.end,
            self.repeat_days,
            self.repeat_until,
            parse_dates(self.skip_dates),
        )

    def meetings(self) -> list[schedule.Meeting]:
        return self.rule.meetings()

    def update_schedule(self) -> None:
        """Compute the derived columns (meetings, place); `save()` does, bulk writes call it
        first."""
        postcode = self.venue_postcode
        if postcode != getattr(self, "_located_at", None):  # look it up only when it changed
            self.locality = (
                Place.objects.filter(postcode=postcode).order_by("refnis").first()
                if postcode
                else None
            )
            self._located_at = postcode
        summary = schedule.summarise(self.rule)
        self.last_end = summary.last_end
        self.meeting_count = summary.meeting_count
        self.total_minutes = summary.total_minutes
        self.meeting_days = summary.days
        self.day_parts = summary.parts
        self.school_hours = summary.school_hours
        self.hours_per_week = summary.hours_per_week

    def describe(self) -> str:
        """Its meetings as people say them, in the active language."""
        return schedule.describe(self.rule, self.summary)

    @property
    def summary(self) -> schedule.Summary:
        """What `update_schedule` stored (a page need not list every meeting again), or
        the summary of its rule while it was never computed."""
        if self.last_end is None:
            return schedule.summarise(self.rule)
        return schedule.Summary(
            meeting_count=self.meeting_count,
            total_minutes=self.total_minutes,
            last_end=self.last_end,
            days=self.meeting_days,
            parts=self.day_parts,
            school_hours=self.school_hours,
            hours_per_week=self.hours_per_week,
        )

    @property
    def total_hours_text(self) -> str:
        return schedule.hours_text(self.total_minutes)

    @property
    def is_joinable(self) -> bool:
        return (
            not self.is_past
            and self.status == SessionStatus.OPEN
            and (
                self.registration_deadline is None
                or self.registration_deadline >= timezone.localdate()
            )
        )

    @property
    def place(self) -> str:
        return ", ".join(part for part in [self.venue, self.address] if part)


class TrainingFeed(models.Model):
    """An agency's own file of trainings (CSV or XLSX in the import's columns, or JSON in the
    API's shape) at an address the portal pulls on a schedule (`manage.py pull_feeds`,
    `trainings.feeds`)."""

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="training_feeds",
    )
    url = models.URLField(
        _("feed address"),
        max_length=500,
        help_text=_(
            "A CSV or XLSX file with the columns of the import, or JSON as the portal's API "
            "gives trainings (one, a list, or pages)."
        ),
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported as"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_(
            "An editor of the organisation: the feed changes only what she may change, and "
            "problems are e-mailed to her."
        ),
    )
    active = models.BooleanField(_("active"), default=True)
    last_pulled = models.DateTimeField(_("last pulled"), null=True, editable=False)
    succeeded = models.BooleanField(_("last pull succeeded"), null=True, editable=False)
    last_result = models.TextField(_("last result"), blank=True, editable=False)
    last_digest = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        verbose_name = _("training feed")
        verbose_name_plural = _("training feeds")
        ordering = ["organisation", "pk"]

    def __str__(self):
        return self.url

    def clean(self):
        if self.editor_id and self.organisation_id:
            if not self.organisation.editors.filter(pk=self.editor_id).exists():
                raise ValidationError({"editor": _("Choose an editor of this organisation.")})
