"""Images to upload in tests, real and hostile, built in memory (no binary files in git)."""

import struct
import zlib
from dataclasses import dataclass
from functools import cache
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

SCRIPT = b"<script>alert(document.cookie)</script>"
# What no stored image may contain: markup, and the camera, GPS and XMP data of the uploads.
FORBIDDEN_BYTES = (b"<script", b"<html", b"GPS", b"PhoneMaker", b"Exif", b"ns.adobe.com")


def image_bytes(fmt="JPEG", size=(800, 600), mode="RGB", color="#cc6633", **save_options):
    out = BytesIO()
    Image.new(mode, size, color).save(out, format=fmt, **save_options)
    return out.getvalue()


def image_file(fmt="JPEG", size=(800, 600), name="photo.jpg", **options) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, image_bytes(fmt, size, **options))


def jpeg_with_gps() -> SimpleUploadedFile:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x8825] = {1: "N", 2: (50.0, 51.0, 0.0), 3: "E", 4: (4.0, 21.0, 0.0)}  # GPS
    exif[0x0112] = 6  # rotated: stored sideways, shown upright
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://ns.adobe.com/"/>'
    return image_file(size=(600, 400), exif=exif, xmp=xmp, name="gps.jpg")


def jpeg_with_script_comment() -> SimpleUploadedFile:
    return image_file(comment=SCRIPT + b" GPS 50.8503 N 4.3517 E", name="comment.jpg")


def jpeg_html_polyglot() -> SimpleUploadedFile:
    """A valid JPEG carrying a page in a comment segment and after its end: a browser
    sniffing it, or a server serving it as HTML, runs the script."""
    page = b"<html><body>" + SCRIPT + b"</body></html>"
    return SimpleUploadedFile("polyglot.jpg", image_bytes(comment=page) + page)


def truncated_jpeg() -> SimpleUploadedFile:
    data = image_bytes()
    return SimpleUploadedFile("cut.jpg", data[: len(data) // 2])


@cache
def tall_strip_png() -> bytes:
    return image_bytes("PNG", (200, 199_000), mode="L", color=0)


@cache
def bomb_png() -> bytes:
    """170 KB of PNG that decodes to 6300 × 6300 pixels (119 MB in RGB)."""
    return image_bytes("PNG", (6300, 6300), color="white")


def png_claiming(width: int, height: int) -> bytes:
    """A 1-pixel PNG whose header claims `width` × `height`: refused from the header, or
    found truncated if anything tried to decode it."""
    data = bytearray(image_bytes("PNG", (1, 1)))
    data[16:24] = struct.pack(">II", width, height)  # IHDR's width and height
    data[29:33] = struct.pack(">I", zlib.crc32(data[12:29]))  # and its checksum
    return bytes(data)


@dataclass(frozen=True)
class Upload:
    name: str
    build: object  # () -> SimpleUploadedFile
    refusal: str | None  # the form error shown, or None: stored once cleaned


NOT_AN_IMAGE = "This file is not an image we can read. Use a JPEG, PNG or WebP file."
HOSTILE_UPLOADS = [
    Upload("exif-gps.jpg", jpeg_with_gps, None),
    Upload("script-comment.jpg", jpeg_with_script_comment, None),
    Upload("html-polyglot.jpg", jpeg_html_polyglot, None),
    Upload("gif-named.jpg", lambda: image_file("GIF", name="animation.jpg"), NOT_AN_IMAGE),
    Upload(
        "truncated.jpg",
        truncated_jpeg,
        "The image is incomplete or damaged. Save it again and upload the new file.",
    ),
    Upload(
        "200x199000.png",
        lambda: SimpleUploadedFile("strip.png", tall_strip_png()),
        "The image is too narrow: one side may be at most 20 times as long as the other.",
    ),
    Upload(
        "6300x6300-bomb.png",
        lambda: SimpleUploadedFile("bomb.png", bomb_png()),
        "The image has too many pixels: at most 12 megapixels for PNG.",
    ),
    Upload(
        "html-named.png",
        lambda: SimpleUploadedFile("logo.png", b"<html>" + SCRIPT + b"</html>"),
        NOT_AN_IMAGE,
    ),
    Upload(
        "logo.svg",
        lambda: SimpleUploadedFile(
            "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg">' + SCRIPT + b"</svg>"
        ),
        NOT_AN_IMAGE,
    ),
    Upload(
        "empty.jpg", lambda: SimpleUploadedFile("empty.jpg", b""), "The submitted file is empty."
    ),
]


def assert_only_pixels(data: bytes) -> None:
    """`data` is a complete JPEG, PNG or WebP image and carries nothing but its pixels."""
    with Image.open(BytesIO(data)) as image:
        assert image.format in {"JPEG", "PNG", "WEBP"}
        image.load()
        assert not image.getexif()
        assert not {"exif", "comment", "xmp", "icc_profile", "XML:com.adobe.xmp"} & set(image.info)
        assert [marker for marker, _ in getattr(image, "applist", [])] in ([], ["APP0"])  # JFIF
        assert not getattr(image, "text", None)  # PNG text chunks
    for needle in FORBIDDEN_BYTES:
        assert needle not in data, needle
