from datetime import timedelta

import factory
from django.utils import timezone

from bedigital.support.models import GOAL_FIELDS, REGION_FIELDS, SITUATION_FIELDS, Support
from bedigital.vocabularies import Status
from tests.factories import OrganisationFactory


class SupportFactory(factory.django.DjangoModelFactory):
    """`regions=[...]`, `situations=[...]`, `goals=[...]` tick the rule flags."""

    class Meta:
        model = Support

    class Params:
        regions = ("brussels",)
        situations = ("job_seeker",)
        goals = ("train",)

    slug = factory.Sequence(lambda n: f"support-{n}")
    provider = factory.SubFactory(OrganisationFactory)
    owner = factory.SelfAttribute("provider")
    kind = "allowance"
    status = Status.PUBLISHED
    publication_date = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))
    official_url = "https://www.example.be/support"
    title_nl = factory.Sequence(lambda n: f"Steun {n}")
    title_fr = factory.Sequence(lambda n: f"Aide {n}")
    title_de = factory.Sequence(lambda n: f"Hilfe {n}")
    title_en = factory.Sequence(lambda n: f"Support {n}")
    summary_nl = "Een vergoeding tijdens je opleiding."
    summary_fr = "Une indemnité pendant votre formation."
    summary_de = "Eine Entschädigung während Ihrer Ausbildung."
    summary_en = "An allowance while you train."
    gives_en = "2 euros per hour of training."
    conditions_en = "A training contract."

    @classmethod
    def _adjust_kwargs(cls, **kwargs):
        for values, fields in (
            (kwargs.pop("regions"), REGION_FIELDS),
            (kwargs.pop("situations"), SITUATION_FIELDS),
            (kwargs.pop("goals"), GOAL_FIELDS),
        ):
            for code, name in fields.items():
                kwargs.setdefault(name, code in values)
        return kwargs
