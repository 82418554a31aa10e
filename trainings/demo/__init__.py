"""Demo trainings in four languages (trainings.json: Brussels and federal, Flanders, Wallonia
and the German-speaking Community, online), with sessions dated relative to the day of
loading ("in_days")."""

import json
from datetime import datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from django.utils import timezone

from bedigital.i18n import translated_fields, translated_values
from bedigital.models import Organisation, Term, term_relations
from bedigital.vocabularies import Status
from trainings import places, schedule
from trainings.models import Place, Session, Training


def demo_trainings() -> list[dict]:
    return json.loads(Path(__file__).with_name("trainings.json").read_text("utf-8"))


DAY_CODES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def session_schedule(data: dict, today) -> dict:
    """A demo session's first meeting, on the first of its `days` from `in_days` on, and its
    repetition for `weeks` weeks on those days, without the `skip_weeks` (holidays)."""
    days = [DAY_CODES.index(code) for code in data["days"]]
    first = today + timedelta(days=data["in_days"])
    while first.weekday() not in days:
        first += timedelta(days=1)
    hour, minute = (int(x) for x in data["start"].split(":"))
    start = timezone.make_aware(datetime.combine(first, time(hour, minute)))
    values = {"start": start, "end": start + timedelta(hours=data["hours"])}
    if data.get("weeks"):
        until = first + timedelta(weeks=data["weeks"], days=-1)
        skipped = [
            first + timedelta(weeks=week - 1, days=offset)
            for week in data.get("skip_weeks", [])
            for offset in range(7)
        ]
        values.update(
            repeat_days=schedule.weekday_mask(days),
            repeat_until=until,
            skip_dates=", ".join(
                day.isoformat() for day in skipped if day.weekday() in days and day != first
            ),
        )
    return values


def load_demo() -> dict[str, tuple[int, int]]:
    if not Place.objects.exists():  # emptied by a flush (tests of the live site)
        places.load_places()
    organisations = {o.slug: o for o in Organisation.objects.all()}
    terms = {(t.vocabulary, t.code): t for t in Term.objects.all()}
    today = timezone.localdate()
    now = timezone.now()
    created = sessions = 0
    trainings = demo_trainings()
    for index, data in enumerate(trainings):
        defaults = {
            "owner": organisations[data["owner"]],
            "provider": organisations[data["provider"]],
            "status": Status.PUBLISHED,
            "publication_date": now - timedelta(days=3 * index + 1),
            "last_reviewed": today - timedelta(days=index * 9),
            **{field: data[field] for field in Training.FACTS},
            "price": Decimal(data["price"]) if data["price"] else None,
        }
        for field in translated_fields(Training):
            defaults.update(translated_values(field, data[field]))
        training, was_created = Training.objects.update_or_create(
            slug=data["slug"], defaults=defaults
        )
        created += was_created
        for relation, vocabulary in term_relations(Training).items():
            getattr(training, relation).set([terms[(vocabulary, code)] for code in data[relation]])
        training.sessions.all().delete()
        for session in data["sessions"]:
            when = session_schedule(session, today)
            start = when["start"]
            deadline = session.get("deadline_days_before")
            Session.objects.create(
                training=training,
                **when,
                online=session["online"],
                venue=session["venue"],
                address=session["address"],
                capacity=session["capacity"],
                status=session["status"],
                registration_deadline=start.date() - timedelta(days=deadline)
                if deadline is not None
                else None,
            )
            sessions += 1
    return {"trainings": (created, len(trainings))}
