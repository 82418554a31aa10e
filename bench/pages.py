"""Server-side benchmark of every public page type in every language.

    DATABASE_URL=… .venv/bin/python -m bench.pages [--runs 20] [--languages nl,fr,de,en]

In-process through Django's test client: median and p95 render time, SQL query count and
HTML bytes per page. Fill the database first (`manage.py load_demo_data` for the small
picture, `manage.py generate_scale_data …` for scale).
"""

import argparse

from bench.common import Client, connection, measure


def page_types():
    from initiatives.models import Initiative
    from trainings.models import Training

    training = Training.objects.published().filter(sessions__isnull=False).first()
    initiative = Initiative.objects.published().first()
    return [
        ("home", "/{lang}/"),
        ("catalogue", "/{lang}/trainings/"),
        ("catalogue, 3 filters", "/{lang}/trainings/?cost=free&schedule=evening&region=brussels"),
        ("catalogue, near 25 km", "/{lang}/trainings/?near=4000&within=25"),
        (
            "catalogue, near + week",
            "/{lang}/trainings/?near=Gent&within=10&part=evening&or_online=on",
        ),
        (
            "catalogue, fits my week",
            "/{lang}/trainings/?day=tue&day=thu&part=evening&pace=part_time",
        ),
        ("training detail", f"/{{lang}}/trainings/{training.slug}/"),
        ("initiatives, filtered", "/{lang}/initiatives/?category=education&technology=ai"),
        ("initiative detail", f"/{{lang}}/initiatives/{initiative.slug}/"),
        ("stories", "/{lang}/testimonials/"),
        ("export CSV (filtered)", "/{lang}/initiatives/export.csv?category=entrepreneurship"),
    ]


def main():
    from trainings.models import Training

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--languages", default="nl,fr,de,en")
    args = parser.parse_args()
    client = Client(HTTP_HOST="localhost")
    print(f"{connection.vendor}, {Training.objects.count()} trainings, {args.runs} runs each")
    print(f"{'page':24} {'lang':4} {'median ms':>9} {'p95 ms':>7} {'SQL':>4} {'KB':>7}")
    for name, pattern in page_types():
        for lang in args.languages.split(","):
            timing = measure(client, pattern.format(lang=lang), args.runs)
            print(
                f"{name:24} {lang:4} {timing.median_ms:9.1f} {timing.p95_ms:7.1f} "
                f"{timing.queries:4} {timing.size / 1024:7.1f}"
            )


if __name__ == "__main__":
    main()
