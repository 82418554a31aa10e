"""The WSGI entry point gunicorn loads (`bedigital.wsgi`)."""

import os
import subprocess
import sys


def test_what_the_process_loads_at_start_is_left_out_of_full_collections():
    """Every view is imported at start, and what is loaded then is frozen (`gc.freeze`): the
    garbage collector's full passes no longer walk it at every ~50th list page."""
    script = (
        "import gc, sys; import bedigital.wsgi; "
        "print('bedigital.urls' in sys.modules, 'trainings.views' in sys.modules, "
        "gc.get_freeze_count())"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tests.settings"}
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[:2] == ["True", "True"]
    assert int(out[2]) > 10_000  # Django, the apps, their views and URLs
