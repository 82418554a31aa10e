"""manage.py reencode_images: the files stored before every upload took one re-encoding path
(byte for byte, metadata and appended markup included) are passed through it once."""

import struct
import zlib
from dataclasses import dataclass
from io import BytesIO, StringIO
from pathlib import PurePosixPath

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image, ImageCms, PngImagePlugin

from bedigital.images import CleanImageField, make_renditions
from bedigital.management.commands import reencode_images
from bedigital.management.commands.reencode_images import rendition_names
from bedigital.models import Organisation
from tests import factories
from tests.images import (
    NOT_AN_IMAGE,
    SCRIPT,
    assert_only_pixels,
    image_bytes,
    jpeg_html_polyglot,
    jpeg_with_gps,
    jpeg_with_script_comment,
    truncated_jpeg,
)

pytestmark = pytest.mark.django_db

SRGB_PROFILE = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()

# Found, not listed: an image field added later is tested without editing this file.
IMAGE_FIELDS = sorted(
    (
        field
        for model in apps.get_models()
        for field in model._meta.fields
        if isinstance(field, CleanImageField) and field.model is model
    ),
    key=str,
)
ITEM_FACTORIES = {
    factory._meta.model: factory
    for factory in (factories.InitiativeFactory, factories.TestimonialFactory)
}


def png_with_text_chunks() -> bytes:
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", SCRIPT.decode())
    info.add_text("GPS", "50.8503 N 4.3517 E", zip=True)  # zTXt
    info.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>" + SCRIPT.decode(), lang="en")
    return image_bytes("PNG", pnginfo=info)


def png_with_private_chunk() -> bytes:
    """A chunk no decoder reads (so Pillow shows nothing of it), holding a page."""
    data, kind = image_bytes("PNG"), b"htMl"
    body = b"<html>" + SCRIPT + b"</html>"
    chunk = struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    return data[:-12] + chunk + data[-12:]  # before IEND


@dataclass(frozen=True)
class StoredFile:
    name: str
    data: bytes
    extension: str | None  # of the clean file; None: fails validation, left in place
    reason: str = ""


STORED_BEFORE_THE_PIPELINE = [
    StoredFile("exif-gps.jpg", jpeg_with_gps().read(), ".jpg"),
    StoredFile("script-comment.jpg", jpeg_with_script_comment().read(), ".jpg"),
    StoredFile("html-polyglot.jpg", jpeg_html_polyglot().read(), ".jpg"),
    StoredFile("html-appended.jpg", image_bytes() + b"<html>" + SCRIPT, ".jpg"),
    StoredFile("icc-profile.jpg", image_bytes(icc_profile=SRGB_PROFILE), ".jpg"),
    StoredFile("private-chunk.png", png_with_private_chunk(), ".png"),
    StoredFile("text-chunks.png", png_with_text_chunks(), ".png"),
    StoredFile("png-named.jpg", image_bytes("PNG"), ".png"),  # a new name: the format's
    StoredFile(
        "truncated.jpg",
        truncated_jpeg().read(),
        None,
        "The image is incomplete or damaged. Save it again and upload the new file.",
    ),
    StoredFile("gif-named.jpg", image_bytes("GIF"), None, NOT_AN_IMAGE),
]
CLEANABLE = [stored for stored in STORED_BEFORE_THE_PIPELINE if stored.extension]
FAILING = [stored for stored in STORED_BEFORE_THE_PIPELINE if not stored.extension]


def new_item(field):
    """A fresh row of the field's model (an item comes with a clean portrait, if it has one)."""
    owner = factories.OrganisationFactory()
    return owner if field.model is Organisation else ITEM_FACTORIES[field.model](owner=owner)


def has_renditions(item, field) -> bool:
    return hasattr(item, f"{field.name}_renditions")


def store_as_before_the_pipeline(field, stored: StoredFile):
    """A row whose field points at `stored`, written straight into storage as uploads were
    before every upload was re-encoded (and its renditions made from it, comments and all)."""
    item = new_item(field)
    name = default_storage.save(f"{field.upload_to}{stored.name}", ContentFile(stored.data))
    field.model._base_manager.filter(pk=item.pk).update(**{field.attname: name})
    if has_renditions(item, field):
        try:
            make_renditions(name)
        except OSError:
            pass  # a truncated file had none
    item.refresh_from_db()
    return item


def stored_state(items_and_fields) -> list[tuple[str, bytes]]:
    state = []
    for item, field in items_and_fields:
        item.refresh_from_db()
        name = getattr(item, field.attname).name
        with default_storage.open(name) as file:
            state.append((name, file.read()))
    return state


@pytest.fixture
def reencode(django_capture_on_commit_callbacks):
    """Runs the command as an operator would; returns its output and its error output."""

    def run(*args):
        out, err = StringIO(), StringIO()
        with django_capture_on_commit_callbacks(execute=True):
            call_command("reencode_images", *args, stdout=out, stderr=err)
        return out.getvalue(), err.getvalue()

    return run


def test_every_image_field_is_found():
    assert (
        {str(field) for field in reencode_images.image_fields()}
        == {str(field) for field in IMAGE_FIELDS}
        >= {
            "bedigital.Organisation.logo",
            "initiatives.Initiative.image",
            "testimonials.Testimonial.portrait",
        }
    )


