"""Re-encode the images stored before every upload took one path (commit 8f7adb9).

Files uploaded earlier are stored byte for byte: EXIF/GPS, JPEG comments with markup, HTML
after the image's end, colour profiles, and portrait renditions made from them. Each stored
file of every `CleanImageField` goes through `clean_image`, as an upload does today.

Run once after upgrading, on the live site (never from a migration: media may not be mounted
there). Each row is read, its file decoded and re-encoded outside any lock; then, in its own
transaction, the row is read again under a row lock and saved with the clean file only if no
editor saved it meanwhile (an editor's save wins; run again later for the rows skipped). The
old file and its renditions are deleted once the row is committed, so that the row never
points at a missing file. Files that no longer pass validation are listed and left in place.
"""

from collections import Counter
from functools import partial
from io import BytesIO
from pathlib import PurePosixPath

from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image

from bedigital.images import (
    RENDITION_FORMATS,
    RENDITION_WIDTHS,
    CleanImageField,
    clean_image,
    rendition_name,
)

CLEANED, UNCHANGED, FAILED, SKIPPED = "cleaned", "unchanged", "failed", "skipped"

# The blocks of an image as the pipeline writes it: the pixels and what decoding them needs.
# Any other block (EXIF, XMP, ICC profile, comment, text or private chunk) is metadata.
JPEG_PIXEL_MARKERS = {0xC0, 0xC1, 0xC2, 0xC4, 0xDA, 0xDB, 0xDD}  # SOFn, DHT, SOS, DQT, DRI
JFIF_HEADER = 0xE0, 17  # APP0 holding only the JFIF version and density, no thumbnail
PIXEL_CHUNKS = {
    "PNG": {b"IHDR", b"PLTE", b"tRNS", b"IDAT", b"IEND"},
    "WEBP": {b"VP8 ", b"VP8L", b"VP8X", b"ALPH"},
}


def image_fields() -> list[CleanImageField]:
    """Every CleanImageField of the project, found rather than listed (each once: a proxy or
    a child model repeats its parent's fields)."""
    return sorted(
        (
            field
            for model in apps.get_models()
            for field in model._meta.fields
            if isinstance(field, CleanImageField) and field.model is model
        ),
        key=str,
    )


class Command(BaseCommand):
    help = (
        "Pass every stored image (logos, initiative images, portraits) through the upload "
        "pipeline once: metadata removed, portrait renditions remade, files that no longer "
        "pass validation listed. Safe on a live site; a second run changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would change; write nothing."
        )

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        self.dry_run, self.verbosity = dry_run, verbosity
        counts = Counter()
        for field in image_fields():
            stored = field.model._base_manager.exclude(**{field.attname: ""}).exclude(
                **{f"{field.attname}__isnull": True}
            )
            for pk in stored.order_by("pk").values_list("pk", flat=True):
                counts[self.reencode(field, pk)] += 1
        summary = (
            f"{counts[CLEANED]} {'to clean' if dry_run else 'cleaned'}, "
            f"{counts[UNCHANGED]} unchanged, {counts[FAILED]} failed"
        )
        if counts[SKIPPED]:
            summary += f", {counts[SKIPPED]} skipped (edited during the run: run again)"
        self.stdout.write(summary + (" (dry run: nothing written)" if dry_run else ""))

    def reencode(self, field, pk) -> str:
        row = field.model._base_manager.filter(pk=pk).first()
        stored = row and getattr(row, field.attname)
        if not stored:
            return SKIPPED  # deleted or emptied since the rows were listed
        where = f"{stored.name} ({field}, pk {pk})"
        try:
            with stored.storage.open(stored.name, "rb") as file:
                clean = clean_image(file, field.min_side)
                file.seek(0)
                original = file.read()
        except ValidationError as error:
            self.stderr.write(f"failed: {where}: {' '.join(error.messages)}")
            return FAILED
        except OSError as error:
            self.stderr.write(f"failed: {where}: the file cannot be read ({error.strerror}).")
            return FAILED
        if is_clean(original, stored.name, clean):
            self.note(2, f"unchanged: {where}")
            return UNCHANGED
        if self.dry_run:
            self.note(1, f"to clean: {where}")
            return CLEANED
        with transaction.atomic():
            current = field.model._base_manager.select_for_update().filter(pk=pk).first()
            if current is None or version(current, field) != version(row, field):
                self.note(1, f"skipped: {where}: edited during the run")
                return SKIPPED
            setattr(current, field.attname, clean)
            current.save()  # the model's own save: dimensions, renditions where it has them
            new_name = getattr(current, field.attname).name
            if new_name != stored.name:  # a storage that overwrites may keep the name
                transaction.on_commit(
                    partial(delete_with_renditions, stored.storage, stored.name, new_name)
                )
        self.note(1, f"cleaned: {where} -> {new_name}")
        return CLEANED

    def note(self, verbosity: int, line: str) -> None:
        if self.verbosity >= verbosity:
            self.stdout.write(line)


