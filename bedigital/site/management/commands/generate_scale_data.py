"""Fill the database with N items in four languages, fast (bulk inserts), for benchmarks.

    manage.py generate_scale_data --trainings 1000            # "small"
    manage.py generate_scale_data --trainings 100000 --initiatives 10000 --testimonials 2000

Texts are the demo content's, cycled and numbered, so lengths and languages are realistic.
Rows are added to what is there (run it on an empty database for clean figures).
"""

import itertools
import random
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from bedigital import search
from bedigital.demo import demo_organisations
from bedigital.i18n import translated_fields
from bedigital.models import Organisation, SearchEntry, Term, term_relations
from bedigital.pagecache import content_changed
from bedigital.vocabularies import Status
from initiatives.demo import SCALARS as INITIATIVE_SCALARS
from initiatives.demo import demo_initiatives
from initiatives.models import Initiative, StrategicObjective
from testimonials.demo import demo_testimonials
from testimonials.models import Testimonial
from trainings.demo import demo_trainings, session_schedule
from trainings.models import (
    Place,
    Session,
    Training,
    next_summary,
    place_summary,
    week_summary,
)

BATCH = 2000


def numbered(texts: dict, n: int) -> dict:
    return {code: f"{text} {n}" if text else "" for code, text in texts.items()}


