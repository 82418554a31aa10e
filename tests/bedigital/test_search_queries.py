"""Real queries, as a job seeker types them, on the demo content: the site search and the
catalogue's keyword box answer them with the same engine (run on SQLite and PostgreSQL)."""

import re

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(settings):
    settings.DEBUG = True
    call_command("load_demo_data", stdout=open("/dev/null", "w"))


def catalogue(client, lang, query):
    html = client.get(f"/{lang}/trainings/", {"q": query}).content.decode()
    return re.findall(rf'href="/{lang}/trainings/([\w-]+)/"', html)


@pytest.mark.parametrize("query", ["liege", "securite", "donnees", "developpeuse"])
def test_catalogue_keywords_are_accent_free_like_site_search(client, demo, query):
    assert catalogue(client, "fr", query)
