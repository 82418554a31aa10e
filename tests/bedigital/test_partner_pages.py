"""/partners/ grows with the partners: it shows them 24 at a time, with page links that keep
the filters, in every language."""

import re

import pytest

from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def names(html: str) -> list[str]:
    return re.findall(r"Training centre \d+", html)


def test_partners_come_in_pages_that_keep_the_filters(client):
    OrganisationFactory.create_batch(30, region="wallonia")
    OrganisationFactory(region="flanders")
    first = client.get("/en/partners/?region=wallonia").content.decode()
    assert "30 partners" in first
    assert len(set(names(first))) == 24
    assert 'href="?region=wallonia&amp;page=2' in first
    second = client.get("/en/partners/?region=wallonia&page=2").content.decode()
    assert len(set(names(second))) == 6
    assert not set(names(first)) & set(names(second))
    assert 'aria-current="page"' in second


@pytest.mark.parametrize(
    ("lang", "heading", "next_link"),
    [
        ("fr", "25 partenaires", "Suivant"),
        ("nl", "25 partners", "Volgende"),
        ("de", "25 Partner", "Weiter"),
        ("en", "25 partners", "Next"),
    ],
)
def test_pages_in_every_language(client, lang, heading, next_link):
    OrganisationFactory.create_batch(25)
    html = client.get(f"/{lang}/partners/").content.decode()
    assert heading in html and next_link in html


def test_a_page_out_of_range_shows_the_last_one(client):
    OrganisationFactory.create_batch(26)
    response = client.get("/en/partners/?page=99")
    assert response.status_code == 200
    assert len(set(names(response.content.decode()))) == 2
