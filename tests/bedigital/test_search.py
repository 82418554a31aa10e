"""Site-wide search on both databases; stemming only where PostgreSQL provides it."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bedigital.models import SearchEntry, Synonym
from bedigital.search import highlight, normalize
from bedigital.vocabularies import Status
from tests.factories import (
    InitiativeFactory,
    OrganisationFactory,
    TestimonialFactory,
    TrainingFactory,
)

pytestmark = pytest.mark.django_db
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL full-text search"
)


def titles(client, query, lang="en", **params):
    html = client.get(f"/{lang}/search/", {"q": query, **params}).content.decode()
    return re.findall(r'<h3 class="card-title"><a href="[^"]+"[^>]*>([^<]+)</a>', html), html


def test_every_kind_is_found_and_counted(client):
    TrainingFactory(title_en="Cloud basics for job seekers")
    InitiativeFactory(title_en="Cloud mentors for women")
    TestimonialFactory(role_en="Cloud engineer")
    OrganisationFactory(name_en="Cloud Academy Brussels")
    found, html = titles(client, "cloud")
    assert len(found) == 4
    for label, count in [("All", 4), ("Trainings", 1), ("Initiatives", 1), ("Stories", 1)]:
        assert re.search(rf">{label} <span class=\"count\">\({count}\)", html), label
    found, html = titles(client, "cloud", type="initiative")
    assert found == ["Cloud mentors for women"]


def test_accent_and_case_insensitive():
    assert normalize("Développeuse ÉLÈVE") == "developpeuse eleve"


def test_accent_insensitive_search(client):
    TrainingFactory(title_fr="Devenir développeuse web", title_en="")
    found, _ = titles(client, "DEVELOPPEUSE", lang="fr")
    assert found == ["Devenir développeuse web"]
    found, _ = titles(client, "développeuse", lang="fr")
    assert found == ["Devenir développeuse web"]


def test_items_only_in_another_language_are_found_and_marked(client):
    TrainingFactory(
        title_nl="Werken met gegevens", title_fr="", title_de="", title_en="", summary_en=""
    )
    found, html = titles(client, "gegevens", lang="fr")
    assert found == ["Werken met gegevens"]
    assert 'lang="nl">Werken met gegevens</a>' in html
    assert "(en néerlandais)" in html


def test_visitors_language_first_then_title_above_body(client):
    TrainingFactory(
        title_en="",
        title_fr="",
        title_de="",
        title_nl="Python voor beginners",
        summary_nl="Leer python.",
    )
    body = TrainingFactory(title_en="Data course", summary_en="With some python exercises.")
    title = TrainingFactory(title_en="Python for beginners", summary_en="Learn it.")
    found, _ = titles(client, "python")
    assert found[:2] == [title.title_en, body.title_en]
    assert found[2] == "Python voor beginners"


def test_upcoming_trainings_rank_above_past_ones(client):
    past = TrainingFactory(title_en="Excel workshop", sessions=[-10])
    upcoming = TrainingFactory(title_en="Excel evenings", sessions=[10])
    found, _ = titles(client, "excel")
    assert found == [upcoming.title_en, past.title_en]


def test_hidden_content_is_never_found(client):
    TrainingFactory(title_en="Secret draft robotics", status=Status.DRAFT)
    InitiativeFactory(title_en="Archived robotics", status=Status.ARCHIVED)
    found, _ = titles(client, "robotics")
    assert found == []


def test_index_follows_saves_and_deletes(client):
    training = TrainingFactory(title_en="Blockchain basics")
    assert titles(client, "blockchain")[0] == ["Blockchain basics"]
    training.title_en = "Ledger basics"
    training.save()
    assert titles(client, "blockchain")[0] == []
    training.delete()
    assert not SearchEntry.objects.filter(kind="training", object_id=training.pk).exists()


def test_snippet_marks_the_words_and_escapes_html(client):
    TrainingFactory(title_en="Web", summary_en="Learn <b>HTML</b> & CSS to build your first site.")
    _, html = titles(client, "css")
    assert "<mark>CSS</mark>" in html
    assert "<b>HTML</b>" not in html


def test_highlight_by_stem_and_accents():
    text = "Une formation pour développeuses débutantes."
    assert "<mark>formation</mark>" in highlight(text, ["formations"])
    assert "<mark>développeuses</mark>" in highlight(text, ["developpeuse"])
    assert "<mark>" not in highlight("Une coordonnée", ["donnee"])


@pytest.mark.parametrize(
    "query",
    [
        "",
        " ",
        "\x00",
        "a\x00b",
        "x" * 5000,
        '"quoted words"',
        "a AND b OR NOT c",
        "(* & | !)",
        "🦄🦄",
        "'; DROP TABLE bedigital_searchentry; --",
        "<script>alert(1)</script>",
        "de la le",
    ],
)
def test_odd_queries_never_fail_and_are_escaped(client, query):
    TrainingFactory(title_en="Data la vie")
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    if len(query) > 200:
        assert "Your search is too long" in html


def test_unknown_type_and_page_are_handled(client):
    TrainingFactory(title_en="Data")
    html = client.get("/en/search/", {"q": "data", "type": "rocket", "page": "999"}).content
    assert "showing all results" in html.decode()


def test_constant_queries(client, django_assert_max_num_queries):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            client.get("/en/search/", {"q": "learn"})
        return len(ctx.captured_queries)

    # one query per kind on the page (4 at most), never per result
    TrainingFactory.create_batch(2)
    InitiativeFactory(summary_en="Learn to code.")
    TestimonialFactory(quote_en="I learnt to code.")
    OrganisationFactory(description_en="We help you learn.")
    few = count()
    TrainingFactory.create_batch(40)
    InitiativeFactory.create_batch(10, summary_en="Learn to code.")
    assert count() <= few + 2
    # the counts per kind, the page (one query per rank tier it reaches, 4 at most), then at
    # most one query per kind of result; on PostgreSQL the counts are read along the indexes
    # (`along_the_indexes`: a SET and a RESET)
    planner = 2 if connection.vendor == "postgresql" else 0
    with django_assert_max_num_queries(1 + 4 + 4 + planner):
        client.get("/en/search/", {"q": "learn"})


@postgres_only
@pytest.mark.parametrize(
    ("lang", "text", "query"),
    [
        ("fr", "Une formation en cybersécurité", "formations"),
        ("nl", "Een opleiding voor werkzoekenden", "opleidingen"),
        ("de", "Eine Schulung für Frauen", "Schulungen"),
        ("en", "Running a small shop online", "runs"),
    ],
)
def test_stemming_per_language(client, lang, text, query):
    titles_by_language = {f"title_{code}": "" for code in ["nl", "fr", "de", "en"]}
    TrainingFactory(**{**titles_by_language, f"title_{lang}": text})
    found, _ = titles(client, query, lang=lang, type="training")
    assert found == [text]


@postgres_only
def test_did_you_mean_with_trigrams(client):
    TrainingFactory(title_en="Cybersecurity for beginners")
    found, html = titles(client, "cybersecurty")
    assert found == []
    assert "Did you mean" in html and "Cybersecurity for beginners" in html


def test_index_visibility_matches_published_for_every_state():
    """The index's public window and each model's published() say the same thing."""
    from datetime import timedelta

    from django.utils import timezone

    from bedigital.search import visible
    from testimonials.models import Testimonial
    from trainings.models import Training

    now, today = timezone.now(), timezone.localdate()
    for status in ["draft", "published", "archived"]:
        for delta in [-2, 2]:
            TrainingFactory(status=status, publication_date=now + timedelta(days=delta))
            TestimonialFactory(
                status=status,
                publication_date=now + timedelta(days=delta),
                consent_date=today + timedelta(days=-delta),
                consent_expires=today + timedelta(days=delta),
            )
    for kind, model in [("training", Training), ("testimonial", Testimonial)]:
        indexed = set(
            SearchEntry.objects.filter(visible(), kind=kind).values_list("object_id", flat=True)
        )
        assert indexed == set(model.objects.published().values_list("pk", flat=True)), kind


def test_sessions_added_later_move_a_training_up(client):
    from tests.factories import SessionFactory

    old = TrainingFactory(title_en="Excel one", sessions=[-30])
    TrainingFactory(title_en="Excel two", sessions=[-20])
    assert titles(client, "excel")[0] == ["Excel two", "Excel one"]  # both past: latest first
    SessionFactory(training=old, start=timezone_now_plus(days=5))
    assert titles(client, "excel")[0] == ["Excel one", "Excel two"]
    other = TrainingFactory(title_en="Excel three", sessions=[-10])
    SessionFactory(training=other, start=timezone_now_plus(days=9))
    assert titles(client, "excel")[0] == ["Excel three", "Excel one", "Excel two"]


def timezone_now_plus(days):
    from datetime import timedelta

    from django.utils import timezone

    return timezone.now() + timedelta(days=days)


def test_rebuild_search_index_restores_every_entry(client):
    from django.core.management import call_command

    TrainingFactory(title_en="Robotics for girls")
    InitiativeFactory()
    expected = SearchEntry.objects.count()
    SearchEntry.objects.all().delete()
    assert titles(client, "robotics")[0] == []
    call_command("rebuild_search_index", stdout=open("/dev/null", "w"))
    assert SearchEntry.objects.count() == expected
    assert titles(client, "robotics")[0] == ["Robotics for girls"]


def ranked_ids(query, lang, start=0, stop=20, kind=""):
    from bedigital import search

    words = search.words_of(query)
    entries = search.search_entries(words, kind)
    return [e.object_id for e in search.ranked(entries, words, lang, entries.count(), start, stop)]


@pytest.fixture
def tiers():
    """One training per rank tier for "robots", as a French visitor sees them."""
    only = {f"title_{code}": "" for code in ["nl", "fr", "de", "en"]}
    return [
        TrainingFactory(**{**only, "title_fr": "Robots pour débutantes"}, sessions=[-5]),
        TrainingFactory(**{**only, "title_fr": "Atelier du mercredi"}, summary_fr="Des robots."),
        TrainingFactory(**{**only, "title_nl": "Robots voor beginners"}, sessions=[5]),
        TrainingFactory(**{**only, "title_en": "Wednesday workshop"}, summary_en="With robots."),
    ]


def test_rank_tiers_language_then_title_then_body(client, tiers):
    """French titles first (title match above body match), then the other languages' items,
    title match first: the tiers outrank upcoming sessions."""
    found, html = titles(client, "robots", lang="fr")
    assert found == [t.title_fr or t.title_nl or t.title_en for t in tiers]
    dutch = ranked_ids("robots", "nl")  # for a Dutch visitor, both body matches come last
    assert dutch[:2] == [tiers[2].pk, tiers[0].pk]
    assert set(dutch[2:]) == {tiers[1].pk, tiers[3].pk}


@pytest.mark.parametrize("walk", [False, True])
def test_pages_across_tiers_are_contiguous(monkeypatch, tiers, walk):
    """Each slice is what the full ranking has there, whether the tiers are sorted in full or
    read in index order (above FULL_SORT_LIMIT matches)."""
    from bedigital import search

    if walk:
        monkeypatch.setattr(search, "FULL_SORT_LIMIT", 0)
    everything = ranked_ids("robots", "fr")
    assert everything == [t.pk for t in tiers]
    for start in range(4):
        assert ranked_ids("robots", "fr", start, start + 2) == everything[start : start + 2]
    assert ranked_ids("robots", "fr", kind="initiative") == []


def test_results_past_the_listed_ones_are_counted_and_explained(client, monkeypatch):
    from bedigital import search

    TrainingFactory.create_batch(23, title_en="Robot lab")
    found, html = titles(client, "robot")
    assert len(found) == 20 and "23 results for" in html and "not listed" not in html
    monkeypatch.setattr(search, "MAX_LISTED", 21)
    found, html = titles(client, "robot")
    assert len(found) == 20 and "not listed" not in html
    found, html = titles(client, "robot", page="2")
    assert len(found) == 1 and "23 results for" in html
    assert "2 more results are not listed. Add a word" in html
    assert len(titles(client, "robot", page="3")[0]) == 1  # past the end: the last page
    assert "2 autres résultats ne sont pas affichés" in titles(client, "robot", "fr", page="2")[1]


class Editor:
    """What the migration uses of a schema editor (SQLite's refuses to open in a test's
    transaction)."""

    connection = connection

    def execute(self, sql, params=()):
        with connection.cursor() as cursor:
            cursor.execute(sql, params)


def test_migration_fills_languages_and_title_vectors_of_existing_entries(client):
    """Entries indexed before migration 0005 get their title languages (a story's title is
    " role name") and, on PostgreSQL, their title vectors."""
    import importlib

    migration = importlib.import_module("bedigital.migrations.0005_search_ranking")
    TrainingFactory(title_nl="", title_fr="Robotique", title_de="", title_en="Robotics")
    TestimonialFactory(name="Ada", role_nl="", role_fr="Ingénieure", role_de="", role_en="")
    languages = SearchEntry.objects.exclude(kind="partner").order_by("pk")
    expected = list(languages.values("in_nl", "in_fr", "in_de", "in_en"))
    assert expected[0] == {"in_nl": False, "in_fr": True, "in_de": False, "in_en": True}
    assert expected[1] == {"in_nl": False, "in_fr": True, "in_de": False, "in_en": False}
    # as entries were before: texts stored, no languages, no title vector
    blank = {f"{f}_{code}": " " for f in ("title", "text") for code in ["nl", "fr", "de", "en"]}
    old = {**blank, "in_nl": False, "in_fr": False, "in_de": False, "in_en": False}
    SearchEntry.objects.filter(kind="training").update(
        **{**old, "title_fr": " robotique", "title_en": " robotics"}, title_vector=None
    )
    SearchEntry.objects.filter(kind="testimonial").update(
        **{**old, "title_nl": "  ada", "title_fr": " ingenieure ada"}, title_vector=None
    )
    migration.backfill(None, Editor())
    assert list(languages.values("in_nl", "in_fr", "in_de", "in_en")) == expected
    assert titles(client, "robotics")[0] == ["Robotics"]
    assert titles(client, "robotique", lang="fr")[0] == ["Robotique"]


def test_words_in_separate_list_items_stay_separate(client):
    TrainingFactory(
        title_nl="Helpdesk",
        description_nl="<p>Je leert:</p><ul><li>Linux</li><li>Netwerken beheren</li></ul>",
    )
    found, html = titles(client, "netwerken", lang="nl")
    assert found == ["Helpdesk"]
    assert "Linux <mark>Netwerken</mark> beheren" in html


def sql_reading(table: str, captured) -> int:
    return sum(f'FROM "{table}"' in q["sql"] or f"FROM {table} " in q["sql"] for q in captured)


@pytest.mark.parametrize(
    "url",
    [
        "/fr/search/?q=cours+python+gratuit+Li%C3%A8ge",  # counts, page, catalogue offered
        "/fr/search/?q=programation",  # nothing found: vocabulary and did-you-mean
        "/fr/trainings/?q=python",  # the keyword filter, applied to the list and its counts
    ],
)
def test_synonyms_and_content_version_are_read_once_per_request(client, url, settings):
    """The search asks for the synonyms from up to four places (the counts, the page, the
    filtered catalogue, the vocabulary): one read per request, with the page cache off (as
    here) or on (then one read per content version, none here)."""
    TrainingFactory(title_fr="Python pour débutantes")
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    assert sql_reading("bedigital_synonym", ctx.captured_queries) == 1

    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": url},
    }
    client.get(url)  # the synonyms, counts and vocabulary now kept with the version
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    assert sql_reading("bedigital_synonym", ctx.captured_queries) == 0
    assert sql_reading("bedigital_contentversion", ctx.captured_queries) == 1


def test_a_synonym_an_editor_adds_is_used_by_the_next_search(client, settings):
    """Synonyms are kept per content version, like pages: a new synonym is a content change,
    so every process (each reads the version from the database) stops using the old list."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "syn"},
    }
    TrainingFactory(title_en="Kotlin for Android")
    assert titles(client, "smartphone")[0] == []
    Synonym.objects.create(words="Android, smartphone, gsm")
    assert titles(client, "smartphone")[0] == ["Kotlin for Android"]
    assert titles(client, "gsm", lang="nl")[0]


