from datetime import date, timedelta
from decimal import Decimal

import factory
from django.contrib.auth import get_user_model
from django.utils import timezone

from bedigital.careers.models import Occupation, RegionalDemand
from bedigital.events.models import Event, EventKind
from bedigital.models import FigurePoint, FigureSeries, KeyFigure, Organisation
from bedigital.vocabularies import (
    CareerPath,
    Cost,
    FigureArea,
    FigureUnit,
    FundingType,
    GeographicalSphere,
    InitiativeCategory,
    OrganisationKind,
    Region,
    Schedule,
    Sector,
    SkillLevel,
    Status,
    TrainingFormat,
    TrainingKind,
    Vocabulary,
)
from bedigital.writes import write
from initiatives.models import Initiative, StrategicObjective
from testimonials.models import Testimonial
from trainings.models import Session, Training


class PortalFactory(factory.django.DjangoModelFactory):
    """Creates each object, with its post-generation relations and sub-factories, as one
    write, as the admin does: derived data (session summary, search entry) is brought up to
    date once per object instead of once per save and relation (four times a training)."""

    class Meta:
        abstract = True

    @classmethod
    def _generate(cls, strategy, params):
        if strategy != factory.CREATE_STRATEGY:
            return super()._generate(strategy, params)
        with write():
            return super()._generate(strategy, params)


class UserFactory(PortalFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "secret-password")

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save()


class OrganisationFactory(PortalFactory):
    class Meta:
        model = Organisation

    slug = factory.Sequence(lambda n: f"partner-{n}")
    kind = OrganisationKind.TRAINING_CENTRE
    region = Region.BRUSSELS
    website = "https://example.org"
    name_nl = factory.Sequence(lambda n: f"Opleidingscentrum {n}")
    name_fr = factory.Sequence(lambda n: f"Centre de formation {n}")
    name_de = factory.Sequence(lambda n: f"Ausbildungszentrum {n}")
    name_en = factory.Sequence(lambda n: f"Training centre {n}")
    description_nl = "Gratis opleidingen voor werkzoekenden."
    description_fr = "Des formations gratuites pour les demandeuses d'emploi."
    description_de = "Kostenlose Schulungen für Arbeitsuchende."
    description_en = "Free trainings for job seekers."


class KeyFigureFactory(PortalFactory):
    class Meta:
        model = KeyFigure

    key = factory.Sequence(lambda n: f"figure-{n}")
    value = Decimal("19")
    unit = FigureUnit.PERCENT
    year = 2023
    area = FigureArea.BELGIUM
    label_nl = "van de ICT-specialisten in België zijn vrouwen"
    label_fr = "des spécialistes des TIC en Belgique sont des femmes"
    label_de = "der IKT-Fachkräfte in Belgien sind Frauen"
    label_en = "of ICT specialists in Belgium are women"
    source_nl = "FOD Economie"
    source_fr = "SPF Economie"
    source_de = "FÖD Wirtschaft"
    source_en = "FPS Economy"
    source_url = "https://economie.fgov.be/"
    on_home = True


class FigureSeriesFactory(PortalFactory):
    class Meta:
        model = FigureSeries
        skip_postgeneration_save = True

    key = factory.Sequence(lambda n: f"series-{n}")
    title_nl = "Aandeel vrouwen onder de ICT-specialisten"
    title_fr = "Part des femmes parmi les spécialistes des TIC"
    title_de = "Anteil der Frauen unter den IKT-Fachkräften"
    title_en = "Share of women among ICT specialists"
    unit = FigureUnit.PERCENT
    source_title = "ICT specialists in employment by sex (isoc_sks_itsps)"
    source_url = "https://ec.europa.eu/eurostat/databrowser/view/isoc_sks_itsps/default/table"
    publisher = "Eurostat"
    retrieved_on = date(2026, 11, 2)

    @factory.post_generation
    def values(self, create, rows, **kwargs):
        """`values=[(area, year, "19.4", illustrative), …]`"""
        for area, year, value, illustrative in rows or []:
            FigurePoint.objects.create(
                series=self, area=area, year=year, value=Decimal(value), illustrative=illustrative
            )


def terms(vocabulary, *codes):
    from bedigital.models import Term

    return list(Term.objects.filter(vocabulary=vocabulary, code__in=codes))


