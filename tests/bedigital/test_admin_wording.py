"""Stock admin wording, reworded in our catalogs: no gendered agreement errors in French,
no "objet", and import counts that add up in Dutch."""

import json

import pytest

from tests.factories import TrainingFactory
from tests.trainings.test_import import csv_file, preview, row

pytestmark = pytest.mark.django_db
TRAININGS = "/admin/trainings/training/"


def test_french_list_and_form_read_naturally(client, agency_editor, organisation):
    TrainingFactory(owner=organisation)
    client.force_login(agency_editor)
    listing = client.get(TRAININGS, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Choisissez l’élément à modifier : formation" in listing
    assert "Supprimer la sélection (formations)" in listing
    assert "Récupérer des éléments supprimés : formations" in listing
    assert "sélectionnés" not in listing.replace("éléments sélectionnés", "")
    form = client.get(TRAININGS + "add/", HTTP_ACCEPT_LANGUAGE="fr")
    sessions = json.loads(form.context["inline_admin_formsets"][0].inline_formset_data())
    assert sessions["options"]["addText"] == "Ajouter une ligne : Session"
    html = form.content.decode()
    assert not any(stock in html for stock in ("l’objet", "l'objet", "un objet"))


def test_the_dutch_import_message_counts_every_kind_of_row(client, agency_editor, organisation):
    client.force_login(agency_editor)
    shown = preview(client, csv_file([row(organisation)]), language="nl")
    form = shown.context["confirm_form"]
    done = client.post(
        TRAININGS + "process_import/",
        {name: form[name].value() for name in form.fields},
        headers={"accept-language": "nl"},
        follow=True,
    )
    text = done.content.decode()
    assert "Import voltooid (opleidingen). Nieuw: 1; bijgewerkt: 0; verwijderd: 0" in text
