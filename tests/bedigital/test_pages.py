import pytest
from django.test import Client

from bedigital.models import SitePage
from tests.conftest import LANGUAGES
from tests.factories import KeyFigureFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_home_shows_key_figures_with_their_source(client):
    KeyFigureFactory(value="19", on_home=True)
    KeyFigureFactory(key="hidden", label_en="not on the home page", on_home=False)
    html = client.get("/en/").content.decode()
    assert "19%" in html
    assert "of ICT specialists in Belgium are women" in html
    assert '<a href="https://economie.fgov.be/">FPS Economy</a>' in html
    assert "not on the home page" not in html


@pytest.mark.parametrize(
    ("lang", "value"),
    [("nl", "584.000"), ("fr", "584\u00a0000"), ("de", "584.000"), ("en", "584,000")],
)
def test_figures_are_formatted_per_locale(client, lang, value):
    KeyFigureFactory(value="584000", unit="number", label_en="unfilled jobs by 2030")
    KeyFigureFactory(key="pct", value="19.5", unit="percent")
    html = client.get(f"/{lang}/figures/").content.decode()
    assert value in html
    assert {"nl": "19,5%", "fr": "19,5\u00a0%", "de": "19,5\u00a0%", "en": "19.5%"}[lang] in html


def test_figures_page_lists_year_area_and_source(client):
    KeyFigureFactory(year=2023, area="eu", on_home=False)
    html = client.get("/fr/figures/").content.decode()
    assert "Union européenne, 2023" in html
    assert "SPF Economie" in html
    assert 'href="https://economie.fgov.be/"' in html


def test_home_empty_states_read_well(client):
    html = client.get("/nl/").content.decode()
    assert "Binnenkort publiceren we hier de kerncijfers." in html
    assert 'action="/nl/search/"' in html


def test_partner_list_and_filters(client):
    OrganisationFactory(name_en="Brussels Hub", region="brussels", kind="network")
    OrganisationFactory(name_en="Walloon Centre", region="wallonia", kind="training_centre")
    html = client.get("/en/partners/").content.decode()
    assert "Brussels Hub" in html and "Walloon Centre" in html
    assert "2 partners" in html
    html = client.get("/en/partners/?region=wallonia").content.decode()
    assert "Walloon Centre" in html and "Brussels Hub" not in html
    assert "1 partner" in html


@pytest.mark.parametrize("query", ["region=mars", "kind=%00", "region=" + "x" * 5000, "page=-1"])
def test_partner_list_ignores_bad_filter_values(client, query):
    OrganisationFactory()
    response = client.get(f"/en/partners/?{query}")
    assert response.status_code == 200
    assert "1 partner" in response.content.decode()


def test_partner_detail_shows_everything(client):
    partner = OrganisationFactory(
        name_fr="Actiris", website="https://www.actiris.brussels", email="info@example.org"
    )
    html = client.get(f"/fr/partners/{partner.slug}/").content.decode()
    assert "<h1>Actiris</h1>" in html
    assert "Centre de formation" in html  # kind label
    assert "Région de Bruxelles-Capitale" in html
    assert 'href="https://www.actiris.brussels"' in html
    assert "mailto:info@example.org" in html
    assert "Des formations gratuites pour les demandeuses d&#x27;emploi." in html


