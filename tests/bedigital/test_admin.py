import pytest

from bedigital.models import SitePage
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get("/admin/bedigital/organisation/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_site_editor_edits_a_site_page_in_four_languages(client, site_editor):
    client.force_login(site_editor)
    page = SitePage.objects.get(slug="privacy")
    url = f"/admin/bedigital/sitepage/{page.pk}/change/"
    html = client.get(url).content.decode()
    for lang in ["nl", "fr", "de", "en"]:
        assert f'name="body_{lang}"' in html
    data = {
        f"{field}_{lang}": getattr(page, f"{field}_{lang}") or ""
        for field in ["title", "summary", "body"]
        for lang in ["nl", "fr", "de", "en"]
    }
    data["title_de"] = "Datenschutz (neu)"
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.title_de == "Datenschutz (neu)"
    # the three pages are fixed: no add, no delete
    assert client.get("/admin/bedigital/sitepage/add/").status_code == 403
    assert client.get(f"/admin/bedigital/sitepage/{page.pk}/delete/").status_code == 403


def test_site_editor_manages_organisations_and_figures(client, site_editor):
    client.force_login(site_editor)
    assert client.get("/admin/bedigital/organisation/add/").status_code == 200
    assert client.get("/admin/bedigital/keyfigure/add/").status_code == 200


def test_agency_editor_sees_and_edits_only_their_organisation(client, agency_editor, organisation):
    other = OrganisationFactory()
    client.force_login(agency_editor)
    listing = client.get("/admin/bedigital/organisation/").content.decode()
    assert organisation.name_en in listing
    assert other.name_en not in listing
    assert client.get(f"/admin/bedigital/organisation/{other.pk}/change/").status_code == 404
    assert client.get(f"/admin/bedigital/organisation/{organisation.pk}/change/").status_code == 200
    assert client.get("/admin/bedigital/organisation/add/").status_code == 403
    assert client.get(f"/admin/bedigital/organisation/{organisation.pk}/delete/").status_code == 403
    assert client.get("/admin/bedigital/keyfigure/").status_code == 403
    assert client.get("/admin/bedigital/sitepage/").status_code == 403


def test_organisation_needs_a_name_in_one_language(client, site_editor):
    client.force_login(site_editor)
    response = client.post(
        "/admin/bedigital/organisation/add/",
        {"slug": "nameless", "kind": "network", "region": "federal"},
    )
    assert response.status_code == 200
    assert "Fill this in in at least one language." in response.content.decode()
    response = client.post(
        "/admin/bedigital/organisation/add/",
        {"slug": "dv", "kind": "public_authority", "region": "flanders", "name_nl": "Digitaal"},
    )
    assert response.status_code == 302
