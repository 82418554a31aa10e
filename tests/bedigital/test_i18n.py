import re
from datetime import UTC, datetime

import pytest
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from tests.conftest import LANGUAGES
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("nl-BE,nl;q=0.9,en;q=0.5", "/nl/"),
        ("fr-BE,fr;q=0.9", "/fr/"),
        ("de-DE,de;q=0.9", "/de/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("es-ES,es;q=0.9,it;q=0.5", "/en/"),  # none of the four: English
        ("", "/en/"),
    ],
)
def test_root_redirects_by_accept_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("nl", "Meer vrouwen in digitale beroepen"),
        ("fr", "Plus de femmes dans les métiers du numérique"),
        ("de", "Mehr Frauen in digitalen Berufen"),
        ("en", "More women in digital careers"),
    ],
)
def test_home_is_rendered_in_each_language(client, lang, heading):
    response = client.get(f"/{lang}/")
    assert response.status_code == 200
    assert response["Content-Language"] == lang
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert heading in html


def test_reverse_follows_the_active_language():
    for lang in LANGUAGES:
        with translation.override(lang):
            assert reverse("partner_list") == f"/{lang}/partners/"


def test_switcher_links_to_the_same_page_with_its_query_string(client):
    html = client.get("/fr/partners/?region=wallonia&kind=training_centre").content.decode()
    switcher = html.split('class="lang-switch"')[1].split("</nav>")[0]
    links = re.findall(r'<a href="([^"]+)" hreflang="(\w+)" lang="(\w+)"', switcher)
    assert [(href, code) for href, code, _lang in links] == [
        (f"/{code}/partners/?region=wallonia&amp;kind=training_centre", code) for code in LANGUAGES
    ]
    assert all(code == lang for _href, code, lang in links)
    assert 'lang="fr" aria-current="true"' in switcher


def test_switcher_keeps_the_detail_page(client, organisation):
    html = client.get(f"/de/partners/{organisation.slug}/").content.decode()
    assert f'href="/nl/partners/{organisation.slug}/" hreflang="nl"' in html


def test_every_page_has_hreflang_alternates(client):
    html = client.get("/nl/figures/").content.decode()
    for code in LANGUAGES:
        assert (
            f'<link rel="alternate" hreflang="{code}" href="http://testserver/{code}/figures/">'
            in html
        )
    assert (
        '<link rel="alternate" hreflang="x-default" href="http://testserver/en/figures/">' in html
    )


def test_set_language_ignores_an_off_site_next(client):
    response = client.post("/i18n/setlang/", {"language": "nl", "next": "https://evil.example/"})
    assert response.status_code == 302
    assert "evil.example" not in response["Location"]


def test_missing_translation_falls_back_with_a_visible_note_and_lang(client):
    partner = OrganisationFactory(
        name_en="", name_de="", description_en="", description_de="", description_fr=""
    )
    html = client.get(f"/de/partners/{partner.slug}/").content.decode()
    # German readers fall back to French for the name, to Dutch for the description.
    assert f'<h1 lang="fr">{partner.name_fr}</h1>' in html
    assert "Dieser Text ist in Ihrer Sprache nicht verfügbar." in html
    assert "Er wird auf Niederländisch angezeigt." in html
    assert '<div class="prose" lang="nl">' in html


def test_no_fallback_note_when_the_language_exists(client, organisation):
    html = client.get(f"/nl/partners/{organisation.slug}/").content.decode()
    assert "fallback-note" not in html
    assert '<div class="prose">' in html


@pytest.mark.parametrize(
    ("lang", "shown"),
    [
        ("fr", "2 mars 2027, 18:30"),
        ("nl", "2 maart 2027, 18:30"),
        ("de", "2. März 2027, 18:30"),
        ("en", "2 March 2027, 18:30"),
    ],
)
def test_a_session_start_in_local_time_and_each_languages_form(lang, shown):
    moment = datetime(2027, 3, 2, 17, 30, tzinfo=UTC)  # 18:30 in Brussels
    template = Template(
        "{% load portal %}{{ moment|starts_at }} {{ 1234|grouped }} {{ 7|grouped }}"
    )
    with translation.override(lang):
        html = template.render(Context({"moment": moment}))
        separator = {"fr": "\xa0", "nl": ".", "de": ".", "en": ","}[lang]
    assert html == f'<time datetime="2027-03-02T18:30:00+01:00">{shown}</time> 1{separator}234 7'
