"""Portraits: stored upright without metadata, renditions made once (the checks every
uploaded image goes through are in tests/bedigital/test_images.py)."""

from io import BytesIO

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from bedigital.images import RENDITION_WIDTHS
from tests.factories import TestimonialFactory
from tests.images import assert_only_pixels, image_file, jpeg_with_gps

pytestmark = pytest.mark.django_db


def test_stored_portrait_and_its_renditions_carry_only_pixels_and_stand_upright():
    upload = jpeg_with_gps()
    with Image.open(upload) as original:
        assert original.getexif().get(0x8825)  # the upload really carries GPS
    upload.seek(0)
    testimonial = TestimonialFactory(portrait=upload)
    with default_storage.open(testimonial.portrait.name) as stored:
        data = stored.read()
    assert_only_pixels(data)
    with Image.open(BytesIO(data)) as image:
        assert image.size == (400, 600)  # orientation applied, then the tag dropped
    assert (testimonial.portrait_width, testimonial.portrait_height) == (400, 600)
    for rendition in [*testimonial.webp_renditions, *testimonial.jpeg_renditions]:
        with default_storage.open(rendition.url.removeprefix("/media/")) as file:
            assert_only_pixels(file.read())


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
    assert "This file is not an image we can read. Use a JPEG, PNG or WebP file." in html
