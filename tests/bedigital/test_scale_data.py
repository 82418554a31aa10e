import io

import pytest
from django.core.management import call_command
from django.db import connection

from bedigital import registry, search
from bedigital.models import SearchEntry
from initiatives.models import Initiative
from testimonials.models import Testimonial
from trainings.models import Session, Training

pytestmark = pytest.mark.django_db


@pytest.fixture
def generated(db):
    out = io.StringIO()
    call_command(
        "generate_scale_data",
        trainings=30,
        initiatives=5,
        testimonials=3,
        organisations=4,
        stdout=out,
    )
    return out.getvalue()


def test_generate_scale_data_fills_every_app_in_four_languages_and_indexes_it(client, generated):
    assert Training.objects.published().count() == 30
    assert Session.objects.count() >= 90  # the demo trainings' sessions, 1 to 3 each, run twice
    assert Initiative.objects.published().count() == 5
    assert Testimonial.objects.published().count() == 3
    assert SearchEntry.objects.count() == 30 + 5 + 3 + 4
    training = Training.objects.first()
    assert training.languages.exists()
    assert any(getattr(training, f"title_{code}") for code in ["nl", "fr", "de", "en"])
    assert client.get("/en/trainings/").status_code == 200
    assert Training.objects.filter(meeting_days__gt=0, locality__isnull=False).exists()
    assert client.get("/en/trainings/", {"near": "4000", "within": "50"}).status_code == 200
    assert "trainings 30/30, sessions" in generated  # progress, with the time it took


@pytest.mark.skipif(connection.vendor != "postgresql", reason="indexes rebuilt on PostgreSQL")
def test_the_indexes_dropped_for_the_load_are_built_again(db):
    def indexes():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = ANY(%s)",
                [[m._meta.db_table for m in (Training, Session, SearchEntry)]],
            )
            return sorted(cursor.fetchall())

    before = indexes()
    assert len(before) > 20
    call_command("generate_scale_data", trainings=3, initiatives=1, stdout=io.StringIO())
    assert indexes() == before


def test_derived_columns_are_what_the_write_path_computes(generated):
    # the session summary of each training, and the index's copy of it
    columns = ["has_sessions", "last_start", *Training.WEEK_FIELDS, "locality", "latitude"]
    columns += Training.NEXT_FIELDS
    written = list(Training.objects.order_by("pk").values_list(*columns))
    assert any(row[-2] for row in written)  # some have a next session one can join
    Training.objects.all().refresh_session_summary()
    assert list(Training.objects.order_by("pk").values_list(*columns)) == written
    summaries = {t.pk: t.last_start for t in Training.objects.all()}
    indexed = SearchEntry.objects.filter(kind="training").values_list("object_id", "last_start")
    assert dict(indexed) == summaries
    # each session's schedule summary and place, as a save computes them
    fields = [name for name in Session.SCHEDULE_FIELDS if name != "locality"] + ["locality_id"]
    for session in Session.objects.all():
        stored = [getattr(session, name) for name in fields]
        session._located_at = None  # look the place up again from the postcode
        session.update_schedule()
        assert [getattr(session, name) for name in fields] == stored


def index_rows() -> dict:
    """Every column of every search entry (vectors as text on PostgreSQL)."""
    names = [f.column for f in SearchEntry._meta.concrete_fields if f.column != "id"]
    cast = "CAST({} AS text)" if connection.vendor == "postgresql" else "{}"
    columns = ", ".join(cast.format(name) if "vector" in name else name for name in names)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns} FROM {SearchEntry._meta.db_table}")
        return {(row[0], row[1]): row for row in cursor.fetchall()}


def test_search_entries_are_what_the_write_path_writes(generated):
    written = index_rows()
    for item in registry.searchable().values():
        search.index_many(item.model.objects.all())  # as a save through the admin does
    assert index_rows() == written


def test_the_search_and_the_keyword_box_find_generated_items(client, generated):
    training = Training.objects.order_by("pk").last()
    number = training.slug.rsplit("-", 1)[1]
    word = max(training.title_fr.split()[:-1], key=len)
    response = client.get("/fr/search/", {"q": f"{word} {number}"})
    assert training.get_absolute_url().encode() in response.content
    response = client.get("/fr/trainings/", {"q": f"{word} {number}", "when": "all"})
    assert training.get_absolute_url().encode() in response.content
    story = Testimonial.objects.order_by("pk").last()
    response = client.get("/en/search/", {"q": story.name})
    assert story.get_absolute_url().encode() in response.content
