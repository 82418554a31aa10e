"""Support and funding: allowances, refunds, vouchers, leave, grants and guidance, with who
may get them kept as data (flags editors tick), so "What can I get?" is one query."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bedigital.constraints import Check
from bedigital.i18n import localized, require_one_language
from bedigital.models import Organisation, Publishable, PublishableQuerySet
from bedigital.vocabularies import Cost, Region

# Facts checked against the official page more than six months ago are shown as ageing.
VERIFIED_STALE_AFTER = timedelta(days=183)


class Situation(models.TextChoices):
    JOB_SEEKER = "job_seeker", _("Registered job seeker")
    EMPLOYED = "employed", _("Employed")
    SELF_EMPLOYED = "self_employed", _("Self-employed")
    STUDENT = "student", _("Student")
    FOUNDER = "founder", _("Starting a business")


class Goal(models.TextChoices):
    TRAIN = "train", _("Follow a training")
    JOB = "job", _("Find a job or change career")
    BUSINESS = "business", _("Start or grow a business")


class SupportKind(models.TextChoices):
    ALLOWANCE = "allowance", _("Allowance")
    REFUND = "refund", _("Refund of costs")
    VOUCHER = "voucher", _("Training voucher")
    LEAVE = "leave", _("Paid training leave")
    FUNDING = "funding", _("Grant or loan")
    GUIDANCE = "guidance", _("Guidance and mentoring")


# Where she lives: the four areas whose services decide (a federal support ticks all four).
HOME_REGIONS = [
    (Region.BRUSSELS.value, Region.BRUSSELS.label),
    (Region.FLANDERS.value, Region.FLANDERS.label),
    (Region.WALLONIA.value, Region.WALLONIA.label),
    (Region.GERMAN_COMMUNITY.value, Region.GERMAN_COMMUNITY.label),
]
# The flag of each answer: the rules are these columns, ticked by editors.
REGION_FIELDS = {code: f"in_{code}" for code, _label in HOME_REGIONS}
SITUATION_FIELDS = {code: f"for_{code}" for code in Situation.values}
GOAL_FIELDS = {code: f"goal_{code}" for code in Goal.values}
# A training's audiences (Term codes) → the situations they speak to.
AUDIENCE_SITUATIONS = {
    "job_seekers": [Situation.JOB_SEEKER],
    "women_returners": [Situation.JOB_SEEKER],
    "career_switchers": [Situation.JOB_SEEKER, Situation.EMPLOYED],
    "labour_force": [Situation.JOB_SEEKER, Situation.EMPLOYED],
    "employees": [Situation.EMPLOYED],
    "ict_professionals": [Situation.EMPLOYED, Situation.SELF_EMPLOYED],
    "entrepreneurs": [Situation.SELF_EMPLOYED, Situation.FOUNDER],
    "students_girls": [Situation.STUDENT],
}


class SupportQuerySet(PublishableQuerySet):
    def for_listing(self):
        return self.select_related("provider")

    def order_for_reading(self):
        return self.order_by("kind", "slug")

    def matching(self, *, region, situation, has_children=None, goal=None, age=None):
        """What she may get: one query over the editors' flags, whatever the answers."""
        rule = Q(**{REGION_FIELDS[region]: True}) & Q(**{SITUATION_FIELDS[situation]: True})
        if not has_children:
            rule &= Q(needs_children=False)
        if goal:
            rule &= Q(**{GOAL_FIELDS[goal]: True})
        if age is not None:
            rule &= Q(min_age__isnull=True) | Q(min_age__lte=age)
            rule &= Q(max_age__isnull=True) | Q(max_age__gte=age)
        return self.filter(rule)

    def pays_fees_for(self, situation):
        """Published support that pays training fees for people in `situation`."""
        return self.published().filter(
            covers_fees=True, during_training=True, **{SITUATION_FIELDS[situation]: True}
        )

    def verified_long_ago(self):
        return self.filter(verified_on__lt=timezone.localdate() - VERIFIED_STALE_AFTER)


def flag(label):
    return models.BooleanField(label, default=False)


