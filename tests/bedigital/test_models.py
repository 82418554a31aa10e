from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db.models import ProtectedError
from django.utils import timezone, translation
from django.utils.translation import override

from bedigital.i18n import localized
from bedigital.models import Organisation
from bedigital.vocabularies import Status, TargetAudience
from tests.factories import OrganisationFactory
from tests.publishing.models import Notice

pytestmark = pytest.mark.django_db


def test_published_respects_status_and_scheduled_publication(organisation):
    now = timezone.now()
    visible = Notice.objects.create(owner=organisation, title="live", status=Status.PUBLISHED)
    Notice.objects.create(owner=organisation, title="draft", status=Status.DRAFT)
    Notice.objects.create(owner=organisation, title="archived", status=Status.ARCHIVED)
    scheduled = Notice.objects.create(
        owner=organisation,
        title="later",
        status=Status.PUBLISHED,
        publication_date=now + timedelta(days=1),
    )
    assert list(Notice.objects.published()) == [visible]
    assert visible.is_public and not scheduled.is_public


def test_owned_by_limits_to_the_editors_organisations(agency_editor, organisation):
    mine = Notice.objects.create(owner=organisation, title="mine")
    Notice.objects.create(owner=OrganisationFactory(), title="theirs")
    assert list(Notice.objects.owned_by(agency_editor)) == [mine]


def test_deleting_an_organisation_never_deletes_its_content(organisation):
    Notice.objects.create(owner=organisation, title="x", status=Status.PUBLISHED)
    with pytest.raises(ProtectedError):
        organisation.delete()
    assert Notice.objects.count() == 1


def test_one_language_is_enough_but_one_is_needed():
    partner = Organisation(slug="vdab", kind="public_employment_service", region="flanders")
    for language in ("fr", "nl"):  # the error is on the name in the writer's language
        with override(language), pytest.raises(ValidationError) as error:
            partner.full_clean()
        assert list(error.value.message_dict) == [f"name_{language}"]
    partner.name_nl = "VDAB"  # Dutch only is fine: not necessarily French
    partner.full_clean()


def test_localized_reports_the_language_it_fell_back_to():
    partner = Organisation(name_nl="Digitaal Vlaanderen", name_fr="", name_en="", name_de="")
    text = localized(partner, "name", "fr")
    assert (str(text), text.lang, text.is_fallback) == ("Digitaal Vlaanderen", "nl", True)
    assert not localized(partner, "name", "nl").is_fallback
    with translation.override("fr"):
        assert (
            text.fallback_note
            == "Ce texte n'existe pas dans votre langue. Il est affiché en néerlandais."
        )


def test_vocabulary_labels_are_translated():
    with translation.override("nl"):
        assert str(TargetAudience.JOB_SEEKERS.label) == "Werkzoekenden"
    with translation.override("de"):
        assert str(TargetAudience.JOB_SEEKERS.label) == "Arbeitsuchende"


def test_the_terms_of_several_facets_are_read_in_one_query(django_assert_max_num_queries):
    """`prefetch_kept` gives each item the terms `prefetch_related` would, in their order,
    from one query of the link tables (and the content version the terms are kept by)."""
    from bedigital.terms import TERMS, prefetch_kept
    from tests.factories import TrainingFactory
    from trainings.models import Training

    names = ["languages", "technologies", "audiences", "digcomp_areas"]
    first = TrainingFactory(
        languages=["nl", "fr"], technologies=["data", "ai"], audiences=["women_returners"]
    )
    second = TrainingFactory(languages=["de"], technologies=["cloud"])
    expected = {
        training.pk: {name: list(getattr(training, name).all()) for name in names}
        for training in Training.objects.prefetch_related(*names).filter(
            pk__in=[first.pk, second.pk]
        )
    }
    trainings = list(Training.objects.filter(pk__in=[first.pk, second.pk]))
    prefetch_kept(trainings, dict.fromkeys(names, TERMS))  # the terms, once per content version
    trainings = list(Training.objects.filter(pk__in=[first.pk, second.pk]))
    with django_assert_max_num_queries(2):
        prefetch_kept(trainings, dict.fromkeys(names, TERMS))
    with django_assert_max_num_queries(0):
        found = {t.pk: {name: list(getattr(t, name).all()) for name in names} for t in trainings}
    assert found == expected
    assert [term.code for term in found[first.pk]["languages"]] == ["nl", "fr"]
    assert found[second.pk]["digcomp_areas"] == []