def version(row, field) -> tuple:
    """What an editor's save changes: `updated_at`, or at least the file itself."""
    return getattr(row, "updated_at", None), getattr(row, field.attname).name


def delete_with_renditions(storage, old: str, new: str) -> None:
    """The old file, and its renditions if it had any, except those the new file's renditions
    replaced (names keep only the stem: "a.jpg" and "a.png" share them)."""
    storage.delete(old)
    for name in rendition_names(old) - rendition_names(new):
        default_storage.delete(name)


def rendition_names(original: str) -> set[str]:
    return {
        rendition_name(original, width, extension)
        for width in RENDITION_WIDTHS
        for extension in RENDITION_FORMATS
    }


def is_clean(data: bytes, name: str, clean) -> bool:
    """Whether the stored file is already what the pipeline stores: the format, size, colour
    mode and extension `clean_image` gives it, and nothing but pixels. (Bytes cannot simply be
    compared: re-encoding a clean JPEG or WebP never gives the same bytes twice.)"""
    with Image.open(BytesIO(data)) as stored, Image.open(clean) as made:
        same_image = (stored.format, stored.size, stored.mode) == (
            made.format,
            made.size,
            made.mode,
        )
        image_format = stored.format
    clean.seek(0)
    return (
        same_image
        and PurePosixPath(name).suffix == PurePosixPath(clean.name).suffix
        and holds_only_pixels(data, image_format)
    )


def holds_only_pixels(data: bytes, image_format: str) -> bool:
    if image_format == "JPEG":
        segments = jpeg_segments(data)
        return segments is not None and all(
            segment[0] in JPEG_PIXEL_MARKERS
            or ((segment[0], len(segment)) == JFIF_HEADER and segment[3:8] == b"JFIF\0")
            for segment in segments
        )
    chunks = png_chunks(data) if image_format == "PNG" else webp_chunks(data)
    return chunks is not None and set(chunks) <= PIXEL_CHUNKS[image_format]


def jpeg_segments(data: bytes) -> list[bytes] | None:
    """Each segment of a JPEG (marker byte, length, content; not the compressed pixels), or
    None if any byte lies outside them: between segments, or after the end of the image."""
    if not data.startswith(b"\xff\xd8"):
        return None
    segments, pos = [], 2
    while data[pos : pos + 1] == b"\xff":
        marker = data[pos + 1 : pos + 2]
        if marker == b"\xd9":  # end of image
            return segments if pos + 2 == len(data) else None
        end = pos + 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
        segments.append(data[pos + 1 : end])
        pos = end
        if marker == b"\xda":  # compressed pixels, up to the next marker
            pos = next_marker(data, pos)
    return None


def next_marker(data: bytes, pos: int) -> int:
    """Where compressed JPEG data ends: the first 0xFF not followed by a stuffed 0x00 or a
    restart marker (0xD0-0xD7)."""
    while (pos := data.find(b"\xff", pos)) != -1 and pos + 1 < len(data):
        if data[pos + 1] != 0 and not 0xD0 <= data[pos + 1] <= 0xD7:
            return pos
        pos += 2
    return len(data)


def png_chunks(data: bytes) -> list[bytes] | None:
    """The chunk types of a PNG, or None if anything follows its IEND chunk."""
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    chunks, pos = [], 8
    while pos + 12 <= len(data):
        chunks.append(data[pos + 4 : pos + 8])
        pos += 12 + int.from_bytes(data[pos : pos + 4], "big")  # length, type, data, CRC
        if chunks[-1] == b"IEND":
            return chunks if pos == len(data) else None
    return None


def webp_chunks(data: bytes) -> list[bytes] | None:
    """The chunk types of a WebP file, or None if anything lies outside its RIFF container."""
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return None
    if int.from_bytes(data[4:8], "little") + 8 != len(data):
        return None
    chunks, pos = [], 12
    while pos + 8 <= len(data):
        chunks.append(data[pos : pos + 4])
        size = int.from_bytes(data[pos + 4 : pos + 8], "little")
        pos += 8 + size + size % 2  # chunks are padded to an even length
    return chunks if pos == len(data) else None