def test_initiatives_are_found_by_their_eu_facets_in_every_language(client):
    """An initiative's category, audiences, levels, technologies, funding and sphere are
    search facts: the words naming them in any language find it, though its texts never say
    them."""
    InitiativeFactory(
        title_en="Tech Sisters",
        title_fr="",
        title_nl="",
        title_de="",
        summary_en="Evenings together.",
        summary_fr="",
        summary_nl="",
        summary_de="",
        background_en="",
        background_fr="",
        category="networking_mentoring",
        funding="eu",
        sphere="european",
        terms={"audiences": ["women_returners"], "technologies": ["cybersecurity"]},
    )
    for lang, query in [
        ("fr", "mentorat"),
        ("nl", "mentoring"),
        ("de", "Vernetzung"),
        ("en", "networking"),
        ("fr", "cybersécurité"),
        ("nl", "cyberveiligheid"),
        ("de", "Wiedereinsteigerinnen"),
        ("nl", "herintredende vrouwen"),
        ("fr", "financement européen"),
        ("de", "EU-Finanzierung"),
    ]:
        assert titles(client, query, lang, type="initiative")[0] == ["Tech Sisters"], query
    assert titles(client, "Tech Sisters blockchain", "en")[0] == []


def test_initiative_facet_words_become_chips_and_filters(client):
    InitiativeFactory(slug="tech-sisters", category="networking_mentoring")
    InitiativeFactory(slug="code-girls", category="education")
    html = client.get("/fr/search/", {"q": "mentorat Bruxelles"}).content.decode()
    assert "Réseautage et mentorat" in html and "Région de Bruxelles-Capitale" in html
    link = re.search(r'href="(/fr/initiatives/\?[^"]+)">Voir 1 initiative avec', html)[1]
    assert "category=networking_mentoring" in link and "region=brussels" in link
    assert "/fr/trainings/?" not in html  # no training is there: no link to an empty list
    # the initiatives' keyword box reads them too
    response = client.get("/nl/initiatives/", {"q": "mentoring"})
    assert response.status_code == 302 and "category=networking_mentoring" in response["Location"]
    listed = client.get(response["Location"]).content.decode()
    assert "/nl/initiatives/tech-sisters/" in listed and "code-girls" not in listed


