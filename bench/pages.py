"""Server-side benchmark of every public page type in every language.

    DATABASE_URL=… .venv/bin/python -m bench.pages [--runs 20] [--languages nl,fr,de,en]

In-process through Django's test client, page cache off: median and p95 render time, SQL
query count, HTML bytes and the number of results of each page, with hello-world's median
measured right before it (the floor: the same middleware, no database). Filtered pages use
values the data holds together (`bench.common.scale_pages`), so they return results at any
scale. Fill the database first (`manage.py load_demo_data` for the small picture,
`manage.py generate_scale_data …` for scale). Reads only: the database is left as found.
"""

import argparse
import statistics
import time

from bench.common import (
    Client,
    connection,
    hello_ms,
    measure,
    percentile,
    scale_pages,
    training_to_save,
)


def main():
    from trainings.models import Training

    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--languages", default="nl,fr,de,en")
    parser.add_argument("--pages", default="", help="page names separated by ; (default: all)")
    args = parser.parse_args()
    # an error page (a statement over DJANGO_DB_STATEMENT_TIMEOUT answers 503) is timed and
    # reported, not raised
    client = Client(HTTP_HOST="localhost", raise_request_exception=False)
    wanted = {name.strip() for name in args.pages.split(";") if name.strip()}
    print(f"{connection.vendor}, {Training.objects.count()} trainings, {args.runs} runs each")
    print(
        f"{'page':24} {'lang':4} {'median ms':>9} {'p95 ms':>7} {'SQL':>4} {'KB':>7} "
        f"{'results':>8} {'hello ms':>8}"
    )
    for name, pattern, count in scale_pages():
        if wanted and name not in wanted:
            continue
        for lang in args.languages.split(","):
            url = pattern.format(lang=lang)
            hello = hello_ms(client, args.runs)
            timing = measure(client, url, args.runs)
            results = count(url) if timing.status == 200 else f"HTTP {timing.status}"
            row(name, lang, timing.times, timing.queries, timing.size, results, hello)
    if not wanted or "catalogue, after a save" in wanted:
        count = next(count for name, _url, count in scale_pages() if name == "catalogue")
        for lang in args.languages.split(","):
            after_a_save(client, lang, args.runs, count)


def after_a_save(client, lang: str, runs: int, count):
    """The catalogue asked right after an editor saved a training: the new content version
    makes the facet index re-read that training (`FacetIndex.patched`) and the default
    order. Each run saves the same training unchanged (its content stays as found)."""
    training = training_to_save()
    url = f"/{lang}/trainings/"
    client.get(url)
    hello = hello_ms(client, runs)
    times = []
    for _ in range(runs):
        training.save()  # one write: a new content version naming this training
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
    results = count(url) if response.status_code == 200 else f"HTTP {response.status_code}"
    row("catalogue, after a save", lang, times, "–", len(response.content), results, hello)


def row(name, lang, times, queries, size, results, hello):
    """One line of the table: median and p95 of `times` (ms), SQL, KB, results, hello ms."""
    times = sorted(times)
    print(
        f"{name:24} {lang:4} {statistics.median(times):9.1f} {percentile(times, 0.95):7.1f} "
        f"{queries:>4} {size / 1024:7.1f} {'–' if results is None else results:>8} {hello:8.2f}"
    )


if __name__ == "__main__":
    main()
