"""Demo careers in four languages (occupations.json): 26 digital occupations with their ESCO
codes, regional shortage-list rows and links to the demo trainings and stories.

What is checked and what is not: shortage-list rows marked `illustrative: false` were read in
the list itself or in a press report of it (VDAB 2021: six ICT occupations; Le Forem 2019
"développeur informatique", 2024 "Business Analyst TIC" and "concepteurs de contenu
multimédia"); every other row, and every pay range, is illustrative and the page says so. ESCO
codes follow ESCO's notation under the ISCO-08 unit group; check them against the ESCO
portal before publishing.
"""

import json
from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from bedigital.careers.models import Occupation, RegionalDemand
from bedigital.i18n import translated_values
from bedigital.models import Organisation, Term
from bedigital.vocabularies import Status, Vocabulary
from bedigital.writes import write

TRANSLATED = ["title", "summary", "day", "skills", "entry_paths"]
PAY_SOURCE = {
    "salary_source": "Statbel – average gross monthly wages",
    "salary_source_url": "https://statbel.fgov.be/en/themes/work-training/wages-and-labourcost",
    "salary_year": 2023,
    "salary_illustrative": True,
}


def demo_occupations() -> list[dict]:
    return json.loads(Path(__file__).with_name("occupations.json").read_text("utf-8"))


def load_demo() -> dict[str, tuple[int, int]]:
    owner = Organisation.objects.get(slug="fps-economy")
    terms = {(t.vocabulary, t.code): t for t in Term.objects.all()}
    training_model = Occupation._meta.get_field("trainings").related_model
    story_model = Occupation._meta.get_field("testimonials").related_model
    trainings = {t.slug: t for t in training_model.objects.all()}
    stories = {s.slug: s for s in story_model.objects.all()}
    now = timezone.now()
    created = 0
    occupations = demo_occupations()
    with write():  # search entries and the page cache brought up to date once
        for index, data in enumerate(occupations):
            defaults = {
                "owner": owner,
                "esco_code": data["esco_code"],
                "no_degree": data["no_degree"],
                "part_time": data["part_time"],
                "salary_low": data["salary_low"],
                "salary_high": data["salary_high"],
                **PAY_SOURCE,
                "status": Status.PUBLISHED,
                "publication_date": now - timedelta(days=index + 1),
            }
            for field in TRANSLATED:
                defaults.update(translated_values(field, data[field]))
            occupation, was_created = Occupation.objects.update_or_create(
                slug=data["slug"], defaults=defaults
            )
            created += was_created
            occupation.digcomp_areas.set(
                [terms[Vocabulary.DIGCOMP_AREA, code] for code in data["digcomp_areas"]]
            )
            occupation.technologies.set(
                [terms[Vocabulary.TECHNOLOGY, code] for code in data["technologies"]]
            )
            occupation.demand.exclude(region__in=[row["region"] for row in data["demand"]]).delete()
            for row in data["demand"]:
                RegionalDemand.objects.update_or_create(
                    occupation=occupation, region=row["region"], defaults=row
                )
            occupation.trainings.add(*(trainings[s] for s in data["trainings"] if s in trainings))
            for slug in data["stories"]:
                if slug in stories and stories[slug].occupation_id != occupation.pk:
                    stories[slug].occupation = occupation
                    stories[slug].save(update_fields=["occupation"])
    return {"occupations": (created, len(occupations))}
