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
from PIL import Image, ImageDraw

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


SKIN = ["#f1c7a5", "#d9a27c", "#b97a55", "#8d5a3b", "#5f3a24"]
HAIR = ["#2a1a22", "#4a2c1d", "#7a4a2a", "#b8862f", "#1b1b1b"]


def portrait(name: str, colour: str) -> ContentFile:
    """A square illustrated bust, so that a story without a photo still shows a person: skin,
    hair and hairstyle vary with the name, the background and top with the story's colour."""
    background, ink = COLOURS[colour]
    seed = sum(name.encode())
    skin, hair = SKIN[seed % len(SKIN)], HAIR[(seed // 5) % len(HAIR)]
    style = (seed // 25) % 3  # long hair, a bun, short curls
    image = Image.new("RGB", (SIZE, SIZE), background)
    draw = ImageDraw.Draw(image)
    c = SIZE / 2
    draw.ellipse((c - 330, SIZE - 90, c + 330, SIZE + 330), fill=ink)  # shoulders
    draw.ellipse((c - 300, SIZE - 200, c + 300, SIZE + 300), fill=ink)
    if style == 0:  # long hair behind the head
        draw.rounded_rectangle((c - 190, 190, c + 190, 700), radius=150, fill=hair)
    if style == 1:  # a bun on top
        draw.ellipse((c - 80, 110, c + 80, 260), fill=hair)
    draw.rounded_rectangle((c - 60, 520, c + 60, 700), radius=50, fill=skin)  # neck
    draw.ellipse((c - 150, 220, c + 150, 600), fill=skin)  # face
    if style == 2:  # short curls all round the top
        for x in range(-160, 161, 64):
            draw.ellipse((c + x - 60, 170, c + x + 60, 300), fill=hair)
    else:  # a fringe swept to one side
        draw.chord((c - 165, 190, c + 165, 470), 180, 360, fill=hair)
    for x in (-55, 55):  # eyes and a smile
        draw.ellipse((c + x - 14, 400, c + x + 14, 428), fill="#2a1a22")
    draw.arc((c - 50, 430, c + 50, 510), 20, 160, fill="#2a1a22", width=10)
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
