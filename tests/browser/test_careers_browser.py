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


def test_career_page_reads_at_320_px(page, demo):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo.url + "/nl/careers/data-analyst/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320
