"""Search benchmark: server time of /<lang>/search/?q= through Django's test client.

    DATABASE_URL=postgres://… .venv/bin/python -m bench.search [--runs 30]

Prints median and p95 per query and language (first page, third page, stories tab), the SQL
query count and the result count, and the time of each query's first request in the process
(its words' posting lists read from the database, `bedigital.wordindex`, once what every
search reads once per process is read). Every request counts its matches afresh (cold); with
BENCH_PAGE_CACHE=on the counts per kind are cached as in production, shared by languages,
pages and tabs (warm).
Fill the database first: `manage.py generate_scale_data --trainings 100000 …`. `--edits N`
first writes the index entries of N trainings as N saves do (the same content, new row
versions, no VACUUM): the search right after a burst of edits.
"""

import argparse
import os
import re
import time

from bench.common import Client, connection, measure, percentile

QUERIES = {
    # "opleiding" and "formation" stand for a synonym group that names most trainings
    "nl": [
        "opleiding",
        "opleidingen",
        "data analyse",
        "cyberveiligheid werkzoekenden",
        "programmeren",
    ],
    "fr": [
        "formation",
        "formations",
        "développeuse web",
        "cybersécurité",
        "intelligence artificielle",
    ],
    "de": ["Schulungen", "Datenanalyse", "Programmieren lernen", "Frauen"],
    "en": ["trainings", "cloud engineer", "women returners data", "zzzzq"],
}


# What a visitor does after the first page of results: the next pages, a kind of result.
VARIANTS = {"page 1": {}, "page 3": {"page": "3"}, "stories": {"type": "testimonial"}}


def main():
    from trainings.models import Training

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--edits",
        type=int,
        default=0,
        help="first re-index this many trainings as saves do (a burst of edits, no VACUUM)",
    )
    args = parser.parse_args()
    if args.edits:
        from bedigital import search

        ids = list(Training.objects.order_by("-pk").values_list("pk", flat=True)[: args.edits])
        start = time.perf_counter()
        search.index_many(Training.objects.filter(pk__in=ids))  # what each save writes
        print(f"{len(ids)} trainings re-indexed as saves do: {time.perf_counter() - start:.1f} s")
    client = Client(HTTP_HOST="localhost")
    counts = "cached (warm)" if os.environ["BENCH_PAGE_CACHE"] == "on" else "counted afresh (cold)"
    print(f"{connection.vendor}, {Training.objects.count()} trainings, {args.runs} runs each")
    print(f"counts per kind: {counts}")
    print("median / p95 ms (SQL queries) per variant; results = matches of every kind")
    print("first ms: the query's first request here (its words' lists read from the database)")
    print(
        f"{'lang':4} {'query':30} {'first':>6} "
        + " ".join(f"{name:>17}" for name in VARIANTS)
        + " results"
    )
    # what any search reads once per process or version: the word index's entries, the
    # lists' facet indexes (understood filters), the words "did you mean" corrects to
    for url in ("/en/trainings/", "/en/initiatives/", "/en/search/?q=xqxqxq"):
        client.get(url)
    samples, firsts = [], []
    for lang, queries in QUERIES.items():
        for query in queries:
            start = time.perf_counter()
            client.get(f"/{lang}/search/", {"q": query})
            firsts.append((time.perf_counter() - start) * 1000)
            cells, total = [f"{firsts[-1]:6.1f}"], "0"
            for variant, params in VARIANTS.items():
                timing = measure(client, f"/{lang}/search/", args.runs, {"q": query, **params})
                samples += timing.times
                cells.append(f"{timing.median_ms:5.1f}/{timing.p95_ms:5.1f} ({timing.queries})")
                if variant == "page 1":
                    found = re.search(
                        rb'class="result-count"[^>]*>\s*([\d.,\xe2\x80\xaf\xc2\xa0]+)', timing.body
                    )
                    total = found.group(1).decode() if found else "0"
            print(
                f"{lang:4} {query[:30]:30} {cells[0]} "
                + " ".join(f"{c:>17}" for c in cells[1:])
                + f" {total:>7}"
            )
    samples.sort()
    firsts.sort()
    print(f"first requests: median {percentile(firsts, 0.5):.1f} ms, max {firsts[-1]:.1f} ms")
    print(
        f"all {len(samples)} requests: median {percentile(samples, 0.5):.1f} ms, "
        f"p95 {percentile(samples, 0.95):.1f} ms"
    )


if __name__ == "__main__":
    main()
