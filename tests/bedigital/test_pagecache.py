"""The page cache: per language and URL, retired by any content change, never past the next
time-based change, never for editors or the admin; free text once asked twice."""

from datetime import timedelta

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bedigital import pagecache, search
from bedigital.vocabularies import Status
from tests.factories import TestimonialFactory, TrainingFactory, make_event
from trainings.models import Session, Training

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "test-pages",
        },
    }
    caches["pages"].clear()
    yield
    caches["pages"].clear()


def get(client, url):
    """The response, and whether it came from the cache: one query, the content version (no
    header says so, on purpose)."""
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    return response, len(context.captured_queries) == 1


def test_second_visit_is_served_from_the_cache_with_one_query(client):
    training = TrainingFactory()
    first, first_cached = get(client, "/fr/trainings/")
    second, second_cached = get(client, "/fr/trainings/")
    assert not first_cached and second_cached
    assert second.content == first.content
    assert training.title_fr in second.content.decode()
    assert second["Content-Security-Policy"]


def test_each_language_and_query_string_has_its_own_entry(client):
    training = TrainingFactory()
    client.get("/fr/trainings/")
    dutch, cached = get(client, "/nl/trainings/")
    assert not cached
    assert training.title_nl in dutch.content.decode()
    assert 'lang="nl"' in dutch.content.decode()
    filtered, cached = get(client, "/fr/trainings/?cost=paid")
    assert not cached
    assert training.title_fr not in filtered.content.decode()


def test_any_content_change_retires_cached_pages(client):
    training = TrainingFactory(title_de="Alter Titel")
    assert "Alter Titel" in client.get("/de/trainings/").content.decode()
    training.title_de = "Neuer Titel"
    training.save()
    page, cached = get(client, "/de/trainings/")
    assert not cached
    assert "Neuer Titel" in page.content.decode()

    client.get(f"/de/trainings/{training.slug}/")
    training.languages.clear()  # a many-to-many change
    assert not get(client, f"/de/trainings/{training.slug}/")[1]

    client.get(f"/de/trainings/{training.slug}/")
    Session.objects.filter(training=training).delete()
    assert not get(client, f"/de/trainings/{training.slug}/")[1]


def page_entries():
    return [key for key in caches["pages"]._cache if ":page:" in key]


def test_free_text_is_stored_once_asked_a_second_time(client):
    """A search, a place, a keyword: endless values, so a page is stored only when asked
    again (what people search for repeats; a flood of different strings stores nothing)."""
    training = TrainingFactory(title_en="Robot lab", title_fr="Atelier robot")
    for url in ["/en/search/?q=robot", "/fr/trainings/?q=robot", "/fr/trainings/?near=4000"]:
        first, cached = get(client, url)
        assert not cached and first.status_code == 200
        assert page_entries() == [], url
        second, cached = get(client, url)
        assert not cached and len(page_entries()) == 1, url
        third, cached = get(client, url)
        assert cached and third.content == second.content, url
        caches["pages"].clear()
    assert "Robot lab" in client.get("/en/search/?q=robot").content.decode()
    assert training.title_fr in client.get("/fr/trainings/?q=robot").content.decode()
    # another page of results, another kind: their own entries, on the same terms
    get(client, "/en/search/?q=robot&type=training")
    assert page_entries() == []
    get(client, "/en/search/?q=robot&type=nonsense")
    get(client, "/en/search/?q=robot&type=nonsense")
    assert page_entries() == []  # an unknown kind is never stored


def test_editors_and_admin_are_never_cached(client, agency_editor, organisation):
    draft = TrainingFactory(owner=organisation, status=Status.DRAFT)
    client.force_login(agency_editor)
    for _ in range(2):
        response = client.get(f"/en/trainings/{draft.slug}/")
        assert response.status_code == 200
        client.get("/en/trainings/")
        client.get("/admin/trainings/training/")
    assert page_entries() == []


