"""Two editors save one item at the same moment: one save goes through, the other is told
and shown what changed; no edit is silently lost (issue 13, item 2).

The concurrency tests run each save in its own thread with its own database connection, and
hold every save right before its write until the other one gets there too (or half a second
has passed): without a lock, both pass the conflict check and the second write wins unseen."""

import contextlib
import threading

import pytest
import reversion
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client

from bedigital.roles import AGENCY_EDITORS
from bedigital.vocabularies import Status
from tests.admin_forms import admin_form_data
from tests.factories import OrganisationFactory, TrainingFactory, UserFactory
from trainings.models import Training

CHANGELIST = "/admin/trainings/training/"
CHANGE = CHANGELIST + "{}/change/"
ROUNDS = 10
CONFLICT = "saved this item on"


def editor(organisation, first_name):
    user = UserFactory(is_staff=True, first_name=first_name, last_name="Editor")
    user.groups.add(Group.objects.get(name=AGENCY_EDITORS))
    organisation.editors.add(user)
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def writes_wait_for_each_other(monkeypatch):
    """Each save of a training (change form or action) waits right before its write for the
    other one (at most half a second): the widest window a race can have."""
    barrier = threading.Barrier(2, timeout=0.5)
    save = Training.save

    def waiting_save(self, *args, **kwargs):
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()
        save(self, *args, **kwargs)

    monkeypatch.setattr(Training, "save", waiting_save)
    return barrier