class TrainingFactory(PortalFactory):
    class Meta:
        model = Training
        skip_postgeneration_save = True

    owner = factory.SubFactory(OrganisationFactory)
    provider = factory.SelfAttribute("owner")
    status = Status.PUBLISHED
    publication_date = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    slug = factory.Sequence(lambda n: f"training-{n}")
    kind = TrainingKind.COURSE
    format = TrainingFormat.ONSITE
    region = Region.BRUSSELS
    municipality = "Anderlecht"
    cost = Cost.FREE
    schedule = Schedule.EVENING
    level = SkillLevel.FOUNDATION
    title_nl = factory.Sequence(lambda n: f"Leren programmeren {n}")
    title_fr = factory.Sequence(lambda n: f"Apprendre à programmer {n}")
    title_de = factory.Sequence(lambda n: f"Programmieren lernen {n}")
    title_en = factory.Sequence(lambda n: f"Learn to code {n}")
    summary_nl = "Je eerste website bouwen."
    summary_fr = "Construire votre premier site web."
    summary_de = "Ihre erste Website bauen."
    summary_en = "Build your first website."
    registration_url = "https://example.org/register"

    @factory.post_generation
    def languages(self, create, codes, **kwargs):
        if create:
            self.languages.set(terms(Vocabulary.LANGUAGE, *(codes or ["fr"])))

    @factory.post_generation
    def technologies(self, create, codes, **kwargs):
        if create and codes:
            self.technologies.set(terms(Vocabulary.TECHNOLOGY, *codes))

    @factory.post_generation
    def audiences(self, create, codes, **kwargs):
        if create and codes:
            self.audiences.set(terms(Vocabulary.AUDIENCE, *codes))

    @factory.post_generation
    def areas(self, create, codes, **kwargs):
        if create and codes:
            self.digcomp_areas.set(terms(Vocabulary.DIGCOMP_AREA, *codes))

    @factory.post_generation
    def sessions(self, create, starts, **kwargs):
        """`sessions=[days from now, …]`; default: one session in ten days."""
        if create:
            for days in [10] if starts is None else starts:
                SessionFactory(training=self, start=timezone.now() + timedelta(days=days))


class SessionFactory(PortalFactory):
    class Meta:
        model = Session

    training = factory.SubFactory(TrainingFactory, sessions=[])
    start = factory.LazyFunction(lambda: timezone.now() + timedelta(days=10))
    end = factory.LazyAttribute(lambda o: o.start + timedelta(hours=3))
    venue = "Maison de l'emploi"
    address = "Rue de Fiennes 77, 1070 Anderlecht"
    capacity = 15


class InitiativeFactory(PortalFactory):
    class Meta:
        model = Initiative
        skip_postgeneration_save = True

    owner = factory.SubFactory(OrganisationFactory)
    promoter = factory.SelfAttribute("owner")
    status = Status.PUBLISHED
    publication_date = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    slug = factory.Sequence(lambda n: f"initiative-{n}")
    category = InitiativeCategory.EDUCATION
    objective = factory.LazyFunction(lambda: StrategicObjective.objects.get(number=1))
    sphere = GeographicalSphere.REGIONAL
    funding = FundingType.REGIONAL
    region = Region.BRUSSELS
    start_date = factory.LazyFunction(lambda: date(2023, 9, 1))
    website = "https://example.org"
    title_nl = factory.Sequence(lambda n: f"Meisjes leren coderen {n}")
    title_fr = factory.Sequence(lambda n: f"Les filles apprennent à coder {n}")
    title_de = factory.Sequence(lambda n: f"Mädchen lernen programmieren {n}")
    title_en = factory.Sequence(lambda n: f"Girls learn to code {n}")
    summary_nl = "Programmeerclubs voor meisjes."
    summary_fr = "Des clubs de programmation pour les filles."
    summary_de = "Programmierclubs für Mädchen."
    summary_en = "Coding clubs for girls."
    background_en = "<p>Few girls choose ICT studies.</p>"
    background_fr = "<p>Peu de filles choisissent les TIC.</p>"

    @factory.post_generation
    def terms(self, create, values, **kwargs):
        """`terms={"audiences": ["education"], "countries": ["BE"], …}`"""
        vocabularies = {
            "audiences": Vocabulary.AUDIENCE,
            "countries": Vocabulary.COUNTRY,
            "fields_of_education": Vocabulary.FIELD_OF_EDUCATION,
            "technologies": Vocabulary.TECHNOLOGY,
            "levels": Vocabulary.SKILL_LEVEL,
        }
        if create:
            values = {"countries": ["BE"], **(values or {})}
            for relation, codes in values.items():
                getattr(self, relation).set(terms(vocabularies[relation], *codes))


