"""Stock admin wording, reworded in our catalogs: no gendered agreement errors in French,
no "objet", and import counts that add up in Dutch."""

import json
import re

import pytest
from babel.messages.pofile import read_po

from tests.factories import TrainingFactory
from tests.trainings.test_import import csv_file, preview, row

pytestmark = pytest.mark.django_db
TRAININGS = "/admin/trainings/training/"


def test_french_list_and_form_read_naturally(client, agency_editor, organisation):
    TrainingFactory(owner=organisation)
    client.force_login(agency_editor)
    listing = client.get(TRAININGS, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "<h1>Formations</h1>" in listing and "Choisissez" not in listing
    assert "Ajouter une formation" in listing
    assert "Supprimer la sélection (formations)" in listing
    assert "Récupérer des éléments supprimés : formations" in listing
    assert "sélectionnés" not in listing.replace("éléments sélectionnés", "")
    form = client.get(TRAININGS + "add/", HTTP_ACCEPT_LANGUAGE="fr")
    sessions = json.loads(form.context["inline_admin_formsets"][0].inline_formset_data())
    assert sessions["options"]["addText"] == "Ajouter une autre session"
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


@pytest.mark.parametrize(
    ("language", "title", "add", "another"),
    [
        ("nl", "Opleidingen", "Opleiding toevoegen", "Nog een sessie toevoegen"),
        ("de", "Weiterbildungen", "Weiterbildung hinzufügen", "Weiteren Termin hinzufügen"),
        ("en", "Trainings", "Add a training", "Add another session"),
    ],
)
def test_list_title_add_button_and_sessions_read_naturally(
    client, agency_editor, language, title, add, another
):
    client.force_login(agency_editor)
    listing = client.get(TRAININGS, HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert f"<h1>{title}</h1>" in listing and add in listing
    form = client.get(TRAININGS + "add/", HTTP_ACCEPT_LANGUAGE=language)
    sessions = json.loads(form.context["inline_admin_formsets"][0].inline_formset_data())
    assert sessions["options"]["addText"] == another


def test_dutch_speaks_to_editors_and_visitors_as_je():
    """One register per language: Dutch "je", never "u" (nor "uw")."""
    with open("locale/nl/LC_MESSAGES/django.po", "rb") as po:
        catalog = read_po(po)
    texts = [
        " ".join(m.string) if isinstance(m.string, tuple) else m.string
        for m in catalog
        if m.id and m.string
    ]
    formal = [text for text in texts if re.search(r"\b(u|uw)\b", text, re.IGNORECASE)]
    assert not formal, formal


@pytest.mark.parametrize("path", ["/admin/testimonials/testimonial/", TRAININGS])
def test_french_filters_agree_with_every_kind_of_content(client, agency_editor, path):
    """A story is masculine, a training feminine: the filters' words agree with both."""
    client.force_login(agency_editor)
    html = client.get(path, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Sans vérification depuis 6 mois" in html and "Aucune langue ne manque" in html
    assert "Non vérifiée" not in html and "Complète dans" not in html
