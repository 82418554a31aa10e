"""Shared by the benchmark scripts: Django set-up and server-side timing of one URL."""

import os
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
# Render every page: the page cache is measured over HTTP, in bench/http.py.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
os.environ.setdefault("BENCH_PAGE_CACHE", "off")
os.environ.setdefault("DJANGO_DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

# as gunicorn starts the site: every view imported, what is loaded frozen (gc.freeze)
import bedigital.wsgi  # noqa: E402, F401


@dataclass
class Timing:
    median_ms: float
    p95_ms: float
    queries: int
    size: int
    body: bytes
    times: list[float]
    status: int = 200


def percentile(sorted_values: list[float], fraction: float) -> float:
    return sorted_values[int(fraction * (len(sorted_values) - 1))]


def measure(client: Client, url: str, runs: int, params=None) -> Timing:
    """Render `url` `runs` times in-process (after one warm-up) and time each response."""
    client.get(url, params)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url, params)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        times.append((time.perf_counter() - start) * 1000)
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url, params)
        body = b"".join(response.streaming_content) if response.streaming else response.content
    times.sort()
    return Timing(
        statistics.median(times),
        percentile(times, 0.95),
        len(ctx.captured_queries),
        len(body),
        body,
        times,
        response.status_code,
    )


def hello_ms(client: Client, runs: int) -> float:
    """Hello-world's median in-process (bench/urls.py): the floor, measured next to a page."""
    return measure(client, "/hello/", runs).median_ms


def commonest(queryset, *fields) -> tuple:
    """The most frequent combination of values of `fields` among `queryset`'s rows."""
    from django.db.models import Count

    rows = queryset.exclude(**{f"{field}__isnull": True for field in fields})
    rows = rows.values_list(*fields).annotate(n=Count("pk")).order_by("-n", *fields)
    return rows.first()[: len(fields)]


def scale_pages() -> list[tuple[str, str, "callable"]]:
    """(name, URL pattern, function counting the results) of every page type. The filtered
    URLs are made of values the data holds together, so they return results at any scale."""
    from django.http import QueryDict

    from initiatives.filters import InitiativeFilterSet
    from initiatives.models import Initiative
    from trainings.filters import TrainingFilterSet
    from trainings.models import Training

    trainings = Training.objects.published().current()
    training = trainings.filter(next_start__isnull=False).order_by("pk").first()
    initiative = Initiative.objects.published().order_by("pk").first()
    region, fmt, technology = commonest(
        trainings.filter(format="onsite"), "region", "format", "technologies__code"
    )
    category, level = commonest(Initiative.objects.published(), "category", "levels__code")

    def counted(filterset_class, queryset):
        def count(url):
            query = QueryDict(url.partition("?")[2])
            return filterset_class.from_query(query, queryset)[0].qs.count()

        return count

    def none(url):
        return None

    catalogue = counted(TrainingFilterSet, Training.objects.published())
    repository = counted(InitiativeFilterSet, Initiative.objects.published())
    return [
        ("home", "/{lang}/", none),
        ("catalogue", "/{lang}/trainings/", catalogue),
        (
            "catalogue, 3 filters",
            f"/{{lang}}/trainings/?region={region}&format={fmt}&technology={technology}",
            catalogue,
        ),
        ("catalogue, near 25 km", "/{lang}/trainings/?near=4000&within=25", catalogue),
        (
            "catalogue, near or online",
            "/{lang}/trainings/?near=4000&within=25&or_online=on",
            catalogue,
        ),
        ("catalogue, title A to Z", "/{lang}/trainings/?sort=title", catalogue),
        ("catalogue, newest first", "/{lang}/trainings/?sort=newest", catalogue),
        (
            "catalogue, fits my week",
            "/{lang}/trainings/?day=tue&day=thu&part=evening&pace=part_time",
            catalogue,
        ),
        ("training detail", f"/{{lang}}/trainings/{training.slug}/", none),
        ("initiatives", "/{lang}/initiatives/", repository),
        (
            "initiatives, 2 facets",
            f"/{{lang}}/initiatives/?category={category}&level={level}",
            repository,
        ),
        ("initiatives, title A to Z", "/{lang}/initiatives/?sort=title", repository),
        ("initiative detail", f"/{{lang}}/initiatives/{initiative.slug}/", none),
        ("stories", "/{lang}/testimonials/", none),
        ("partners", "/{lang}/partners/", none),
        (
            "export CSV (filtered)",
            f"/{{lang}}/initiatives/export.csv?category={category}",
            repository,
        ),
    ]


def training_to_save():
    """The training the benchmarks save, unchanged, to make a new content version as an
    editor's save does (its content stays as found)."""
    from trainings.models import Training

    return Training.objects.published().order_by("pk").first()
