"""Image upload benchmark: time and peak memory of cleaning the worst uploads.

    .venv/bin/python -m bench.images

Each upload is cleaned by the form field every image field uses, in a fresh process, so the
peak RSS it prints is that upload's alone (above the process after Django's set-up). The
uploads are the largest each format may be, the hostile ones the tests upload, and a phone
photo. No database is needed.
"""

import argparse
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path


def encode(mode, size, fmt, color=0, **options) -> bytes:
    from PIL import Image

    out = BytesIO()
    Image.new(mode, size, color).save(out, format=fmt, **options)
    return out.getvalue()


def uploads() -> dict[str, bytes]:
    from tests.images import bomb_png, png_claiming, tall_strip_png, truncated_jpeg

    return {
        "phone photo 4032×3024 JPEG": encode("RGB", (4032, 3024), "JPEG", "#c63"),
        "50 MP JPEG (the JPEG cap)": encode("RGB", (8660, 5773), "JPEG", "#c63"),
        "4095² JPEG (largest full decode)": encode("RGB", (4095, 4095), "JPEG", "#c63"),
        "40 MP CMYK JPEG": encode("CMYK", (8000, 5000), "JPEG", (0, 50, 100, 0)),
        "12 MP RGBA PNG (the PNG cap)": encode("RGBA", (4242, 2828), "PNG", (1, 2, 3, 128)),
        "12 MP palette PNG, transparent": encode("P", (4242, 2828), "PNG", 1, transparency=0),
        "8 MP RGBA WebP (the WebP cap)": encode(
            "RGBA", (3464, 2309), "WEBP", (1, 2, 3, 100), lossless=True
        ),
        "6300² PNG bomb": bomb_png(),
        "200×199,000 PNG": tall_strip_png(),
        "30000² PNG header": png_claiming(30_000, 30_000),
        "truncated JPEG": truncated_jpeg().read(),
    }


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the
    parent across fork and exec)."""
    status = Path("/proc/self/status").read_text()
    return (
        int(next(line for line in status.splitlines() if line.startswith("VmHWM")).split()[1])
        / 1024
    )


def clean_one(path: str) -> None:
    """In a child process: clean the upload at `path` and print seconds, MB and outcome."""
    from django.apps import apps
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from bench import common  # noqa: F401  (Django set-up)

    upload = SimpleUploadedFile("upload", Path(path).read_bytes())
    field = apps.get_model("bedigital.Organisation")._meta.get_field("logo").formfield()
    before = peak_rss_mb()
    start = time.perf_counter()
    try:
        clean = field.clean(upload)
        outcome = f"stored {clean.name.rsplit('.')[-1]}, {len(clean) // 1024} KB"
    except ValidationError as error:
        outcome = f"refused: {error.code}"
    seconds = time.perf_counter() - start
    peak_mb = peak_rss_mb() - before
    print(f"{seconds:.2f}\t{peak_mb:.0f}\t{outcome}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--one", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return clean_one(args.one)
    print(f"{'upload':34} {'KB':>6} {'s':>6} {'+MB':>5}  outcome")
    with tempfile.TemporaryDirectory() as directory:
        for name, data in uploads().items():
            path = Path(directory) / "upload"
            path.write_bytes(data)
            result = subprocess.run(
                [sys.executable, "-m", "bench.images", "--one", str(path)],
                capture_output=True,
                text=True,
                check=True,
            )
            seconds, peak_mb, outcome = result.stdout.strip().splitlines()[-1].split("\t")
            print(f"{name:34} {len(data) // 1024:6} {seconds:>6} {peak_mb:>5}  {outcome}")


if __name__ == "__main__":
    main()