@pytest.mark.parametrize("stored", CLEANABLE, ids=lambda stored: stored.name)
@pytest.mark.parametrize("field", IMAGE_FIELDS, ids=str)
def test_a_file_stored_before_the_pipeline_is_replaced_by_its_clean_encoding(
    reencode, field, stored
):
    item = store_as_before_the_pipeline(field, stored)
    old_name = getattr(item, field.attname).name
    old_renditions = {name for name in rendition_names(old_name) if default_storage.exists(name)}

    out, err = reencode()

    assert out.endswith("1 cleaned, 0 unchanged, 0 failed\n"), out
    assert "cleaned: " + old_name in out and not err
    item.refresh_from_db()
    image = getattr(item, field.attname)
    assert image.name != old_name and image.name.startswith(field.upload_to)
    assert PurePosixPath(image.name).suffix == stored.extension
    with image.open("rb") as file:
        data = file.read()
    assert_only_pixels(data)
    assert not default_storage.exists(old_name)
    if field.width_field:
        with Image.open(BytesIO(data)) as clean:
            assert (item.portrait_width, item.portrait_height) == clean.size
    if has_renditions(item, field):
        assert old_renditions  # the stale ones, made from the original with its metadata
        replaced = old_renditions & rendition_names(image.name)  # "a.jpg", "a.png": one stem
        assert not any(default_storage.exists(name) for name in old_renditions - replaced)
        for name in rendition_names(image.name):
            with default_storage.open(name) as file:
                assert_only_pixels(file.read())


@pytest.mark.parametrize("stored", FAILING, ids=lambda stored: stored.name)
@pytest.mark.parametrize("field", IMAGE_FIELDS, ids=str)
def test_a_file_that_fails_validation_is_reported_and_left_in_place(reencode, field, stored):
    item = store_as_before_the_pipeline(field, stored)
    name = getattr(item, field.attname).name

    out, err = reencode()

    assert f"failed: {name} ({field}, pk {item.pk}): {stored.reason}" in err
    assert "0 cleaned" in out and out.endswith(" 1 failed\n")
    item.refresh_from_db()
    assert getattr(item, field.attname).name == name
    with default_storage.open(name) as file:
        assert file.read() == stored.data


def test_a_missing_file_is_reported(reencode):
    organisation = factories.OrganisationFactory(logo="logos/gone.jpg")

    out, err = reencode()

    assert (
        f"failed: logos/gone.jpg (bedigital.Organisation.logo, pk {organisation.pk}): "
        "the file cannot be read (No such file or directory)." in err
    )
    organisation.refresh_from_db()
    assert organisation.logo.name == "logos/gone.jpg"


@pytest.fixture
def every_file_in_every_field():
    return [
        (store_as_before_the_pipeline(field, stored), field)
        for field in IMAGE_FIELDS
        for stored in STORED_BEFORE_THE_PIPELINE
    ]


def test_a_dry_run_writes_nothing(reencode, every_file_in_every_field):
    before = stored_state(every_file_in_every_field)
    media_before = sorted(default_storage.listdir("portraits/renditions")[1])

    out, err = reencode("--dry-run")

    assert stored_state(every_file_in_every_field) == before
    assert sorted(default_storage.listdir("portraits/renditions")[1]) == media_before
    fields, cleanable, failing = len(IMAGE_FIELDS), len(CLEANABLE), len(FAILING)
    assert out.endswith(
        f"{fields * cleanable} to clean, 0 unchanged, {fields * failing} failed"
        " (dry run: nothing written)\n"
    )
    assert err.count("failed: ") == fields * failing


def test_a_second_run_changes_nothing(reencode, every_file_in_every_field):
    reencode()
    after_first_run = stored_state(every_file_in_every_field)
    media = sorted(default_storage.listdir("portraits/renditions")[1])

    out, err = reencode()

    assert stored_state(every_file_in_every_field) == after_first_run
    assert sorted(default_storage.listdir("portraits/renditions")[1]) == media
    fields, cleanable, failing = len(IMAGE_FIELDS), len(CLEANABLE), len(FAILING)
    assert out == f"0 cleaned, {fields * cleanable} unchanged, {fields * failing} failed\n"


@pytest.mark.parametrize(
    "upload",
    [
        image_bytes("JPEG", (3000, 2000)),  # stored at MAX_SIDE
        image_bytes("PNG", mode="RGBA", color=(200, 30, 60, 128)),
        image_bytes("WEBP", mode="RGBA", color=(200, 30, 60, 128)),  # VP8X and ALPH chunks
        image_bytes("WEBP"),
    ],
    ids=["jpeg", "png-alpha", "webp-alpha", "webp"],
)
def test_an_image_stored_by_the_pipeline_is_left_as_it_is(reencode, upload):
    organisation = factories.OrganisationFactory()
    organisation.logo = ContentFile(upload, name="logo.upload")
    organisation.save()  # the pipeline
    before = stored_state([(organisation, Organisation._meta.get_field("logo"))])

    out, err = reencode()

    assert out == "0 cleaned, 1 unchanged, 0 failed\n" and not err
    assert stored_state([(organisation, Organisation._meta.get_field("logo"))]) == before


def test_an_editors_save_during_the_run_wins(reencode, monkeypatch):
    logo = Organisation._meta.get_field("logo")
    organisation = store_as_before_the_pipeline(logo, STORED_BEFORE_THE_PIPELINE[0])
    name = organisation.logo.name
    clean_image = reencode_images.clean_image

    def an_editor_saves_meanwhile(file, min_side):
        editing = Organisation.objects.get(pk=organisation.pk)
        editing.website = "https://edited.example"
        editing.save()
        return clean_image(file, min_side)

    monkeypatch.setattr(reencode_images, "clean_image", an_editor_saves_meanwhile)

    out, err = reencode()

    assert f"skipped: {name} (bedigital.Organisation.logo, pk {organisation.pk})" in out
    assert out.endswith(
        "0 cleaned, 0 unchanged, 0 failed, 1 skipped (edited during the run: run again)\n"
    )
    organisation.refresh_from_db()
    assert (organisation.website, organisation.logo.name) == ("https://edited.example", name)
    assert default_storage.exists(name)
