"""Demo support and funding in four languages (supports.json): for each region and community
and the federal level, written as the agencies describe them, with links to their official
pages. Amounts are examples: every item is marked `is_example`, and pages say so."""

import json
from datetime import timedelta
from pathlib import Path

from django.utils import timezone

from bedigital.i18n import translated_values
from bedigital.models import Organisation
from bedigital.vocabularies import Status

from ..models import GOAL_FIELDS, REGION_FIELDS, SITUATION_FIELDS, Support

TRANSLATED = ["title", "summary", "gives", "conditions", "how_to_apply"]
# Two items checked long ago, so the editors' "verified more than 6 months ago" shows them.
CHECKED_LONG_AGO = {"flemish-training-leave", "wallonia-training-cheques"}


def demo_data() -> dict:
    return json.loads(Path(__file__).with_name("supports.json").read_text("utf-8"))


def load_demo() -> dict[str, tuple[int, int]]:
    data = demo_data()
    for org in data["organisations"]:  # agencies the core's demo does not have yet
        Organisation.objects.update_or_create(
            slug=org["slug"],
            defaults={
                "kind": org["kind"],
                "region": org["region"],
                "website": org["website"],
                **translated_values("name", org["name"]),
                **translated_values("description", org["description"]),
            },
        )
    organisations = {o.slug: o for o in Organisation.objects.all()}
    today, now = timezone.localdate(), timezone.now()
    created = 0
    for index, item in enumerate(data["supports"]):
        provider = organisations[item["provider"]]
        checked = today - timedelta(days=220 if item["slug"] in CHECKED_LONG_AGO else 20 + index)
        defaults = {
            "owner": provider,
            "provider": provider,
            "kind": item["kind"],
            "official_url": item["official_url"],
            "status": Status.PUBLISHED,
            "publication_date": now - timedelta(days=index + 1),
            "verified_on": checked,
            "is_example": True,
            "needs_children": item["needs_children"],
            "during_training": item["during_training"],
            "covers_fees": item["covers_fees"],
            "min_age": item["min_age"],
            "max_age": item["max_age"],
            **{name: code in item["regions"] for code, name in REGION_FIELDS.items()},
            **{name: code in item["situations"] for code, name in SITUATION_FIELDS.items()},
            **{name: code in item["goals"] for code, name in GOAL_FIELDS.items()},
        }
        for field in TRANSLATED:
            defaults.update(translated_values(field, item[field]))
        created += Support.objects.update_or_create(slug=item["slug"], defaults=defaults)[1]
    return {"support": (created, len(data["supports"]))}