@postgres_only
def test_searches_read_along_the_indexes_and_leave_the_planner_as_it_was(client):
    from bedigital.wordindex import along_the_indexes

    TrainingFactory(title_en="Cloud basics")
    with CaptureQueriesContext(connection) as captured:
        found, _html = titles(client, "cloud")
    assert found == ["Cloud basics"]
    sql = [q["sql"] for q in captured.captured_queries]
    assert "SET enable_seqscan = off" in sql and "RESET enable_seqscan" in sql

    def setting():
        with connection.cursor() as cursor:
            cursor.execute("SHOW enable_seqscan")
            return cursor.fetchone()[0]

    assert setting() == "on"
    with pytest.raises(ZeroDivisionError), along_the_indexes():
        assert setting() == "off"
        1 / 0  # noqa: B018 - a failure inside still restores it
    assert setting() == "on"
    # a failed query in a transaction: its own error is the one she gets (a 503 page),
    # not the RESET's, and the rollback undoes the SET
    from django.db import DatabaseError, transaction

    with pytest.raises(DatabaseError, match="division by zero"), transaction.atomic():
        with along_the_indexes(), connection.cursor() as cursor:
            cursor.execute("SELECT 1 / 0")
    assert setting() == "on"


@postgres_only
def test_other_kinds_have_full_text_indexes_without_the_trainings():
    """A list's keyword box reads one kind's ids: for the initiatives, GIN indexes made
    without the trainings (at 100k trainings the ids of 'cyberveiligheid' took 65-310 ms
    from the full indexes, 0.2 ms from these)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE %s",
            ["search_vector_%_not_training"],
        )
        found = dict(cursor.fetchall())
    assert sorted(found) == [f"search_vector_{code}_not_training" for code in "de en fr nl".split()]
    assert all("gin" in sql and "<> 'training'" in sql for sql in found.values())
