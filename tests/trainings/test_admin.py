import pytest

from bedigital.models import SearchEntry
from bedigital.vocabularies import Status
from tests.factories import OrganisationFactory, TrainingFactory
from trainings.models import Training

pytestmark = pytest.mark.django_db


def test_admin_edits_four_languages_side_by_side_with_sessions_inline(client, site_editor):
    training = TrainingFactory()
    client.force_login(site_editor)
    html = client.get(f"/admin/trainings/training/{training.pk}/change/").content.decode()
    for lang in ["nl", "fr", "de", "en"]:
        assert f'name="title_{lang}"' in html and f'name="description_{lang}"' in html
    assert 'name="sessions-0-start_0"' in html
    assert 'type="checkbox" name="languages"' in html


def test_admin_searches_titles_in_every_language(client, site_editor):
    TrainingFactory(title_nl="Cyberveiligheid voor beginners", title_en="")
    client.force_login(site_editor)
    html = client.get("/admin/trainings/training/?q=cyberveiligheid").content.decode()
    assert "1 training" in html


def test_duplicate_action_makes_drafts_with_the_same_facets(client, site_editor):
    training = TrainingFactory(technologies=["data"], languages=["nl", "fr"])
    client.force_login(site_editor)
    response = client.post(
        "/admin/trainings/training/",
        {"action": "duplicate", "_selected_action": [training.pk]},
    )
    assert response.status_code == 302
    copy = Training.objects.exclude(pk=training.pk).get()
    assert copy.slug == f"{training.slug}-copy"
    assert copy.status == Status.DRAFT
    assert copy.title_fr == training.title_fr
    assert {t.code for t in copy.languages.all()} == {"nl", "fr"}
    assert {t.code for t in copy.technologies.all()} == {"data"}
    assert not copy.sessions.exists()
    # its derived data comes from the write path, not from a copy of the original's
    training.refresh_from_db()
    assert training.has_sessions and not copy.has_sessions and copy.last_start is None
    assert SearchEntry.objects.filter(kind="training", object_id=copy.pk).exists()


def test_agency_editor_sees_only_trainings_of_their_organisation(
    client, agency_editor, organisation
):
    mine = TrainingFactory(owner=organisation)
    theirs = TrainingFactory(owner=OrganisationFactory())
    client.force_login(agency_editor)
    listing = client.get("/admin/trainings/training/").content.decode()
    assert mine.title_en in listing and theirs.title_en not in listing
    assert client.get(f"/admin/trainings/training/{theirs.pk}/change/").status_code == 404
    form = client.get("/admin/trainings/training/add/").content.decode()
    owner_select = form.split('name="owner"')[1].split("</select>")[0]
    assert f'value="{organisation.pk}"' in owner_select
    assert f'value="{theirs.owner.pk}"' not in owner_select
