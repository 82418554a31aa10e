"""axe on the initiative repository, list and detail, in every language."""

import pytest

from initiatives.models import Initiative
from tests.browser import AXE
from tests.conftest import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_list_and_detail(page, demo, lang):
    first = Initiative.objects.published().first()
    fallback = Initiative.objects.published().filter(title_en="").first() or first
    failures = {}
    for path in [
        f"/{lang}/initiatives/",
        f"/{lang}/initiatives/?category=entrepreneurship&status=ongoing&technology=ai",
        f"/{lang}/initiatives/?category=nonsense",
        f"/{lang}/initiatives/{first.slug}/",
        f"/{lang}/initiatives/{fallback.slug}/",
    ]:
        page.goto(demo.url + path)
        result = AXE.run(page)
        if result.violations_count:
            failures[path] = result.generate_snapshot()
    assert not failures, failures
