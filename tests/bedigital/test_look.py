"""The look and the language of the public site (issue 17): icons at their fixed addresses,
the compact header, filters as a disclosure with removable chips landing on the results,
language notes on cards, Belgian-English dates, French elision, plain levels, one Dutch
register."""

import re
from datetime import datetime
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from PIL import Image

from bedigital.i18n import elide
from tests.conftest import LANGUAGES
from tests.factories import (
    OrganisationFactory,
    SessionFactory,
    TestimonialFactory,
    TrainingFactory,
)

pytestmark = pytest.mark.django_db

BRUSSELS = ZoneInfo("Europe/Brussels")


def test_favicon_ico_and_touch_icon_are_served_at_their_fixed_addresses(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    icon = Image.open(BytesIO(response.content))
    assert icon.format == "ICO"
    assert {(16, 16), (32, 32), (48, 48)} <= icon.info["sizes"]
    response = client.get("/apple-touch-icon.png")
    touch = Image.open(BytesIO(response.content))
    assert (touch.format, touch.size) == ("PNG", (180, 180))
    assert "max-age" in response["Cache-Control"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_links_the_icons_and_the_logo(client, lang):
    html = client.get(f"/{lang}/").content.decode()
    assert '<link rel="icon" href="/favicon.ico"' in html
    assert '<link rel="apple-touch-icon" href="/apple-touch-icon.png">' in html
    assert "img/logo.svg" in html and "img/hero.svg" in html


@pytest.mark.parametrize(
    ("lang", "menu", "search"),
    [
        ("nl", "Menu", "Zoeken"),
        ("fr", "Menu", "Rechercher"),
        ("de", "Menü", "Suchen"),
        ("en", "Menu", "Search"),
    ],
)
def test_header_menu_and_search_are_disclosures_and_languages_stay_outside(
    client, lang, menu, search
):
    html = client.get(f"/{lang}/trainings/").content.decode()
    header = html[html.index('<header class="site-header">') : html.index("</header>")]
    nav = header[header.index('<details class="toggle nav-toggle">') :]
    assert nav.startswith(
        f'<details class="toggle nav-toggle">\n          <summary>{menu}</summary>'
    )
    assert 'class="main-nav"' in nav.split("</details>")[0]
    finder = header[header.index('<details class="toggle search-toggle">') :].split("</details>")[0]
    assert f"<summary>{search}</summary>" in finder and 'id="header-q"' in finder
    languages = header[: header.index("<details")]
    assert languages.count('hreflang="') == 4  # one tap away, never behind the menu


FILTER = {"nl": "Filteren (3)", "fr": "Filtrer (3)", "de": "Filtern (3)", "en": "Filter (3)"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_applied_filters_are_counted_and_removable_chips_landing_on_the_results(client, lang):
    TrainingFactory(cost="free", format="online", title_en="Data for everyone")
    html = client.get(f"/{lang}/trainings/?cost=free&format=online&q=data").content.decode()
    assert f"<summary>{FILTER[lang]}</summary>" in html
    assert f'action="/{lang}/trainings/#results"' in html
    assert '<section class="results" id="results"' in html
    assert html.count('<button type="submit"') == 3  # header search, filters top and bottom
    chips = html[html.index('<ul class="chips">') : html.index("</ul>", html.index("chips"))]
    removals = re.findall(r'<a href="\?([^"]*)">', chips)
    assert sorted(removals) == sorted(
        [
            "format=online&amp;q=data#results",
            "cost=free&amp;q=data#results",
            "cost=free&amp;format=online#results",
        ]
    )
    assert f'href="/{lang}/trainings/#results">' in html  # clear all


def test_chips_say_each_filter_in_the_visitors_words(client):
    html = client.get("/fr/trainings/?cost=free&q=data&near=1000&within=10").content.decode()
    chips = html[html.index('<ul class="chips">') : html.index("</ul>", html.index("chips"))]
    assert "<li>Gratuit <a" in chips
    assert "Mots-clés : data" in chips  # French spacing before the colon
    assert "Près de 1000 Bruxelles · 10 km" in chips  # the place as the list found it
    assert 'href="?cost=free&amp;q=data#results"' in chips  # near goes with its radius
    assert "Retirer le filtre « Gratuit »" in chips
    plain = client.get("/fr/trainings/").content.decode()
    assert '<ul class="chips">' not in plain and "<summary>Filtrer</summary>" in plain


def test_unknown_values_and_defaults_make_no_chip(client):
    html = client.get("/en/trainings/?when=current&within=25&near=&q=").content.decode()
    assert '<ul class="chips">' not in html and "<summary>Filter</summary>" in html
    html = client.get("/en/trainings/?cost=nonsense").content.decode()
    assert '<ul class="chips">' not in html
    assert "Unknown values were ignored: nonsense" in html


def test_search_page_renders_its_understood_words_with_the_same_chips(client):
    TrainingFactory(cost="free")
    html = client.get("/fr/search/?q=cours+python+gratuit").content.decode()
    chips = html[html.index('<ul class="chips">') :]
    assert re.search(r'<li>Gratuit <a href="\?q=cours\+python">', chips)
    assert "Rechercher sans « Gratuit »" in chips


def test_pagination_lands_on_the_results(client):
    for _ in range(13):
        TrainingFactory()
    html = client.get("/en/trainings/").content.decode()
    assert 'href="?page=2#results"' in html


@pytest.mark.parametrize(
    ("lang", "note"),
    [("fr", "(en néerlandais)"), ("de", "(auf Niederländisch)"), ("en", "(in Dutch)")],
)
def test_a_title_in_another_language_says_so_on_cards(client, lang, note):
    TrainingFactory(title_fr="", title_de="", title_en="", title_nl="Leren coderen in Gent")
    html = client.get(f"/{lang}/trainings/").content.decode()
    title = re.search(r'<a href="[^"]+" lang="nl">Leren coderen in Gent</a>(.{0,80})', html)
    assert title, "the Dutch title carries lang=nl"
    assert f'<small class="lang-note">{note}</small>' in title[1]
    assert '<small class="lang-note">' not in client.get("/nl/trainings/").content.decode()


def test_english_dates_follow_british_conventions(client):
    training = TrainingFactory(sessions=[])
    start = datetime(2027, 3, 9, 18, 30, tzinfo=BRUSSELS)
    SessionFactory(training=training, start=start)
    card = client.get("/en/trainings/").content.decode()
    assert ">9 March 2027, 18:30</time>" in card
    assert "a.m." not in card and "p.m." not in card and "Mar." not in card


def test_french_elides_before_a_name(client):
    actiris = OrganisationFactory(name_fr="Actiris")
    forem = OrganisationFactory(name_fr="Le Forem")
    one = TrainingFactory(provider=actiris)
    two = TrainingFactory(provider=forem)
    assert (
        "S'inscrire auprès d'Actiris" in client.get(f"/fr/trainings/{one.slug}/").content.decode()
    )
    assert "S'inscrire auprès du Forem" in client.get(f"/fr/trainings/{two.slug}/").content.decode()
    assert (
        "Register with Training centre" in client.get(f"/en/trainings/{one.slug}/").content.decode()
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la vidéo de Amina", "la vidéo d'Amina"),
        ("auprès de Interface3", "auprès d'Interface3"),
        ("auprès de Bruxelles Formation", "auprès de Bruxelles Formation"),
        ("auprès de Les Ateliers", "auprès des Ateliers"),
        ("à Le Forem", "au Forem"),
        ("près de Hasselt", "près de Hasselt"),
    ],
)
def test_elide(text, expected):
    assert elide(text, "fr") == expected
    assert elide(text, "nl") == text


@pytest.mark.parametrize(
    ("lang", "plain", "term"),
    [
        ("fr", "Débutant", "DigComp : fondamental, niveaux 1 et 2"),
        ("nl", "Beginner", "DigComp: basis, niveaus 1–2"),
        ("de", "Einstieg", "DigComp: Grundstufe, Niveaus 1–2"),
        ("en", "Beginner", "DigComp: foundation, levels 1–2"),
    ],
)
def test_levels_are_plain_first_with_the_digcomp_term_as_detail(client, lang, plain, term):
    training = TrainingFactory(level="foundation")
    card = client.get(f"/{lang}/trainings/").content.decode()
    assert f"<dd>{plain}</dd>" in card
    detail = client.get(f"/{lang}/trainings/{training.slug}/").content.decode()
    assert f'{plain} <small class="lang-note">({term})</small>' in detail


def test_dutch_catalog_says_je_never_u():
    catalog = Path(settings.BASE_DIR, "locale/nl/LC_MESSAGES/django.po").read_text("utf-8")
    active = catalog.split("\n#~ ")[0]
    translations = re.findall(r'^msgstr(?:\[\d\])? "(.*)"\n((?:".*"\n)*)', active, re.M)
    texts = [first + "".join(re.findall(r'"(.*)"', rest)) for first, rest in translations]
    formal = [text for text in texts if re.search(r"\b(u|uw|U|Uw)\b", text)]
    assert not formal
    assert sum(bool(re.search(r"\bje\b", text)) for text in texts) > 30  # the parse works


def test_a_story_without_a_photo_shows_a_drawn_person(client):
    TestimonialFactory(portrait=None, name="Nadia Lambert")
    html = client.get("/en/testimonials/").content.decode()
    card = html[html.index("Nadia Lambert") - 600 : html.index("Nadia Lambert")]
    assert re.search(r'<img class="portrait" src="/static/img/portrait\.svg" alt=""', card)


def test_a_price_is_said_with_the_languages_colon(client):
    TrainingFactory(cost="paid", price="45")
    assert "<dd>Payant : 45\u00a0€</dd>" in client.get("/fr/trainings/").content.decode()
    assert "<dd>Paid: €45</dd>" in client.get("/en/trainings/").content.decode()
