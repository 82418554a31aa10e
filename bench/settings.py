"""Production settings plus a hello-world view, for the HTTP benchmark (bench/http.py)."""

import os

from bedigital.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
if os.environ.get("BENCH_PAGE_CACHE") == "off":
    CACHES = {  # noqa: F405
        **CACHES,  # noqa: F405
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
