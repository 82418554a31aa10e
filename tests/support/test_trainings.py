"""Trainings meet the guide: the support that applies on a training's page (by region, cost
and audience), and the catalogue's "free for me" given her situation."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bedigital.support.models import Support
from bedigital.vocabularies import Cost, Region, Status
from tests.conftest import LANGUAGES
from tests.factories import TrainingFactory

from .factories import SupportFactory

ALL = ("brussels", "flanders", "wallonia", "german_community")
HEADING = {
    "nl": "Steun die je kunt krijgen tijdens deze opleiding",
    "fr": "Les aides possibles pendant cette formation",
    "de": "Hilfen, die Sie während dieser Ausbildung erhalten können",
    "en": "Support you may get while following it",
}


def support_links(html):
    section = html.split('id="training-support"', 1)[1].split("</section>", 1)[0]
    found = re.findall(r'<a href="/\w\w/support/([\w-]+)/"', section)
    return [slug for slug in found if slug != "what-can-i-get"]


@pytest.fixture
def guide(db):
    SupportFactory(slug="forem", regions=["wallonia"], during_training=True)
    SupportFactory(
        slug="forem-vouchers",
        regions=["wallonia"],
        during_training=True,
        situations=["employed"],
        covers_fees=True,
    )
    SupportFactory(
        slug="wallonia-cheques",
        regions=["wallonia"],
        during_training=True,
        situations=["job_seeker"],
        covers_fees=True,
    )
    SupportFactory(slug="vdab", regions=["flanders"], during_training=True)
    SupportFactory(slug="federal-leave", regions=ALL, situations=["employed"], during_training=True)
    SupportFactory(slug="loan", regions=["wallonia"], situations=["founder"])  # not for training
    SupportFactory(slug="draft", regions=["wallonia"], during_training=True, status=Status.DRAFT)


@pytest.mark.parametrize(
    ("training", "expected"),
    [
        # a free training in Wallonia for job seekers: allowances, no voucher for a fee
        ({"region": Region.WALLONIA, "cost": Cost.FREE, "audiences": ["job_seekers"]}, ["forem"]),
        # the same training with a fee: the fee vouchers for job seekers apply too
        (
            {"region": Region.WALLONIA, "cost": Cost.PAID, "audiences": ["job_seekers"]},
            ["forem", "wallonia-cheques"],
        ),
        # for employees: their vouchers and the federal leave, not the job seekers' allowance
        (
            {"region": Region.WALLONIA, "cost": Cost.PAID, "audiences": ["employees"]},
            ["federal-leave", "forem-vouchers"],
        ),
        # no audience named: whoever she is, in its region
        (
            {"region": Region.FLANDERS, "cost": Cost.FREE, "audiences": []},
            ["federal-leave", "vdab"],
        ),
        # online, for job seekers: every region's, as each applies where she lives
        (
            {"region": Region.ONLINE, "cost": Cost.FREE, "audiences": ["job_seekers"]},
            ["forem", "vdab"],
        ),
    ],
)
def test_a_training_shows_the_support_that_applies(client, guide, training, expected):
    item = TrainingFactory(**training)
    html = client.get(f"/en/trainings/{item.slug}/").content.decode()
    assert sorted(support_links(html)) == expected


@pytest.mark.parametrize("lang", LANGUAGES)
def test_support_on_a_training_in_each_language(client, guide, lang):
    item = TrainingFactory(region=Region.WALLONIA, audiences=["job_seekers"])
    html = client.get(f"/{lang}/trainings/{item.slug}/").content.decode()
    assert HEADING[lang] in html
    assert support_links(html) == ["forem"]


def test_support_kept_in_the_process_follows_edits(client, guide):
    item = TrainingFactory(region=Region.FLANDERS, cost=Cost.FREE, audiences=[])
    url = f"/en/trainings/{item.slug}/"
    assert support_links(client.get(url).content.decode()) == ["federal-leave", "vdab"]
    SupportFactory(slug="flemish-leave", regions=["flanders"], during_training=True)
    vdab = Support.objects.get(slug="vdab")
    vdab.status = Status.DRAFT
    vdab.save()
    assert support_links(client.get(url).content.decode()) == ["federal-leave", "flemish-leave"]


def test_support_costs_the_same_queries_whatever_its_size(client, db):
    item = TrainingFactory(region=Region.WALLONIA, audiences=["job_seekers"])

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(f"/en/trainings/{item.slug}/").status_code == 200
        return len(ctx.captured_queries)

    SupportFactory(regions=["wallonia"], during_training=True)
    few = queries()
    SupportFactory.create_batch(15, regions=["wallonia"], during_training=True)
    assert queries() == few


@pytest.fixture
def catalogue(db):
    return {
        "free": TrainingFactory(cost=Cost.FREE, title_en="Free for all"),
        "job_seekers": TrainingFactory(
            cost=Cost.FREE_FOR_JOB_SEEKERS, title_en="Free for job seekers"
        ),
        "paid": TrainingFactory(cost=Cost.PAID, title_en="Paid course"),
    }


@pytest.mark.parametrize(
    ("situation", "expected"),
    [
        ("job_seeker", {"Free for all", "Free for job seekers"}),
        ("employed", {"Free for all"}),
        ("student", {"Free for all"}),
        ("", {"Free for all", "Free for job seekers", "Paid course"}),
    ],
)
def test_free_for_me_given_her_situation(client, catalogue, situation, expected):
    html = client.get(f"/en/trainings/?free_for={situation}").content.decode()
    titles = {t for t in ("Free for all", "Free for job seekers", "Paid course") if t in html}
    assert titles == expected


def test_free_for_me_with_an_unknown_situation_is_reported(client, catalogue):
    response = client.get("/fr/trainings/?free_for=astronaut")
    assert response.status_code == 200
    assert 'class="form-error"' in response.content.decode()


def test_free_for_me_is_in_the_form_in_each_language(client, db):
    for lang, legend in [
        ("nl", "Gratis voor mij, als…"),
        ("fr", "Gratuite pour moi, en tant que…"),
        ("de", "Kostenlos für mich, als…"),
        ("en", "Free for me, as a…"),
    ]:
        html = client.get(f"/{lang}/trainings/?free_for=job_seeker").content.decode()
        assert legend in html
        assert '<option value="job_seeker" selected>' in html
