"""Error pages in the site's layout and the visitor's language, and the security headers every
response carries (issue 13, item 8 and "Also")."""

import re
from html import unescape

import pytest
from django.db import OperationalError
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

from tests.conftest import LANGUAGES
from tests.factories import TrainingFactory

BAD_REQUEST = {
    "nl": "Ongeldige aanvraag",
    "fr": "Requête incorrecte",
    "de": "Ungültige Anfrage",
    "en": "Bad request",
}
FORM_REFUSED = {
    "nl": "Het formulier kon niet worden verzonden",
    "fr": "Le formulaire n'a pas pu être envoyé",
    "de": "Das Formular konnte nicht gesendet werden",
    "en": "The form could not be sent",
}
ACCESS_DENIED = {
    "nl": "Geen toegang",
    "fr": "Accès refusé",
    "de": "Zugriff verweigert",
    "en": "Access denied",
}
SOMETHING_WENT_WRONG = {
    "nl": "Er ging iets mis",
    "fr": "Une erreur s'est produite",
    "de": "Es ist ein Fehler aufgetreten",
    "en": "Something went wrong",
}
UNAVAILABLE = {
    "nl": "Het portaal is tijdelijk niet beschikbaar",
    "fr": "Le portail est momentanément indisponible",
    "de": "Das Portal ist vorübergehend nicht erreichbar",
    "en": "The portal is temporarily unavailable",
}
# The policy public pages had before django-csp, directive for directive.
PUBLIC_CSP = {
    "default-src 'self'",
    "img-src 'self' data:",
    "style-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
}
TOO_MANY_FIELDS = "&".join(f"f{i}=1" for i in range(1001))  # DATA_UPLOAD_MAX_NUMBER_FIELDS


def assert_site_page(response, status: int, lang: str, heading: str) -> str:
    html = unescape(response.content.decode())
    assert response.status_code == status, html[:500]
    assert f'<html lang="{lang}">' in html
    assert f"<title>{heading} · Be Digital Together</title>" in html
    assert f"<h1>{heading}</h1>" in html
    # The site's own layout: skip link, header, main landmark, footer, the site's stylesheet.
    for part in ['class="skip-link"', 'class="site-header"', '<main id="main"', "site-footer"]:
        assert part in html, part
    assert "css/site.css" in html
    return html


def csp_directives(response) -> set[str]:
    return {part.strip() for part in response["Content-Security-Policy"].split(";")}


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_bad_request_is_a_translated_page_in_the_sites_layout(client, lang):
    response = client.get(f"/{lang}/trainings/?{TOO_MANY_FIELDS}")
    html = assert_site_page(response, 400, lang, BAD_REQUEST[lang])
    assert f'href="/{lang}/search/"' in html  # a way on
    assert csp_directives(response) == PUBLIC_CSP


