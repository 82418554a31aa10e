"""Search benchmark: server time of /<lang>/search/?q= through Django's test client.

    DATABASE_URL=postgres://… .venv/bin/python bench/search.py [--runs 30]

Prints median and p95 per query and language, the SQL query count and the result count.
Fill the database first: `manage.py generate_scale_data --trainings 100000 …`.
"""

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bedigital.settings")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from trainings.models import Training  # noqa: E402

QUERIES = {
    "nl": ["opleidingen", "data analyse", "cyberveiligheid werkzoekenden", "programmeren"],
    "fr": ["formations", "développeuse web", "cybersécurité", "intelligence artificielle"],
    "de": ["Schulungen", "Datenanalyse", "Programmieren lernen", "Frauen"],
    "en": ["trainings", "cloud engineer", "women returners data", "zzzzq"],
}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    client = Client(HTTP_HOST="localhost")
    print(f"{connection.vendor}, {Training.objects.count()} trainings, {args.runs} runs each")
    print(f"{'lang':4} {'query':32} {'median ms':>9} {'p95 ms':>7} {'SQL':>4} {'results':>8}")
    all_times = []
    for lang, queries in QUERIES.items():
        for query in queries:
            url = f"/{lang}/search/"
            client.get(url, {"q": query})  # warm up
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                response = client.get(url, {"q": query})
                times.append((time.perf_counter() - start) * 1000)
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(url, {"q": query})
            found = re.search(r'class="result-count">\s*([\d.,\u202f\xa0]+)', response.text)
            total = found.group(1) if found else "0"
            times.sort()
            p95 = times[int(0.95 * (len(times) - 1))]
            all_times += times
            print(
                f"{lang:4} {query[:32]:32} {statistics.median(times):9.1f} {p95:7.1f} "
                f"{len(ctx.captured_queries):4} {total:>8}"
            )
    all_times.sort()
    print(
        f"all: median {statistics.median(all_times):.1f} ms, "
        f"p95 {all_times[int(0.95 * (len(all_times) - 1))]:.1f} ms"
    )


if __name__ == "__main__":
    main()
