"""Every public page type runs the same number of SQL queries, at most 12, with 10 and with
500 items of each kind (the items generated as `generate_scale_data` does for benchmarks)."""

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from initiatives.models import Initiative
from testimonials.models import Testimonial
from trainings.models import Training

pytestmark = pytest.mark.django_db

MAX_QUERIES = 12
# Pages whose count depends on what the first page shows, within a bound, not on the data size.
VARIES = {
    "search": "a query per kind of result on the page: trainings, initiatives, …",
    "search, understood": "the same, and a count per list the filters apply to",
}
PAGES = {
    "home": "/fr/",
    "catalogue": "/fr/trainings/",
    "catalogue, 3 filters": "/fr/trainings/?region=brussels&format=onsite&technology=programming",
    "catalogue, week and level": "/nl/trainings/?day=tue&day=thu&part=evening&level=foundation",
    "catalogue, near": "/fr/trainings/?near=1000&within=25&or_online=on",
    "catalogue, keywords": "/fr/trainings/?q=donn%C3%A9es",
    "catalogue, sorted, page 2": "/de/trainings/?sort=title&page=2&when=all",
    "catalogue calendar": "/fr/trainings/calendar.ics?cost=free",
    "training": "training",
    "initiatives": "/en/initiatives/",
    "initiatives, 2 facets": "/en/initiatives/?category=education&level=foundation",
    "initiatives export": "/en/initiatives/export.csv?category=education",
    "initiative": "initiative",
    "stories": "/fr/testimonials/",
    "story": "story",
    "partners": "/fr/partners/",
    "partner": "partner",
    "figures": "/fr/figures/",
    "search": "/fr/search/?q=donn%C3%A9es",
    "search, trainings": "/fr/search/?q=donn%C3%A9es&type=training",
    "search, understood": "/fr/search/?q=cours+python+gratuit+Li%C3%A8ge",
    "search suggestions": "/nl/search/suggestions/",
    "about": "/fr/about/",
    "sitemap": "/sitemap.xml",
}


def queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
        assert response.status_code == 200, url
        if response.streaming:
            b"".join(response.streaming_content)
    # Planner settings around a search (`wordindex.along_the_indexes`: SET, RESET) read nothing
    return len([q for q in context.captured_queries if not q["sql"].startswith(("SET ", "RESET "))])


def measure() -> dict[str, int]:
    training = Training.objects.published().filter(has_sessions=True).order_by("pk").first()
    initiative = Initiative.objects.published().order_by("pk").first()
    story = Testimonial.objects.published().order_by("pk").first()
    urls = {
        "training": f"/fr/trainings/{training.slug}/",
        "initiative": f"/en/initiatives/{initiative.slug}/",
        "story": f"/fr/testimonials/{story.slug}/",
        "partner": f"/fr/partners/{training.owner.slug}/",
    }
    client = Client()
    # What a process reads once (the municipalities' names) or once per content version (a
    # list's facet index) is read by a first request: counted are the requests after it.
    for url in PAGES.values():
        client.get(urls.get(url, url))
    return {name: queries(client, urls.get(url, url)) for name, url in PAGES.items()}


def generate(**counts) -> None:
    if connection.vendor == "postgresql":  # a command has no statement timeout, unlike the
        with connection.cursor() as cursor:  # requests measured before on this connection
            cursor.execute("SET statement_timeout = 0")
    call_command("generate_scale_data", stdout=io.StringIO(), **counts)


@pytest.fixture(scope="module")
def counts(module_db):
    generate(trainings=10, initiatives=10, testimonials=10, organisations=10)
    small = measure()
    generate(trainings=490, initiatives=490, testimonials=490, organisations=40)
    return small, measure()


@pytest.mark.parametrize("page", PAGES)
def test_queries_per_page_do_not_grow_with_the_data(counts, page):
    small, large = counts
    assert large[page] <= MAX_QUERIES and small[page] <= MAX_QUERIES, (small[page], large[page])
    if page in VARIES:
        return
    assert large[page] == small[page], (
        f"{page}: {small[page]} with 10 items, {large[page]} with 500"
    )
