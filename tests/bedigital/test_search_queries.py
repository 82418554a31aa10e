"""Real queries, as a job seeker types them, on the demo content: the site search and the
catalogue's keyword box answer them with the same engine (run on SQLite and PostgreSQL)."""

import re

import pytest
from django.http import QueryDict

pytestmark = pytest.mark.django_db


def catalogue(client, lang, query):
    # "liege" is read as the place: the list near Liège, with the keywords left
    html = client.get(f"/{lang}/trainings/", {"q": query}, follow=True).content.decode()
    return re.findall(rf'href="/{lang}/trainings/([\w-]+)/"', html)


@pytest.mark.parametrize("query", ["liege", "securite", "donnees", "developpeuse"])
def test_catalogue_keywords_are_accent_free_like_site_search(client, demo, query):
    assert catalogue(client, "fr", query)


def search_hrefs(client, lang, query):
    html = client.get(f"/{lang}/search/", {"q": query}).content.decode()
    found = re.findall(r'<h3 class="card-title"><a href="/\w\w/[\w-]+/([\w-]+)/"', html)
    return found, html


# (query, a slug expected among the first site-search results, or None) per language
SEARCHES = {
    "fr": [
        ("formation Liège", "wal-python-first-steps-women-liege"),
        ("cours python gratuit Liège", "wal-python-first-steps-women-liege"),
        ("python Luik", "wal-python-first-steps-women-liege"),
        ("programmation", "wal-python-first-steps-women-liege"),
        ("donnees", "bxl-data-analysis-for-women-returners"),
        ("securite", None),
        ("developpeuse", None),
        ("cybersécurité Ciney", "wal-cybersecurity-technician-ciney"),
        ("IA", "bxl-ai-literacy-self-paced"),
        ("Gand", "vl-data-analyst-bootcamp-gent"),
        ("Anvers", "vl-junior-web-developer-bootcamp-antwerpen"),
        ("interface3", "bxl-data-analysis-for-women-returners"),
        ("formations", None),
        ("cloud", "bxl-cloud-fundamentals-certification-programm"),
        ("Wallonie", None),
    ],
    "nl": [
        ("python avond", "vl-python-for-data-analysis-evening-course-ge"),
        ("python Luik", "wal-python-first-steps-women-liege"),
        ("programmeren", "wal-python-first-steps-women-liege"),
        ("opleidingen", None),
        ("gegevens", "bxl-data-analysis-for-women-returners"),
        ("cyberveiligheid", None),
        ("Gent", "vl-data-analyst-bootcamp-gent"),
        ("Brussel", None),
        ("Bergen", "wal-online-shop-workshop-women-entrepreneurs-"),
        ("Namen", "wal-digital-basics-women-job-seekers-namur"),
        ("Wallonië", None),
        ("cloud", "bxl-cloud-fundamentals-certification-programm"),
        ("AI", "bxl-ai-literacy-self-paced"),
        ("Vlaanderen", None),
        ("Antwerpen", "vl-junior-web-developer-bootcamp-antwerpen"),
    ],
    "de": [
        ("Programmieren", "wal-python-first-steps-women-liege"),
        ("Python Lüttich", "wal-python-first-steps-women-liege"),
        ("Schulungen", None),
        ("Daten", "bxl-data-analysis-for-women-returners"),
        ("Cybersicherheit", None),
        ("KI", "bxl-ai-literacy-self-paced"),
        ("Eupen", "wal-digital-refresher-women-returners-eupen"),
        ("Brüssel", None),
        ("Gent", "vl-data-analyst-bootcamp-gent"),
        ("Löwen", "vl-cybersecurity-basics-for-small-businesses-"),
        ("Wallonien", None),
        ("Flandern", None),
        ("Cloud", "bxl-cloud-fundamentals-certification-programm"),
        ("Excel", None),
        ("Entwicklerin", None),
    ],
    "en": [
        ("free python course", "wal-python-first-steps-women-liege"),
        ("python Liege", "wal-python-first-steps-women-liege"),
        ("coding", "wal-python-first-steps-women-liege"),
        ("trainings", None),
        ("data", "bxl-data-analysis-for-women-returners"),
        ("cybersecurity", None),
        ("AI", "bxl-ai-literacy-self-paced"),
        ("Ghent", "vl-data-analyst-bootcamp-gent"),
        ("Antwerp", "vl-junior-web-developer-bootcamp-antwerpen"),
        ("Brussels", None),
        ("Louvain", "vl-cybersecurity-basics-for-small-businesses-"),
        ("Wallonia", None),
        ("spreadsheet", None),
        ("developer", None),
        ("cloud", "bxl-cloud-fundamentals-certification-programm"),
    ],
}


