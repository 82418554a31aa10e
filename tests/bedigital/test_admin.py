import pytest

from bedigital.models import SitePage
from bedigital.vocabularies import Status
from testimonials.models import Testimonial
from tests import factories
from tests.factories import OrganisationFactory, TrainingFactory

TestimonialFactory = factories.TestimonialFactory

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


def test_list_edit_naming_another_agencys_or_a_deleted_item_is_refused(
    client, agency_editor, organisation
):
    mine = TestimonialFactory(owner=organisation, featured=False)
    theirs = TestimonialFactory(owner=OrganisationFactory(), featured=False)
    gone = TestimonialFactory(owner=organisation)
    gone_pk = gone.pk
    gone.delete()
    client.force_login(agency_editor)
    for pk in (theirs.pk, gone_pk, "not-a-number"):
        data = {
            "form-TOTAL_FORMS": 1,
            "form-INITIAL_FORMS": 1,
            "_save": "Save",
            "form-0-id": pk,
            "form-0-featured": "on",
        }
        response = client.post("/admin/testimonials/testimonial/", data)
        # Django refuses a row it cannot match (400) or shows the list with an error.
        assert response.status_code == 400 or (
            response.status_code == 200 and "errornote" in response.content.decode()
        )
    theirs.refresh_from_db()
    mine.refresh_from_db()
    assert not theirs.featured and not mine.featured
    assert not Testimonial.objects.filter(pk=gone_pk).exists()


def test_list_edit_of_an_item_with_a_model_error_elsewhere_explains_it(
    client, agency_editor, organisation
):
    # An old story with no role in any language (the model needs one): ticking "featured"
    # in the list shows the model's message on the row instead of a server error.
    story = TestimonialFactory(owner=organisation, featured=False)
    Testimonial.objects.filter(pk=story.pk).update(role_nl="", role_fr="", role_de="", role_en="")
    client.force_login(agency_editor)
    data = {
        "form-TOTAL_FORMS": 1,
        "form-INITIAL_FORMS": 1,
        "_save": "Save",
        "form-0-id": story.pk,
        "form-0-featured": "on",
    }
    response = client.post("/admin/testimonials/testimonial/?o=1", data)
    assert response.status_code == 200
    assert "Fill this in in at least one language." in response.content.decode()
    story.refresh_from_db()
    assert not story.featured


def test_view_on_site_answers_only_for_items_within_reach(client, agency_editor, organisation):
    from django.contrib.contenttypes.models import ContentType

    mine = TrainingFactory(owner=organisation, status=Status.DRAFT, slug="my-draft")
    theirs = TrainingFactory(owner=OrganisationFactory(), status=Status.DRAFT, slug="secret")
    content_type = ContentType.objects.get_for_model(mine).pk
    client.force_login(agency_editor)
    response = client.get(f"/admin/r/{content_type}/{mine.pk}/")
    assert response.status_code == 302 and "my-draft" in response["Location"]
    for url in (
        f"/admin/r/{content_type}/{theirs.pk}/",
        f"/admin/r/{content_type}/999999/",
        f"/admin/r/9999/{mine.pk}/",
        f"/admin/r/x/{mine.pk}/",
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert "secret" not in response.get("Location", "")
    client.logout()
    assert client.get(f"/admin/r/{content_type}/{mine.pk}/").status_code == 302  # to login
