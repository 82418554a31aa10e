"""Shared content model: partner organisations, the publishable base, key figures, site pages."""

from datetime import UTC, datetime, time

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import DateTimeField, Q, Value
from django.db.models.functions import Coalesce, Lower, NullIf
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.hashable import make_hashable
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname, resolution_order

from .i18n import LANGUAGE_CODES, localized, require_one_language
from .images import CleanImageField
from .richtext import sanitize_html
from .roles import is_site_editor
from .validators import validate_plausible_date
from .vocabularies import (
    VOCABULARY_CHOICES,
    FigureArea,
    FigureUnit,
    OrganisationKind,
    Region,
    Status,
    Vocabulary,
)

ALWAYS = datetime(2000, 1, 1, tzinfo=UTC)
REGION_LANGUAGES = {Region.FLANDERS: "nl", Region.WALLONIA: "fr", Region.GERMAN_COMMUNITY: "de"}


class OrganisationQuerySet(models.QuerySet):
    def editable_by(self, user):
        """Organisations whose content `user` may edit: all for site editors."""
        return self if is_site_editor(user) else self.filter(editors=user)


class Organisation(models.Model):
    """A partner agency or training provider. Agency editors belong to one or more."""

    # Translated; required in at least one language (clean), so blank at field level.
    name = models.CharField(_("name"), max_length=200, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=40, choices=OrganisationKind.choices)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    language = models.CharField(
        _("language for e-mails"),
        max_length=2,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_(
            "The language the portal writes to it in (reports on its feed of trainings). "
            "Empty: the language of its region (Flanders, Wallonia, German-speaking "
            "Community), else English."
        ),
    )
    logo = CleanImageField(
        _("logo"),
        upload_to="logos/",
        blank=True,
        help_text=_("JPEG, PNG or WebP, at most 8 MB. Location and camera data are removed."),
    )
    description = models.TextField(_("description"), blank=True)
    editors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("editors"),
        blank=True,
        related_name="organisations",
        help_text=_("Agency editors who may edit this organisation's content."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["slug"]

    def __str__(self):
        return str(localized(self, "name"))

    def get_absolute_url(self):
        return reverse("partner_detail", kwargs={"slug": self.slug})

    def public_window(self):
        return ALWAYS, None

    def clean(self):
        require_one_language(self, "name")

    def correspondence_language(self) -> str:
        """The language to write to it in: its own choice, else its region's (Brussels and
        the federal level have two or three: English, the site's default)."""
        return self.language or REGION_LANGUAGES.get(self.region, settings.LANGUAGE_CODE)


class Term(models.Model):
    """One value of a multi-valued vocabulary (languages, DigComp areas, technologies…).

    Rows mirror the TextChoices in `vocabularies` (kept in sync after every migrate); labels
    come from there, translated.
    """

    vocabulary = models.CharField(_("vocabulary"), max_length=30, choices=Vocabulary.choices)
    code = models.CharField(_("code"), max_length=40)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        ordering = ["vocabulary", "position"]
        constraints = [
            models.UniqueConstraint(fields=["vocabulary", "code"], name="unique_term_code")
        ]

    def __str__(self):
        return str(self.label)

    @property
    def label(self):
        return VOCABULARY_CHOICES[self.vocabulary](self.code).label

    def sort_key(self) -> tuple:
        """The order of `Meta.ordering`, for terms sorted in Python (`terms.prefetch_kept`)."""
        return (self.vocabulary, self.position, self.pk)


def terms_field(vocabulary, verbose_name, related_name, **options):
    """A many-to-many facet: links to the `Term` rows of one vocabulary."""
    return models.ManyToManyField(
        Term,
        verbose_name=verbose_name,
        related_name=related_name,
        limit_choices_to={"vocabulary": vocabulary},
        **{"blank": True, **options},
    )


def term_relations(model) -> dict[str, str]:
    """{relation: vocabulary} of a model's facets, read from its `terms_field`s: the one
    place they are declared."""
    return {
        field.name: field.remote_field.limit_choices_to["vocabulary"]
        for field in model._meta.many_to_many
        if field.related_model is Term
    }


def facet_facts(obj, organisation, choice_fields) -> list:
    """What site search finds `obj` by besides its texts, in the active language: the names
    of its `organisation` (in every language), the labels of its `choice_fields` and of
    every term of its facets (whose relations the index prefetches)."""
    found = [getattr(organisation, f"name_{code}") for code in LANGUAGE_CODES]
    found += [getattr(obj, f"get_{field}_display")() for field in choice_fields]
    for relation in term_relations(type(obj)):
        found += [term.label for term in getattr(obj, relation).all()]
    return found


def ensure_terms(**kwargs):
    for vocabulary, choices in VOCABULARY_CHOICES.items():
        for position, code in enumerate(choices.values):
            Term.objects.update_or_create(
                vocabulary=vocabulary, code=code, defaults={"position": position}
            )


_LABELS = {}  # field → {value: its label (lazy)}: see `ChoiceLabels`


class ChoiceLabels(models.Model):
    """`get_<field>_display()` from each field's labels read once: Django's builds a dict of
    the field's choices on every call (~20 µs; each card of a list asks six)."""

    class Meta:
        abstract = True

    def _get_FIELD_display(self, field):
        if (labels := _LABELS.get(field)) is None:
            labels = _LABELS[field] = dict(make_hashable(field.flatchoices))
        value = getattr(self, field.attname)
        try:
            return force_str(labels.get(value, value), strings_only=True)
        except TypeError:  # an unhashable value
            return super()._get_FIELD_display(field)


class RichTextModel(models.Model):
    """Translated fields holding limited rich text, sanitised in every language on save."""

    rich_text_fields: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        for field in self.rich_text_fields:
            for code in LANGUAGE_CODES:
                name = build_localized_fieldname(field, code)
                setattr(self, name, sanitize_html(getattr(self, name)))
        super().save(*args, **kwargs)


class SearchEntry(models.Model):
    """The search index: one row per searchable object (see `bedigital.search`)."""

    kind = models.CharField(max_length=20)
    object_id = models.PositiveBigIntegerField()
    title = models.TextField(blank=True)  # every language, for "did you mean"
    title_nl = models.TextField(blank=True)
    title_fr = models.TextField(blank=True)
    title_de = models.TextField(blank=True)
    title_en = models.TextField(blank=True)
    text_nl = models.TextField(blank=True)
    text_fr = models.TextField(blank=True)
    text_de = models.TextField(blank=True)
    text_en = models.TextField(blank=True)
    # when the public may see the object (from each model's `public_window()`), and for
    # trainings the start of their last session: both filtered without joining back
    public_from = models.DateTimeField(null=True)
    public_until = models.DateField(null=True)
    last_start = models.DateTimeField(null=True)
    # PostgreSQL only (GIN-indexed there, see migrations); empty on SQLite
    vector_nl = SearchVectorField(null=True)
    vector_fr = SearchVectorField(null=True)
    vector_de = SearchVectorField(null=True)
    vector_en = SearchVectorField(null=True)
    # every language's title, stemmed (PostgreSQL): "title matches above body matches"
    title_vector = SearchVectorField(null=True)
    # the languages the title is written in: "the visitor's language first"
    in_nl = models.BooleanField(default=False)
    in_fr = models.BooleanField(default=False)
    in_de = models.BooleanField(default=False)
    in_en = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="unique_search_entry")
        ]
        # No btree on the public window: every entry of a big site is public, and PostgreSQL,
        # which prices testing a vector as nothing, read the whole table along it testing
        # each one (430 ms for "opleiding", where the GIN indexes answer in 60 ms).
        indexes = [
            # the order within a rank tier, so a broad search stops at the page it shows
            models.Index(
                models.F("last_start").desc(),  # NULLS FIRST: PostgreSQL default
                "kind",
                "object_id",
                name="search_rank_order",
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class Synonym(models.Model):
    """Words that mean the same to someone searching, in any language: "programmeren,
    programmation, Programmieren, coding", or a place's names ("Liège, Luik, Lüttich").
    A search for one of them finds the others."""

    words = models.CharField(
        _("words"),
        max_length=500,
        help_text=_("Words or names that mean the same, separated by commas."),
    )

    class Meta:
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")
        ordering = ["words"]

    def __str__(self):
        return self.words


class PublishableQuerySet(models.QuerySet):
    def order_by_localized(self, field: str):
        """Alphabetical in the visitor's language, falling back as the pages do."""
        language = get_language() or settings.LANGUAGE_CODE
        chain = resolution_order(language, settings.MODELTRANSLATION_FALLBACK_LANGUAGES)
        # an untranslated field is empty, not NULL: skipped as the pages skip it
        text = Coalesce(
            *[NullIf(build_localized_fieldname(field, code), Value("")) for code in chain],
            output_field=models.CharField(),
        )
        return self.annotate(sort_key=Lower(text)).order_by("sort_key", "pk")

    def published(self):
        """What the public may see: published, inside its public window (`Publishable`)."""
        now, today = timezone.now(), timezone.localdate()
        public = Q(status=Status.PUBLISHED)
        for name in self.model.public_from:
            moment = now if isinstance(self.model._meta.get_field(name), DateTimeField) else today
            public &= Q(**{f"{name}__lte": moment})
        for name in self.model.public_until:
            public &= Q(**{f"{name}__isnull": True}) | Q(**{f"{name}__gte": today})
        return self.filter(public)

    def scheduled(self):
        """Published, but from a moment still to come."""
        return self.filter(status=Status.PUBLISHED, publication_date__gt=timezone.now())

    def owned_by(self, user):
        # A subquery, not a join: the join would repeat a row per editor of its owner.
        return self.filter(owner__in=Organisation.objects.filter(editors=user))

    def editable_by(self, user):
        """What `user` may edit in the admin: everything for site editors, their own
        organisations' content for agency editors, nothing for anybody else."""
        opts = self.model._meta
        if not (user.is_active and user.is_staff):
            return self.none()
        if not user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
            return self.none()
        return self if is_site_editor(user) else self.owned_by(user)

    def visible_to(self, user):
        """Published content, plus the drafts, scheduled and archived items `user` may
        edit: editors preview them on the public page layout."""
        if not user.is_authenticated:
            return self.published()
        return self.published() | self.editable_by(user)


class Publishable(ChoiceLabels, RichTextModel):
    """Base of every piece of public content: owned by an organisation, with a workflow."""

    owner = models.ForeignKey(
        Organisation,
        verbose_name=_("owner organisation"),
        on_delete=models.PROTECT,  # deleting an organisation never silently deletes content
        related_name="%(class)ss",
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT, db_index=True
    )
    publication_date = models.DateTimeField(
        _("publication date"),
        default=timezone.now,
        help_text=_("Published content appears from this moment on."),
        validators=[validate_plausible_date],
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    # The one rule for "public", read by `published()` (lists, details, sitemaps, feeds,
    # exports), `public_window()` (the search index, the page cache) and `is_public`
    # (previews): published, from the latest of these moments (a date counts from its
    # midnight) until the earliest of these dates, inclusive (empty: no end).
    public_from: tuple[str, ...] = ("publication_date",)
    public_until: tuple[str, ...] = ()

    def public_window(self):
        """(from, until): when visitors see it; (None, None) while it is not published."""
        if self.status != Status.PUBLISHED:
            return None, None
        starts = [getattr(self, name) for name in self.public_from]
        if None in starts:
            return None, None
        starts = [s if isinstance(s, datetime) else local_midnight(s) for s in starts]
        ends = [getattr(self, name) for name in self.public_until]
        return max(starts), min((end for end in ends if end), default=None)

    @property
    def is_public(self) -> bool:
        """Whether visitors see it now."""
        start, until = self.public_window()
        if start is None or start > timezone.now():
            return False
        return until is None or until >= timezone.localdate()

    @property
    def is_scheduled(self) -> bool:
        return self.status == Status.PUBLISHED and self.publication_date > timezone.now()


def local_midnight(day):
    return timezone.make_aware(datetime.combine(day, time.min))


class FigureSeries(models.Model):
    """A key figure followed over time: a value per year and area (Belgium, its regions, the
    EU average), drawn as an accessible chart with its table, summary and CSV download."""

    class Chart(models.TextChoices):
        LINE = "line", _("Line: how it changed over the years")
        BAR = "bar", _("Bars: the latest year, area by area")

    key = models.SlugField(_("key"), max_length=80, unique=True)
    title = models.CharField(_("title"), max_length=200, blank=True)
    description = models.TextField(
        _("what it measures"), blank=True, help_text=_("One or two sentences, in plain words.")
    )
    unit = models.CharField(_("unit"), max_length=20, choices=FigureUnit.choices)
    chart = models.CharField(_("chart"), max_length=10, choices=Chart.choices, default=Chart.LINE)
    source_title = models.CharField(
        _("source title"), max_length=250, help_text=_("The table or report, as it is titled.")
    )
    source_url = models.URLField(
        _("source link"), help_text=_("A link to the table itself, not to the publisher's home.")
    )
    publisher = models.CharField(_("publisher"), max_length=150)
    retrieved_on = models.DateField(_("retrieved on"), validators=[validate_plausible_date])
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("figure series")
        verbose_name_plural = _("figure series")
        ordering = ["position", "key"]

    def __str__(self):
        return str(localized(self, "title"))

    def clean(self):
        require_one_language(self, "title")


class FigurePoint(models.Model):
    """One value of a series: an area in a year."""

    series = models.ForeignKey(
        FigureSeries, on_delete=models.CASCADE, related_name="points", verbose_name=_("series")
    )
    area = models.CharField(_("area"), max_length=20, choices=FigureArea.choices)
    year = models.PositiveSmallIntegerField(
        _("year"), validators=[MinValueValidator(1990), MaxValueValidator(2100)]
    )
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    illustrative = models.BooleanField(
        _("illustrative"),
        default=False,
        help_text=_("Not a published value: the page says so."),
    )

    class Meta:
        verbose_name = _("value")
        verbose_name_plural = _("values")
        ordering = ["area", "year"]
        constraints = [
            models.UniqueConstraint(fields=["series", "area", "year"], name="one_value_per_year")
        ]

    def __str__(self):
        return f"{self.get_area_display()} {self.year}: {self.value}"


class KeyFigure(models.Model):
    """One figure of the skills intelligence on the gender digital gap, with its source."""

    key = models.SlugField(_("key"), max_length=80, unique=True)
    value = models.DecimalField(_("value"), max_digits=12, decimal_places=2)
    unit = models.CharField(_("unit"), max_length=20, choices=FigureUnit.choices)
    label = models.CharField(
        _("label"),
        max_length=250,
        blank=True,
        help_text=_("Reads after the number, as a sentence."),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    area = models.CharField(_("area"), max_length=20, choices=FigureArea.choices)
    source = models.CharField(_("source"), max_length=200, blank=True)
    source_url = models.URLField(_("source link"))
    on_home = models.BooleanField(_("show on the home page"), default=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    series = models.ForeignKey(
        FigureSeries,
        verbose_name=_("trend"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="key_figures",
        help_text=_("The series that shows how this figure changed."),
    )

    class Meta:
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")
        ordering = ["position", "key"]

    def __str__(self):
        return f"{self.value} {localized(self, 'label')}"

    def clean(self):
        require_one_language(self, "label", "source")


class SitePage(RichTextModel):
    """The fixed pages of the site (about, accessibility, privacy), editable in admin."""

    class Slug(models.TextChoices):
        ABOUT = "about", _("About")
        ACCESSIBILITY = "accessibility", _("Accessibility")
        PRIVACY = "privacy", _("Privacy")

    slug = models.SlugField(_("page"), max_length=30, unique=True, choices=Slug.choices)
    title = models.CharField(_("title"), max_length=200, blank=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = models.TextField(
        _("text"),
        blank=True,
        help_text=_("Paragraphs, headings, lists, links and emphasis; anything else is removed."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    rich_text_fields = ("body",)

    class Meta:
        verbose_name = _("site page")
        verbose_name_plural = _("site pages")
        ordering = ["slug"]

    def __str__(self):
        return str(localized(self, "title"))

    def get_absolute_url(self):
        return reverse(self.slug)

    def clean(self):
        require_one_language(self, "title", "body")


class ContentVersion(models.Model):
    """One row: a number that grows with every change of portal content (see pagecache)."""

    version = models.PositiveBigIntegerField(default=0)

    def __str__(self):
        return str(self.version)


class ContentChange(models.Model):
    """What one content version changed: the rows an index kept in memory re-reads instead
    of reading every row again (`facetindex`). A ring of `pagecache.KEPT_CHANGES` rows: a
    version takes the slot of the one that many before it (one query per write)."""

    slot = models.PositiveIntegerField(primary_key=True)
    version = models.PositiveBigIntegerField()
    # random: tells this version from one rolled back and written again (tests, failures)
    lineage = models.BigIntegerField()
    # {"app_label.model": [pk, …] or null (rows unknown)}; null: anything may have changed
    changed = models.JSONField(null=True)

    def __str__(self):
        return str(self.version)
