"""Every public page, HTML + CSS + JS, stays within 60 KB uncompressed (a cheap phone on a
slow connection), measured on the demo content in each language."""

import re

import pytest
from django.contrib.staticfiles import finders

from initiatives.models import Initiative
from testimonials.models import Testimonial
from trainings.models import Training

pytestmark = pytest.mark.django_db

BUDGET = 60 * 1024
ASSETS = re.compile(
    r'<link rel="stylesheet" href="/static/([^"]+)"|<script[^>]+src="/static/([^"]+)"'
)


def page_weight(client, url) -> tuple[int, int]:
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assets = [css or js for css, js in ASSETS.findall(html)]
    asset_bytes = sum(len(open(finders.find(path), "rb").read()) for path in assets)
    return len(response.content), asset_bytes


@pytest.mark.parametrize("lang", ["nl", "fr", "de", "en"])
def test_every_page_type_fits_the_budget(client, demo, lang):
    training = Training.objects.published().filter(has_sessions=True).first()
    urls = [
        f"/{lang}/",
        f"/{lang}/trainings/",
        f"/{lang}/trainings/?when=all",
        f"/{lang}/trainings/{training.slug}/",
        f"/{lang}/initiatives/",
        f"/{lang}/initiatives/{Initiative.objects.published().first().slug}/",
        f"/{lang}/testimonials/",
        f"/{lang}/testimonials/{Testimonial.objects.published().first().slug}/",
        f"/{lang}/partners/",
        f"/{lang}/figures/",
        f"/{lang}/about/",
        f"/{lang}/search/?q=data",
        f"/{lang}/support/",
        f"/{lang}/support/what-can-i-get/?region=wallonia&situation=job_seeker&children=yes",
        f"/{lang}/women-entrepreneurs/",
    ]
    over = {}
    for url in urls:
        html, assets = page_weight(client, url)
        assert assets > 10_000  # the stylesheet is counted
        if html + assets > BUDGET:
            over[url] = html + assets
    assert not over, over
