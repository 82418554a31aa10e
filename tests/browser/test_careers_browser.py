"""Careers, figures and the self-assessment in Debian's Chromium: axe-core on every new page
type in four languages. Run with `pytest -m browser`."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

from tests.conftest import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE = Axe()


@pytest.fixture
def demo(live_server):
    call_command("load_demo_data", force=True, stdout=open("/dev/null", "w"))
    return live_server


def page_types(lang):
    return [
        f"/{lang}/careers/",
        f"/{lang}/careers/?shortage=german_community&no_degree=on",
        f"/{lang}/careers/data-analyst/",
        f"/{lang}/figures/",
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_career_pages(page, demo, lang):
    failures = {}
    for path in page_types(lang):
        response = page.goto(demo.url + path)
        assert response.status == 200, path
        assert page.locator("html").get_attribute("lang") == lang
        result = AXE.run(page)
        if result.violations_count:
            failures[path] = result.generate_snapshot()
    assert not failures, failures


@pytest.mark.parametrize("path", ["/nl/careers/data-analyst/", "/fr/figures/"])
def test_pages_read_at_320_px_with_tables_open(page, demo, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo.url + path)
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