class Command(BaseCommand):
    help = "Bulk-generate trainings (with ~3 sessions), initiatives and stories for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--trainings", type=int, default=1000)
        parser.add_argument("--initiatives", type=int, default=100)
        parser.add_argument("--testimonials", type=int, default=20)
        parser.add_argument("--organisations", type=int, default=50)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options):
        random.seed(options["seed"])
        self.terms = {(t.vocabulary, t.code): t.pk for t in Term.objects.all()}
        with transaction.atomic():
            organisations = self.organisations(demo_organisations(), options["organisations"])
            self.trainings(demo_trainings(), organisations, options["trainings"])
            self.initiatives(demo_initiatives(), organisations, options["initiatives"])
            self.testimonials(demo_testimonials(), organisations, options["testimonials"])
            content_changed()  # bulk inserts send no signals: retire cached pages here
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # fresh statistics and visibility map (VACUUM only outside a transaction)
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        self.stdout.write(
            f"trainings {Training.objects.count()}, sessions {Session.objects.count()}, "
            f"initiatives {Initiative.objects.count()}, "
            f"stories {Testimonial.objects.count()}, "
            f"search entries {SearchEntry.objects.count()}"
        )

    def translated(self, data: dict, fields, n: int) -> dict:
        values = {}
        for field in fields:
            texts = data.get(field, {})
            texts = numbered(texts, n) if field in {"title", "name"} else texts
            values.update({f"{field}_{code}": text for code, text in texts.items()})
        return values

    def organisations(self, templates, count):
        start = Organisation.objects.count()
        rows = []
        for n, data in zip(range(start, start + count), itertools.cycle(templates), strict=False):
            rows.append(
                Organisation(
                    slug=f"scale-{n}",
                    kind=data["kind"],
                    region=data["region"],
                    website=data["website"],
                    **self.translated(data, ["name", "description"], n),
                )
            )
        Organisation.objects.bulk_create(rows, batch_size=BATCH)
        self.index(Organisation.objects.filter(slug__startswith="scale-"), "partner")
        return list(Organisation.objects.all())

    def link(self, model, relation, objects, codes_of, vocabulary):
        through = getattr(model, relation).through
        source = f"{model._meta.model_name}_id"
        rows = [
            through(**{source: obj.pk, "term_id": self.terms[(vocabulary, code)]})
            for obj, codes in zip(objects, codes_of, strict=True)
            for code in codes
        ]
        through.objects.bulk_create(rows, batch_size=BATCH)

    def index(self, objects, kind):
        """The search entries of new rows, in bulk, read as the write path reads them
        (`for_index`: the provider and terms their indexed facts name, in a few queries)."""
        model = search.model_of(kind)
        rows = search.kinds()[kind].for_index(model.objects.filter(pk__in=[o.pk for o in objects]))
        SearchEntry.objects.bulk_create(
            [
                SearchEntry(kind=kind, object_id=obj.pk, **search.entry_values(obj, kind))
                for obj in rows.iterator(chunk_size=BATCH)
            ],
            batch_size=BATCH,
            ignore_conflicts=True,
        )

    def trainings(self, templates, organisations, count):
        now = timezone.now()
        today = timezone.localdate()
        places = list(Place.objects.all())  # on-site trainings all over Belgium
        base = Training.objects.count()
        for offset in range(0, count, BATCH):
            batch, sources, sessions_of = [], [], []
            for n in range(base + offset, base + min(offset + BATCH, count)):
                data = templates[n % len(templates)]
                owner = random.choice(organisations)
                sessions = self.sessions(data, random.choice(places), today)
                sessions_of.append(sessions)
                batch.append(
                    Training(
                        slug=f"scale-training-{n}",
                        owner=owner,
                        provider=owner,
                        status=Status.PUBLISHED,
                        publication_date=now - timedelta(minutes=n),
                        # the session summary, written once (an update would double the rows)
                        **self.session_summary(sessions, now),
                        **{key: data[key] for key in Training.FACTS},
                        **self.translated(data, ["title", "summary", "description"], n),
                    )
                )
                sources.append(data)
            created = Training.objects.bulk_create(batch)
            for relation, vocabulary in term_relations(Training).items():
                self.link(Training, relation, created, [d[relation] for d in sources], vocabulary)
            for training, sessions in zip(created, sessions_of, strict=True):
                for session in sessions:
                    session.training = training
            Session.objects.bulk_create(
                [session for sessions in sessions_of for session in sessions], batch_size=BATCH
            )
            self.index(created, "training")

    def sessions(self, data, place, today) -> list:
        """The demo training's sessions (its days, weeks and times), shifted in time and
        moved to `place` when on site."""
        shift = random.randint(-60, 120)
        sessions = []
        for template in data["sessions"]:
            when = session_schedule({**template, "in_days": template["in_days"] + shift}, today)
            session = Session(
                **when,
                online=template["online"],
                venue=template["venue"],
                address="" if template["online"] else place.name_fr,  # no postcode to look up
                capacity=template["capacity"],
                status=template["status"],
            )
            session.update_schedule()
            session.locality = None if template["online"] else place
            sessions.append(session)
        return sessions

    def session_summary(self, sessions, now) -> dict:
        kept = [s for s in sessions if s.status != "cancelled"]
        rows = [
            {
                **{name: getattr(s, name) for name in Session.WEEK_FIELDS},
                "start": s.start,
                "last_end": s.last_end,
                "locality_id": s.locality.pk if s.locality else None,
                "locality__latitude": s.locality.latitude if s.locality else None,
                "locality__longitude": s.locality.longitude if s.locality else None,
            }
            for s in kept
        ]
        current = [row for row in rows if row["last_end"] >= now] or rows
        every = [
            {"status": s.status, "start": s.start, "registration_deadline": s.registration_deadline}
            for s in sessions
        ]
        return {
            "has_sessions": bool(sessions),
            "last_start": max((s.start for s in kept), default=None),
            **week_summary(current),
            **place_summary(current),
            **next_summary(every, now),
        }

    def initiatives(self, templates, organisations, count):
        objectives = {o.number: o for o in StrategicObjective.objects.all()}
        base = Initiative.objects.count()
        created, sources = [], []
        for n in range(base, base + count):
            data = templates[n % len(templates)]
            owner = random.choice(organisations)
            created.append(
                Initiative(
                    slug=f"scale-initiative-{n}",
                    owner=owner,
                    promoter=owner,
                    objective=objectives[data["objective"]],
                    status=Status.PUBLISHED,
                    start_date=timezone.localdate() - timedelta(days=n % 1500),
                    **{key: data[key] for key in INITIATIVE_SCALARS},
                    **self.translated(data, translated_fields(Initiative), n),
                )
            )
            sources.append(data)
        created = Initiative.objects.bulk_create(created, batch_size=BATCH)
        for relation, vocabulary in term_relations(Initiative).items():
            self.link(Initiative, relation, created, [d[relation] for d in sources], vocabulary)
        self.index(created, "initiative")

    def testimonials(self, templates, organisations, count):
        base = Testimonial.objects.count()
        created = Testimonial.objects.bulk_create(
            [
                Testimonial(
                    slug=f"scale-story-{n}",
                    owner=random.choice(organisations),
                    name=f"{data['name']} {n}",
                    sector=data["sector"],
                    career_path=data["career_path"],
                    region=data["region"],
                    consent_date=timezone.localdate(),
                    status=Status.PUBLISHED,
                    **self.translated(data, ["role", "quote", "story", "portrait_alt"], n),
                )
                for n, data in zip(
                    range(base, base + count), itertools.cycle(templates), strict=False
                )
            ],
            batch_size=BATCH,
        )
        self.index(created, "testimonial")
