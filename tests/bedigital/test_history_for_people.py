"""History an editor understands: a restore that keeps the item published, every save to the
second with the fields it changed in her language, and a comparison of two versions."""

import pytest
import reversion
from django.utils.formats import date_format
from django.utils.timezone import localtime
from django.utils.translation import override
from reversion.models import Version

from bedigital.vocabularies import Status
from tests.admin_forms import admin_form_data
from tests.factories import OrganisationFactory, SessionFactory, TrainingFactory
from trainings.models import Training

pytestmark = pytest.mark.django_db


def saved(training, **changes):
    with reversion.create_revision():
        for name, value in changes.items():
            setattr(training, name, value)
        training.save()
        reversion.add_to_revision(training)
    return Version.objects.get_for_object(training).first()


def url(training, *parts):
    return "/".join([f"/admin/trainings/training/{training.pk}", *map(str, parts), ""])


@pytest.fixture
def published_after_a_draft(organisation):
    training = TrainingFactory(owner=organisation, status=Status.DRAFT, title_en="First title")
    draft = saved(training)
    saved(training, status=Status.PUBLISHED, title_en="Second title", title_fr="Second titre")
    return training, draft


def test_restoring_a_draft_version_keeps_the_item_published_and_says_so(
    client, agency_editor, published_after_a_draft
):
    training, draft = published_after_a_draft
    client.force_login(agency_editor)
    shown = client.get(url(training, "history", draft.pk), HTTP_ACCEPT_LANGUAGE="fr")
    html = shown.content.decode()
    assert "Cette version avait été enregistrée comme « Brouillon »" in html
    assert shown.context["adminform"].form["status"].value() == Status.PUBLISHED
    response = client.post(url(training, "history", draft.pk), admin_form_data(shown))
    assert response.status_code == 302
    training.refresh_from_db()
    assert training.title_en == "First title" and training.status == Status.PUBLISHED


def test_she_may_still_choose_the_old_status_when_restoring(
    client, agency_editor, published_after_a_draft
):
    training, draft = published_after_a_draft
    client.force_login(agency_editor)
    shown = client.get(url(training, "history", draft.pk))
    client.post(url(training, "history", draft.pk), admin_form_data(shown, status="draft"))
    training.refresh_from_db()
    assert training.title_en == "First title" and training.status == Status.DRAFT