class TestimonialFactory(PortalFactory):
    class Meta:
        model = Testimonial
        skip_postgeneration_save = True

    owner = factory.SubFactory(OrganisationFactory)
    status = Status.PUBLISHED
    publication_date = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    slug = factory.Sequence(lambda n: f"story-{n}")
    name = factory.Sequence(lambda n: f"Sofia Peeters {n}")
    sector = Sector.HEALTH
    career_path = CareerPath.CAREER_SWITCHER
    region = Region.FLANDERS
    consent_date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    role_nl = "Data-analist"
    role_fr = "Analyste de données"
    role_de = "Datenanalystin"
    role_en = "Data analyst"
    quote_nl = "Ik was verpleegkundige, nu analyseer ik zorgdata."
    quote_fr = "J'étais infirmière, aujourd'hui j'analyse des données de santé."
    quote_de = "Ich war Krankenpflegerin, heute analysiere ich Gesundheitsdaten."
    quote_en = "I was a nurse; now I analyse health data."
    story_en = "<p>After ten years on night shifts, I took an evening course.</p>"
    portrait_alt_en = "Portrait of Sofia"
    portrait = factory.django.ImageField(width=400, height=500, color="teal", format="JPEG")


class OccupationFactory(PortalFactory):
    class Meta:
        model = Occupation
        skip_postgeneration_save = True

    owner = factory.SubFactory(OrganisationFactory)
    status = Status.PUBLISHED
    publication_date = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    slug = factory.Sequence(lambda n: f"occupation-{n}")
    esco_code = factory.Sequence(lambda n: f"2511.{n + 100}")
    title_nl = factory.Sequence(lambda n: f"Data-analist {n}")
    title_fr = factory.Sequence(lambda n: f"Analyste de données {n}")
    title_de = factory.Sequence(lambda n: f"Datenanalystin {n}")
    title_en = factory.Sequence(lambda n: f"Data analyst {n}")
    summary_nl = "Je zoekt antwoorden in cijfers."
    summary_fr = "Vous cherchez des réponses dans les chiffres."
    summary_de = "Sie suchen Antworten in Zahlen."
    summary_en = "You look for answers in figures."
    skills_en = "Excel\nSQL"
    entry_paths_en = "A bootcamp, without a degree"
    salary_low = 3000
    salary_high = 4500
    salary_source = "Statbel"
    salary_source_url = "https://statbel.fgov.be/en"
    salary_year = 2023

    @factory.post_generation
    def areas(self, create, codes, **kwargs):
        if create and codes:
            self.digcomp_areas.set(terms(Vocabulary.DIGCOMP_AREA, *codes))

    @factory.post_generation
    def shortage(self, create, regions, **kwargs):
        """`shortage=["flanders", …]`: on those regions' shortage lists."""
        for region in regions or []:
            RegionalDemandFactory(occupation=self, region=region)


class RegionalDemandFactory(PortalFactory):
    class Meta:
        model = RegionalDemand

    occupation = factory.SubFactory(OccupationFactory)
    region = Region.FLANDERS
    list_name = factory.LazyAttribute(lambda row: f"Shortage list of {row.region}")
    publisher = "VDAB"
    source_url = factory.LazyAttribute(lambda row: f"https://example.org/{row.region}/list")
    year = 2025


def make_event(days=3, **fields) -> Event:
    start = timezone.now() + timedelta(days=days)
    values = {
        "owner": fields.pop("owner", None) or OrganisationFactory(),
        "kind": EventKind.WEBINAR,
        "slug": f"event-{Event.objects.count()}-{days}",
        "status": Status.PUBLISHED,
        "publication_date": timezone.now() - timedelta(days=1),
        "start": start,
        "end": start + timedelta(hours=2),
        "online": True,
        "title_nl": "Webinar over data",
        "title_fr": "Webinaire sur les données",
        "title_de": "Webinar über Daten",
        "title_en": "Webinar on data",
        "summary_en": "Learn about data.",
        **fields,
    }
    return Event.objects.create(**values)
