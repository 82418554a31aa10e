import pytest
from django.core.management import CommandError, call_command

from bedigital.models import KeyFigure, Organisation

pytestmark = pytest.mark.django_db


def test_demo_data_is_idempotent_and_prints_credentials(settings, capsys, client):
    settings.DEBUG = True
    call_command("load_demo_data")
    first = capsys.readouterr().out
    counts = (Organisation.objects.count(), KeyFigure.objects.count())
    call_command("load_demo_data")
    second = capsys.readouterr().out
    assert (Organisation.objects.count(), KeyFigure.objects.count()) == counts
    assert counts[0] >= 10 and counts[1] >= 6
    assert "0 created" in second and "0 created" not in first.split("\n")[0]
    assert "'site-editor'" in second and "'agency-editor'" in second
    # the printed credentials work
    credentials = {"username": "agency-editor", "password": "demo-agency-editor"}
    assert client.post("/admin/login/", credentials).status_code == 302
    assert client.get("/admin/bedigital/organisation/").status_code == 200


def test_demo_content_is_written_in_four_languages(demo):
    for figure in KeyFigure.objects.all():
        assert all(getattr(figure, f"label_{lang}") for lang in ["nl", "fr", "de", "en"])
    complete = [o for o in Organisation.objects.all() if o.description_de and o.description_nl]
    assert len(complete) >= Organisation.objects.count() - 1
    # at least one partner shows the "not available in your language" case
    assert Organisation.objects.filter(description_en__in=["", None]).exists()


def test_demo_data_refuses_production_without_force(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("load_demo_data")
