"""Uploaded images: validated, stripped of metadata, and rendered once in responsive sizes.

Hand-written on Pillow rather than a thumbnail library: the portal needs one fixed set of
renditions made at save time (never per request), in WebP with a JPEG fallback, and a
validator that refuses decompression bombs before decoding. That is ~100 lines here,
whereas sorl-thumbnail/easy-thumbnails generate lazily on first request and keep their own
cache tables, and django-imagekit would still need custom processors for the validation.
"""

import warnings
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP"}
MAX_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 40_000_000  # 40 megapixels: far above any camera portrait, far below a bomb
MIN_SIDE = 200
RENDITION_WIDTHS = (320, 640, 960)
RENDITION_FORMATS = {"webp": ("WEBP", {"quality": 80, "method": 4}), "jpg": ("JPEG", {})}
JPEG_OPTIONS = {"quality": 85, "optimize": True, "progressive": True}


def validate_image(file):
    """A real JPEG, PNG or WebP image of sensible size, checked before it is decoded."""
    if getattr(file, "_committed", False):
        return  # the stored image, checked when it was uploaded: the form did not replace it
    if file.size > MAX_BYTES:
        raise ValidationError(_("The image is too large: at most 8 MB."), code="too_large")
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(file) as image:  # reads the header only
                image_format, (width, height) = image.format, image.size
                if width * height > MAX_PIXELS:
                    raise ValidationError(
                        _("The image has too many pixels: at most 40 megapixels."),
                        code="too_many_pixels",
                    )
                image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as error:  # fmt: skip
        raise ValidationError(
            _("This file is not an image we can read. Use a JPEG, PNG or WebP file."),
            code="invalid_image",
        ) from error
    finally:
        file.seek(0)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(
            _("Use a JPEG, PNG or WebP image (this one is %(format)s).") % {"format": image_format},
            code="wrong_format",
        )
    if min(width, height) < MIN_SIDE:
        raise ValidationError(
            _("The image is too small: at least %(min)d pixels on each side.") % {"min": MIN_SIDE},
            code="too_small",
        )


def clean_image_bytes(file) -> tuple[bytes, str]:
    """Re-encode the upload: turned upright, without EXIF/GPS or any other metadata."""
    file.seek(0)
    with Image.open(file) as image:
        image_format = image.format
        upright = ImageOps.exif_transpose(image)
        if image_format == "JPEG":
            upright = upright.convert("RGB")
        out = BytesIO()
        # Saving without exif=/icc_profile=/pnginfo= drops every metadata block.
        upright.save(out, format=image_format, **(JPEG_OPTIONS if image_format == "JPEG" else {}))
    extension = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[image_format]
    return out.getvalue(), extension


@dataclass(frozen=True)
class Rendition:
    url: str
    width: int
    height: int


def rendition_name(original: str, width: int, extension: str) -> str:
    path = PurePosixPath(original)
    return str(path.parent / "renditions" / f"{path.stem}-{width}.{extension}")


def make_renditions(original: str) -> None:
    """Write every width × format once, next to the original (called when it changes)."""
    with default_storage.open(original) as file, Image.open(file) as image:
        image = image.convert("RGB")
        for width in RENDITION_WIDTHS:
            copy = image.copy()
            copy.thumbnail((width, width * 4))
            for extension, (image_format, options) in RENDITION_FORMATS.items():
                out = BytesIO()
                extra = JPEG_OPTIONS if image_format == "JPEG" else options
                copy.save(out, format=image_format, **extra)
                name = rendition_name(original, width, extension)
                default_storage.delete(name)
                default_storage.save(name, ContentFile(out.getvalue()))


def renditions(original: str, width: int, height: int, extension: str) -> list[Rendition]:
    """The renditions of an image, computed from its stored size (no file access)."""
    result = []
    for target in RENDITION_WIDTHS:
        scale = min(1, target / width, target * 4 / height)  # as `thumbnail` does
        result.append(
            Rendition(
                default_storage.url(rendition_name(original, target, extension)),
                round(width * scale),
                round(height * scale),
            )
        )
    return result
