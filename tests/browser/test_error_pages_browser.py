"""axe-core on the error pages (400, 403 after a refused form, 500, 503) in every language."""

import pytest
from django.db import OperationalError

from tests.browser import AXE
from tests.conftest import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TOO_MANY_FIELDS = "&".join(f"f{i}=1" for i in range(1001))


def failing_home(monkeypatch, error):
    def get_context_data(self, **kwargs):
        raise error

    monkeypatch.setattr("bedigital.site.views.HomeView.get_context_data", get_context_data)


def assert_accessible(page, lang, status, response):
    assert response.status == status
    assert page.locator("html").get_attribute("lang") == lang
    result = AXE.run(page)
    assert not result.violations_count, result.generate_snapshot()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_the_error_pages(page, live_server, monkeypatch, lang):
    response = page.goto(f"{live_server.url}/{lang}/trainings/?{TOO_MANY_FIELDS}")
    assert_accessible(page, lang, 400, response)

    page.goto(f"{live_server.url}/{lang}/")
    with page.expect_navigation() as refused:  # a form without its CSRF token
        page.evaluate(
            """() => { const form = document.createElement("form");
            form.method = "post"; form.action = location.pathname + "search/";
            document.body.append(form); form.submit(); }"""
        )
    assert_accessible(page, lang, 403, refused.value)

    failing_home(monkeypatch, OperationalError("the database is away"))
    assert_accessible(page, lang, 503, page.goto(f"{live_server.url}/{lang}/"))

    failing_home(monkeypatch, RuntimeError("a bug"))
    assert_accessible(page, lang, 500, page.goto(f"{live_server.url}/{lang}/"))
