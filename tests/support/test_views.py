"""The guide's pages in four languages, "What can I get?" with good and bad answers, the
women entrepreneurs' page, and the editors' view of ageing facts."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from bedigital.vocabularies import Status
from tests.conftest import LANGUAGES
from tests.factories import InitiativeFactory, TrainingFactory

from .factories import SupportFactory

ALL = ("brussels", "flanders", "wallonia", "german_community")
QUESTIONS_TITLE = {
    "nl": "Waar heb ik recht op?",
    "fr": "À quoi ai-je droit ?",
    "de": "Worauf habe ich Anspruch?",
    "en": "What can I get?",
}
AGENCY_DECIDES = {
    "nl": "beslist of je ze krijgt",
    "fr": "décide si vous l’obtenez",
    "de": "entscheidet, ob Sie sie erhalten",
    "en": "decides whether you get it",
}


def card_links(html):
    return re.findall(r'class="card-title"><a href="([^"]+)"', html)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_list_and_detail_in_each_language(client, db, lang):
    support = SupportFactory(slug="forem", regions=["wallonia"], gives_fr="Une indemnité.")
    SupportFactory(slug="draft", status=Status.DRAFT)
    html = client.get(f"/{lang}/support/").content.decode()
    assert QUESTIONS_TITLE[lang] in html
    assert card_links(html) == [f"/{lang}/support/forem/"]
    assert getattr(support, f"title_{lang}") in html
    detail = client.get(f"/{lang}/support/forem/")
    assert detail.status_code == 200
    html = detail.content.decode()
    assert AGENCY_DECIDES[lang] in html
    assert 'href="https://www.example.be/support"' in html
    assert "/trainings/?region=wallonia" in html or "/trainings/" in html
    assert client.get(f"/{lang}/support/draft/").status_code == 404


def test_a_text_missing_in_her_language_says_so(client, db):
    SupportFactory(slug="nl-only", title_fr="", title_de="", title_en="", title_nl="Kinderopvang")
    html = client.get("/fr/support/nl-only/").content.decode()
    assert '<h1 lang="nl">Kinderopvang</h1>' in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_job_seeker_in_wallonia_with_a_child_sees_what_she_may_get(client, db, lang):
    SupportFactory(slug="forem", regions=["wallonia"])
    SupportFactory(slug="forem-childcare", regions=["wallonia"], needs_children=True)
    SupportFactory(slug="vdab", regions=["flanders"])
    query = "region=wallonia&situation=job_seeker&children=yes&goal=train"
    html = client.get(f"/{lang}/support/what-can-i-get/?{query}").content.decode()
    assert card_links(html) == [f"/{lang}/support/forem/", f"/{lang}/support/forem-childcare/"]
    assert html.count('href="https://www.example.be/support"') == 2  # each official page
    assert AGENCY_DECIDES[lang] in html
    # then the trainings where it applies: her region, free for her
    assert f'href="/{lang}/trainings/?region=wallonia&amp;free_for=job_seeker"' in html
    no_child = query.replace("children=yes", "children=no")
    html = client.get(f"/{lang}/support/what-can-i-get/?{no_child}").content.decode()
    assert card_links(html) == [f"/{lang}/support/forem/"]


@pytest.mark.parametrize(
    "query",
    [
        "region=mars&situation=job_seeker",
        "region=wallonia",
        "situation=astronaut&region=wallonia",
        "region=wallonia&situation=job_seeker&age=abc",
        "region=wallonia&situation=job_seeker&age=7",
        "region=wallonia&situation=job_seeker&age=99999999999999999999",
        "region=wallonia&situation=job_seeker&children=maybe",
        "region=wallonia&situation=job_seeker&goal=%00",
        "region=" + "x" * 5000,
        "region=wallonia&region=flanders&situation=job_seeker&situation=",
    ],
)
def test_bad_answers_are_form_errors_not_error_pages(client, db, query):
    SupportFactory(regions=["wallonia"])
    response = client.get(f"/fr/support/what-can-i-get/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Veuillez répondre aux questions indiquées ci-dessous." in html
    assert 'class="form-error"' in html
    assert not card_links(html)


def test_the_questions_alone_ask_without_errors(client, db):
    html = client.get("/de/support/what-can-i-get/").content.decode()
    assert "Wo wohnen Sie?" in html and 'class="form-error"' not in html
    assert '<form class="questions" method="get"' in html  # a shareable URL, no JavaScript


@pytest.mark.parametrize("count", [2, 12])
def test_constant_queries(client, db, count, django_assert_max_num_queries):
    for _ in range(count):
        SupportFactory(regions=ALL, situations=["job_seeker", "founder"], goals=["business"])
        InitiativeFactory(category="entrepreneurship")
        TrainingFactory(audiences=["entrepreneurs"])
    query = "region=wallonia&situation=job_seeker&children=no"
    for path in [
        "/en/support/",
        f"/en/support/what-can-i-get/?{query}",
        "/en/women-entrepreneurs/",
    ]:
        client.get(path)  # first: what is read once per content version (the terms)
        with django_assert_max_num_queries(12):
            assert client.get(path).status_code == 200


def test_women_entrepreneurs_shows_current_networks_only(client, db):
    InitiativeFactory(category="entrepreneurship", title_en="Founders circle", end_date=None)
    InitiativeFactory(
        category="entrepreneurship",
        title_en="A project that ended",
        start_date=date(2023, 1, 1),
        end_date=date(2025, 6, 30),
    )
    InitiativeFactory(category="awareness", title_en="A campaign")
    SupportFactory(slug="loan", situations=["founder"], goals=["business"], title_en="A loan")
    SupportFactory(slug="leave", situations=["employed"], title_en="Training leave")
    html = client.get("/en/women-entrepreneurs/").content.decode()
    assert "Founders circle" in html
    assert "A project that ended" not in html and "A campaign" not in html
    assert "A loan" in html and "Training leave" not in html


def test_women_entrepreneurs_hides_an_initiative_withdrawn_from_the_public(client, db):
    InitiativeFactory(category="entrepreneurship", title_en="Archived", status=Status.ARCHIVED)
    InitiativeFactory(
        category="entrepreneurship",
        title_en="Later",
        publication_date=timezone.now() + timedelta(days=2),
    )
    html = client.get("/en/women-entrepreneurs/").content.decode()
    assert "Archived" not in html and "Later" not in html


@pytest.mark.parametrize("lang", LANGUAGES)
def test_women_entrepreneurs_in_each_language(client, db, lang):
    response = client.get(f"/{lang}/women-entrepreneurs/")
    assert response.status_code == 200
    assert f'href="/{lang}/women-entrepreneurs/" aria-current="page"' in response.content.decode()


def test_site_editors_see_facts_ageing(client, site_editor):
    SupportFactory(title_en="Old facts", verified_on=timezone.localdate() - timedelta(days=200))
    SupportFactory(title_en="Fresh facts", verified_on=timezone.localdate() - timedelta(days=10))
    client.force_login(site_editor)
    html = client.get("/admin/support/support/?verified=old").content.decode()
    assert "Old facts" in html and "Fresh facts" not in html
    html = client.get("/admin/support/support/").content.decode()
    assert html.count('class="badge-stale"') == 1
    assert client.get("/admin/support/support/add/").status_code == 200


def test_agency_editors_do_not_edit_the_guide(client, agency_editor, organisation):
    support = SupportFactory(provider=organisation)
    client.force_login(agency_editor)
    assert client.get("/admin/support/support/").status_code == 403
    assert client.get(f"/admin/support/support/{support.pk}/change/").status_code in {403, 404}


def test_search_finds_support_in_every_language(client, db):
    from bedigital.search import index_many
    from bedigital.support.models import Support

    SupportFactory(title_nl="Opleidingscheques", title_fr="Chèques-formation")
    index_many(Support.objects.all())
    assert "Opleidingscheques" in client.get("/nl/search/?q=opleidingscheques").content.decode()
    assert "Chèques-formation" in client.get("/fr/search/?q=cheques").content.decode()


def test_a_site_editor_changes_a_rule_and_the_answers_follow(client, site_editor):
    """The rules are data: ticking "German-speaking Community" in the admin is enough."""
    from tests.admin_forms import admin_form_data

    support = SupportFactory(slug="adg-allowance", regions=["wallonia"])
    query = "/en/support/what-can-i-get/?region=german_community&situation=job_seeker"
    assert not card_links(client.get(query).content.decode())
    client.force_login(site_editor)
    url = f"/admin/support/support/{support.pk}/change/"
    response = client.post(url, admin_form_data(client.get(url), in_german_community="on"))
    assert response.status_code == 302, response.content.decode()[:3000]
    support.refresh_from_db()
    assert support.in_german_community and support.in_wallonia
    client.logout()
    assert card_links(client.get(query).content.decode()) == ["/en/support/adg-allowance/"]


def test_a_site_editor_marks_facts_verified_today(client, site_editor):
    old = SupportFactory(verified_on=timezone.localdate() - timedelta(days=300))
    client.force_login(site_editor)
    response = client.post(
        "/admin/support/support/",
        {"action": "mark_verified", "_selected_action": [old.pk]},
    )
    assert response.status_code == 302
    old.refresh_from_db()
    assert old.verified_on == timezone.localdate() and not old.verified_long_ago


def test_the_guide_is_in_the_sitemap(client, db):
    support = SupportFactory(slug="forem")
    SupportFactory(slug="draft-support", status=Status.DRAFT)
    body = client.get("/sitemap.xml").content.decode()
    for lang in LANGUAGES:
        for path in ["support/", "support/what-can-i-get/", "women-entrepreneurs/"]:
            assert f"<loc>http://testserver/{lang}/{path}</loc>" in body
        assert f"<loc>http://testserver/{lang}/support/{support.slug}/</loc>" in body
    assert "draft-support" not in body


def test_women_entrepreneurs_lists_upcoming_networking_events_only(client, db):
    from bedigital.events.models import Event, EventKind
    from tests.factories import OrganisationFactory

    def event(slug, title, days, kind=EventKind.MEETUP):
        start = timezone.now() + timedelta(days=days)
        return Event.objects.create(
            owner=OrganisationFactory(),
            kind=kind,
            slug=slug,
            status=Status.PUBLISHED,
            publication_date=timezone.now() - timedelta(days=1),
            start=start,
            end=start + timedelta(hours=2),
            online=True,
            title_en=title,
            summary_en="Meet other founders.",
        )

    event("founders-drinks", "Founders drinks", 5)
    event("last-year", "A meetup that is over", -30)
    event("cloud-webinar", "Cloud webinar", 5, kind=EventKind.WEBINAR)
    html = client.get("/en/women-entrepreneurs/").content.decode()
    assert "Founders drinks" in html
    assert "A meetup that is over" not in html and "Cloud webinar" not in html
    assert 'href="/en/agenda/"' in html
