"""Fill the database with N items in four languages, fast, for benchmarks.

    manage.py generate_scale_data --trainings 1000            # "small"
    manage.py generate_scale_data --trainings 100000 --initiatives 10000 --testimonials 2000

Texts are the demo content's, cycled and numbered, so lengths and languages are realistic;
each training runs its demo sessions twice, a term apart (about 3 sessions a training), at a
real place. Rows are added to what is there (run it on an empty database for clean figures).

Fast because nothing is done once per row that can be done once per kind of row: rows are
copied in batches (PostgreSQL `COPY`; bulk inserts on SQLite), a session's schedule summary
is computed once per distinct schedule, the search text once per demo item and provider,
the search vectors by PostgreSQL in one pass per kind at the end, then `VACUUM ANALYZE`.
The derived columns are what the write path computes (`tests/bedigital/test_scale_data.py`
compares them).
"""

import itertools
import random
import time
from contextlib import contextmanager
from datetime import timedelta
from operator import attrgetter

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
from trainings.models import Place, Session, Training, session_summary

BATCH = 10_000
RUNS = 2  # each training's demo sessions, then the same again a term later
TERM_DAYS = 126


def numbered(texts: dict, n: int) -> dict:
    return {code: f"{text} {n}" if text else "" for code, text in texts.items()}


def next_ids(model, count: int) -> list[int]:
    """`count` primary keys from the table's sequence (PostgreSQL)."""
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [table, count],
        )
        return [row[0] for row in cursor.fetchall()]


# Fields whose Python value psycopg writes as is; others go through Django's conversion.
PLAIN = {"AutoField", "BigAutoField", "BooleanField", "CharField", "DateField", "DateTimeField"}
PLAIN |= {"FloatField", "ForeignKey", "SlugField", "TextField", "DecimalField"}
PLAIN |= {f"{size}IntegerField" for size in ("", "Small", "Big", "Positive", "PositiveSmall")}


def insert(model, objects: list, with_pk: bool = False) -> None:
    """Add `objects` as new rows; `with_pk`: their primary keys are filled in (the rows of
    other tables point at them). PostgreSQL: one COPY; SQLite: a bulk insert."""
    if not objects:
        return
    if connection.vendor != "postgresql":
        model.objects.bulk_create(objects)
        return
    if with_pk:
        for obj, pk in zip(objects, next_ids(model, len(objects)), strict=True):
            obj.pk = pk
    fields = [f for f in model._meta.concrete_fields if with_pk or not f.primary_key]
    converted = [
        (position, field)
        for position, field in enumerate(fields)
        if field.get_internal_type() not in PLAIN
        or getattr(field, "auto_now", False)
        or getattr(field, "auto_now_add", False)
    ]
    values = attrgetter(*(f.attname for f in fields))
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with connection.cursor() as cursor:
        with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for obj in objects:
                row = list(values(obj)) if len(fields) > 1 else [values(obj)]
                for position, field in converted:
                    row[position] = field.get_db_prep_save(field.pre_save(obj, True), connection)
                copy.write_row(row)


def insert_pairs(through, source: str, target: str, pairs: list) -> None:
    """Add rows of a many-to-many table: (source id, target id) pairs, without a model
    instance each (a million of them at 100k trainings)."""
    if connection.vendor != "postgresql":
        through.objects.bulk_create(through(**{source: a, target: b}) for a, b in pairs)
        return
    columns = ", ".join(through._meta.get_field(name).column for name in (source, target))
    with connection.cursor() as cursor:
        with cursor.copy(f"COPY {through._meta.db_table} ({columns}) FROM STDIN") as copy:
            for pair in pairs:
                copy.write_row(pair)


@contextmanager
def indexes_built_after(*models):
    """On PostgreSQL, drop the tables' indexes other than those of constraints, and build
    them again at the end: one build over every row is many times faster than updating them
    row by row (above all the search index's GIN indexes, which have no pending list)."""
    if connection.vendor != "postgresql":
        yield
        return
    tables = [model._meta.db_table for model in models]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes "
            "WHERE schemaname = current_schema() AND tablename = ANY(%s) "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)",
            [tables],
        )
        found = cursor.fetchall()
        for name, _definition in found:
            cursor.execute(f"DROP INDEX {connection.ops.quote_name(name)}")
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # check the foreign keys first
        cursor.execute("SET LOCAL maintenance_work_mem = '256MB'")
        for _name, definition in found:
            cursor.execute(definition)


