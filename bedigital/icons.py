"""The site's icon as browsers and phones ask for it at fixed addresses: `/favicon.ico`
(16, 32 and 48 px) and `/apple-touch-icon.png` (180 px). Drawn once per process with Pillow
from the same shapes as `static/img/logo.svg`, so the repository holds no binary images."""

from functools import cache
from io import BytesIO

from django.http import HttpResponse
from django.views.decorators.http import require_GET
from PIL import Image, ImageDraw

PLUM, WHITE, SUN = "#7a1f5c", "#ffffff", "#f2b33d"
SCALE = 8  # drawn large, then scaled down smoothly


def mark(size: int, corner: float = 11) -> Image.Image:
    """The logo's mark on its 48-unit grid: a plum tile, a white "b" and a sun-yellow pixel."""
    unit = size * SCALE / 48
    image = Image.new("RGBA", (size * SCALE,) * 2, (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)

    def box(x, y, w, h):
        return [x * unit, y * unit, (x + w) * unit, (y + h) * unit]

    draw.rounded_rectangle(box(0, 0, 48, 48), radius=corner * unit, fill=PLUM)
    draw.rounded_rectangle(box(10, 8, 6.5, 31), radius=3.25 * unit, fill=WHITE)
    draw.ellipse(box(13.25, 17.75, 22.5, 22.5), outline=WHITE, width=round(6.5 * unit))
    draw.rounded_rectangle(box(29, 8, 9, 9), radius=2 * unit, fill=SUN)
    return image.resize((size, size), Image.Resampling.LANCZOS)


@cache
def favicon_ico() -> bytes:
    out = BytesIO()
    mark(48).save(out, format="ICO", sizes=[(16, 16), (32, 32), (48, 48)])
    return out.getvalue()


@cache
def touch_icon_png() -> bytes:
    # iOS rounds the corners itself and shows transparency as black: a full square.
    image = Image.new("RGB", (180, 180), PLUM)
    image.paste(mark(180, corner=0), (0, 0), mark(180, corner=0))
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def icon_response(content: bytes, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Cache-Control"] = "public, max-age=604800"  # a week: the address never changes
    return response


@require_GET
def favicon(request):
    return icon_response(favicon_ico(), "image/x-icon")


@require_GET
def touch_icon(request):
    return icon_response(touch_icon_png(), "image/png")