class Support(Publishable):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=SupportKind.choices)
    provider = models.ForeignKey(
        Organisation,
        verbose_name=_("provided by"),
        on_delete=models.PROTECT,
        related_name="provided_supports",
    )
    gives = models.TextField(_("what it pays or gives"), blank=True)
    conditions = models.TextField(
        _("other conditions"),
        blank=True,
        help_text=_("Conditions the questions do not ask about, as the agency states them."),
    )
    how_to_apply = models.TextField(_("how to apply"), blank=True)
    official_url = models.URLField(_("official page"), max_length=300)
    verified_on = models.DateField(
        _("verified on"),
        default=timezone.localdate,
        help_text=_("The day these facts were last checked against the official page."),
    )
    is_example = models.BooleanField(
        _("example (details are illustrative)"),
        default=False,
        help_text=_("Shows a note that amounts and conditions are examples (demo content)."),
    )
    # Where it applies (the region she lives in): a federal support ticks all four.
    in_brussels = flag(_("Brussels-Capital Region"))
    in_flanders = flag(_("Flanders"))
    in_wallonia = flag(_("Wallonia"))
    in_german_community = flag(_("German-speaking Community"))
    # Who may get it
    for_job_seeker = flag(_("Registered job seekers"))
    for_employed = flag(_("Employees"))
    for_self_employed = flag(_("Self-employed"))
    for_student = flag(_("Students"))
    for_founder = flag(_("People starting a business"))
    needs_children = flag(_("Only for parents of children under 12"))
    min_age = models.PositiveSmallIntegerField(
        _("minimum age"), null=True, blank=True, validators=[MaxValueValidator(120)]
    )
    max_age = models.PositiveSmallIntegerField(
        _("maximum age"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(120)],
    )
    # What it helps her do
    goal_train = flag(_("Follow a training"))
    goal_job = flag(_("Find a job or change career"))
    goal_business = flag(_("Start or grow a business"))
    # How it meets trainings
    during_training = flag(_("Applies while following a training"))
    covers_fees = flag(_("Pays all or part of the training fee"))

    objects = SupportQuerySet.as_manager()

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("support and funding")
        ordering = ["kind", "slug"]
        indexes = [models.Index(fields=["status", "publication_date"])]
        constraints = [
            Check(
                condition=Q(min_age__isnull=True)
                | Q(max_age__isnull=True)
                | Q(max_age__gte=models.F("min_age")),
                name="support_age_bounds_in_order",
                violation_error_message=_("The maximum age cannot be below the minimum age."),
            )
        ]

    def __str__(self):
        return str(localized(self, "title"))

    def get_absolute_url(self):
        return reverse("support:detail", kwargs={"slug": self.slug})

    def clean(self):
        require_one_language(self, "title", "summary")
        if not any(getattr(self, name) for name in REGION_FIELDS.values()):
            raise ValidationError(_("Tick at least one region where it applies."))
        if not any(getattr(self, name) for name in SITUATION_FIELDS.values()):
            raise ValidationError(_("Tick at least one situation it is for."))

    @property
    def regions(self) -> list:
        codes = [code for code, name in REGION_FIELDS.items() if getattr(self, name)]
        if len(codes) == len(REGION_FIELDS):
            return [Region.FEDERAL.label]
        return [Region(code).label for code in codes]

    @property
    def situations(self) -> list:
        return [Situation(c).label for c, name in SITUATION_FIELDS.items() if getattr(self, name)]

    @property
    def trainings_query(self) -> str:
        """The catalogue's query string for the trainings of the regions where it applies."""
        codes = [code for code, name in REGION_FIELDS.items() if getattr(self, name)]
        if len(codes) == len(REGION_FIELDS):
            return ""
        return "?" + "&".join(f"region={code}" for code in codes)

    @property
    def verified_long_ago(self) -> bool:
        return self.verified_on < timezone.localdate() - VERIFIED_STALE_AFTER


def support_during_training(*, region, cost, audiences) -> list[Support]:
    """Support one may get while following a training: in its region (every region's when
    it is online or national), for the situations its audiences speak to, and, when it is
    free, only what does not pay a fee. Chosen among the published support kept in the
    process per content version (a few dozen rows, which every training's page read)."""
    from bedigital.pagecache import kept_in_process  # pagecache reads the registry of apps

    situations = {s for a in audiences for s in AUDIENCE_SITUATIONS.get(a, ())}

    def applies(support) -> bool:
        if region in REGION_FIELDS and not getattr(support, REGION_FIELDS[region]):
            return False
        if situations and not any(getattr(support, SITUATION_FIELDS[s]) for s in situations):
            return False
        return not (cost == Cost.FREE and support.covers_fees)

    def read():
        published = Support.objects.published().filter(during_training=True)
        return list(published.for_listing().order_for_reading())

    return [
        support for support in kept_in_process("support-during-training", read) if applies(support)
    ]
