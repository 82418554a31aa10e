from decimal import Decimal

import factory
from django.contrib.auth import get_user_model

from bedigital.models import KeyFigure, Organisation
from bedigital.vocabularies import FigureArea, FigureUnit, OrganisationKind, Region


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    password = factory.PostGenerationMethodCall("set_password", "secret-password")

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        if create:
            instance.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
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


class KeyFigureFactory(factory.django.DjangoModelFactory):
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