def test_a_training_page_reads_its_careers_and_stories_from_their_links_only(
    client, django_assert_num_queries
):
    """A training's occupations and stories are kept in the process per content version,
    as its terms are (`prefetch_kept`): the page lists the public ones, in the order
    `prefetch_related` gave (careers by title in the page's language, newest story first),
    from one query of every link table."""
    from tests.factories import OccupationFactory, TestimonialFactory, TrainingFactory
    from trainings.models import Training
    from trainings.views import LINKED

    training = TrainingFactory(languages=["fr"])
    careers = [
        OccupationFactory(title_en="Web developer", title_fr="Développeuse web"),
        OccupationFactory(title_en="Cloud engineer", title_fr="Ingénieure cloud"),
        OccupationFactory(title_en="Data analyst", title_fr="", title_nl="Data-analist"),
        OccupationFactory(title_en="Draft career", status=Status.DRAFT),
    ]
    training.prepares_for.set(careers)
    now = timezone.now()
    stories = [
        TestimonialFactory(name="Older", publication_date=now - timedelta(days=9)),
        TestimonialFactory(name="Newer", publication_date=now - timedelta(days=2)),
        TestimonialFactory(name="Unpublished story", status=Status.DRAFT),
        TestimonialFactory(name="Story of next week", publication_date=now + timedelta(days=7)),
    ]
    training.testimonials.set(stories)

    def read():
        found = Training.objects.filter(pk=training.pk).prefetch_kept(LINKED).get()
        careers = [str(localized(c, "title")) for c in found.prepares_for.all()]
        return careers, [story.name for story in found.testimonials.all()]

    with translation.override("fr"):
        assert read() == (
            ["Data analyst", "Développeuse web", "Ingénieure cloud"],  # no French title
            ["Newer", "Older"],
        )
        # the training and its links; outside a request, each kept set reads the version
        with django_assert_num_queries(2 + 3):
            read()
    with translation.override("en"):
        assert read()[0] == ["Cloud engineer", "Data analyst", "Web developer"]
    expected = Training.objects.prefetch_related("testimonials").get(pk=training.pk)
    assert {s.name for s in expected.testimonials.all() if s.is_public} == {"Newer", "Older"}

    page = client.get(f"/fr/trainings/{training.slug}/").content.decode()
    assert page.index("Développeuse web") < page.index("Ingénieure cloud")
    assert page.index(">Newer<") < page.index(">Older<")
    assert "Unpublished story" not in page and "Story of next week" not in page
    assert "Draft career" not in page


def test_a_choice_is_displayed_in_the_visitors_language_from_labels_read_once():
    """`ChoiceLabels`: the same labels as Django's `get_<field>_display()`, in each language,
    and a value outside the choices (an old import) shown as it is."""
    from django.db.models import Model

    from trainings.models import Session, Training

    training = Training(region="brussels", cost="free", kind="course")
    for code, region in [
        ("fr", "Région de Bruxelles-Capitale"),
        ("nl", "Brussels Hoofdstedelijk Gewest"),
        ("de", "Region Brüssel-Hauptstadt"),
        ("en", "Brussels-Capital Region"),
    ]:
        with override(code):
            assert training.get_region_display() == region
            for name in ("cost", "kind"):  # as Django's own would say it
                field = Training._meta.get_field(name)
                assert getattr(training, f"get_{name}_display")() == Model._get_FIELD_display(
                    training, field
                )
    with override("nl"):
        assert Session(status="cancelled").get_status_display() == "Geannuleerd"
    assert Training(region="atlantis").get_region_display() == "atlantis"
