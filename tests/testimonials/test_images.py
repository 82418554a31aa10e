"""Portrait uploads: validation, metadata stripping, renditions."""

from io import BytesIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from bedigital.images import RENDITION_WIDTHS, validate_image
from tests.factories import TestimonialFactory

pytestmark = pytest.mark.django_db


def image_file(fmt="JPEG", size=(800, 600), name="photo.jpg", **save_options) -> SimpleUploadedFile:
    out = BytesIO()
    Image.new("RGB", size, "#cc6633").save(out, format=fmt, **save_options)
    return SimpleUploadedFile(name, out.getvalue())


def jpeg_with_gps() -> SimpleUploadedFile:
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x8825] = {1: "N", 2: (50.0, 51.0, 0.0), 3: "E", 4: (4.0, 21.0, 0.0)}  # GPS
    exif[0x0112] = 6  # rotated: stored sideways, shown upright
    return image_file(size=(600, 400), exif=exif)


def test_a_real_jpeg_png_or_webp_is_accepted():
    for fmt in ["JPEG", "PNG", "WEBP"]:
        validate_image(image_file(fmt))


@pytest.mark.parametrize(
    ("upload", "code"),
    [
        (SimpleUploadedFile("cv.jpg", b"%PDF-1.4 not an image"), "invalid_image"),
        (image_file("GIF", name="anim.jpg"), "wrong_format"),
        (image_file(size=(120, 120)), "too_small"),
    ],
)
def test_bad_uploads_are_refused_with_a_reason(upload, code):
    with pytest.raises(ValidationError) as error:
        validate_image(upload)
    assert error.value.code == code


def test_oversized_file_is_refused():
    upload = SimpleUploadedFile("huge.jpg", b"\xff\xd8" + b"0" * (8 * 1024 * 1024 + 1))
    with pytest.raises(ValidationError) as error:
        validate_image(upload)
    assert error.value.code == "too_large"


def test_decompression_bomb_is_refused_before_decoding():
    # A tiny PNG that claims 30000 × 30000 pixels: its header alone gives it away.
    out = BytesIO()
    Image.new("1", (30000, 30000)).save(out, format="PNG")
    assert len(out.getvalue()) < 200_000
    with pytest.raises(ValidationError) as error:
        validate_image(SimpleUploadedFile("bomb.png", out.getvalue()))
    assert error.value.code in {"too_many_pixels", "invalid_image"}


def test_stored_portrait_has_no_exif_or_gps_and_is_upright():
    upload = jpeg_with_gps()
    with Image.open(upload) as original:
        assert original.getexif().get(0x8825)  # the upload really carries GPS
    upload.seek(0)
    testimonial = TestimonialFactory(portrait=upload)
    with default_storage.open(testimonial.portrait.name) as stored, Image.open(stored) as image:
        assert not image.getexif()
        assert "exif" not in image.info
        assert image.size == (400, 600)  # orientation applied, then the tag dropped
    assert (testimonial.portrait_width, testimonial.portrait_height) == (400, 600)


def test_renditions_are_made_once_in_webp_and_jpeg():
    testimonial = TestimonialFactory(portrait=image_file(size=(1200, 1500)))
    webp, jpeg = testimonial.webp_renditions, testimonial.jpeg_renditions
    assert [r.width for r in jpeg] == list(RENDITION_WIDTHS)
    assert [r.height for r in webp] == [400, 800, 1200]
    for rendition, fmt in [*((r, "WEBP") for r in webp), *((r, "JPEG") for r in jpeg)]:
        name = rendition.url.removeprefix("/media/")
        with default_storage.open(name) as file, Image.open(file) as image:
            assert image.format == fmt
            assert image.size == (rendition.width, rendition.height)
    # saving again without a new upload does not redo them
    before = default_storage.get_modified_time(jpeg[0].url.removeprefix("/media/"))
    testimonial.featured = True
    testimonial.save()
    assert default_storage.get_modified_time(jpeg[0].url.removeprefix("/media/")) == before


def test_small_originals_are_not_upscaled():
    testimonial = TestimonialFactory(portrait=image_file(size=(500, 500)))
    assert [r.width for r in testimonial.jpeg_renditions] == [320, 500, 500]


def test_admin_refuses_a_fake_image_with_a_message(client, site_editor):
    client.force_login(site_editor)
    response = client.post(
        "/admin/testimonials/testimonial/add/",
        {"portrait": SimpleUploadedFile("me.jpg", b"<?php echo 1; ?>"), "name": "X"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Upload a valid image" in html or "not an image we can read" in html
