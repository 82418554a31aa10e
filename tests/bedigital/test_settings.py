import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_settings(code="import bedigital.settings", **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = run_settings()
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off" in result.stderr


def test_production_is_the_default_once_a_secret_key_is_given():
    code = "import bedigital.settings as s; print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.STORAGES)"
    result = run_settings(code, DJANGO_SECRET_KEY="x" * 50)
    assert result.stdout.startswith("False True")
    assert "CompressedManifestStaticFilesStorage" in result.stdout


def test_debug_runs_without_a_secret_key():
    assert run_settings(DJANGO_DEBUG="1").returncode == 0
