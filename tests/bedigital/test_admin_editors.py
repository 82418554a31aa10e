"""The admin as an agency editor meets it: writing in her own languages only, her
organisation chosen for her, a section per language with hers first."""

import re
from datetime import datetime

import pytest
from django.utils.timezone import make_aware

from bedigital.vocabularies import Status
from tests.admin_forms import admin_form_data
from tests.factories import OrganisationFactory, SessionFactory, TrainingFactory
from trainings.models import Training

pytestmark = pytest.mark.django_db
ADD = "/admin/trainings/training/add/"


def french_only_training(client, **changes):
    form = client.get(ADD, HTTP_ACCEPT_LANGUAGE="fr")
    fields = form.context["adminform"].form.fields
    choice = {name: fields[name].choices[1][0] for name in ("kind", "format", "region", "cost")}
    choice |= {name: fields[name].choices[1][0] for name in ("schedule", "level")}
    data = admin_form_data(
        form,
        title_fr="Initiation à l'informatique",
        summary_fr="Dix matinées pour apprivoiser l'ordinateur.",
        title_nl="Kennismaking met de computer",
        summary_nl="Tien ochtenden om de computer te leren kennen.",
        languages=[str(fields["languages"].queryset.first().pk)],
        **choice,
    )
    data.update(changes)
    return client.post(ADD, data, HTTP_ACCEPT_LANGUAGE="fr")


def test_an_editor_writing_only_french_and_dutch_saves_a_new_training(
    client, agency_editor, organisation
):
    client.force_login(agency_editor)
    response = french_only_training(client)
    assert response.status_code == 302, response.context["adminform"].form.errors
    training = Training.objects.get()
    assert training.slug == "initiation-a-linformatique"
    assert training.owner == organisation and training.provider == organisation
    assert training.status == Status.DRAFT


def test_a_slug_made_from_a_title_is_unique(client, agency_editor):
    TrainingFactory(slug="initiation-a-linformatique")
    client.force_login(agency_editor)
    assert french_only_training(client).status_code == 302
    assert Training.objects.filter(slug="initiation-a-linformatique-2").exists()


def test_without_any_title_the_form_asks_for_one_and_saves_nothing(client, agency_editor):
    client.force_login(agency_editor)
    response = french_only_training(client, title_fr="", title_nl="")
    assert response.status_code == 200
    assert "Remplissez ce champ dans au moins une langue." in response.content.decode()
    assert not Training.objects.exists()
    # under her language's title, in the section her form shows first; not the Dutch one
    assert list(response.context["adminform"].form.errors) == ["title_fr"]


def test_her_organisation_is_preselected_only_when_she_has_one(client, agency_editor):
    client.force_login(agency_editor)
    form = client.get(ADD).context["adminform"].form
    assert form.initial["owner"] == form.initial["provider"] == agency_editor.organisations.get().pk
    OrganisationFactory().editors.add(agency_editor)
    form = client.get(ADD).context["adminform"].form
    assert "owner" not in form.initial and "provider" not in form.initial


@pytest.mark.parametrize(
    ("lang", "first", "heading"), [("fr", "fr", "Français"), ("nl", "nl", "Nederlands")]
)
def test_the_form_has_a_section_per_language_hers_first(
    client, agency_editor, lang, first, heading
):
    training = TrainingFactory(
        owner=agency_editor.organisations.get(), title_de="", summary_de="", description_de=""
    )
    client.force_login(agency_editor)
    response = client.get(
        f"/admin/trainings/training/{training.pk}/change/", HTTP_ACCEPT_LANGUAGE=lang
    )
    fieldsets = response.context["adminform"].fieldsets
    languages = [fs for fs in fieldsets if "language-section" in fs[1].get("classes", ())]
    assert [fs[1]["fields"][0] for fs in languages][0] == f"title_{first}"
    assert len(languages) == 4 and "collapse" not in languages[0][1]["classes"]
    assert all("collapse" in fs[1]["classes"] for fs in languages[1:])
    html = response.content.decode()
    assert heading in str(languages[0][0])
    assert f'name="title_{first}"' in html and f'lang="{first}"' in html
    german = next(str(fs[0]) for fs in languages if fs[1]["fields"][0] == "title_de")
    assert german.endswith({"fr": "pas encore rédigé", "nl": "nog niet geschreven"}[lang])
    # shared facts once, outside the language sections
    shared = [f for fs in fieldsets if fs not in languages for f in fs[1]["fields"]]
    assert "owner" in shared and "cost" in shared and not any(f.endswith("_fr") for f in shared)


def test_a_session_repeats_on_days_ticked_as_checkboxes(client, agency_editor):
    """The admin gives a small integer field its number input; the days stay checkboxes."""
    client.force_login(agency_editor)
    html = client.get(ADD, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert 'type="checkbox" name="sessions-0-repeat_days" value="1"' in html
    assert 'type="number" name="sessions-0-repeat_days"' not in html
    assert "mardi" in html


@pytest.mark.parametrize(
    ("language", "new", "saved"),
    [
        ("fr", "Session 1", "Session du 7 décembre 2026, 18:00"),
        ("nl", "Sessie 1", "Sessie van 7 december 2026, 18:00"),
        ("de", "Termin 1", "Termin am 7. Dezember 2026, 18:00"),
        ("en", "Session 1", "Session on 7 December 2026, 18:00"),
    ],
)
def test_a_session_is_headed_by_its_number_or_its_date(
    client, agency_editor, organisation, language, new, saved
):
    """Not Django's "Session : #1" (nor the session's code-like "title – 2026-12-07 18:00")."""
    client.force_login(agency_editor)

    def headings(path):
        html = client.get(path, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        found = re.findall(r'<div class="inline-related[^"]*"[^>]*>\s*<h3>\s*<b>(.*?)</b>', html)
        return [" ".join(re.sub(r"<[^>]+>", "", heading).split()) for heading in found]

    # a new row, and the template Django copies for "Add another session"
    assert headings(ADD) == [new, new.replace("1", "2")]
    training = TrainingFactory(owner=organisation, sessions=[])
    SessionFactory(training=training, start=make_aware(datetime(2026, 12, 7, 18)))
    assert headings(f"/admin/trainings/training/{training.pk}/change/") == [
        saved,
        new.replace("1", "2"),
        new.replace("1", "3"),
    ]
