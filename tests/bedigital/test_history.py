"""Reverting and recovering one item never touches another's, even when a site editor's bulk
action, list edit or import saved items of two agencies in one revision."""

import pytest
import reversion
from django.contrib.auth.models import Group
from reversion.models import Version

from bedigital.models import SearchEntry
from bedigital.roles import AGENCY_EDITORS
from bedigital.vocabularies import Status
from tests import factories
from tests.admin_forms import admin_form_data
from tests.factories import (
    InitiativeFactory,
    OrganisationFactory,
    SessionFactory,
    TrainingFactory,
    UserFactory,
)
from tests.trainings.test_import import confirm, csv_file, preview, row

pytestmark = pytest.mark.django_db

MODELS = {
    "training": (TrainingFactory, "trainings", "title_en"),
    "initiative": (InitiativeFactory, "initiatives", "title_en"),
    "testimonial": (factories.TestimonialFactory, "testimonials", "role_en"),
}


@pytest.fixture
def vdab():
    organisation = OrganisationFactory(slug="vdab")
    editor = UserFactory(is_staff=True)
    editor.groups.add(Group.objects.get(name=AGENCY_EDITORS))
    organisation.editors.add(editor)
    return organisation


def admin_url(app, model, *parts):
    return "/".join(["/admin", app, model, *map(str, parts), ""])


def shared_revision_by_action(client, app, model, items, action):
    response = client.post(
        admin_url(app, model),
        {"action": action, "_selected_action": [item.pk for item in items]},
    )
    assert response.status_code == 302


def shared_revision_by_list_edit(client, app, model, items):
    data = {"form-TOTAL_FORMS": len(items), "form-INITIAL_FORMS": len(items), "_save": "Save"}
    for index, item in enumerate(items):
        data[f"form-{index}-id"] = item.pk
        data[f"form-{index}-featured"] = "on"
    response = client.post(admin_url(app, model), data)
    assert response.status_code == 302, response.content.decode()[:2000]


def later_change(item, field, value):
    """The other agency keeps working on its item after the shared revision."""
    with reversion.create_revision():
        setattr(item, field, value)
        item.save()
        if hasattr(item, "sessions"):
            SessionFactory(training=item)
            reversion.add_to_revision(item)


def revert(client, app, model, item, version):
    url = admin_url(app, model, item.pk, "history", version.pk)
    shown = client.get(url)
    assert shown.status_code == 200
    return client.post(url, admin_form_data(shown))


def snapshot(item, field):
    """What another agency would notice: its text, status, flags, sessions, search entry."""
    item.refresh_from_db()
    sessions = item.sessions.values_list("pk", "start") if hasattr(item, "sessions") else []
    entry = SearchEntry.objects.filter(kind=item._meta.model_name, object_id=item.pk)
    return {
        "text": getattr(item, field),
        "status": item.status,
        "featured": getattr(item, "featured", None),
        "sessions": sorted(sessions),
        "search": list(entry.values_list("title", flat=True)),
    }


WAYS = [
    ("training", "publish"),
    ("training", "archive"),
    ("training", "mark_reviewed"),
    ("initiative", "publish"),
    ("initiative", "archive"),
    ("testimonial", "publish"),
    ("testimonial", "mark_reviewed"),
    ("testimonial", "list edit"),
]


@pytest.mark.parametrize(("kind", "way"), WAYS)
def test_reverting_ones_item_from_a_shared_revision_leaves_the_other_agencys_alone(
    client, site_editor, agency_editor, organisation, vdab, kind, way
):
    factory, app, field = MODELS[kind]
    extra = {"sessions": [5]} if kind == "training" else {}
    mine = factory(owner=organisation, status=Status.DRAFT, **{field: "Mine, before"}, **extra)
    theirs = factory(owner=vdab, status=Status.DRAFT, **{field: "Theirs, before"}, **extra)
    client.force_login(site_editor)
    if way == "list edit":
        shared_revision_by_list_edit(client, app, kind, [mine, theirs])
    else:
        shared_revision_by_action(client, app, kind, [mine, theirs], way)
    version = Version.objects.get_for_object(mine).first()
    assert {v.object_id for v in version.revision.version_set.all()} >= {
        str(mine.pk),
        str(theirs.pk),
    }, "the site editor's request should make one revision holding both items"

    later_change(theirs, field, "Theirs, after")
    later_change(mine, field, "Mine, after")
    theirs_now = snapshot(theirs, field)

    client.force_login(agency_editor)
    assert revert(client, app, kind, mine, version).status_code == 302

    assert snapshot(theirs, field) == theirs_now
    mine.refresh_from_db()
    assert getattr(mine, field) == "Mine, before"
    if kind == "training":  # the session added after the revision went with the revert
        assert mine.sessions.count() == 1


