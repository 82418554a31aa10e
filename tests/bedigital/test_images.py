"""Every uploaded image, in every image field, goes through one validated, re-encoded path."""

from io import BytesIO

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.urls import reverse
from django.utils.html import escape
from PIL import Image, ImageCms

from bedigital.images import MAX_SIDE, clean_image
from bedigital.models import Organisation
from tests import factories
from tests.admin_forms import admin_form_data
from tests.images import (
    HOSTILE_UPLOADS,
    assert_only_pixels,
    image_bytes,
    image_file,
    jpeg_with_gps,
    png_claiming,
    truncated_jpeg,
)

pytestmark = pytest.mark.django_db

# Found, not listed: an image or file field added later is tested without editing this file.
UPLOAD_FIELDS = sorted(
    (
        field
        for model in apps.get_models()
        for field in model._meta.fields
        if isinstance(field, models.FileField)
    ),
    key=str,
)
ITEM_FACTORIES = {
    factory._meta.model: factory
    for factory in (factories.InitiativeFactory, factories.TestimonialFactory)
}


def item_of(organisation, model):
    """An item of `model` the organisation's agency editor may change."""
    if model is Organisation:
        return organisation
    assert model in ITEM_FACTORIES, f"add a factory for {model.__name__} to ITEM_FACTORIES"
    return ITEM_FACTORIES[model](owner=organisation)


def stored_files(field) -> list[str]:
    try:
        return sorted(default_storage.listdir(field.upload_to)[1])
    except FileNotFoundError:
        return []


def test_the_project_has_image_fields_to_test():
    assert {str(field) for field in UPLOAD_FIELDS} >= {
        "bedigital.Organisation.logo",
        "initiatives.Initiative.image",
        "testimonials.Testimonial.portrait",
    }


@pytest.mark.parametrize("role", ["site_editor", "agency_editor"])
@pytest.mark.parametrize("upload", HOSTILE_UPLOADS, ids=lambda upload: upload.name)
@pytest.mark.parametrize("field", UPLOAD_FIELDS, ids=str)
def test_a_hostile_upload_is_refused_or_stored_as_pixels_only(
    client, request, organisation, role, upload, field
):
    client.force_login(request.getfixturevalue(role))
    item = item_of(organisation, field.model)
    opts = field.model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[item.pk])
    name_before, files_before = getattr(item, field.attname).name, stored_files(field)
    data = admin_form_data(client.get(url), **{field.name: upload.build()})
    alt = f"{field.name}_alt_en"  # an image needs its description
    if hasattr(item, alt) and not data.get(alt):
        data[alt] = "A description"

    response = client.post(url, data)

    item.refresh_from_db()
    stored = getattr(item, field.attname)
    if upload.refusal:
        assert response.status_code == 200
        assert escape(upload.refusal) in response.content.decode()
        assert stored.name == name_before
        assert stored_files(field) == files_before
    else:
        assert response.status_code == 302, response.context["adminform"].form.errors
        assert stored.name != name_before
        with stored.open("rb") as file:
            assert_only_pixels(file.read())


