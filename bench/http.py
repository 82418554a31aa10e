"""HTTP benchmark: gunicorn (-w 2, sync, production settings) and wrk, against the catalogue,
a training, the home page and, in the same run, a hello-world view.

    DATABASE_URL=postgres://… .venv/bin/python -m bench.http [--duration 10] [--connections 8]

Runs twice: with the page cache (what visitors get) and without it (every page rendered).
Before each page it waits for an idle server and measures hello-world again; prints the
page's number of results, requests/s, p50 and p99 latency, and its share of hello-world's
requests/s and the error responses (a page over the statement timeout answers 503). Each
row asks the page in its four languages in turn, so the cached rows are not one URL again and
again.
With the cache on, the catalogue is also asked while an editor saves a training `--saves`
times (each save retires every cached page and brings the lists' facet indexes up to date).
Needs `wrk` (Debian package; installed here when missing and run as root). Starts and stops
its own gunicorn on 127.0.0.1:8766.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = 8766
HEADERS = ["-H", "X-Forwarded-Proto: https"]  # production settings redirect plain HTTP


LANGUAGES = ("nl", "fr", "de", "en")
SEARCHES = {"nl": "opleidingen", "fr": "formations", "de": "Schulungen", "en": "trainings"}


def pages():
    """{name: (its URL in each language, counter)}: wrk asks the four in turn, so a cached
    row is not one URL served again and again."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    import django

    django.setup()
    from bench.common import scale_pages
    from trainings.models import Training

    wanted = ["home", "catalogue", "catalogue, 3 filters", "catalogue, near 25 km"]
    wanted += ["training detail", "initiatives, 2 facets"]
    found = {
        name: ([pattern.format(lang=lang) for lang in LANGUAGES], count)
        for name, pattern, count in scale_pages()
    }
    chosen = {name: found[name] for name in wanted}
    searches = [f"/{lang}/search/?q={word}" for lang, word in SEARCHES.items()]
    chosen["search"] = (searches, lambda url: None)
    return chosen, Training.objects.count()


def wait_idle(timeout=300):
    """Wait until the server has worked through the previous page's queued requests: three
    hello-worlds in a row answered within 20 ms (a slow page queued behind 32 connections
    can keep both workers busy for minutes)."""
    fast, deadline = 0, time.monotonic() + timeout
    while fast < 3 and time.monotonic() < deadline:
        start = time.perf_counter()
        request = urllib.request.Request(
            f"http://127.0.0.1:{PORT}/hello/", headers={"X-Forwarded-Proto": "https"}
        )
        try:
            urllib.request.urlopen(request, timeout=20).read()
        except OSError:  # still busy
            fast = 0
            continue
        fast = fast + 1 if time.perf_counter() - start < 0.02 else 0
        time.sleep(0.2)


def ensure_wrk():
    if shutil.which("wrk"):
        return
    if os.geteuid() != 0:
        sys.exit("wrk is missing: apt-get install wrk")
    subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], check=True, capture_output=True)


def start_gunicorn(env):
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "bedigital.wsgi:application", "-w", "2",
         "-b", f"127.0.0.1:{PORT}", "--log-level", "warning"],
        cwd=ROOT, env=env,
    )  # fmt: skip
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit("gunicorn did not start")


def wrk(paths, duration, connections, during=None):
    """wrk asking `paths` in turn (a Lua script), after a warm-up; `during(duration)` runs
    beside it (editors saving)."""
    url = f"http://127.0.0.1:{PORT}{paths[0]}"
    script = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
    quoted = ", ".join(json.dumps(path) for path in paths)
    script.write(
        f"paths = {{{quoted}}}\ni = 0\n"
        "request = function()\n  i = i % #paths + 1\n  return wrk.format(nil, paths[i])\nend\n"
    )
    script.close()
    try:
        # Warm-up: each worker renders each page once (with the cache on).
        subprocess.run(["wrk", "-t2", "-c2", "-d3s", "--timeout", "20s", "-s", script.name,
                        *HEADERS, url], capture_output=True)  # fmt: skip
        run = subprocess.Popen(
            ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "20s", "--latency",
             "-s", script.name, *HEADERS, url],
            stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        if during is not None:
            during(duration)
        out = run.communicate()[0]
        if run.returncode:
            sys.exit(f"wrk failed: {out}")
    finally:
        os.unlink(script.name)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors = int(non_2xx.group(1)) if non_2xx else 0
    return (
        float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        to_ms(re.search(r"50%\s+([\d.]+\w+)", out).group(1)),
        to_ms(re.search(r"99%\s+([\d.]+\w+)", out).group(1)),
        errors,
    )


def saving(count: int):
    """Saves of one training, `count` of them spread over a run: each a new content version
    (the training saved unchanged: its content stays as found)."""
    from bench.common import training_to_save  # after `pages` set Django up

    training = training_to_save()

    def during(duration):
        for _ in range(count):
            time.sleep(duration / (count + 1))
            training.save()

    return during


def to_ms(text):
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=int, default=10, help="seconds per page")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument(
        "--saves", type=int, default=2, help="saves of a training during the cached catalogue's run"
    )
    args = parser.parse_args()
    ensure_wrk()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DJANGO_DEBUG": "",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY", secrets.token_urlsafe(48)),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_PROXY_SSL_HEADER": "1",
    }
    os.environ.update({k: v for k, v in env.items() if k != "DJANGO_DEBUG"})
    os.environ.pop("DJANGO_DEBUG", None)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    urls, trainings = pages()
    print(
        f"gunicorn -w 2 (sync) + wrk -t2 -c{args.connections}, {args.duration} s per page, "
        f"{trainings} trainings"
    )
    for mode in ("on", "off"):
        server = start_gunicorn({**env, "BENCH_PAGE_CACHE": mode})
        try:
            print(f"\npage cache {mode}")
            print(
                f"{'page':22} {'results':>7} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} "
                f"{'hello req/s':>11} {'vs hello':>8} {'errors':>6}"
            )
            rows = [(name, paths, count, None) for name, (paths, count) in urls.items()]
            if mode == "on" and args.saves:  # as the issue saw it: editors at work
                paths, count = urls["catalogue"]
                rows.insert(2, (f"catalogue, {args.saves} saves", paths, count, args.saves))
            for name, paths, count, saves in rows:
                wait_idle()
                hello, _p50, _p99, _errors = wrk(["/hello/"], args.duration, args.connections)
                wait_idle()
                during = saving(saves) if saves else None
                rate, p50, p99, errors = wrk(paths, args.duration, args.connections, during)
                results = count(paths[1])  # French
                print(
                    f"{name:22} {'–' if results is None else results:>7} {rate:8.0f} "
                    f"{p50:7.1f} {p99:7.1f} {hello:11.0f} {rate / hello:8.0%} {errors:>6}"
                )
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait()


if __name__ == "__main__":
    main()
