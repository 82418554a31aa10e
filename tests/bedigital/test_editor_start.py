"""The admin's start page shows an editor her waiting work, each a link to the filtered list."""

from datetime import timedelta

import pytest
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.utils import timezone, translation

from bedigital.templatetags.editor_start import editor_start
from bedigital.vocabularies import Status
from tests.factories import OrganisationFactory, TrainingFactory, UserFactory
from trainings.models import Training

pytestmark = pytest.mark.django_db


def test_start_page_links_her_drafts_scheduled_stale_and_missing_items(
    client, agency_editor, organisation
):
    TrainingFactory(owner=organisation, status=Status.DRAFT, title_de="")
    TrainingFactory(
        owner=organisation, publication_date=timezone.now() + timedelta(days=3), title_de=""
    )
    TrainingFactory(owner=OrganisationFactory(), status=Status.DRAFT)  # another agency's
    client.force_login(agency_editor)
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Votre travail" in html and "Brouillons</a> : 1" in html
    assert "Programmés pour une publication ultérieure</a> : 1" in html
    assert "Manque en allemand</a> : 2" in html

    request = RequestFactory().get("/admin/")
    request.user = agency_editor
    with translation.override("fr"):
        kinds = {str(kind["name"]): kind for kind in editor_start({"request": request})}
    links = {link["label"]: link for link in kinds["formations"]["links"]}
    assert links["Brouillons"]["count"] == 1
    # each link opens the list it counts
    for link in links.values():
        listing = client.get(link["url"])
        assert listing.status_code == 200
        assert listing.context["cl"].result_count == link["count"], link


def test_start_page_lists_items_colleagues_changed_this_week(client, agency_editor, organisation):
    training = TrainingFactory(owner=organisation)
    colleague = UserFactory(is_staff=True)
    LogEntry.objects.create(
        user=colleague,
        content_type=ContentType.objects.get_for_model(Training),
        object_id=str(training.pk),
        object_repr="Cours du soir",
        action_flag=CHANGE,
    )
    client.force_login(agency_editor)
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Deze week gewijzigd door collega’s:" in html
    assert f'href="/admin/trainings/training/{training.pk}/change/">Cours du soir</a>' in html
