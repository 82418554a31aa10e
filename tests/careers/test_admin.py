"""Editing careers and trends in the admin: site editors edit them, agency editors do not."""

import pytest

from bedigital.models import FigurePoint
from tests.admin_forms import admin_form_data
from tests.factories import FigureSeriesFactory, OccupationFactory, RegionalDemandFactory

pytestmark = pytest.mark.django_db


def test_site_editor_edits_an_occupation_and_its_demand(client, site_editor):
    career = OccupationFactory()
    row = RegionalDemandFactory(occupation=career, region="wallonia", year=2024)
    client.force_login(site_editor)
    url = f"/admin/careers/occupation/{career.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200
    data = admin_form_data(page, esco_code="2511.77")
    data["demand-0-year"] = "2025"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    career.refresh_from_db()
    row.refresh_from_db()
    assert career.esco_code == "2511.77" and row.year == 2025


def test_site_editor_adds_values_to_a_series(client, site_editor):
    series = FigureSeriesFactory(values=[("belgium", 2023, "19", False)])
    client.force_login(site_editor)
    url = f"/admin/bedigital/figureseries/{series.pk}/change/"
    data = admin_form_data(client.get(url))
    data.update({"points-1-area": "eu", "points-1-year": "2023", "points-1-value": "19.4"})
    response = client.post(url, data)
    assert response.status_code == 302
    assert FigurePoint.objects.filter(series=series, area="eu", value="19.40").exists()
    html = client.get("/en/figures/").content.decode()
    assert 'data-area="eu" data-year="2023" data-value="19.40"' in html


def test_agency_editors_do_not_edit_careers_or_series(client, agency_editor):
    career = OccupationFactory()
    series = FigureSeriesFactory()
    client.force_login(agency_editor)
    assert client.get(f"/admin/careers/occupation/{career.pk}/change/").status_code in {302, 403}
    assert client.get(f"/admin/bedigital/figureseries/{series.pk}/change/").status_code in {
        302,
        403,
    }