@pytest.mark.django_db
def test_a_request_for_another_host_is_a_translated_400(client):
    response = client.get("/de/", HTTP_HOST="evil.example")
    html = assert_site_page(response, 400, "de", BAD_REQUEST["de"])
    assert "evil.example" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_form_without_its_csrf_token_gets_the_styled_403(lang):
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/{lang}/search/", {"q": "cloud"})
    html = assert_site_page(response, 403, lang, FORM_REFUSED[lang])
    assert "CSRF" not in html  # no technical jargon for visitors
    assert csp_directives(response) == PUBLIC_CSP


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_forbidden_admin_page_gets_the_styled_403(client, agency_editor, lang):
    client.force_login(agency_editor)
    response = client.get("/admin/auth/user/", HTTP_ACCEPT_LANGUAGE=lang)
    assert_site_page(response, 403, lang, ACCESS_DENIED[lang])


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_unexpected_error_is_a_translated_500(client, monkeypatch, lang):
    def broken(self, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr("bedigital.site.views.HomeView.get_context_data", broken)
    client.raise_request_exception = False
    response = client.get(f"/{lang}/")
    html = unescape(response.content.decode())
    assert response.status_code == 500
    assert f'<html lang="{lang}">' in html
    assert f"<h1>{SOMETHING_WENT_WRONG[lang]}</h1>" in html
    assert "Retry-After" not in response


@pytest.mark.django_db
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_database_error_is_a_translated_503_with_retry_after(client, monkeypatch, lang):
    def unreachable(self, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr("bedigital.site.views.HomeView.get_context_data", unreachable)
    client.raise_request_exception = False
    response = client.get(f"/{lang}/")
    assert_site_page(response, 503, lang, UNAVAILABLE[lang])
    assert int(response["Retry-After"]) > 0
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_500_page_renders_without_a_database_or_a_request(lang):
    # No django_db mark: any query would fail the test.
    with translation.override(lang):
        html = unescape(render_to_string("500.html"))
    assert f'<html lang="{lang}">' in html
    assert f"<h1>{SOMETHING_WENT_WRONG[lang]}</h1>" in html


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/en/", "/fr/trainings/", "/healthz", "/admin/login/"])
def test_every_response_denies_powerful_features_but_geolocation_for_the_site(client, path):
    policy = {
        item.split("=")[0]: item.split("=")[1]
        for item in client.get(path)["Permissions-Policy"].split(", ")
    }
    assert policy["geolocation"] == "(self)"  # "near me" may ask for the visitor's position
    for feature in ["camera", "microphone", "payment", "usb", "browsing-topics", "fullscreen"]:
        assert policy[feature] == "()", feature


@pytest.mark.django_db
def test_public_pages_keep_their_exact_csp(client):
    assert csp_directives(client.get("/nl/")) == PUBLIC_CSP
    assert csp_directives(client.get("/nl/partners/nobody/")) == PUBLIC_CSP  # a 404 too


@pytest.mark.django_db
def test_the_admin_is_under_the_same_csp_with_a_nonce_for_the_editor(client, agency_editor):
    """/admin/ sends the public policy; a form with the rich-text editor adds one nonce, on
    its import map (an inline script) and for the empty <style> that keeps Tiptap from
    injecting one, and a new one on every response."""
    assert csp_directives(client.get("/admin/login/")) == PUBLIC_CSP
    client.force_login(agency_editor)
    training = TrainingFactory(owner=agency_editor.organisations.get())
    for path in ["/admin/", "/admin/trainings/training/", "/admin/trainings/training/import/"]:
        assert csp_directives(client.get(path)) == PUBLIC_CSP, path
    nonces = set()
    for path in [
        "/admin/trainings/training/add/",
        f"/admin/trainings/training/{training.pk}/change/",
    ]:
        response = client.get(path)
        html = response.content.decode()
        nonce = re.search(r'<script type="importmap" nonce="([^"]+)">', html)[1]
        assert csp_directives(response) == {
            *PUBLIC_CSP - {"script-src 'self'", "style-src 'self'"},
            f"script-src 'self' 'nonce-{nonce}'",
            f"style-src 'self' 'nonce-{nonce}'",
        }
        assert f'src="/static/js/rich-text.js" nonce="{nonce}"' in html
        nonces.add(nonce)
    assert len(nonces) == 2


def reads_the_database(request):
    raise OperationalError("the database is away")


@pytest.mark.django_db
def test_the_503_page_survives_a_context_processor_that_needs_the_database(
    client, settings, monkeypatch
):
    engine = settings.TEMPLATES[0]
    options = engine["OPTIONS"]
    processors = [*options["context_processors"], f"{__name__}.reads_the_database"]
    settings.TEMPLATES = [{**engine, "OPTIONS": {**options, "context_processors": processors}}]
    client.raise_request_exception = False
    response = client.get("/fr/trainings/")  # the processor fails the page, then the 503's
    html = unescape(response.content.decode())
    assert response.status_code == 503
    assert '<html lang="fr">' in html and f"<h1>{UNAVAILABLE['fr']}</h1>" in html
