"""Uploaded images: one path for every image field, and responsive renditions made once.

Every upload is decoded within fixed bounds and re-encoded before anything is stored, so no
byte of the original (EXIF/GPS, XMP, comments, colour-profile text, appended HTML) reaches the
media directory. `CleanImageField` is the model field that enforces it; its form field runs
the same path when the form is cleaned, so every refusal is a form error, never a 500.

Hand-written on Pillow rather than a thumbnail library: the portal needs one fixed set of
renditions made at save time (never per request), in WebP with a JPEG fallback, and a
validator that refuses decompression bombs before decoding. That is ~150 lines here,
whereas sorl-thumbnail/easy-thumbnails generate lazily on first request and keep their own
cache tables, and django-imagekit would still need custom processors for the validation.
"""

import warnings
from dataclasses import dataclass
from io import BytesIO
from pathlib import PurePosixPath

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

# The format is read from the content, never from the name; the stored name follows it.
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
FORMAT_NAMES = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
ACCEPT = "image/jpeg,image/png,image/webp"
MAX_BYTES = 8 * 1024 * 1024
# Read from the header, before decoding, so that the worst upload costs ~160 MB and ~1 s
# (bench/images.py). A JPEG is decoded at 1/2 to 1/8 scale when it is larger than needed
# (draft), so it can come from a 50-megapixel camera and never decode more than ~17; PNG and
# WebP decode in full (Pillow's WebP decoder keeps ~3 copies), hence lower caps.
MAX_MEGAPIXELS = {"JPEG": 50, "PNG": 12, "WEBP": 8}
# The longer side may be at most 20 × the shorter: room for a wordmark logo or a panorama,
# while a 200 × 199,000 strip, which no layout can show, is refused (and cannot starve draft).
MAX_ASPECT_RATIO = 20
# Stored images fit in this square: more than twice the widest rendition (960 px) and than
# any page shows, so an oversized upload costs the server once and never again.
MAX_SIDE = 2048
MIN_SIDE = 200  # for portraits: the smallest rendition is 320 wide
DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError)
SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
SAVE_OPTIONS = {
    "JPEG": {"quality": 85, "optimize": True, "progressive": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 85, "method": 4},
}
RENDITION_WIDTHS = (320, 640, 960)
RENDITION_FORMATS = {
    "webp": ("WEBP", {"quality": 80, "method": 4}),
    "jpg": ("JPEG", SAVE_OPTIONS["JPEG"]),
}

NOT_AN_IMAGE = _("This file is not an image we can read. Use a JPEG, PNG or WebP file.")


class CleanImage(ContentFile):
    """An image as `clean_image` re-encoded it: the only kind of file an image field stores."""


def clean_image(file, min_side: int = 1) -> CleanImage:
    """Decode the upload within fixed bounds and re-encode it: upright, at most MAX_SIDE
    pixels a side, sRGB colours, and no metadata (EXIF/GPS, XMP, comments, ICC profile)."""
    if file.size > MAX_BYTES:
        raise ValidationError(_("The image is too large: at most 8 MB."), code="too_large")
    file.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(file, formats=list(EXTENSIONS))  # reads the header only
    except (UnidentifiedImageError, Image.DecompressionBombWarning, *DECODING_ERRORS) as error:
        raise ValidationError(NOT_AN_IMAGE, code="invalid_image") from error
    with image:
        check_dimensions(image, min_side)
        try:
            clean = decode_within_bounds(image)
        except DECODING_ERRORS as error:
            raise ValidationError(
                _("The image is incomplete or damaged. Save it again and upload the new file."),
                code="damaged",
            ) from error
    out = BytesIO()
    clean.save(out, format=image.format, **SAVE_OPTIONS[image.format])
    stem = slugify(PurePosixPath(file.name or "").stem)[:60] or "image"
    return CleanImage(out.getvalue(), name=f"{stem}.{EXTENSIONS[image.format]}")


def check_dimensions(image, min_side: int) -> None:
    width, height = image.size
    if max(width, height) > MAX_ASPECT_RATIO * min(width, height):
        raise ValidationError(
            _(
                "The image is too narrow: one side may be at most %(ratio)d times as long as "
                "the other."
            )
            % {"ratio": MAX_ASPECT_RATIO},
            code="aspect_ratio",
        )
    megapixels = MAX_MEGAPIXELS[image.format]
    if width * height > megapixels * 1_000_000:
        raise ValidationError(
            _("The image has too many pixels: at most %(megapixels)d megapixels for %(format)s.")
            % {"megapixels": megapixels, "format": FORMAT_NAMES[image.format]},
            code="too_many_pixels",
        )
    if min(width, height) < min_side:
        raise ValidationError(
            _("The image is too small: at least %(min)d pixels on each side.") % {"min": min_side},
            code="too_small",
        )


def decode_within_bounds(image) -> Image.Image:
    """The pixels only, upright, in RGB or RGBA, fitted into MAX_SIDE."""
    scale = min(1, MAX_SIDE / max(image.size))
    image.draft(image.mode, (round(image.width * scale), round(image.height * scale)))
    image.load()  # a truncated or corrupt file fails here
    alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if alpha else "RGB"
    if image.mode not in ("RGB", "RGBA", "L", "CMYK"):
        image = image.convert(mode)  # palettes resize badly; odd modes not at all
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    ImageOps.exif_transpose(image, in_place=True)
    image = to_srgb(image, mode)
    image.info = {}  # nothing of the upload but its pixels is written back
    return image


def to_srgb(image, mode: str) -> Image.Image:
    """Colours from an embedded profile (a phone's Display P3, a CMYK press profile) turned
    into sRGB, so that the profile itself, which can carry any text, can be dropped."""
    profile = image.info.get("icc_profile")
    if profile and image.mode in ("RGB", "RGBA", "CMYK"):
        try:
            source = ImageCms.ImageCmsProfile(BytesIO(profile))
            return ImageCms.profileToProfile(image, source, SRGB, outputMode=mode)
        except (ImageCms.PyCMSError, OSError, ValueError):
            pass  # an unreadable profile: the colours as they are
    return image.convert(mode)


class CleanImageFormField(forms.FileField):
    """Runs `clean_image` when the form is cleaned: a refusal is a form error, and the form
    hands the model the re-encoded file, never the upload."""

    def __init__(self, *, min_side: int = 1, **kwargs):
        self.min_side = min_side
        super().__init__(**kwargs)

    def to_python(self, data):
        upload = super().to_python(data)  # no file, no name, or an empty file
        return upload and clean_image(upload, self.min_side)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = ACCEPT
        return attrs


class CleanImageField(models.ImageField):
    """An image field that stores only what `clean_image` made of an upload: through a form
    (see CleanImageFormField) or when a file is assigned in code (demo data, the shell)."""

    def __init__(self, *args, min_side: int = 1, **kwargs):
        self.min_side = min_side
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.min_side != 1:
            kwargs["min_side"] = self.min_side
        return name, path, args, kwargs

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": CleanImageFormField, "min_side": self.min_side, **kwargs}
        )

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed and not isinstance(file.file, CleanImage):
            setattr(model_instance, self.attname, clean_image(file, self.min_side))
        return super().pre_save(model_instance, add)


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
                copy.save(out, format=image_format, **options)
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