def post_at_once(*posts):
    """Send each (client, url, data) from its own thread and database connection, all
    released together; the responses in the same order."""
    start = threading.Barrier(len(posts))
    responses = [None] * len(posts)

    def send(index, client, url, data):
        try:
            start.wait()
            responses[index] = client.post(url, data)
        finally:
            connections.close_all()  # this thread's connection

    threads = [threading.Thread(target=send, args=(i, *post)) for i, post in enumerate(posts)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return responses


@pytest.fixture
def separate_connections(transactional_db):
    """Threads with a connection each, to a database they really share."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        pytest.skip("SQLite's in-memory test database locks whole tables between threads")


def test_two_simultaneous_saves_of_one_training_lose_no_edit(
    separate_connections, writes_wait_for_each_other
):
    organisation = OrganisationFactory()
    anna, bart = editor(organisation, "Anna"), editor(organisation, "Bart")
    for round_ in range(ROUNDS):
        writes_wait_for_each_other.reset()
        training = TrainingFactory(owner=organisation)
        with reversion.create_revision():  # its history starts as an admin save starts it
            training.save()
        url = CHANGE.format(training.pk)
        titles = {anna: f"Title by Anna {round_}", bart: f"Title by Bart {round_}"}
        forms = {client: client.get(url) for client in titles}

        responses = post_at_once(
            *[(c, url, admin_form_data(forms[c], title_en=titles[c])) for c in titles]
        )

        statuses = [r.status_code for r in responses]
        assert sorted(statuses) == [200, 302], f"round {round_}: {statuses}"
        winner = list(titles)[statuses.index(302)]
        told = responses[statuses.index(200)].content.decode()
        training.refresh_from_db()
        assert training.title_en == titles[winner]
        assert CONFLICT in told
        assert f"is now “{titles[winner]}”" in told


def test_two_editors_changing_sessions_of_one_training_at_once_lose_no_edit(
    separate_connections, writes_wait_for_each_other
):
    organisation = OrganisationFactory()
    anna, bart = editor(organisation, "Anna"), editor(organisation, "Bart")
    for round_ in range(ROUNDS):
        writes_wait_for_each_other.reset()
        training = TrainingFactory(owner=organisation, sessions=[5, 12])
        with reversion.create_revision():
            training.save()
        first, second = training.sessions.order_by("start")
        url = CHANGE.format(training.pk)
        venues = {
            anna: ("sessions-0-venue", f"Hall of Anna {round_}", first),
            bart: ("sessions-1-venue", f"Hall of Bart {round_}", second),
        }
        forms = {client: client.get(url) for client in venues}

        responses = post_at_once(
            *[(c, url, admin_form_data(forms[c], **{venues[c][0]: venues[c][1]})) for c in venues]
        )

        statuses = [r.status_code for r in responses]
        assert sorted(statuses) == [200, 302], f"round {round_}: {statuses}"
        winner = list(venues)[statuses.index(302)]
        loser_response = responses[statuses.index(200)]
        field, venue, session = venues[winner]
        session.refresh_from_db()
        assert session.venue == venue
        told = loser_response.content.decode()
        assert CONFLICT in told
        assert f"is now “{venue}”" in told


def test_publishing_while_another_editor_saves_loses_neither(
    separate_connections, writes_wait_for_each_other
):
    organisation = OrganisationFactory()
    anna, bart = editor(organisation, "Anna"), editor(organisation, "Bart")
    for round_ in range(ROUNDS):
        writes_wait_for_each_other.reset()
        training = TrainingFactory(owner=organisation, status=Status.DRAFT)
        url = CHANGE.format(training.pk)
        form = anna.get(url)
        title = f"Title by Anna {round_}"

        saved, published = post_at_once(
            (anna, url, admin_form_data(form, title_en=title)),
            (bart, CHANGELIST, {"action": "publish", "_selected_action": [training.pk]}),
        )

        assert published.status_code == 302
        training.refresh_from_db()
        assert training.status == Status.PUBLISHED, f"round {round_}: publishing lost"
        if saved.status_code == 302:
            assert training.title_en == title, f"round {round_}: Anna's title lost"
        else:  # published first: Anna is told before anything of hers is written
            assert CONFLICT in saved.content.decode()


@pytest.mark.django_db
def test_conflict_lists_the_sessions_the_other_editor_changed(organisation):
    training = TrainingFactory(owner=organisation, sessions=[5, 12])
    with reversion.create_revision():  # its history starts as an admin save would start it
        training.save()
    first, second = training.sessions.order_by("start")
    anna, bart = editor(organisation, "Anna"), editor(organisation, "Bart")
    url = CHANGE.format(training.pk)
    mine = anna.get(url)

    theirs = admin_form_data(bart.get(url))
    theirs.update(
        {
            "sessions-0-venue": "Bart's hall",
            "sessions-1-DELETE": "on",
            # a new session, at the same times as the first
            **{f"sessions-2-{f}": theirs[f"sessions-0-{f}"] for f in ["start_0", "start_1"]},
            **{f"sessions-2-{f}": theirs[f"sessions-0-{f}"] for f in ["end_0", "end_1"]},
            "sessions-2-venue": "Bart's new place",
        }
    )
    assert bart.post(url, theirs).status_code == 302
    assert training.sessions.count() == 2

    refused = anna.post(url, admin_form_data(mine, title_en="Anna's title"))
    assert refused.status_code == 200
    told = refused.content.decode()
    assert "Bart Editor saved this item on" in told
    assert (
        f"Session “{first}”, venue: was “Maison de l&#x27;emploi”, is now “Bart&#x27;s hall”"
        in told
    )
    assert f"Removed: session “{second}”" in told
    added = training.sessions.get(venue="Bart's new place")
    assert f"Added: session “{added}”" in told
    training.refresh_from_db()
    assert training.title_en != "Anna's title"

    # Bart removes his new session while Anna reads: she is told again, in her language.
    theirs = admin_form_data(bart.get(url))
    index = next(i for i in range(2) if theirs[f"sessions-{i}-id"] == str(added.pk))
    theirs[f"sessions-{index}-DELETE"] = "on"
    assert bart.post(url, theirs).status_code == 302
    refused = anna.post(url, admin_form_data(refused), headers={"accept-language": "fr"})
    assert f"Suppression : session « {added} »" in refused.content.decode()


@pytest.mark.django_db
def test_a_session_removed_while_another_editor_changes_it_is_pointed_out(organisation):
    training = TrainingFactory(owner=organisation, sessions=[5, 12])
    with reversion.create_revision():
        training.save()
    anna, bart = editor(organisation, "Anna"), editor(organisation, "Bart")
    url = CHANGE.format(training.pk)
    mine = anna.get(url)
    theirs = admin_form_data(bart.get(url), **{"sessions-0-DELETE": "on"})
    assert bart.post(url, theirs).status_code == 302

    changes = {"title_en": "Title by Anna", "sessions-0-venue": "Hall of Anna"}
    refused = anna.post(url, admin_form_data(mine, **changes))
    assert "Removed: session" in refused.content.decode()
    again = anna.post(url, admin_form_data(refused))
    assert again.status_code == 200
    assert "Someone else removed this session while you were editing" in again.content.decode()

    # Letting it go saves the rest of her changes.
    saved = anna.post(url, admin_form_data(again, **{"sessions-0-DELETE": "on"}))
    assert saved.status_code == 302
    training.refresh_from_db()
    assert training.title_en == "Title by Anna"
    assert training.sessions.count() == 1


@pytest.mark.django_db
def test_first_conflict_after_loading_demo_data_lists_what_changed(settings, site_editor):
    settings.DEBUG = True
    with open("/dev/null", "w") as quiet:
        call_command("load_demo_data", stdout=quiet)
    training = Training.objects.filter(owner__slug="actiris").first()
    anna = Client()
    anna.force_login(training.owner.editors.get(username="agency-editor"))
    bart = Client()
    bart.force_login(site_editor)
    url = CHANGE.format(training.pk)
    mine = anna.get(url)
    old_title = training.title_en

    saved = bart.post(url, admin_form_data(bart.get(url), title_en="A new English title"))
    assert saved.status_code == 302

    refused = anna.post(url, admin_form_data(mine, summary_en="My new summary"))
    assert refused.status_code == 200
    told = refused.content.decode()
    assert "What they changed:" in told
    assert f"was “{old_title}”, is now “A new English title”" in told


def test_a_list_edit_while_another_editor_saves_loses_neither(separate_connections, monkeypatch):
    from testimonials.models import Testimonial
    from tests.factories import TestimonialFactory

    barrier = threading.Barrier(2, timeout=0.5)
    save = Testimonial.save

    def waiting_save(self, *args, **kwargs):
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait()
        save(self, *args, **kwargs)

    monkeypatch.setattr(Testimonial, "save", waiting_save)
    organisation = OrganisationFactory()
    anna, bart = editor(organisation, "Anna"), editor(organisation, "Bart")
    stories = "/admin/testimonials/testimonial/"
    for round_ in range(ROUNDS):
        barrier.reset()
        story = TestimonialFactory(owner=organisation, featured=False)
        with reversion.create_revision():
            story.save()
        url = f"{stories}{story.pk}/change/"
        role = f"Role by Bart {round_}"
        featured = {
            "form-TOTAL_FORMS": 1,
            "form-INITIAL_FORMS": 1,
            "_save": "Save",
            "form-0-id": story.pk,
            "form-0-featured": "on",
        }

        listed, saved = post_at_once(
            (anna, stories, featured),
            (bart, url, admin_form_data(bart.get(url), role_en=role)),
        )

        assert listed.status_code == 302
        story.refresh_from_db()
        assert story.featured, f"round {round_}: Anna's list edit lost"
        if saved.status_code == 302:
            assert story.role_en == role, f"round {round_}: Bart's role lost"
        else:  # the list edit came first: Bart is told before anything of his is written
            assert CONFLICT in saved.content.decode()
