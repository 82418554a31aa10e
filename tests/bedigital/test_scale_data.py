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
    assert Session.objects.count() == 90
    assert Initiative.objects.published().count() == 5
    assert Testimonial.objects.published().count() == 3
    assert SearchEntry.objects.count() == 30 + 5 + 3 + 4
    training = Training.objects.first()
    assert training.languages.exists()
    assert any(getattr(training, f"title_{code}") for code in ["nl", "fr", "de", "en"])
    assert client.get("/en/trainings/").status_code == 200
    assert client.get("/fr/search/", {"q": training.title_fr.split()[0]}).status_code == 200
    # the session summary and the index's copy of it are written with the rows, not after
    summaries = {t.pk: t.last_start for t in Training.objects.all()}
    for training in Training.objects.prefetch_related("sessions"):
        assert training.has_sessions
        assert training.last_start == max(s.start for s in training.sessions.all())
    indexed = SearchEntry.objects.filter(kind="training").values_list("object_id", "last_start")
    assert dict(indexed) == summaries