def test_history_lists_saves_to_the_second_with_changed_fields_in_her_language(
    client, agency_editor, published_after_a_draft
):
    training, _draft = published_after_a_draft
    client.force_login(agency_editor)
    html = client.get(url(training, "history"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    newest = Version.objects.get_for_object(training).first().revision.date_created
    assert localtime(newest).strftime("%H:%M:%S") in html  # two saves in a minute differ
    assert "Titre, en anglais" in html and "Titre, en français" in html and "Statut" in html
    assert "Title [en]" not in html
    assert html.count('type="radio" name="from"') == 2


def test_comparison_names_fields_in_the_readers_language_per_language_with_sessions(
    client, agency_editor, published_after_a_draft
):
    training, draft = published_after_a_draft
    SessionFactory(training=training)
    newest = saved(training, title_nl="Tweede titel")
    client.force_login(agency_editor)
    response = client.get(
        url(training, "history", "compare") + f"?from={draft.pk}&to={newest.pk}",
        HTTP_ACCEPT_LANGUAGE="nl",
    )
    assert response.status_code == 200
    headings = [str(heading) for heading, _rows in response.context["sections"]]
    assert headings[0] == "Gemeenschappelijk voor alle talen"
    assert {"Nederlands", "Frans", "Engels"} <= set(headings)
    html = response.content.decode()
    assert "Titel, in het Engels" in html and "First title" in html and "Second title" in html
    assert "Toegevoegd: sessie" in html


def test_comparison_answers_404_for_another_agencys_item_or_foreign_versions(
    client, agency_editor, published_after_a_draft
):
    training, draft = published_after_a_draft
    theirs = TrainingFactory(owner=OrganisationFactory())
    their_version = saved(theirs)
    client.force_login(agency_editor)
    assert client.get(url(theirs, "history", "compare")).status_code == 404
    mine = Version.objects.get_for_object(training).first()
    query = f"?from={their_version.pk}&to={mine.pk}"
    assert client.get(url(training, "history", "compare") + query).status_code == 404
    # a malformed choice compares the two latest versions
    assert client.get(url(training, "history", "compare") + "?from=x&to=1").status_code == 200
    assert Training.objects.count() == 2


def test_a_save_in_french_shows_only_the_french_title_changed(client, agency_editor, organisation):
    """modeltranslation's original `title` column holds the text in the saver's language:
    neither the history nor the comparison shows it as a field of its own (it read "Titre,
    Titre, en français", and "Titre" under "Shared by every language")."""
    training = TrainingFactory(owner=organisation, title_en="English title", title_fr="Titre")
    first = saved(training)
    client.force_login(agency_editor)
    shown = client.get(url(training, "change"), HTTP_ACCEPT_LANGUAGE="fr")
    response = client.post(
        url(training, "change"),
        admin_form_data(shown, title_fr="Nouveau titre"),
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 302
    newest = Version.objects.get_for_object(training).first()
    assert newest.field_dict["title"] != first.field_dict["title"]  # the column did change
    history = client.get(url(training, "history"), HTTP_ACCEPT_LANGUAGE="fr")
    assert [action["changes"] for action in history.context["action_list"]][0] == [
        "Titre, en français"
    ]
    compared = client.get(
        url(training, "history", "compare") + f"?from={first.pk}&to={newest.pk}",
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    sections = {str(heading): rows for heading, rows in compared.context["sections"]}
    assert list(sections) == ["Français"]
    assert [row["label"] for row in sections["Français"]] == ["titre, en français"]


def test_a_restore_is_marked_in_the_history_in_the_readers_language(
    client, agency_editor, published_after_a_draft
):
    training, draft = published_after_a_draft
    client.force_login(agency_editor)
    shown = client.get(url(training, "history", draft.pk), HTTP_ACCEPT_LANGUAGE="fr")
    client.post(url(training, "history", draft.pk), admin_form_data(shown))
    restored = localtime(draft.revision.date_created)

    def when(language):  # as the history's first column shows it
        with override(language):
            return f"{date_format(restored, 'SHORT_DATE_FORMAT')} {restored:%H:%M:%S}"

    expected = {
        "nl": f"Versie van {when('nl')} teruggezet",
        "fr": f"Version du {when('fr')} restaurée",
        "de": f"Version vom {when('de')} wiederhergestellt",
        "en": f"Restored the version of {when('en')}",
    }
    for language, note in expected.items():
        history = client.get(url(training, "history"), HTTP_ACCEPT_LANGUAGE=language)
        notes = [action["note"] for action in history.context["action_list"]]
        assert notes == [note, "", ""]  # newest first; plain saves have no note
        assert note in history.content.decode()


def test_imports_and_older_restores_are_marked_in_the_readers_language(
    client, agency_editor, organisation
):
    training = TrainingFactory(owner=organisation)
    for comment in ("Importé depuis un fichier", "Imported from a file"):
        with reversion.create_revision():
            reversion.set_comment(comment)
            reversion.add_to_revision(training)
    with reversion.create_revision():  # stored by the French reader before
        reversion.set_comment("Version précédente rétablie, enregistrée le 30/11/2026 14:03")
        reversion.add_to_revision(training)
    client.force_login(agency_editor)
    history = client.get(url(training, "history"), HTTP_ACCEPT_LANGUAGE="nl")
    assert [action["note"] for action in history.context["action_list"]] == [
        "Eerdere versie teruggezet",
        "Geïmporteerd uit een bestand",
        "Geïmporteerd uit een bestand",
    ]


def test_a_single_version_has_nothing_to_compare(client, agency_editor, organisation):
    training = TrainingFactory(owner=organisation)
    saved(training)
    client.force_login(agency_editor)
    html = client.get(url(training, "history"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Cet élément n'a encore qu'une seule version." in html
    assert 'type="radio"' not in html and "Comparer" not in html
