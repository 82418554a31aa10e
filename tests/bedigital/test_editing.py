"""Editing workflow in the admin: conflicts, history and restore, preview, scheduling,
translation backlog and review filters, bulk status actions."""

import re
from datetime import timedelta
from unittest import mock

import pytest
import reversion
from django.utils import timezone
from reversion.models import Version

from bedigital.vocabularies import Status
from tests.admin_forms import admin_form_data
from tests.factories import (
    OrganisationFactory,
    TestimonialFactory,
    TrainingFactory,
    UserFactory,
)
from trainings.models import Training

pytestmark = pytest.mark.django_db

CHANGE = "/admin/trainings/training/{}/change/"


@pytest.fixture
def second_editor(agency_editor, organisation):
    from django.contrib.auth.models import Group

    user = UserFactory(is_staff=True, first_name="Sofie", last_name="Peeters")
    user.groups.add(Group.objects.get(name="Agency editors"))
    organisation.editors.add(user)
    return user


def test_second_save_of_the_same_item_is_stopped_and_shown_what_changed(
    client, agency_editor, second_editor, organisation
):
    training = TrainingFactory(owner=organisation, sessions=[7])
    with reversion.create_revision():
        training.save()
    other = client.__class__()
    client.force_login(agency_editor)
    other.force_login(second_editor)
    mine = client.get(CHANGE.format(training.pk))
    theirs = other.get(CHANGE.format(training.pk))

    saved = other.post(
        CHANGE.format(training.pk), admin_form_data(theirs, title_de="Programmieren am Abend")
    )
    assert saved.status_code == 302

    refused = client.post(
        CHANGE.format(training.pk), admin_form_data(mine, title_de="Mein deutscher Titel")
    )
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "Sofie Peeters saved this item on" in html
    assert "title, in German: was “Programmieren lernen" in html
    assert "is now “Programmieren am Abend”" in html
    training.refresh_from_db()
    assert training.title_de == "Programmieren am Abend"  # nothing overwritten

    # The form kept the editor's text; saving it again, knowingly, goes through.
    again = client.post(CHANGE.format(training.pk), admin_form_data(refused))
    assert again.status_code == 302
    training.refresh_from_db()
    assert training.title_de == "Mein deutscher Titel"


def test_conflict_message_is_in_the_editors_language(client, agency_editor, organisation):
    training = TrainingFactory(owner=organisation)
    client.force_login(agency_editor)
    form = client.get(CHANGE.format(training.pk))
    Training.objects.get(pk=training.pk).save()  # someone else, outside the admin
    response = client.post(
        CHANGE.format(training.pk),
        admin_form_data(form),
        headers={"accept-language": "fr"},
    )
    assert response.status_code == 200
    assert "pendant que vous la modifiiez" in response.content.decode()


def test_history_lists_every_save_and_restores_an_earlier_version(
    client, agency_editor, organisation
):
    training = TrainingFactory(owner=organisation, title_fr="Version un", sessions=[5, 12])
    client.force_login(agency_editor)
    form = client.get(CHANGE.format(training.pk))
    client.post(CHANGE.format(training.pk), admin_form_data(form, title_fr="Version deux"))
    form = client.get(CHANGE.format(training.pk))
    client.post(CHANGE.format(training.pk), admin_form_data(form, title_fr="Version trois"))

    history = client.get(f"/admin/trainings/training/{training.pk}/history/").content.decode()
    versions = Version.objects.get_for_object(training)
    assert versions.count() == 2
    oldest = versions.last()
    assert f"/admin/trainings/training/{training.pk}/history/{oldest.pk}/" in history

    revision_url = f"/admin/trainings/training/{training.pk}/history/{oldest.pk}/"
    preview = client.get(revision_url)
    assert preview.status_code == 200
    assert "Version deux" in preview.content.decode()
    training.refresh_from_db()
    assert training.title_fr == "Version trois"  # looking does not restore

    restored = client.post(revision_url, admin_form_data(preview))
    assert restored.status_code == 302
    training.refresh_from_db()
    assert training.title_fr == "Version deux"
    assert training.sessions.count() == 2


