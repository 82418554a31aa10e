from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bedigital.pagecache import content_changed
from bedigital.vocabularies import Status
from testimonials.models import Testimonial
from tests.conftest import LANGUAGES
from tests.factories import InitiativeFactory, TestimonialFactory, TrainingFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("lang", LANGUAGES)
def test_list_shows_portrait_name_role_and_quote_in_each_language(client, lang):
    story = TestimonialFactory()
    html = client.get(f"/{lang}/testimonials/").content.decode()
    assert story.name in html
    assert getattr(story, f"role_{lang}") in html
    assert getattr(story, f"quote_{lang}").replace("'", "&#x27;") in html
    assert '<source type="image/webp" srcset="' in html
    assert 'loading="lazy"' in html and 'sizes="' in html
    assert 'width="400" height="500"' in html or 'width="640"' in html


def test_expired_or_future_consent_hides_the_story(client):
    today = timezone.localdate()
    expired = TestimonialFactory(consent_expires=today - timedelta(days=1))
    not_yet = TestimonialFactory(consent_date=today + timedelta(days=3))
    valid = TestimonialFactory(consent_expires=today + timedelta(days=30))
    assert set(Testimonial.objects.published()) == {valid}
    assert client.get(f"/en/testimonials/{expired.slug}/").status_code == 404
    assert client.get(f"/en/testimonials/{not_yet.slug}/").status_code == 404
    html = client.get("/en/testimonials/").content.decode()
    assert valid.name in html and expired.name not in html


def test_filters_by_sector_and_career_path(client):
    health = TestimonialFactory(sector="health", career_path="returner")
    finance = TestimonialFactory(sector="finance", career_path="leader")
    html = client.get("/en/testimonials/?sector=finance").content.decode()
    assert finance.name in html and health.name not in html
    html = client.get(
        "/en/testimonials/?career_path=returner&career_path=graduate"
    ).content.decode()
    assert health.name in html and finance.name not in html
    assert client.get("/en/testimonials/?sector=space").status_code == 200


def test_links_both_ways_between_stories_and_trainings(client):
    training = TrainingFactory()
    initiative = InitiativeFactory()
    story = TestimonialFactory()
    story.trainings.add(training)
    story.initiatives.add(initiative)
    detail = client.get(f"/en/testimonials/{story.slug}/").content.decode()
    assert "Trainings that lead here" in detail
    assert f'href="/en/trainings/{training.slug}/"' in detail
    assert f'href="/en/initiatives/{initiative.slug}/"' in detail
    training_page = client.get(f"/en/trainings/{training.slug}/").content.decode()
    assert f'href="/en/testimonials/{story.slug}/"' in training_page
    hidden = TestimonialFactory(status=Status.DRAFT)
    hidden.trainings.add(training)
    assert hidden.name not in client.get(f"/en/trainings/{training.slug}/").content.decode()


def test_story_fallback_and_video_transcript(client):
    story = TestimonialFactory(
        story_en="",
        story_nl="<p>Ik begon op mijn veertigste.</p>",
        video_url="https://www.youtube-nocookie.com/embed/abcdefghijk",
        transcript_en="Hello, I am Sofia.",
    )
    html = client.get(f"/fr/testimonials/{story.slug}/").content.decode()
    assert '<div class="prose" lang="nl"><p>Ik begon op mijn veertigste.</p></div>' in html
    assert 'href="https://www.youtube-nocookie.com/embed/abcdefghijk"' in html
    assert "<iframe" not in html  # a link, no third-party embed
    assert "Hello, I am Sofia." in html


def test_home_features_stories_and_rotates_daily(client):
    stories = TestimonialFactory.create_batch(5, featured=True)
    TestimonialFactory(featured=False, name="Not featured")
    html = client.get("/en/").content.decode()
    shown = [s for s in stories if s.name in html]
    assert len(shown) == 3 and "Not featured" not in html
    today = Testimonial.objects.featured_today()
    assert today == Testimonial.objects.featured_today()  # same all day


@pytest.mark.parametrize(
    "path", ["/en/testimonials/", "/en/testimonials/?sector=health", "detail", "/en/"]
)
def test_constant_number_of_queries_with_10_and_500_stories(client, path):
    def queries(url):
        # warmed first: what is kept per content version (the list's facet index, built or
        # patched) is read once, not per request
        client.get(url)
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    first = TestimonialFactory(featured=True)
    first.trainings.add(TrainingFactory())
    url = f"/en/testimonials/{first.slug}/" if path == "detail" else path
    template = Testimonial.objects.get(pk=first.pk)

    def clones(n, start):
        for i in range(n):
            clone = Testimonial.objects.get(pk=first.pk)
            clone.pk = None
            clone.slug = f"clone-{start + i}"
            yield clone

    # bulk inserts send no signals: retire what is kept per content version, as
    # generate_scale_data does (the pages, the lists' facet indexes)
    Testimonial.objects.bulk_create(clones(9, 0))
    content_changed()
    few = queries(url)
    Testimonial.objects.bulk_create(clones(490, 100))
    content_changed()
    assert Testimonial.objects.count() == 500
    assert queries(url) == few
    assert template.portrait
