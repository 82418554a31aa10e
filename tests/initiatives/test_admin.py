import pytest

from initiatives.models import StrategicObjective
from tests.factories import InitiativeFactory, OrganisationFactory

pytestmark = pytest.mark.django_db


def test_admin_has_a_list_filter_for_every_facet_and_searches_all_languages(client, site_editor):
    match = InitiativeFactory(title_de="Frauen gründen digital", terms={"levels": ["advanced"]})
    other = InitiativeFactory()
    client.force_login(site_editor)
    html = client.get("/admin/initiatives/initiative/").content.decode()
    for param in [
        "category",
        "objective",
        "region",
        "sphere",
        "funding",
        "audiences",
        "technologies",
        "levels",
        "fields_of_education",
        "countries",
    ]:
        assert f"?{param}" in html or f"{param}__" in html, param
    found = client.get("/admin/initiatives/initiative/?q=gr%C3%BCnden").content.decode()
    assert match.title_en in found and other.title_en not in found


def test_site_editor_retitles_objectives_but_cannot_add_or_delete(client, site_editor):
    client.force_login(site_editor)
    objective = StrategicObjective.objects.get(number=3)
    data = {f"title_{lang}": f"Objectif {lang}" for lang in ["nl", "fr", "de", "en"]}
    response = client.post(
        f"/admin/initiatives/strategicobjective/{objective.pk}/change/", {"number": 3, **data}
    )
    assert response.status_code == 302
    objective.refresh_from_db()
    assert objective.title_fr == "Objectif fr"
    assert client.get("/admin/initiatives/strategicobjective/add/").status_code == 403


def test_agency_editor_sees_only_their_initiatives(client, agency_editor, organisation):
    mine = InitiativeFactory(owner=organisation)
    theirs = InitiativeFactory(owner=OrganisationFactory())
    client.force_login(agency_editor)
    html = client.get("/admin/initiatives/initiative/").content.decode()
    assert mine.title_en in html and theirs.title_en not in html
    assert client.get(f"/admin/initiatives/initiative/{theirs.pk}/change/").status_code == 404
    assert client.get("/admin/initiatives/strategicobjective/").status_code == 403
