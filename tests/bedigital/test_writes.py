"""One write, its derived data once: an admin save of a training with its sessions and terms
writes its search entry once, bumps the content version once and computes the session
summary once, in the same transaction (issue 23)."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bedigital.models import ContentChange, ContentVersion, SearchEntry, Term
from bedigital.writes import write
from tests.admin_forms import admin_form_data
from tests.factories import SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db

# The whole admin request: Django's admin (session, user, permissions, the object and its
# relations for the form, validation of the relations and the slug, the sessions formset, the
# change message), django-reversion (the training serialized once with its terms and
# sessions, `history.revision`) and the write itself (the test below). Measured 52 on SQLite
# and PostgreSQL (with the content version's `ContentChange`); 73 before versions were
# serialized once, check constraints read in Python and sessions' hidden ids found among the
# rows read.
SAVE_BUDGET = 52


def writes_to(queries, table):
    return [q for q in queries if re.match(rf'(UPDATE|INSERT INTO) "{table}"', q)]


def version():
    return ContentVersion.objects.get(pk=1).version if ContentVersion.objects.exists() else 0


def test_an_admin_save_of_a_training_with_sessions_and_a_term_is_one_write(
    client, agency_editor, organisation
):
    training = TrainingFactory(owner=organisation, sessions=[5, 12], title_en="Before")
    client.force_login(agency_editor)
    url = f"/admin/trainings/training/{training.pk}/change/"
    data = admin_form_data(
        client.get(url),
        title_en="After",
        **{"sessions-0-venue": "Hall A", "sessions-1-venue": "Hall B"},
    )
    term = (
        Term.objects.filter(vocabulary="technology")
        .exclude(trainings_by_technology=training)
        .first()
    )
    data["technologies"] = [*data.get("technologies", []), str(term.pk)]
    before = version()

    with CaptureQueriesContext(connection) as captured:
        assert client.post(url, data).status_code == 302

    queries = [q["sql"] for q in captured.captured_queries]
    assert len(queries) <= SAVE_BUDGET, len(queries)
    assert len(writes_to(queries, "bedigital_searchentry")) == 1
    assert len(writes_to(queries, "bedigital_contentversion")) == 1
    summaries = [
        q for q in queries if q.startswith('UPDATE "trainings_training" SET "has_sessions"')
    ]
    assert len(summaries) == 1
    assert version() == before + 1
    training.refresh_from_db()
    entry = SearchEntry.objects.get(kind="training", object_id=training.pk)
    assert "after" in entry.title and training.technologies.filter(pk=term.pk).exists()
    assert entry.last_start == training.last_start == training.sessions.latest("start").start


def test_an_admin_save_costs_the_same_with_two_sessions_or_nine(
    client, agency_editor, organisation
):
    # Neither a session's hidden id nor its end-after-start check is a query of its own.
    client.force_login(agency_editor)
    counts = {}
    for sessions in (2, 9):
        training = TrainingFactory(owner=organisation, sessions=list(range(5, 5 + sessions)))
        url = f"/admin/trainings/training/{training.pk}/change/"
        data = admin_form_data(client.get(url), title_en="Renamed")
        with CaptureQueriesContext(connection) as captured:
            assert client.post(url, data).status_code == 302
        counts[sessions] = len(captured.captured_queries)
        training.refresh_from_db()
        assert training.title_en == "Renamed" and training.sessions.count() == sessions
    assert counts[2] == counts[9] <= SAVE_BUDGET, counts


def test_the_write_itself_of_a_training_with_sessions_and_a_term_is_at_most_20_queries(
    organisation,
):
    # The service under every path (admin, import, commands): what the write costs once the
    # form is validated. The rest of an admin save is the admin's and reversion's.
    training = TrainingFactory(owner=organisation, sessions=[5, 12], title_en="Before")
    sessions = list(training.sessions.all())
    term = Term.objects.filter(vocabulary="technology").exclude(trainings_by_technology=training)[0]
    before = version()

    with CaptureQueriesContext(connection) as captured, write():
        training.title_en = "After"
        training.save()
        for session, venue in zip(sessions, ("Hall A", "Hall B"), strict=True):
            session.venue = venue
            session.save()
        training.technologies.add(term)

    queries = [q["sql"] for q in captured.captured_queries]
    assert len(queries) <= 21, "\n".join(queries)
    assert len(writes_to(queries, "bedigital_searchentry")) == 1
    assert len(writes_to(queries, "bedigital_contentversion")) == 1
    # what it changed, for the indexes kept in memory (`facetindex`): this training
    assert len(writes_to(queries, "bedigital_contentchange")) == 1
    assert ContentChange.objects.get(version=version()).changed == {
        "trainings.training": [training.pk],
        "trainings.session": sorted(session.pk for session in sessions),
    }
    assert version() == before + 1
    assert "after" in SearchEntry.objects.get(kind="training", object_id=training.pk).title


def test_writes_nest_into_one_and_a_lone_save_is_a_write_of_its_own(organisation):
    training = TrainingFactory(owner=organisation, sessions=[])
    before = version()
    with write():
        SessionFactory(training=training)
        SessionFactory(training=training)
        training.title_en = "Renamed"
        training.save()
        with write():  # an inner block joins the outer write
            SessionFactory(training=training)
        assert version() == before  # nothing derived until the write ends
    assert version() == before + 1
    training.refresh_from_db()
    assert training.has_sessions and training.sessions.count() == 3
    assert "renamed" in SearchEntry.objects.get(kind="training", object_id=training.pk).title

    SessionFactory(training=training)  # outside any block: its own write
    assert version() == before + 2


def test_a_failed_write_leaves_no_derived_data(organisation):
    training = TrainingFactory(owner=organisation, sessions=[], title_en="Kept")
    before = version()
    with pytest.raises(RuntimeError), write():
        training.title_en = "Lost"
        training.save()
        raise RuntimeError
    assert version() == before
    assert "lost" not in SearchEntry.objects.get(kind="training", object_id=training.pk).title