def test_reverting_a_training_imported_with_another_agencys_leaves_theirs_alone(
    client, site_editor, agency_editor, organisation, vdab
):
    client.force_login(site_editor)
    upload = csv_file(
        [
            row(organisation, slug="mine", title_fr="Le mien"),
            row(vdab, slug="theirs", title_fr="Le leur"),
        ]
    )
    assert confirm(client, preview(client, upload)).status_code == 302
    mine = TrainingFactory._meta.model.objects.get(slug="mine")
    theirs = TrainingFactory._meta.model.objects.get(slug="theirs")
    version = Version.objects.get_for_object(mine).first()
    later_change(theirs, "title_fr", "Le leur, modifié")
    later_change(mine, "title_fr", "Le mien, modifié")
    theirs_now = snapshot(theirs, "title_fr")

    client.force_login(agency_editor)
    assert revert(client, "trainings", "training", mine, version).status_code == 302
    assert snapshot(theirs, "title_fr") == theirs_now
    mine.refresh_from_db()
    assert mine.title_fr == "Le mien" and mine.sessions.count() == 2


def test_reverting_a_site_editors_save_touches_only_that_item(
    client, site_editor, agency_editor, organisation, vdab
):
    mine = TrainingFactory(owner=organisation, title_en="Mine, before", sessions=[3])
    theirs = TrainingFactory(owner=vdab, title_en="Theirs", sessions=[3])
    client.force_login(site_editor)
    form = client.get(admin_url("trainings", "training", mine.pk, "change"))
    client.post(admin_url("trainings", "training", mine.pk, "change"), admin_form_data(form))
    version = Version.objects.get_for_object(mine).first()
    later_change(mine, "title_en", "Mine, after")
    theirs_now = snapshot(theirs, "title_en")

    client.force_login(agency_editor)
    assert revert(client, "trainings", "training", mine, version).status_code == 302
    assert snapshot(theirs, "title_en") == theirs_now
    mine.refresh_from_db()
    assert mine.title_en == "Mine, before" and mine.sessions.count() == 1


def test_looking_at_a_shared_revision_changes_nothing(
    client, site_editor, agency_editor, organisation, vdab
):
    mine = TrainingFactory(owner=organisation, status=Status.DRAFT, sessions=[5])
    theirs = TrainingFactory(owner=vdab, status=Status.DRAFT, sessions=[5])
    client.force_login(site_editor)
    shared_revision_by_action(client, "trainings", "training", [mine, theirs], "publish")
    version = Version.objects.get_for_object(mine).first()
    later_change(theirs, "title_en", "Theirs, after")
    later_change(mine, "title_en", "Mine, after")
    before = snapshot(mine, "title_en"), snapshot(theirs, "title_en")

    client.force_login(agency_editor)
    url = admin_url("trainings", "training", mine.pk, "history", version.pk)
    shown = client.get(url)
    assert shown.status_code == 200
    assert "Theirs" not in shown.content.decode()
    assert (snapshot(mine, "title_en"), snapshot(theirs, "title_en")) == before


def test_recovering_ones_item_from_a_shared_revision_leaves_the_other_agencys_alone(
    client, site_editor, agency_editor, organisation, vdab
):
    mine = TrainingFactory(owner=organisation, status=Status.DRAFT, sessions=[5, 12])
    theirs = TrainingFactory(owner=vdab, status=Status.DRAFT, title_en="Theirs", sessions=[5])
    client.force_login(site_editor)
    shared_revision_by_action(client, "trainings", "training", [mine, theirs], "publish")
    later_change(theirs, "title_en", "Theirs, after")
    theirs_now = snapshot(theirs, "title_en")
    pk = mine.pk
    mine.delete()

    client.force_login(agency_editor)
    version = Version.objects.get_deleted(TrainingFactory._meta.model).get()
    url = f"/admin/trainings/training/recover/{version.pk}/"
    shown = client.get(url)
    assert shown.status_code == 200
    assert client.post(url, admin_form_data(shown)).status_code == 302

    recovered = TrainingFactory._meta.model.objects.get(pk=pk)
    assert recovered.status == Status.PUBLISHED and recovered.sessions.count() == 2
    assert snapshot(theirs, "title_en") == theirs_now


def test_a_recovered_training_gets_back_the_stories_linked_to_it(
    client, agency_editor, organisation, vdab
):
    training = TrainingFactory(owner=organisation, sessions=[5])
    client.force_login(agency_editor)
    form = client.get(admin_url("trainings", "training", training.pk, "change"))
    client.post(admin_url("trainings", "training", training.pk, "change"), admin_form_data(form))
    linked, unlinked_later = (
        factories.TestimonialFactory(owner=owner) for owner in (organisation, vdab)
    )
    for story in (linked, unlinked_later):
        with reversion.create_revision():
            story.trainings.add(training)
            reversion.add_to_revision(story)
    with reversion.create_revision():  # its editor took the link away: it stays away
        unlinked_later.trainings.remove(training)
        reversion.add_to_revision(unlinked_later)
    client.post(admin_url("trainings", "training", training.pk, "delete"), {"post": "yes"})
    assert not linked.trainings.exists()

    version = Version.objects.get_deleted(TrainingFactory._meta.model).get()
    url = f"/admin/trainings/training/recover/{version.pk}/"
    assert client.post(url, admin_form_data(client.get(url))).status_code == 302
    assert list(linked.trainings.all()) == [training]
    assert not unlinked_later.trainings.exists()