def test_deleted_training_is_recovered_with_its_sessions(client, agency_editor, organisation):
    training = TrainingFactory(owner=organisation, sessions=[3, 10, 17])
    client.force_login(agency_editor)
    form = client.get(CHANGE.format(training.pk))
    client.post(CHANGE.format(training.pk), admin_form_data(form))  # a version to go back to
    response = client.post(f"/admin/trainings/training/{training.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302
    assert not Training.objects.filter(pk=training.pk).exists()

    recover_list = client.get("/admin/trainings/training/recover/").content.decode()
    version = Version.objects.get_deleted(Training).get()
    assert f"/admin/trainings/training/recover/{version.pk}/" in recover_list

    form = client.get(f"/admin/trainings/training/recover/{version.pk}/")
    assert form.status_code == 200
    client.post(f"/admin/trainings/training/recover/{version.pk}/", admin_form_data(form))
    recovered = Training.objects.get(pk=training.pk)
    assert recovered.sessions.count() == 3
    assert recovered.title_en == training.title_en


def test_another_agency_can_neither_see_nor_recover_a_deleted_item(
    client, agency_editor, organisation
):
    theirs = TrainingFactory(owner=OrganisationFactory())
    with reversion.create_revision():
        theirs.save()
    version = Version.objects.get_for_object(theirs).get()
    theirs.delete()
    client.force_login(agency_editor)
    assert (
        str(theirs.title_en)
        not in client.get("/admin/trainings/training/recover/").content.decode()
    )
    assert client.get(f"/admin/trainings/training/recover/{version.pk}/").status_code == 404
    assert client.post(f"/admin/trainings/training/recover/{version.pk}/", {}).status_code == 404
    assert not Training.objects.filter(pk=theirs.pk).exists()


def test_reverting_needs_the_item_and_its_version_to_be_within_reach(
    client, agency_editor, organisation
):
    mine = TrainingFactory(owner=organisation)
    theirs = TrainingFactory(owner=OrganisationFactory(), title_en="Theirs")
    with reversion.create_revision():
        mine.save()
        theirs.save()
    their_version = Version.objects.get_for_object(theirs).get()
    client.force_login(agency_editor)
    url = f"/admin/trainings/training/{theirs.pk}/history/{their_version.pk}/"
    assert client.get(url).status_code == 404
    # Nor may one's own item be "restored" from another item's version.
    url = f"/admin/trainings/training/{mine.pk}/history/{their_version.pk}/"
    assert client.post(url, {}).status_code == 404
    assert client.get(f"/admin/trainings/training/{theirs.pk}/history/").status_code == 404


def test_moving_an_item_to_another_agency_takes_its_old_versions_out_of_reach(
    client, agency_editor, organisation
):
    training = TrainingFactory(owner=organisation)
    with reversion.create_revision():
        training.save()
    old = Version.objects.get_for_object(training).get()
    training.owner = OrganisationFactory()
    training.save()
    client.force_login(agency_editor)
    url = f"/admin/trainings/training/{training.pk}/history/{old.pk}/"
    assert client.post(url, {}).status_code == 404
    training.refresh_from_db()
    assert training.owner != organisation


@pytest.mark.parametrize("status", [Status.DRAFT, Status.ARCHIVED])
def test_unpublished_item_is_previewed_only_by_its_editors(
    client, agency_editor, site_editor, organisation, status
):
    training = TrainingFactory(owner=organisation, status=status)
    url = f"/fr/trainings/{training.slug}/"
    assert client.get(url).status_code == 404

    client.force_login(agency_editor)
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="preview-note"' in html and "Aperçu" in html
    assert f'href="/admin/trainings/training/{training.pk}/change/"' in html
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]

    client.force_login(site_editor)
    assert client.get(url).status_code == 200

    client.force_login(UserFactory(is_staff=True))  # staff, but no right on trainings
    assert client.get(url).status_code == 404


def test_other_agencies_do_not_preview_each_others_drafts(client, agency_editor):
    draft = TestimonialFactory(owner=OrganisationFactory(), status=Status.DRAFT)
    client.force_login(agency_editor)
    assert client.get(f"/en/stories/{draft.slug}/").status_code == 404


