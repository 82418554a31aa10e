"""Digital occupations (ESCO), what they are like, what they pay, where they are in demand.

Trainings point here ("prepares for") and stories name the occupation of the woman telling
them; both are read back through their reverse relations, so this app imports neither.
"""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from bedigital.constraints import Check
from bedigital.i18n import localized, require_one_language
from bedigital.models import Publishable, PublishableQuerySet, terms_field
from bedigital.vocabularies import Region, Vocabulary

# ESCO occupations are coded under their ISCO-08 unit group: "2511.1", "3512.2.1".
ESCO_CODE = RegexValidator(r"^\d{4}(\.\d+)*$", _("Write an ESCO code such as 2511.1."))
SHORTAGE_REGIONS = [
    (value, label)
    for value, label in Region.choices
    if value in {Region.BRUSSELS, Region.FLANDERS, Region.WALLONIA, Region.GERMAN_COMMUNITY}
]


class OccupationQuerySet(PublishableQuerySet):
    def for_listing(self):
        return self.prefetch_related("demand")


class Occupation(Publishable):
    esco_code = models.CharField(_("ESCO code"), max_length=20, unique=True, validators=[ESCO_CODE])
    esco_uri = models.URLField(_("ESCO link"), blank=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=150, blank=True)
    summary = models.CharField(
        _("what the work is"), max_length=400, blank=True, help_text=_("One or two sentences.")
    )
    day = models.TextField(_("a day in the work"), blank=True)
    skills = models.TextField(
        _("skills needed"), blank=True, help_text=_("One skill per line, in plain words.")
    )
    entry_paths = models.TextField(
        _("ways in"), blank=True, help_text=_("One way per line, including without a degree.")
    )
    digcomp_areas = terms_field(Vocabulary.DIGCOMP_AREA, _("DigComp areas"), "occupations_by_area")
    technologies = terms_field(
        Vocabulary.TECHNOLOGY, _("digital technologies"), "occupations_by_technology"
    )
    no_degree = models.BooleanField(_("possible without a degree"), default=False)
    part_time = models.BooleanField(_("part-time possible"), default=False)
    salary_low = models.PositiveIntegerField(
        _("gross monthly pay from (euros)"), null=True, blank=True
    )
    salary_high = models.PositiveIntegerField(
        _("gross monthly pay up to (euros)"), null=True, blank=True
    )
    salary_source = models.CharField(_("pay: source"), max_length=200, blank=True)
    salary_source_url = models.URLField(_("pay: source link"), blank=True)
    salary_year = models.PositiveSmallIntegerField(
        _("pay: year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(2000), MaxValueValidator(2100)],
    )
    salary_illustrative = models.BooleanField(
        _("pay is illustrative"),
        default=False,
        help_text=_("Say so on the page when the range is an estimate, not a published figure."),
    )

    objects = OccupationQuerySet.as_manager()
    import_code = "esco_code"  # how spreadsheets name it (trainings' "prepares_for" column)

    class Meta:
        verbose_name = _("occupation")
        verbose_name_plural = _("occupations")
        ordering = ["esco_code"]
        constraints = [
            Check(
                condition=Q(salary_low__isnull=True)
                | Q(salary_high__isnull=True)
                | Q(salary_low__lte=models.F("salary_high")),
                name="occupation_salary_range",
            )
        ]

    def __str__(self):
        return str(localized(self, "title"))

    def get_absolute_url(self):
        return reverse("careers:detail", kwargs={"slug": self.slug})

    def clean(self):
        require_one_language(self, "title", "summary")


class RegionalDemand(models.Model):
    """One occupation on one region's shortage list, as its public employment service
    published it."""

    occupation = models.ForeignKey(
        Occupation, on_delete=models.CASCADE, related_name="demand", verbose_name=_("occupation")
    )
    region = models.CharField(_("region"), max_length=20, choices=SHORTAGE_REGIONS)
    list_name = models.CharField(
        _("shortage list"), max_length=200, help_text=_("As the publisher names it.")
    )
    publisher = models.CharField(_("publisher"), max_length=100)
    source_url = models.URLField(_("source link"))
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(2000), MaxValueValidator(2100)]
    )
    illustrative = models.BooleanField(
        _("illustrative"),
        default=False,
        help_text=_("Not checked against the published list: the page says so."),
    )

    class Meta:
        verbose_name = _("regional demand")
        verbose_name_plural = _("regional demand")
        ordering = ["region"]
        constraints = [
            models.UniqueConstraint(fields=["occupation", "region"], name="demand_once_per_region")
        ]

    def __str__(self):
        return f"{self.get_region_display()}: {self.list_name} ({self.year})"