def test_the_file_input_offers_only_the_accepted_formats(client, site_editor, organisation):
    client.force_login(site_editor)
    html = client.get(f"/admin/bedigital/organisation/{organisation.pk}/change/").content
    assert b'accept="image/jpeg,image/png,image/webp"' in html


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP"])
def test_each_accepted_format_is_re_encoded_in_its_own_format(fmt):
    original = image_bytes(fmt)
    clean = clean_image(SimpleUploadedFile("Logo Final (2).upload", original))
    assert clean.name == "logo-final-2." + {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[fmt]
    assert clean.read() != original  # never the original bytes
    with Image.open(clean) as image:
        assert (image.format, image.size) == (fmt, (800, 600))


def test_the_format_comes_from_the_content_not_the_name():
    # A PNG named .jpg is stored as what it is; a GIF named .jpg is refused (the admin test).
    assert clean_image(image_file("PNG", name="logo.jpg")).name == "logo.png"


@pytest.mark.parametrize(
    ("mode", "options"),
    [("RGBA", {}), ("P", {"transparency": 0}), ("LA", {})],
)
def test_a_transparent_logo_keeps_its_transparency(mode, options):
    image = Image.new("RGBA", (300, 100), (0, 0, 0, 0))  # transparent background
    image.paste((200, 30, 60, 255), (100, 0, 200, 100))  # an opaque block in the middle
    out = BytesIO()
    image.convert(mode).save(out, format="PNG", **options)
    clean = clean_image(SimpleUploadedFile("logo.png", out.getvalue()))
    with Image.open(clean) as stored:
        stored = stored.convert("RGBA")
        assert stored.getpixel((10, 50))[3] == 0
        assert stored.getpixel((150, 50))[3] == 255


def test_metadata_of_every_kind_is_dropped():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    for upload in [
        jpeg_with_gps(),
        image_file("PNG", name="x.png", icc_profile=profile, exif=Image.Exif()),
        image_file("WEBP", name="x.webp", icc_profile=profile, xmp=b"<x:xmpmeta GPS/>"),
        image_file(name="icc.jpg", icc_profile=profile),
    ]:
        assert_only_pixels(clean_image(upload).read())


def test_the_colours_of_a_profiled_image_survive_without_the_profile():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    upload = image_file("PNG", name="x.png", color=(200, 30, 60), icc_profile=profile)
    with Image.open(clean_image(upload)) as image:
        assert "icc_profile" not in image.info
        assert all(
            abs(a - b) <= 2 for a, b in zip(image.getpixel((5, 5)), (200, 30, 60), strict=True)
        )


def test_an_upright_image_is_stored_upright():
    with Image.open(clean_image(jpeg_with_gps())) as image:
        assert image.size == (400, 600)  # orientation applied, then the tag dropped


def test_a_large_photo_is_stored_at_most_max_side():
    upload = image_file(size=(5000, 3000), name="camera.jpg")
    with Image.open(clean_image(upload)) as image:
        assert image.size == (MAX_SIDE, round(3000 * MAX_SIDE / 5000))


def test_a_sixteen_bit_png_is_accepted():
    upload = image_file("PNG", name="scan.png", mode="I;16", color=40000)
    with Image.open(clean_image(upload)) as image:
        assert image.mode == "RGB"


@pytest.mark.parametrize(
    ("upload", "code"),
    [
        (SimpleUploadedFile("huge.jpg", b"\xff\xd8" + b"0" * (8 * 1024 * 1024 + 1)), "too_large"),
        (image_file("PNG", size=(4000, 3001), name="big.png", mode="1"), "too_many_pixels"),
        (image_file("WEBP", size=(3000, 2700), name="big.webp"), "too_many_pixels"),
        (image_file("GIF", name="anim.gif"), "invalid_image"),
        (SimpleUploadedFile("cv.jpg", b"%PDF-1.4 not an image"), "invalid_image"),
        (image_file(size=(50, 1001)), "aspect_ratio"),
    ],
)
def test_bad_uploads_are_refused_with_a_reason(upload, code):
    with pytest.raises(ValidationError) as error:
        clean_image(upload)
    assert error.value.code == code


@pytest.mark.parametrize(
    ("width", "height", "code"),
    [(6300, 6300, "too_many_pixels"), (30_000, 30_000, "invalid_image"), (300, 300, "damaged")],
)
def test_a_decompression_bomb_is_refused_from_its_header(width, height, code):
    # Headers claiming more pixels than they hold: a decoder would find them truncated.
    with pytest.raises(ValidationError) as error:
        clean_image(SimpleUploadedFile("bomb.png", png_claiming(width, height)))
    assert error.value.code == code


def test_a_file_assigned_in_code_is_cleaned_too():
    organisation = factories.OrganisationFactory()
    upload = jpeg_with_gps()
    organisation.logo = ContentFile(upload.read(), name="gps.jpg")
    organisation.save()
    with organisation.logo.open("rb") as file:
        assert_only_pixels(file.read())
    organisation.logo = ContentFile(image_bytes("GIF"), name="animation.jpg")
    with pytest.raises(ValidationError):
        organisation.save()


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("nl", "De afbeelding is onvolledig of beschadigd."),
        ("fr", "L'image est incomplète ou endommagée."),
        ("de", "Das Bild ist unvollständig oder beschädigt."),
        ("en", "The image is incomplete or damaged."),
    ],
)
def test_a_refusal_is_explained_in_the_editors_language(
    client, agency_editor, organisation, lang, message
):
    client.force_login(agency_editor)
    url = f"/admin/bedigital/organisation/{organisation.pk}/change/"
    data = admin_form_data(client.get(url), logo=truncated_jpeg())
    response = client.post(url, data, HTTP_ACCEPT_LANGUAGE=lang)
    assert response.status_code == 200
    assert escape(message) in response.content.decode()