def test_published_page_shows_no_preview_note_to_its_editor(client, agency_editor, organisation):
    training = TrainingFactory(owner=organisation)
    client.force_login(agency_editor)
    assert "preview-note" not in client.get(f"/en/trainings/{training.slug}/").content.decode()


def test_scheduled_publishing_needs_no_cron(client, agency_editor, organisation):
    later = timezone.now() + timedelta(days=2)
    training = TrainingFactory(owner=organisation, publication_date=later)
    assert client.get(f"/en/trainings/{training.slug}/").status_code == 404
    assert training.title_en not in client.get("/en/trainings/").content.decode()
    assert training.title_en not in client.get("/en/search/?q=learn").content.decode()

    client.force_login(agency_editor)
    note = client.get(f"/en/trainings/{training.slug}/").content.decode()
    assert "Visitors will see this page from" in note
    client.logout()

    # Two days on, with no write (the catalogue's facet index lapses at that moment too)
    with mock.patch("django.utils.timezone.now", return_value=later + timedelta(minutes=1)):
        assert client.get(f"/en/trainings/{training.slug}/").status_code == 200
        assert training.title_en in client.get("/en/trainings/").content.decode()


def test_completeness_column_and_missing_language_filter(client, agency_editor, organisation):
    complete = TrainingFactory(
        owner=organisation, **{f"description_{c}": "x" for c in "nl fr de en".split()}
    )
    no_german = TrainingFactory(
        owner=organisation,
        summary_de="",
        **{f"description_{c}": "x" for c in ["nl", "fr", "en"]},
    )
    client.force_login(agency_editor)
    html = client.get("/admin/trainings/training/").content.decode()
    row = html.split(f"/{no_german.pk}/change/")[1].split("</tr>")[0]
    assert '<span class="is-partial"><abbr title="German">DE</abbr>' in row  # title only
    assert '<span class="is-complete"><abbr title="French">FR</abbr>' in row

    missing = client.get("/admin/trainings/training/?missing=de").content.decode()
    assert no_german.title_en in missing and complete.title_en not in missing
    done = client.get("/admin/trainings/training/?missing=none").content.decode()
    assert complete.title_en in done and no_german.title_en not in done
    german = client.get("/admin/trainings/training/", headers={"accept-language": "de"})
    assert "Fehlt auf Deutsch" in german.content.decode()


def test_stale_filter_and_mark_reviewed_action(client, agency_editor, organisation):
    today = timezone.localdate()
    stale = TrainingFactory(owner=organisation, last_reviewed=today - timedelta(days=200))
    never = TrainingFactory(owner=organisation, last_reviewed=None)
    fresh = TrainingFactory(owner=organisation, last_reviewed=today - timedelta(days=30))
    client.force_login(agency_editor)
    html = client.get("/admin/trainings/training/?review=stale").content.decode()
    assert stale.title_en in html and never.title_en in html and fresh.title_en not in html

    client.post(
        "/admin/trainings/training/",
        {"action": "mark_reviewed", "_selected_action": [stale.pk, never.pk]},
    )
    html = client.get("/admin/trainings/training/?review=stale").content.decode()
    assert stale.title_en not in html and never.title_en not in html


def test_publish_and_archive_actions_touch_only_ones_own_items(client, agency_editor, organisation):
    mine = TrainingFactory(owner=organisation, status=Status.DRAFT)
    theirs = TrainingFactory(owner=OrganisationFactory(), status=Status.DRAFT)
    client.force_login(agency_editor)
    client.post(
        "/admin/trainings/training/",
        {"action": "publish", "_selected_action": [mine.pk, theirs.pk]},
    )
    mine.refresh_from_db()
    theirs.refresh_from_db()
    assert mine.status == Status.PUBLISHED and theirs.status == Status.DRAFT
    assert client.get(f"/en/trainings/{mine.slug}/").status_code == 200

    client.post("/admin/trainings/training/", {"action": "archive", "_selected_action": [mine.pk]})
    mine.refresh_from_db()
    assert mine.status == Status.ARCHIVED
    client.logout()
    assert client.get(f"/en/trainings/{mine.slug}/").status_code == 404
    assert Version.objects.get_for_object(mine).count() == 2  # both actions are in the history