def test_not_found_is_not_cached(client):
    client.get("/en/trainings/nothing-here/")
    response = client.get("/en/trainings/nothing-here/")
    assert response.status_code == 404 and page_entries() == []
    training = TrainingFactory(slug="nothing-here")
    assert client.get(f"/en/trainings/{training.slug}/").status_code == 200


def test_entries_never_outlive_the_next_scheduled_change(django_assert_num_queries):
    TrainingFactory(sessions=[])
    with django_assert_num_queries(1):  # every model's first moment, in one query
        assert pagecache.seconds_until(pagecache.next_change()) <= pagecache.MAX_AGE
    TrainingFactory(publication_date=timezone.now() + timedelta(seconds=42), sessions=[])
    assert 40 <= pagecache.seconds_until(pagecache.next_change()) <= 42
    training = TrainingFactory(sessions=[])
    Session.objects.create(
        training=training,
        start=timezone.now() + timedelta(seconds=20),
        end=timezone.now() + timedelta(hours=2),
    )
    assert pagecache.seconds_until(pagecache.next_change()) <= 20
    TestimonialFactory()  # stories change at midnight at the latest
    assert pagecache.seconds_until(pagecache.next_change()) >= 1
    event = make_event(days=0, start=timezone.now() - timedelta(hours=1))
    event.end = timezone.now() + timedelta(seconds=9)
    event.save()
    assert 7 <= pagecache.seconds_until(pagecache.next_change()) <= 9  # its end: "past"
    assert pagecache.next_change() == event.end


def test_data_kept_in_the_process_follows_content_and_time():
    """`kept_in_process` (synonyms, suggestions, terms, places): computed once per content
    version, again after a write, and again once the next scheduled change has come."""
    from unittest import mock

    computed = []

    def compute():
        computed.append(1)
        return len(computed)

    assert pagecache.kept_in_process("test-figure", compute) == 1
    assert pagecache.kept_in_process("test-figure", compute) == 1  # kept
    TrainingFactory(publication_date=timezone.now() + timedelta(hours=1), sessions=[])
    assert pagecache.kept_in_process("test-figure", compute) == 2  # a write: computed again
    assert pagecache.kept_in_process("test-figure", compute) == 2
    later = timezone.now() + timedelta(hours=2)  # the scheduled training is public now
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert pagecache.kept_in_process("test-figure", compute) == 3


def test_scheduled_training_appears_once_its_time_has_come(client):
    training = TrainingFactory(publication_date=timezone.now() + timedelta(hours=1))
    assert training.title_en not in client.get("/en/trainings/").content.decode()
    # Time passes (simulated): the entry was stored for at most the hour, and a new
    # version of the row is a content change like any other.
    Training.objects.filter(pk=training.pk).update(publication_date=timezone.now())
    pagecache.content_changed()
    assert training.title_en in client.get("/en/trainings/").content.decode()


def test_search_counts_are_shared_by_languages_pages_and_tabs_until_content_changes(
    client, monkeypatch
):
    """A search's counts per kind are kept: the same for every language, page and tab,
    retired with the pages (a page itself is stored only once asked twice)."""

    def counted(lang, **params):
        calls = []
        with monkeypatch.context() as patch:
            patch.setattr(
                search, "count_by_kind", lambda words: calls.append(words) or count(words)
            )
            html = client.get(f"/{lang}/search/", {"q": "robot", **params}).content.decode()
        return len(calls), html

    count = search.count_by_kind

    TrainingFactory.create_batch(2, title_en="Robot lab")
    assert counted("en")[0] == 1
    assert counted("fr")[0] == 0
    assert counted("nl", type="training", page="2")[0] == 0
    training = TrainingFactory(title_en="Robot club")
    number, html = counted("en")
    assert number == 1 and "3 results for" in html
    training.delete()
    number, html = counted("de", type="training")
    assert number == 1 and "2 Ergebnisse für" in html
