"""Import benchmark: trainings with their sessions, as an agency editor imports them.

    DJANGO_DEBUG=1 .venv/bin/python -m bench.imports [--trainings 100] [--sessions 5]

Times the preview (a dry run), the import itself, and importing the same file again (every row
an update, sessions matched by start), through the same resource the admin uses. Everything
runs in a transaction that is rolled back: the database is left as it was.
"""

import argparse
import time
from datetime import timedelta

from bench.common import connection


class Rollback(Exception):
    pass


def dataset(organisation, trainings: int, sessions: int):
    import tablib
    from django.utils import timezone

    from trainings.resources import TrainingResource

    headers = TrainingResource().get_export_headers()
    data = tablib.Dataset(headers=headers)
    first_day = timezone.localdate() + timedelta(days=30)
    for n in range(trainings):
        lines = [
            f"{first_day + timedelta(days=7 * s + n % 7):%Y-%m-%d} 18:00-21:00 | "
            f"Campus {n % 12} | Rue de la Loi {n}, 1000 Bruxelles | 16"
            for s in range(sessions)
        ]
        row = {
            "slug": f"bench-import-{n}",
            "owner": organisation.slug,
            "provider": organisation.slug,
            "status": "published",
            "publication_date": "2026-01-05 09:00:00",
            "kind": "course",
            "format": "onsite",
            "region": "brussels",
            "cost": "free",
            "schedule": "evening",
            "level": "foundation",
            "certificate": "none",
            "languages": "fr, nl",
            "technologies": "programming, data",
            "title_fr": f"Programmer en soirée {n}",
            "title_nl": f"'s Avonds programmeren {n}",
            "summary_fr": "Dix soirées pour écrire vos premiers programmes.",
            "sessions": "\n".join(lines),
        }
        data.append([row.get(header, "") for header in headers])
    return data


def timed(resource, data, user, dry_run):
    start = time.perf_counter()
    result = resource.import_data(data, dry_run=dry_run, use_transactions=True, user=user)
    elapsed = time.perf_counter() - start
    assert not result.has_errors() and not result.has_validation_errors(), result.invalid_rows
    return elapsed, result.totals


def main():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import transaction

    from bedigital.models import Organisation
    from bedigital.roles import AGENCY_EDITORS
    from trainings.models import Session, Training
    from trainings.resources import TrainingResource

    parser = argparse.ArgumentParser()
    parser.add_argument("--trainings", type=int, default=100)
    parser.add_argument("--sessions", type=int, default=5, help="per training")
    args = parser.parse_args()
    print(
        f"{connection.vendor}, {Training.objects.count()} trainings in the database; importing "
        f"{args.trainings} trainings × {args.sessions} sessions = "
        f"{args.trainings * args.sessions} sessions"
    )
    print(f"{'step':34} {'seconds':>8} {'rows':>5}  result")
    try:
        with transaction.atomic():
            organisation = Organisation.objects.order_by("pk").first()
            user = get_user_model().objects.create(username="bench-import", is_staff=True)
            user.groups.add(Group.objects.get(name=AGENCY_EDITORS))
            organisation.editors.add(user)
            data = dataset(organisation, args.trainings, args.sessions)
            for step, dry_run in [
                ("preview (dry run)", True),
                ("import", False),
                ("same file again (all updates)", False),
            ]:
                seconds, totals = timed(TrainingResource(user=user), data, user, dry_run)
                counts = ", ".join(f"{k} {v}" for k, v in totals.items() if v)
                print(f"{step:34} {seconds:8.2f} {len(data):5}  {counts}")
            imported = Session.objects.filter(training__slug__startswith="bench-import-").count()
            print(f"sessions in the database after the import: {imported}")
            raise Rollback
    except Rollback:
        pass
    tidy(["trainings_training", "trainings_session", "bedigital_searchentry"])


def tidy(tables: list[str]) -> None:
    """Leave the database as found: the rolled-back rows are dead tuples, and entries of GIN
    indexes with a pending list, until a VACUUM; without one the planner's estimates drift
    (a search count turned into a full scan: p95 70 → 550 ms)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam "
            "WHERE a.amname = 'gin' AND i.indrelid::regclass::text = ANY(%s)",
            [tables],
        )
        for table in tables:
            cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(table)}")
    print(f"VACUUM ANALYZE {', '.join(tables)}: the database is as found")


if __name__ == "__main__":
    main()
