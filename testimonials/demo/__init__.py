"""Demo stories in four languages (testimonials.json), with portraits generated here (no
binary files in git). All people are fictional; employers are generic descriptions or invented
small companies. Two stories are given in one language only (to show the fallback) and one
has a consent that expired on 2026-06-30, to show that expired consent hides a story."""

import json
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from bedigital.i18n import translated_fields, translated_values
from bedigital.models import Organisation
from bedigital.vocabularies import Status
from initiatives.models import Initiative
from testimonials.models import Testimonial
from trainings.models import Training


def demo_testimonials() -> list[dict]:
    return json.loads(Path(__file__).with_name("testimonials.json").read_text("utf-8"))


COLOURS = {  # background, text: contrast well above 4.5:1
    "orange": ("#b34a00", "#ffffff"),
    "teal": ("#0d6159", "#ffffff"),
    "plum": ("#7a1f5c", "#ffffff"),
    "blue": ("#1f4e8c", "#ffffff"),
    "green": ("#2f6b2f", "#ffffff"),
    "gold": ("#f2b33d", "#221b26"),
}
SIZE = 900


def portrait(name: str, colour: str) -> ContentFile:
    """A square illustration: initials on a coloured background with a soft circle."""
    background, ink = COLOURS[colour]
    image = Image.new("RGB", (SIZE, SIZE), background)
    draw = ImageDraw.Draw(image)
    draw.ellipse((120, 120, SIZE - 120, SIZE - 120), outline=ink, width=12)
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    font = ImageFont.load_default(size=300)
    draw.text((SIZE / 2, SIZE / 2), initials, fill=ink, font=font, anchor="mm")
    out = BytesIO()
    image.save(out, format="JPEG", quality=90)
    return ContentFile(out.getvalue(), name=f"{name}.jpg")


def load_demo() -> dict[str, tuple[int, int]]:
    organisations = {o.slug: o for o in Organisation.objects.all()}
    trainings = {t.slug: t for t in Training.objects.all()}
    initiatives = {i.slug: i for i in Initiative.objects.all()}
    now = timezone.now()
    created = 0
    testimonials = demo_testimonials()
    for index, data in enumerate(testimonials):
        defaults = {
            "owner": organisations[data["owner"]],
            "name": data["name"],
            "sector": data["sector"],
            "career_path": data["career_path"],
            "region": data["region"],
            "featured": data["featured"],
            "video_url": data["video_url"],
            "consent_date": date.fromisoformat(data["consent_date"]),
            "consent_expires": date.fromisoformat(data["consent_expires"])
            if data["consent_expires"]
            else None,
            "status": Status.PUBLISHED,
            "publication_date": now - timedelta(days=4 * index + 1),
        }
        for field in translated_fields(Testimonial):
            defaults.update(translated_values(field, data[field]))
        testimonial, was_created = Testimonial.objects.update_or_create(
            slug=data["slug"], defaults=defaults
        )
        if was_created or not testimonial.portrait:
            testimonial.portrait = portrait(data["name"], data["colour"])
            testimonial.save()
        created += was_created
        testimonial.trainings.set([trainings[slug] for slug in data["trainings"]])
        testimonial.initiatives.set(
            [initiatives[s] for s in data["initiatives"] if s in initiatives]
        )
    return {"testimonials": (created, len(testimonials))}