class Command(BaseCommand):
    help = "Bulk-generate trainings (with ~3 sessions), initiatives and stories for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--trainings", type=int, default=1000)
        parser.add_argument("--initiatives", type=int, default=100)
        parser.add_argument("--testimonials", type=int, default=20)
        parser.add_argument("--organisations", type=int, default=50)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, **options):
        self.started = time.monotonic()
        random.seed(options["seed"])
        self.terms = {(t.vocabulary, t.code): t.pk for t in Term.objects.all()}
        self.schedules = {}  # a schedule's summary (`Session.update_schedule`), per schedule
        self.bodies = {}  # search text besides the title (`search.body_texts`), per template
        self.entries = {kind: [] for kind in search.kinds()}  # (object id, `entry_texts`)
        with transaction.atomic(), indexes_built_after(Training, Session, SearchEntry):
            organisations = self.organisations(demo_organisations(), options["organisations"])
            self.trainings(demo_trainings(), organisations, options["trainings"])
            self.initiatives(demo_initiatives(), organisations, options["initiatives"])
            self.testimonials(demo_testimonials(), organisations, options["testimonials"])
            for kind, rows in self.entries.items():
                if rows:
                    search.write_entries(kind, rows)
                    self.progress(f"search index: {len(rows):,} {kind} entries")
            content_changed()  # bulk inserts send no signals: retire cached pages here
        self.progress("indexes built, committed")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                # fresh statistics and visibility map (VACUUM only outside a transaction)
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
            self.progress("vacuum analyze")
        self.stdout.write(
            f"trainings {Training.objects.count()}, sessions {Session.objects.count()}, "
            f"initiatives {Initiative.objects.count()}, "
            f"stories {Testimonial.objects.count()}, "
            f"search entries {SearchEntry.objects.count()}; "
            f"{time.monotonic() - self.started:.0f} s"
        )

    def progress(self, text: str) -> None:
        self.stdout.write(f"{time.monotonic() - self.started:7.1f} s  {text}")
        self.stdout.flush()

    def translated(self, data: dict, fields, n: int) -> dict:
        values = {}
        for field in fields:
            texts = data.get(field, {})
            texts = numbered(texts, n) if field in {"title", "name"} else texts
            values.update({f"{field}_{code}": text for code, text in texts.items()})
        return values

    def index(self, kind: str, objects: list, key_of) -> None:
        """Queue the search entries of new rows: the text besides the title is read once per
        `key_of(obj)` (what it depends on) from a row fetched as the write path fetches it
        (`for_index`), the title from each row."""
        missing = {}
        for obj in objects:
            missing.setdefault(key_of(obj), obj.pk)
        missing = {key: pk for key, pk in missing.items() if key not in self.bodies}
        if missing:
            model = search.model_of(kind)
            fetched = search.kinds()[kind].for_index(model.objects.filter(pk__in=missing.values()))
            by_pk = {obj.pk: obj for obj in fetched}
            for key, pk in missing.items():
                self.bodies[key] = search.body_texts(by_pk[pk], kind)
        self.entries[kind] += [
            (obj.pk, search.entry_texts(obj, kind, self.bodies[key_of(obj)])) for obj in objects
        ]

    def link(self, model, objects, sources) -> None:
        """The facet terms (many-to-many) of new rows, as their demo item lists them."""
        for relation, vocabulary in term_relations(model).items():
            through = getattr(model, relation).through
            pairs = [
                (obj.pk, self.terms[(vocabulary, code)])
                for obj, data in zip(objects, sources, strict=True)
                for code in data[relation]
            ]
            insert_pairs(through, f"{model._meta.model_name}_id", "term_id", pairs)

    def organisations(self, templates, count):
        start = Organisation.objects.count()
        rows = [
            Organisation(
                slug=f"scale-{n}",
                kind=data["kind"],
                region=data["region"],
                website=data["website"],
                **self.translated(data, ["name", "description"], n),
            )
            for n, data in zip(
                range(start, start + count), itertools.cycle(templates), strict=False
            )
        ]
        insert(Organisation, rows, with_pk=True)
        self.index("partner", rows, key_of=lambda obj: ("partner", obj.slug))
        return list(Organisation.objects.all())

    def trainings(self, templates, organisations, count):
        now = timezone.now()
        today = timezone.localdate()
        places = {}  # on-site trainings all over Belgium, at the place a postcode finds
        for place in Place.objects.order_by("postcode", "refnis"):
            places.setdefault(place.postcode, place)
        places = list(places.values())
        base = Training.objects.count()
        sessions_made = 0
        for offset in range(0, count, BATCH):
            batch, sources, sessions = [], [], []
            for n in range(base + offset, base + min(offset + BATCH, count)):
                index = n % len(templates)
                data = templates[index]
                owner = random.choice(organisations)
                own = self.sessions(data, random.choice(places), today)
                training = Training(
                    slug=f"scale-training-{n}",
                    owner=owner,
                    provider=owner,
                    status=Status.PUBLISHED,
                    publication_date=now - timedelta(minutes=n),
                    **session_summary([self.summary_row(s) for s in own], now),
                    **{key: data[key] for key in Training.FACTS},
                    **self.translated(data, ["title", "summary", "description"], n),
                )
                training.template = index
                batch.append(training)
                sources.append(data)
                sessions.append(own)
            insert(Training, batch, with_pk=True)
            self.link(Training, batch, sources)
            for training, own in zip(batch, sessions, strict=True):
                for session in own:
                    session.training_id = training.pk
            flat = [session for own in sessions for session in own]
            insert(Session, flat)
            sessions_made += len(flat)
            # the text besides the title depends on the demo item and the provider's names
            self.index("training", batch, key_of=lambda t: ("training", t.template, t.provider_id))
            self.progress(
                f"trainings {offset + len(batch):,}/{count:,}, sessions {sessions_made:,}"
            )

    def sessions(self, data, place, today) -> list:
        """The demo training's sessions (its days, weeks and times), shifted in time, run
        twice a term apart, and moved to `place` when on site."""
        shift = 7 * random.randint(-9, 17)  # whole weeks: the same days, fewer schedules
        sessions = []
        for run, template in itertools.product(range(RUNS), data["sessions"]):
            days = template["in_days"] + shift + run * TERM_DAYS
            when = session_schedule({**template, "in_days": days}, today)
            deadline = template.get("deadline_days_before")
            session = Session(
                **when,
                **self.schedule(when),
                online=template["online"],
                venue=template["venue"],
                address="" if template["online"] else place.name_fr,
                postcode="" if template["online"] else place.postcode,
                capacity=template["capacity"],
                status=template["status"],
                registration_deadline=None
                if deadline is None
                else when["start"].date() - timedelta(days=deadline),
            )
            session.locality = None if template["online"] else place
            sessions.append(session)
        return sessions

    def schedule(self, when: dict) -> dict:
        """The columns `Session.update_schedule` derives from a schedule, computed once per
        distinct schedule (they depend on nothing else)."""
        key = tuple(sorted(when.items()))
        if key not in self.schedules:
            session = Session(**when)
            session.update_schedule()  # no address, so no place to look up
            fields = [f for f in Session.SCHEDULE_FIELDS if f != "locality"]
            self.schedules[key] = {name: getattr(session, name) for name in fields}
        return self.schedules[key]

    @staticmethod
    def summary_row(session) -> dict:
        """A session as `refresh_session_summary` reads it."""
        place = session.locality
        return {
            **{name: getattr(session, name) for name in Session.WEEK_FIELDS},
            "status": session.status,
            "start": session.start,
            "last_end": session.last_end,
            "registration_deadline": session.registration_deadline,
            "locality_id": place.pk if place else None,
            "locality__latitude": place.latitude if place else None,
            "locality__longitude": place.longitude if place else None,
        }

    def initiatives(self, templates, organisations, count):
        objectives = {o.number: o for o in StrategicObjective.objects.all()}
        base = Initiative.objects.count()
        created, sources = [], []
        for n in range(base, base + count):
            data = templates[n % len(templates)]
            owner = random.choice(organisations)
            initiative = Initiative(
                slug=f"scale-initiative-{n}",
                owner=owner,
                promoter=owner,
                objective=objectives[data["objective"]],
                status=Status.PUBLISHED,
                start_date=timezone.localdate() - timedelta(days=n % 1500),
                **{key: data[key] for key in INITIATIVE_SCALARS},
                **self.translated(data, translated_fields(Initiative), n),
            )
            initiative.template = n % len(templates)
            created.append(initiative)
            sources.append(data)
        insert(Initiative, created, with_pk=True)
        self.link(Initiative, created, sources)
        self.index("initiative", created, key_of=lambda obj: ("initiative", obj.template))
        self.progress(f"initiatives {count:,}")

    def testimonials(self, templates, organisations, count):
        base = Testimonial.objects.count()
        created = []
        for n, data in zip(range(base, base + count), itertools.cycle(templates), strict=False):
            story = Testimonial(
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
            story.template = n % len(templates)
            created.append(story)
        insert(Testimonial, created, with_pk=True)
        self.index("testimonial", created, key_of=lambda obj: ("testimonial", obj.template))
        self.progress(f"stories {count:,}")
