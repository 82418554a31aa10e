"""Search benchmark: server time of /<lang>/search/?q= through Django's test client.

    DATABASE_URL=postgres://… .venv/bin/python -m bench.search [--runs 30]

Prints median and p95 per query and language, the SQL query count and the result count.
Fill the database first: `manage.py generate_scale_data --trainings 100000 …`.
"""

import argparse
import re

from bench.common import Client, connection, measure, percentile

QUERIES = {
    "nl": ["opleidingen", "data analyse", "cyberveiligheid werkzoekenden", "programmeren"],
    "fr": ["formations", "développeuse web", "cybersécurité", "intelligence artificielle"],
    "de": ["Schulungen", "Datenanalyse", "Programmieren lernen", "Frauen"],
    "en": ["trainings", "cloud engineer", "women returners data", "zzzzq"],
}


def main():
    from trainings.models import Training

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    client = Client(HTTP_HOST="localhost")
    print(f"{connection.vendor}, {Training.objects.count()} trainings, {args.runs} runs each")
    print(f"{'lang':4} {'query':32} {'median ms':>9} {'p95 ms':>7} {'SQL':>4} {'results':>8}")
    samples = []
    for lang, queries in QUERIES.items():
        for query in queries:
            timing = measure(client, f"/{lang}/search/", args.runs, {"q": query})
            found = re.search(
                rb'class="result-count">\s*([\d.,\xe2\x80\xaf\xc2\xa0]+)', timing.body
            )
            total = found.group(1).decode() if found else "0"
            samples += timing.times
            print(
                f"{lang:4} {query[:32]:32} {timing.median_ms:9.1f} {timing.p95_ms:7.1f} "
                f"{timing.queries:4} {total:>8}"
            )
    samples.sort()
    print(
        f"all {len(samples)} requests: median {percentile(samples, 0.5):.1f} ms, "
        f"p95 {percentile(samples, 0.95):.1f} ms"
    )


if __name__ == "__main__":
    main()
