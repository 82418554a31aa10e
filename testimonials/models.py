"""Stories of women working in tech, with their portraits and the paths that led there."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from bedigital.i18n import require_one_language
from bedigital.images import MIN_SIDE, CleanImageField, make_renditions, renditions
from bedigital.models import Publishable, PublishableQuerySet
from bedigital.vocabularies import CareerPath, Region, Sector
from initiatives.models import Initiative
from trainings.models import Training

VIDEO_HOSTS = (
    "https://www.youtube-nocookie.com/",
    "https://www.youtube.com/",
    "https://vimeo.com/",
)


class TestimonialQuerySet(PublishableQuerySet):
    def featured_today(self, count: int = 3) -> list:
        """The published featured stories, rotating daily: a different set leads each day, no
        JavaScript. The few featured are kept in the process per content version (whatever
        this queryset filters)."""
        from bedigital.pagecache import kept_in_process  # pagecache reads the registry of apps

        def read():
            return list(self.model.objects.published().filter(featured=True).order_by("pk"))

        featured = kept_in_process("featured-stories", read)
        if not featured:
            return []
        start = timezone.localdate().toordinal() % len(featured)
        rotated = featured[start:] + featured[:start]
        return rotated[:count]


def validate_video_url(value):
    if value and not value.startswith(VIDEO_HOSTS):
        raise ValidationError(_("Use a YouTube or Vimeo link."))


class Testimonial(Publishable):
    # Public only while the person's consent holds.
    public_from = ("publication_date", "consent_date")
    public_until = ("consent_expires",)

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role or job title"), max_length=150, blank=True)
    quote = models.CharField(_("short quote"), max_length=300, blank=True)
    story = models.TextField(
        _("story"), blank=True, help_text=_("Paragraphs, lists, links and emphasis.")
    )
    employer = models.CharField(_("employer"), max_length=150, blank=True)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    career_path = models.CharField(_("career path"), max_length=20, choices=CareerPath.choices)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    occupation = models.ForeignKey(
        "careers.Occupation",
        verbose_name=_("occupation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="testimonials",
        help_text=_("The work she does today: her story appears on that career's page."),
    )
    portrait = CleanImageField(
        _("portrait"),
        upload_to="portraits/",
        width_field="portrait_width",
        height_field="portrait_height",
        min_side=MIN_SIDE,
        help_text=_("JPEG, PNG or WebP, at most 8 MB. Location and camera data are removed."),
    )
    portrait_width = models.PositiveIntegerField(editable=False, null=True)
    portrait_height = models.PositiveIntegerField(editable=False, null=True)
    portrait_alt = models.CharField(
        _("portrait description"),
        max_length=250,
        blank=True,
        help_text=_("What the portrait shows, for people who cannot see it."),
    )
    video_url = models.URLField(
        _("video link"),
        blank=True,
        validators=[validate_video_url],
        help_text=_("YouTube or Vimeo."),
    )
    transcript = models.TextField(_("video transcript"), blank=True)
    consent_date = models.DateField(_("consent given on"))
    consent_expires = models.DateField(
        _("consent expires on"),
        null=True,
        blank=True,
        help_text=_("After this day the story is no longer published."),
    )
    featured = models.BooleanField(_("featured on the home page"), default=False)
    trainings = models.ManyToManyField(
        Training,
        verbose_name=_("trainings that lead here"),
        related_name="testimonials",
        blank=True,
    )
    initiatives = models.ManyToManyField(
        Initiative,
        verbose_name=_("related initiatives"),
        related_name="testimonials",
        blank=True,
    )

    objects = TestimonialQuerySet.as_manager()
    rich_text_fields = ("story",)

    class Meta:
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")
        ordering = ["-publication_date"]
        indexes = [
            models.Index(fields=["status", "publication_date"]),
            # the few featured stories the home page rotates, without reading every story
            models.Index(fields=["id"], condition=Q(featured=True), name="testimonial_featured"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        new_portrait = self.portrait and not self.portrait._committed
        super().save(*args, **kwargs)
        if new_portrait:
            make_renditions(self.portrait.name)

    def get_absolute_url(self):
        return reverse("testimonials:detail", kwargs={"slug": self.slug})

    def clean(self):
        require_one_language(self, "role", "quote")
        if self.portrait:
            require_one_language(self, "portrait_alt")

    def portrait_renditions(self, extension: str):
        if not self.portrait or not self.portrait_width:
            return []
        return renditions(self.portrait.name, self.portrait_width, self.portrait_height, extension)

    @property
    def webp_renditions(self):
        return self.portrait_renditions("webp")

    @property
    def jpeg_renditions(self):
        return self.portrait_renditions("jpg")
