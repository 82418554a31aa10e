"""Demo initiatives in four languages (initiatives.json: Be Digital Together itself first,
then Brussels and federal, Flanders, Wallonia and the German-speaking Community)."""

import json
from datetime import date, timedelta
from pathlib import Path

from django.utils import timezone

from bedigital.i18n import translated_fields, translated_values
from bedigital.models import Organisation, Term, term_relations
from bedigital.vocabularies import Status
from initiatives.models import Initiative, StrategicObjective

SCALARS = ["category", "sphere", "funding", "region", "website"]


def demo_initiatives() -> list[dict]:
    return json.loads(Path(__file__).with_name("initiatives.json").read_text("utf-8"))


def load_demo() -> dict[str, tuple[int, int]]:
    organisations = {o.slug: o for o in Organisation.objects.all()}
    objectives = {o.number: o for o in StrategicObjective.objects.all()}
    terms = {(t.vocabulary, t.code): t for t in Term.objects.all()}
    now = timezone.now()
    created = 0
    initiatives = demo_initiatives()
    for index, data in enumerate(initiatives):
        defaults = {
            "owner": organisations[data["owner"]],
            "promoter": organisations[data["promoter"]],
            "objective": objectives[data["objective"]],
            "status": Status.PUBLISHED,
            "publication_date": now - timedelta(days=2 * index + 1),
            "start_date": date.fromisoformat(data["start"]),
            "end_date": date.fromisoformat(data["end"]) if data["end"] else None,
            **{field: data[field] for field in SCALARS},
        }
        for field in translated_fields(Initiative):  # the demo has no image, so no image_alt
            defaults.update(translated_values(field, data.get(field, {})))
        initiative, was_created = Initiative.objects.update_or_create(
            slug=data["slug"], defaults=defaults
        )
        created += was_created
        initiative.partners.set([organisations[slug] for slug in data["partners"]])
        for relation, vocabulary in term_relations(Initiative).items():
            codes = data[relation]
            getattr(initiative, relation).set([terms[(vocabulary, code)] for code in codes])
    return {"initiatives": (created, len(initiatives))}
