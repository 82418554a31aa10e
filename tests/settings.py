"""Test settings: production settings with test-only tweaks."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "tests-only-not-a-secret")

from bedigital.settings import *  # noqa: E402, F403
from bedigital.settings import CACHES, INSTALLED_APPS, STORAGES  # noqa: E402

DEBUG = False
SITE_URL = "http://testserver"  # the test client's host, as visitors use the canonical one
# Plain static files: templates render without collectstatic (the gunicorn smoke test in
# .ci/run covers the hashed, compressed production storage).
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="bedigital-test-media-")
# The browser tests talk plain HTTP to the live server.
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
# A concrete model to test the abstract publishable base on its own.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.publishing"]
# Pages are rendered every time; tests/bedigital/test_pagecache.py switches the cache on.
CACHES = {**CACHES, "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
