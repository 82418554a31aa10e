"""Initiatives and good practices, described in the EU Digital Skills and Jobs Platform's terms."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bedigital.constraints import Check
from bedigital.i18n import localized, require_one_language, translated_values
from bedigital.images import CleanImageField
from bedigital.models import Organisation, Publishable, PublishableQuerySet, terms_field
from bedigital.terms import PrefetchKeptQuerySet
from bedigital.vocabularies import (
    FundingType,
    GeographicalSphere,
    InitiativeCategory,
    Region,
    Vocabulary,
)

# The Women in Digital strategy's objectives; site editors may retitle them in admin.
INITIAL_OBJECTIVES = {
    1: {
        "en": "More women and girls graduating in digital, ICT and STEM",
        "nl": "Meer vrouwen en meisjes met een diploma in digitale technologie, ICT en STEM",
        "fr": "Plus de femmes et de filles diplômées dans le numérique, les TIC et les STEM",
        "de": "Mehr Frauen und Mädchen mit einem Abschluss in Digitaltechnik, IKT und MINT",
    },
    2: {
        "en": "More women recruited in the digital sector",
        "nl": "Meer vrouwen aan de slag in de digitale sector",
        "fr": "Plus de femmes recrutées dans le secteur numérique",
        "de": "Mehr Frauen für den Digitalsektor gewinnen",
    },
    3: {
        "en": "A positive image of digital careers, with female role models",
        "nl": "Een positief beeld van digitale beroepen, met vrouwelijke rolmodellen",
        "fr": "Une image positive des métiers du numérique, avec des modèles féminins",
        "de": "Ein positives Bild digitaler Berufe, mit weiblichen Vorbildern",
    },
    4: {
        "en": "Women who stay and grow in digital jobs",
        "nl": "Vrouwen die blijven en doorgroeien in digitale jobs",
        "fr": "Des femmes qui restent et évoluent dans les métiers du numérique",
        "de": "Frauen, die in digitalen Berufen bleiben und sich weiterentwickeln",
    },
    5: {
        "en": "Gender-aware policy and monitoring",
        "nl": "Gendergevoelig beleid en opvolging",
        "fr": "Une politique et un suivi attentifs au genre",
        "de": "Geschlechtergerechte Politik und Beobachtung",
    },
}


class StrategicObjective(models.Model):
    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    title = models.CharField(_("title"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("strategic objective")
        verbose_name_plural = _("strategic objectives")
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {localized(self, 'title')}"

    def clean(self):
        require_one_language(self, "title")


def ensure_objectives(**kwargs):
    """The five objectives exist from the first migrate on; edited titles are kept."""
    for number, titles in INITIAL_OBJECTIVES.items():
        StrategicObjective.objects.get_or_create(
            number=number, defaults=translated_values("title", titles)
        )


class InitiativeQuerySet(PrefetchKeptQuerySet, PublishableQuerySet):
    def ongoing(self):
        return self.filter(Q(end_date__isnull=True) | Q(end_date__gte=timezone.localdate()))

    def ended(self):
        return self.filter(end_date__lt=timezone.localdate())

    def order_by_title(self):
        return self.order_by_localized("title")

    def for_listing(self):
        return self.select_related("promoter", "objective")


class Initiative(Publishable):
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    background = models.TextField(_("background and aims"), blank=True)
    good_practice = models.TextField(_("why it is a good practice"), blank=True)
    results = models.TextField(_("results and impact"), blank=True)
    promoter = models.ForeignKey(
        Organisation,
        verbose_name=_("promoter"),
        on_delete=models.PROTECT,
        related_name="promoted_initiatives",
    )
    partners = models.ManyToManyField(
        Organisation,
        verbose_name=_("partner organisations"),
        related_name="partner_initiatives",
        blank=True,
    )
    category = models.CharField(_("category"), max_length=30, choices=InitiativeCategory.choices)
    objective = models.ForeignKey(
        StrategicObjective,
        verbose_name=_("strategic objective"),
        on_delete=models.PROTECT,
        related_name="initiatives",
    )
    audiences = terms_field(Vocabulary.AUDIENCE, _("target audiences"), "initiatives_by_audience")
    countries = terms_field(Vocabulary.COUNTRY, _("geographic scope"), "initiatives_by_country")
    sphere = models.CharField(
        _("geographical sphere"), max_length=20, choices=GeographicalSphere.choices
    )
    fields_of_education = terms_field(
        Vocabulary.FIELD_OF_EDUCATION, _("fields of education"), "initiatives_by_field"
    )
    funding = models.CharField(_("type of funding"), max_length=20, choices=FundingType.choices)
    technologies = terms_field(
        Vocabulary.TECHNOLOGY, _("digital technologies"), "initiatives_by_technology"
    )
    levels = terms_field(Vocabulary.SKILL_LEVEL, _("digital skill levels"), "initiatives_by_level")
    region = models.CharField(_("Belgian region"), max_length=20, choices=Region.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty while it is ongoing.")
    )
    website = models.URLField(_("website"), blank=True)
    image = CleanImageField(
        _("image"),
        upload_to="initiatives/",
        blank=True,
        help_text=_("JPEG, PNG or WebP, at most 8 MB. Location and camera data are removed."),
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )

    objects = InitiativeQuerySet.as_manager()
    rich_text_fields = ("background", "good_practice", "results")

    class Meta:
        verbose_name = _("initiative")
        verbose_name_plural = _("initiatives")
        ordering = ["-publication_date"]
        indexes = [
            models.Index(fields=["status", "publication_date"]),
            models.Index(fields=["category"]),
            models.Index(fields=["region"]),
        ]
        constraints = [
            Check(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="initiative_ends_after_start",
                violation_error_message=_("An initiative cannot end before it starts."),
            )
        ]

    def __str__(self):
        return str(localized(self, "title"))

    def get_absolute_url(self):
        return reverse("initiatives:detail", kwargs={"slug": self.slug})

    def clean(self):
        require_one_language(self, "title", "summary")
        if self.image:
            require_one_language(self, "image_alt")

    @property
    def is_ongoing(self) -> bool:
        return self.end_date is None or self.end_date >= timezone.localdate()
