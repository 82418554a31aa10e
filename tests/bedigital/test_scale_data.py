import pytest
from django.core.management import call_command

from bedigital.models import SearchEntry
from initiatives.models import Initiative
from testimonials.models import Testimonial
from trainings.models import Session, Training

pytestmark = pytest.mark.django_db


def test_generate_scale_data_fills_every_app_in_four_languages_and_indexes_it(client):
    call_command(
        "generate_scale_data",
        trainings=30,
        initiatives=5,
        testimonials=3,
        organisations=4,
        stdout=open("/dev/null", "w"),
    )
    assert Training.objects.published().count() == 30
    assert Session.objects.count() >= 45  # the demo trainings' sessions, 1 to 3 each
    assert Initiative.objects.published().count() == 5
    assert Testimonial.objects.published().count() == 3
    assert SearchEntry.objects.count() == 30 + 5 + 3 + 4
    training = Training.objects.first()
    assert training.languages.exists()
    assert any(getattr(training, f"title_{code}") for code in ["nl", "fr", "de", "en"])
    assert client.get("/en/trainings/").status_code == 200
    assert client.get("/fr/search/", {"q": training.title_fr.split()[0]}).status_code == 200
    # the session summary and the index's copy of it are written with the rows, not after,
    # and are what the write path computes
    columns = ["has_sessions", "last_start", *Training.WEEK_FIELDS, "locality", "latitude"]
    columns += Training.NEXT_FIELDS
    written = list(Training.objects.order_by("pk").values_list(*columns))
    Training.objects.all().refresh_session_summary()
    assert list(Training.objects.order_by("pk").values_list(*columns)) == written
    assert Training.objects.filter(meeting_days__gt=0, locality__isnull=False).exists()
    assert client.get("/en/trainings/", {"near": "4000", "within": "50"}).status_code == 200
    summaries = {t.pk: t.last_start for t in Training.objects.all()}
    indexed = SearchEntry.objects.filter(kind="training").values_list("object_id", "last_start")
    assert dict(indexed) == summaries