def test_story_links_offer_public_items_and_ones_own_drafts_only(
    client, agency_editor, organisation
):
    public = TrainingFactory(owner=OrganisationFactory())
    my_draft = TrainingFactory(owner=organisation, status=Status.DRAFT)
    their_draft = TrainingFactory(owner=OrganisationFactory(), status=Status.DRAFT)
    client.force_login(agency_editor)
    form = client.get("/admin/testimonials/testimonial/add/").content.decode()
    choices = form.split('name="trainings"')[1].split("</select>")[0]
    assert f'value="{public.pk}"' in choices and f'value="{my_draft.pk}"' in choices
    assert f'value="{their_draft.pk}"' not in choices


def test_deleting_an_organisation_with_content_is_refused(client, site_editor, organisation):
    TrainingFactory(owner=organisation)
    client.force_login(site_editor)
    page = client.get(f"/admin/bedigital/organisation/{organisation.pk}/delete/").content.decode()
    assert "these protected related items would have to be deleted first" in page
    client.post(f"/admin/bedigital/organisation/{organisation.pk}/delete/", {"post": "yes"})
    organisation.refresh_from_db()
    assert Training.objects.filter(owner=organisation).exists()


def test_title_and_summary_may_be_given_in_any_one_language(client, agency_editor, organisation):
    training = TrainingFactory(owner=organisation)
    client.force_login(agency_editor)
    form = client.get(CHANGE.format(training.pk))
    only_german = {f"{f}_{c}": "" for f in ("title", "summary") for c in ("nl", "fr", "en")}
    response = client.post(CHANGE.format(training.pk), admin_form_data(form, **only_german))
    assert response.status_code == 302
    training.refresh_from_db()
    assert training.title_de and not training.title_fr

    form = client.get(CHANGE.format(training.pk))
    response = client.post(CHANGE.format(training.pk), admin_form_data(form, title_de=""))
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()


def test_a_version_from_before_an_item_was_moved_to_me_is_not_restored(
    client, agency_editor, organisation
):
    training = TrainingFactory(owner=OrganisationFactory(), title_fr="Avant")
    with reversion.create_revision():
        training.save()
    theirs = Version.objects.get_for_object(training).get()
    training.owner, training.title_fr = organisation, "Après"
    training.save()
    client.force_login(agency_editor)
    url = f"/admin/trainings/training/{training.pk}/history/{theirs.pk}/"
    assert client.get(url).status_code == 404
    assert client.post(url, {}).status_code == 404
    training.refresh_from_db()
    assert training.owner == organisation and training.title_fr == "Après"


def test_a_language_with_some_texts_is_partly_written_not_missing(
    client, agency_editor, organisation
):
    """Imported with French and Dutch titles and summaries only, a training read "missing"
    in all four languages: French and Dutch are on their way, German and English missing."""
    training = TrainingFactory(
        owner=organisation,
        **{f"{field}_{code}": "" for field in ("title", "summary") for code in ("de", "en")},
        **{f"description_{code}": "" for code in ("nl", "fr", "de", "en")},
    )
    client.force_login(agency_editor)
    html = client.get("/admin/trainings/training/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    row = html.split(f"/{training.pk}/change/")[1].split("</tr>")[0]
    for code, state, words in [
        ("NL", "is-partial", "en partie rédigé"),
        ("FR", "is-partial", "en partie rédigé"),
        ("DE", "is-missing", "manquant"),
        ("EN", "is-missing", "manquant"),
    ]:
        shown = re.search(
            rf'<span class="([\w-]+)"><abbr title="[^"]+">{code}</abbr>.*?</span></span>', row
        )
        assert shown.group(1) == state and words in shown.group(0), (code, shown.group(0))
    missing_fr = client.get("/admin/trainings/training/?missing=fr").content.decode()
    assert f"/{training.pk}/change/" in missing_fr  # still in the French translator's backlog