def test_unknown_slug_is_a_translated_404(client):
    response = client.get("/nl/partners/does-not-exist/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


@pytest.mark.parametrize(
    ("accept", "text"), [("de", "Seite nicht gefunden"), ("fr", "Page introuvable")]
)
def test_unknown_language_prefix_is_a_404_in_the_negotiated_language(client, accept, text):
    response = client.get("/es/partners/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html
    assert f'<html lang="{accept}">' in html
    # the switcher still offers every home page
    assert 'href="/nl/" hreflang="nl"' in html


def test_500_page_is_translated(settings):
    from django.urls import path

    def broken(request):
        raise RuntimeError("boom")

    import bedigital.urls

    settings.ROOT_URLCONF = type(
        "Urls", (), {"urlpatterns": bedigital.urls.urlpatterns + [path("boom/", broken)]}
    )
    client = Client(raise_request_exception=False)
    response = client.get("/boom/", HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 500
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert '<html lang="nl">' in html


@pytest.mark.parametrize("slug", ["about", "accessibility", "privacy"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_site_pages_exist_in_every_language(client, slug, lang):
    page = SitePage.objects.get(slug=slug)
    response = client.get(f"/{lang}/{slug}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{getattr(page, f'title_{lang}')}</h1>" in html
    assert "fallback-note" not in html


def test_accessibility_statement_follows_the_eu_model(client):
    html = client.get("/en/accessibility/").content.decode().lower()
    for part in ["compliance", "wcag 2.1", "feedback", "enforcement", "ombudsman"]:
        assert part in html


def test_site_page_body_is_sanitised_on_save(client):
    page = SitePage.objects.get(slug="about")
    page.body_en = (
        '<p onclick="x()">Hello <script>alert(1)</script><a href="javascript:x">y</a></p>'
    )
    page.save()
    page.refresh_from_db()
    assert "script" not in page.body_en and "onclick" not in page.body_en
    assert "javascript" not in page.body_en
    assert "<p>Hello" in client.get("/en/about/").content.decode()


def test_healthz(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-store" in response["Cache-Control"]


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_sitemap_lists_every_language_with_alternates(client, organisation):
    body = client.get("/sitemap.xml").content.decode()
    for lang in LANGUAGES:
        assert f"<loc>http://testserver/{lang}/partners/{organisation.slug}/</loc>" in body
    assert 'hreflang="x-default"' in body


def test_public_pages_send_a_strict_content_security_policy(client):
    csp = client.get("/en/").headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert "unsafe-inline" not in csp


def test_search_finds_partners_in_any_language(client):
    partner = OrganisationFactory(name_nl="Stad Kortrijk Digitaal", name_fr="", name_en="")
    html = client.get("/fr/search/?q=kortrijk").content.decode()
    assert f'<a href="/fr/partners/{partner.slug}/" lang="nl">Stad Kortrijk Digitaal</a>' in html
    assert "1 résultat pour «\u00a0kortrijk\u00a0»" in html


@pytest.mark.parametrize(
    "query", ["", "<script>alert(1)</script>", "' OR 1=1 --", "🦄", "a%00b", '"quoted"']
)
def test_search_survives_odd_input_and_escapes_it(client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_search_rejects_an_overlong_query_with_a_message(client):
    response = client.get("/en/search/", {"q": "a" * 5000})
    assert response.status_code == 200
    assert "Your search is too long" in response.content.decode()


def test_pages_use_a_constant_number_of_queries(client, django_assert_max_num_queries):
    def counts():
        result = {}
        for url in ["/en/", "/en/figures/", "/en/partners/", "/en/search/?q=centre"]:
            from django.db import connection
            from django.test.utils import CaptureQueriesContext

            # once first: what is kept per content version (the search's posting lists,
            # patched after a change) is read then
            assert client.get(url).status_code == 200
            with CaptureQueriesContext(connection) as ctx:
                assert client.get(url).status_code == 200
            result[url] = len(ctx.captured_queries)
        return result

    OrganisationFactory()
    KeyFigureFactory()
    few = counts()
    OrganisationFactory.create_batch(40)
    KeyFigureFactory.create_batch(20)
    assert counts() == few
    with django_assert_max_num_queries(3):
        client.get("/en/partners/")


def test_sitemap_lists_published_content_only(client):
    from tests.factories import InitiativeFactory, TestimonialFactory, TrainingFactory

    training = TrainingFactory()
    draft = TrainingFactory(status="draft")
    initiative = InitiativeFactory()
    story = TestimonialFactory()
    body = client.get("/sitemap.xml").content.decode()
    assert f"/nl/trainings/{training.slug}/</loc>" in body
    assert f"/de/initiatives/{initiative.slug}/</loc>" in body
    assert f"/fr/testimonials/{story.slug}/</loc>" in body
    assert draft.slug not in body
