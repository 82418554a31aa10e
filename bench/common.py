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


@dataclass
class Timing:
    median_ms: float
    p95_ms: float
    queries: int
    size: int
    body: bytes
    times: list[float]


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
    )
