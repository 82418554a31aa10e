"""Demo events in four languages (events.json): dated from today, so the agenda always has
upcoming ones (and one past webinar with its recording)."""

import json
from datetime import datetime, time, timedelta
from pathlib import Path

from django.utils import timezone

from bedigital.i18n import translated_values
from bedigital.models import Organisation
from bedigital.vocabularies import Status

from ..models import Event


def demo_events() -> list[dict]:
    return json.loads(Path(__file__).with_name("events.json").read_text("utf-8"))


def load_demo() -> dict[str, tuple[int, int]]:
    organisations = {o.slug: o for o in Organisation.objects.all()}
    today, now = timezone.localdate(), timezone.now()
    items = demo_events()
    created = 0
    for item in items:
        day = today + timedelta(days=item["days"])
        start = timezone.make_aware(datetime.combine(day, time(item["hour"])))
        _event, new = Event.objects.update_or_create(
            slug=item["slug"],
            defaults={
                "owner": organisations[item["owner"]],
                "kind": item["kind"],
                "status": Status.PUBLISHED,
                "publication_date": now - timedelta(days=40),
                "start": start,
                "end": start + timedelta(hours=item["hours"]),
                "online": item["online"],
                "venue": item["venue"],
                "address": item["address"],
                "region": item["region"],
                "registration_url": "" if item["days"] < 0 else "https://example.org/register",
                "recording_url": item.get("recording_url", ""),
                **translated_values("title", item["title"]),
                **translated_values("summary", item["summary"]),
                **translated_values("description", item["description"]),
            },
        )
        created += new
    return {"events": (created, len(items))}