@pytest.mark.parametrize("lang", SEARCHES)
def test_real_queries_find_what_she_means(client, demo, lang):
    failures = []
    for query, slug in SEARCHES[lang]:
        found, _html = search_hrefs(client, lang, query)
        if not found or (slug and not any(slug in f or f in slug for f in found)):
            failures.append((query, slug, found[:5]))
    assert not failures


# (language, query typed in the catalogue's keyword box, filters it becomes, keywords left,
# a training expected in the list)
CATALOGUE = [
    (
        "fr",
        "cours python gratuit Liège",
        {"cost": ["free", "free_for_job_seekers"], "near": ["Liège"]},
        "python",
        "wal-python-first-steps-women-liege",
    ),
    (
        "nl",
        "avondcursus Gent gratis",
        {"schedule": ["evening"], "cost": ["free", "free_for_job_seekers"], "near": ["Gent"]},
        "",
        None,
    ),
    (
        "nl",
        "avondcursus Gent",
        {"schedule": ["evening"], "near": ["Gent"]},
        "",
        "vl-python-for-data-analysis-evening-course-ge",
    ),
    (
        "en",
        "free python course",
        {"cost": ["free", "free_for_job_seekers"]},
        "python",
        "wal-python-first-steps-women-liege",
    ),
    (
        "de",
        "Abendkurs Python kostenlos",
        {"schedule": ["evening"], "cost": ["free", "free_for_job_seekers"]},
        "python",
        "wal-python-first-steps-women-liege",
    ),
    (
        "fr",
        "cours du soir en ligne",
        {"schedule": ["evening"], "format": ["online"]},
        "",
        "vl-ai-literacy-webinar",
    ),
    (
        "fr",
        "atelier pour femmes Wallonie",
        {"kind": ["workshop"], "women_only": ["on"], "region": ["wallonia"]},
        "",
        "wal-generative-ai-weekend-workshop-women-lieg",
    ),
    (
        "nl",
        "bootcamp Vlaanderen",
        {"kind": ["bootcamp"], "region": ["flanders"]},
        "",
        "vl-data-analyst-bootcamp-gent",
    ),
    (
        "en",
        "beginner coding for women",
        {"level": ["foundation"], "women_only": ["on"]},
        "coding",
        "wal-python-first-steps-women-liege",
    ),
    (
        "de",
        "kostenlos Programmieren Eupen",
        {"cost": ["free", "free_for_job_seekers"], "near": ["Eupen"]},
        "programmieren",
        "wal-intro-web-development-eupen",
    ),
    (
        "en",
        "free cloud course online",
        {"cost": ["free", "free_for_job_seekers"], "format": ["online"]},
        "cloud",
        None,
    ),
    (
        "nl",
        "werkzoekende vrouwen Antwerpen",
        {"audience": ["job_seekers"], "women_only": ["on"], "near": ["Antwerpen"]},
        "",
        "vl-coding-weekend-for-women-antwerpen",
    ),
    (
        "de",
        "Webinar online",
        {"kind": ["webinar"], "format": ["online"]},
        "",
        "vl-ai-literacy-webinar",
    ),
]


@pytest.mark.parametrize(("lang", "query", "filters", "keywords", "slug"), CATALOGUE)
def test_filter_words_become_filters_in_the_catalogue(
    client, demo, lang, query, filters, keywords, slug
):
    response = client.get(f"/{lang}/trainings/", {"q": query})
    assert response.status_code == 302
    moved = QueryDict(response["Location"].split("?", 1)[1])
    assert {name: moved.getlist(name) for name in filters} == filters
    assert moved["q"] == keywords
    html = client.get(response["Location"]).content.decode()
    listed = re.findall(rf'href="/{lang}/trainings/([\w-]+)/"', html)
    if slug:
        assert any(slug in found for found in listed), listed
    else:
        assert "0" in html  # an empty list, said so


def test_site_search_offers_the_filtered_catalogue_with_removable_chips(client, demo):
    _found, html = search_hrefs(client, "fr", "cours python gratuit Liège")
    assert "Gratuit" in html
    link = re.search(r'<a href="(/fr/trainings/\?[^"]+)">', html)[1].replace("&amp;", "&")
    assert "cost=free" in link and "q=python" in link and "near=Li%C3%A8ge" in link
    assert re.search(r'href="\?q=cours\+python\+liege"', html)  # the chip's ×
    assert re.search(r'href="\?q=cours\+python\+gratuit"', html)  # Liège's ×


