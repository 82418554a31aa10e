"""Stories in a real browser: axe in every language, and a phone-width look."""

from pathlib import Path

import pytest

from testimonials.models import Testimonial
from tests.browser import AXE, PHONE
from tests.conftest import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-results"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_list_and_detail(page, demo, lang):
    first = Testimonial.objects.published().exclude(video_url="").first()
    fallback = Testimonial.objects.published().filter(story_en="").first() or first
    failures = {}
    for path in [
        f"/{lang}/testimonials/",
        f"/{lang}/testimonials/?sector=health&career_path=returner",
        f"/{lang}/testimonials/{first.slug}/",
        f"/{lang}/testimonials/{fallback.slug}/",
    ]:
        page.goto(demo.url + path)
        result = AXE.run(page)
        if result.violations_count:
            failures[path] = result.generate_snapshot()
    assert not failures, failures


def test_phone_width_portraits_fit_and_load_lazily(page, demo):
    page.set_viewport_size(PHONE)
    page.goto(demo.url + "/nl/testimonials/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    images = page.locator(".testimonial-card img")
    assert images.count() >= 10
    box = images.first.bounding_box()
    assert 64 <= box["width"] <= 100  # compact cards: a small round portrait beside the name
    # the browser picked a WebP rendition of a sensible width for a phone
    current = images.first.evaluate("img => img.currentSrc")
    assert current.endswith(".webp")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "testimonials-nl-390.png", full_page=True)
