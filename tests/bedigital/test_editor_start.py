"""The admin's start page shows an editor her waiting work, each a link to the filtered list."""

from datetime import timedelta

import pytest
import reversion
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.test import RequestFactory
from django.utils import timezone, translation

from bedigital.templatetags.editor_start import editor_start
from bedigital.vocabularies import SessionStatus, Status
from tests.factories import OrganisationFactory, SessionFactory, TrainingFactory, UserFactory
from trainings.models import Training

pytestmark = pytest.mark.django_db


def saved_by(user, item):
    """A save recorded in the history as `user`'s, as every admin and import write is."""
    with reversion.create_revision():
        reversion.set_user(user)
        item.save()
    return item


def test_start_page_links_her_drafts_scheduled_stale_and_missing_items(
    client, agency_editor, organisation
):
    saved_by(agency_editor, TrainingFactory(owner=organisation, status=Status.DRAFT, title_de=""))
    TrainingFactory(
        owner=organisation, publication_date=timezone.now() + timedelta(days=3), title_de=""
    )
    TrainingFactory(owner=OrganisationFactory(), status=Status.DRAFT)  # another agency's
    client.force_login(agency_editor)
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Votre travail" in html and "Mes brouillons</a> : 1" in html
    assert "Programmés pour une publication ultérieure</a> : 1" in html
    assert "Manque en allemand</a> : 2" in html

    request = RequestFactory().get("/admin/")
    request.user = agency_editor
    with translation.override("fr"):
        kinds = {str(kind["name"]): kind for kind in editor_start({"request": request})}
    links = {link["label"]: link for link in kinds["formations"]["links"]}
    assert links["Mes brouillons"]["count"] == 1
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


def start_links(agency_editor, language="en") -> dict:
    request = RequestFactory().get("/admin/")
    request.user = agency_editor
    with translation.override(language):
        kinds = {str(kind["name"]): kind for kind in editor_start({"request": request})}
        trainings = kinds[str(Training._meta.verbose_name_plural)]
        return {str(link["label"]): link for link in trainings["links"]}


def test_start_page_links_sessions_starting_soon_full_and_deadlines_passing(
    client, agency_editor, organisation
):
    now = timezone.now()
    soon = TrainingFactory(owner=organisation, sessions=[])
    SessionFactory(training=soon, start=now + timedelta(days=3))
    later = TrainingFactory(owner=organisation, sessions=[])
    SessionFactory(training=later, start=now + timedelta(days=40))
    full = TrainingFactory(owner=organisation, sessions=[])
    SessionFactory(training=full, start=now + timedelta(days=30), status=SessionStatus.FULL)
    closing = TrainingFactory(owner=organisation, sessions=[])
    SessionFactory(
        training=closing,
        start=now + timedelta(days=20),
        registration_deadline=timezone.localdate() + timedelta(days=2),
    )
    elsewhere = TrainingFactory(owner=OrganisationFactory(), sessions=[])  # another agency's
    SessionFactory(training=elsewhere, start=now + timedelta(days=2), status=SessionStatus.FULL)
    client.force_login(agency_editor)

    links = start_links(agency_editor, "fr")
    expected = {
        "Sessions qui commencent dans les deux semaines": soon,
        "Sessions à venir complètes": full,
        "Inscriptions qui se clôturent dans les sept jours": closing,
    }
    for label, training in expected.items():
        assert links[label]["count"] == 1, label
        listing = client.get(links[label]["url"], HTTP_ACCEPT_LANGUAGE="fr")
        assert list(listing.context["cl"].result_list) == [training], label
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "Sessies die binnen twee weken beginnen</a>: 1" in html
    assert "Volzette sessies die nog komen</a>: 1" in html


@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_the_start_page_reads_a_constant_number_of_queries(
    client, agency_editor, organisation, language, django_assert_max_num_queries
):
    colleague = UserFactory(is_staff=True)

    def add(count):
        for _ in range(count):
            training = TrainingFactory(owner=organisation, status=Status.DRAFT, title_de="")
            saved_by(agency_editor, training)
            saved_by(colleague, training)  # still hers: she created it
            SessionFactory(training=training, start=timezone.now() + timedelta(days=2))
            LogEntry.objects.create(
                user=colleague,
                content_type=ContentType.objects.get_for_model(Training),
                object_id=str(training.pk),
                object_repr=str(training),
                action_flag=CHANGE,
            )

    client.force_login(agency_editor)
    add(2)
    with django_assert_max_num_queries(40) as few:
        response = client.get("/admin/", HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    add(12)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert html.count("/admin/trainings/training/?status__exact=draft&amp;by=me") == 1
    assert start_links(agency_editor)["My drafts"]["count"] == 14


def test_my_drafts_are_those_she_created_or_changed_last_not_her_colleagues(
    client, agency_editor, organisation
):
    """Two editors of one agency: each sees her own drafts, and the link lists exactly them."""
    colleague = UserFactory(is_staff=True)
    colleague.groups.set(agency_editor.groups.all())
    organisation.editors.add(colleague)
    third = UserFactory(is_staff=True)

    def draft(*savers, **fields):
        training = TrainingFactory(owner=organisation, status=Status.DRAFT, **fields)
        for user in savers:
            saved_by(user, training)
        return training

    hers = [draft(agency_editor), draft(agency_editor, agency_editor)]
    theirs = draft(colleague)
    shared = draft(agency_editor)  # created by her, changed last by the colleague below
    draft(third, agency_editor, third)  # she changed it once, in between: not hers
    draft()  # no history (loaded, not saved by anybody)
    saved_by(agency_editor, TrainingFactory(owner=organisation, status=Status.PUBLISHED))
    saved_by(agency_editor, TrainingFactory(status=Status.DRAFT))  # another agency's

    client.force_login(colleague)
    changelist = "/admin/trainings/training/"
    response = client.post(
        changelist, {"action": "mark_reviewed", "_selected_action": [shared.pk]}, follow=True
    )
    assert response.status_code == 200
    shared.refresh_from_db()
    assert shared.last_reviewed == timezone.localdate()

    expected = {agency_editor: {*hers, shared}, colleague: {theirs, shared}}
    for editor, drafts in expected.items():
        client.force_login(editor)
        link = start_links(editor, "fr")["Mes brouillons"]
        assert link["count"] == len(drafts)
        html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
        assert f"Mes brouillons</a> : {len(drafts)}" in html
        listing = client.get(link["url"], HTTP_ACCEPT_LANGUAGE="fr")
        assert set(listing.context["cl"].result_list) == drafts
        assert "Moi (création ou dernière modification)" in listing.content.decode()
    # the other lists stay the organisation's: every draft is not reviewed, whoever wrote it
    stale = start_links(agency_editor)["Not reviewed for 6 months"]["count"]
    assert stale == start_links(colleague)["Not reviewed for 6 months"]["count"] == 6