@pytest.mark.parametrize(
    ("lang", "typo", "meant"),
    [
        ("de", "Programieren", "programmieren"),
        ("fr", "programation", "programmation"),
        ("en", "cybersecurty", "cybersecurity"),
        ("nl", "progammeren", "programmeren"),
    ],
)
def test_typos_get_a_did_you_mean_on_both_databases(client, demo, lang, typo, meant):
    found, html = search_hrefs(client, lang, typo)
    # never a dead end: results (PostgreSQL's French stemmer forgives "programation"), or
    # the corrected search offered
    assert found or f'href="?q={meant}">{meant}</a>' in html
    assert search_hrefs(client, lang, meant)[0]


@pytest.mark.parametrize(
    ("lang", "typed", "meant", "ticked", "slug"),
    [
        ("fr", "pyhton", "python", "", "wal-python-first-steps-women-liege"),
        ("de", "Programieren", "programmieren", "", "wal-python-first-steps-women-liege"),
        ("en", "cybersecurty", "cybersecurity", "", None),
        ("nl", "avondcurcus", "avondcursus", "schedule=evening", None),  # a filter word
    ],
)
def test_a_typo_in_the_catalogue_offers_the_corrected_list(
    client, demo, lang, typed, meant, ticked, slug
):
    html = client.get(f"/{lang}/trainings/", {"q": typed}).content.decode()
    found = re.search(
        rf'<a href="(/{lang}/trainings/\?[^"]+)">[^<]*{meant}[^<]*</a>\s*\((\d+)', html
    )
    assert found, html[html.find('class="alternatives"') :][:800]
    url, count = found[1].replace("&amp;", "&"), int(found[2])
    assert ticked in url
    listed = client.get(url).content.decode()
    assert len(set(re.findall(rf'href="/{lang}/trainings/([\w-]+)/"', listed)) - {"map"}) == min(
        count, 12
    )
    if slug:
        assert slug in listed


def test_the_corrected_search_keeps_the_words_it_understands(client, demo):
    _found, html = search_hrefs(client, "de", "Programieren kostenlos")
    assert 'href="?q=programmieren%20kostenlos">programmieren kostenlos</a>' in html


@pytest.mark.parametrize(
    ("lang", "query", "shown", "notice"),
    [
        ("nl", "avondcursus Gent gratis", "‘Gent’", "Niets bevat al je woorden"),
        ("de", "Abendkurs Lüttich", "„Lüttich“", "Nichts enthält alle Ihre Wörter"),
    ],
)
def test_filter_words_no_text_contains_are_read_not_required(
    client, demo, lang, query, shown, notice
):
    """ "avondcursus" names the evening filter but no text says it: rather than nothing, the
    search shows what the other words find, says so, and keeps the filters as chips."""
    found, html = search_hrefs(client, lang, query)
    assert found and shown in html and notice in html
    assert 'class="chips"' in html


@pytest.mark.parametrize(
    ("lang", "query", "near", "keywords"),
    [
        ("fr", "python Luik", "Liège", "python"),
        ("nl", "python Lüttich", "Luik", "python"),
        ("de", "Python Liège", "Lüttich", "python"),
        ("en", "python Luettich Liege", "Liège", "python luettich"),
        ("nl", "data Sint-Niklaas", "Sint-Niklaas", "data"),  # a name of two words
        ("fr", "informatique La Louvière", "La Louvière", "informatique"),
    ],
)
def test_a_place_she_names_becomes_near_that_place_in_her_language(
    client, demo, lang, query, near, keywords
):
    response = client.get(f"/{lang}/trainings/", {"q": query})
    moved = QueryDict(response["Location"].split("?", 1)[1])
    assert (moved["near"], moved["q"]) == (near, keywords)
    html = client.get(response["Location"]).content.decode()
    chips = re.findall(r'<li>([^<]*) <a href="\?([^"]*)">', html.split('class="chips"')[1])
    # a removable chip, its × dropping the place
    assert any(near in label and "near=" not in without for label, without in chips), chips


@pytest.mark.parametrize(
    "query", ["cours pour adultes de 50 ans", "spa wellness", "python", "excel as a beginner"]
)
def test_words_that_are_also_municipalities_stay_keywords(client, demo, query):
    response = client.get("/en/trainings/", {"q": query})
    if response.status_code == 302:
        assert "near=" not in response["Location"]


def test_a_place_already_chosen_is_kept(client, demo):
    response = client.get("/fr/trainings/", {"q": "python gratuit Gent", "near": "4000"})
    moved = QueryDict(response["Location"].split("?", 1)[1])
    assert moved["near"] == "4000" and moved["q"] == "python gent"
