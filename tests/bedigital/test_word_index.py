"""The search's posting lists kept in memory (`wordindex`, PostgreSQL) find what the database's
full-text conditions find, before and after edits, as time passes and after a rollback."""

from datetime import timedelta

import pytest
from django.db import connection, transaction
from django.db.models import Count
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bedigital import search, wordindex
from bedigital.models import SearchEntry
from bedigital.vocabularies import Status
from tests.factories import InitiativeFactory, TrainingFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's vectors"),
]

# every language, synonyms, stop words alone and among words, accents, a place's names,
# a word PostgreSQL reads as two ("e_learning"), an elision, nothing at all
QUERIES = [
    "formation",
    "opleidingen",
    "Programmieren lernen",
    "cours python gratuit Liège",
    "python Luik",
    "données",
    "cybersécurité",
    "women returners data",
    "de het een",
    "la formation de la",
    "e_learning",
    "l'informatique",
    "Frauen",
    "cloud engineer",
    "zzzzq",
]


def in_database(words):
    counts = search.search_entries(words).order_by().values_list("kind").annotate(n=Count("id"))
    ids = {
        kind: sorted(
            search.of_kind(SearchEntry.objects, kind)
            .filter(search.conditions(words)[0])
            .values_list("object_id", flat=True)
        )
        for kind in search.kinds()
    }
    return dict(counts), ids


def in_memory(words):
    index = wordindex.word_index()
    groups = search.alternatives(words)
    ids = {kind: sorted(index.object_ids(kind, groups)) for kind in search.kinds()}
    return index.counts(groups), ids


def check_every_query():
    for query in QUERIES:
        words = search.words_of(query)
        assert in_memory(words) == in_database(words), query


def test_the_kept_lists_find_what_the_database_finds(demo):
    check_every_query()
    assert in_database(search.words_of("formation"))[0]["training"] > 10  # real matches


def test_a_word_is_read_once_then_counted_without_a_query(demo):
    words = search.words_of("cours python gratuit")
    wordindex.word_index().counts(search.alternatives(words))
    with CaptureQueriesContext(connection) as queries:
        wordindex.word_index().counts(search.alternatives(words))
    assert [q["sql"] for q in queries if "search" in q["sql"]] == []


def test_edits_are_patched_in_and_found_as_the_database_finds(demo, monkeypatch):
    built = wordindex.word_index()
    check_every_query()  # the lists of every word kept, to be patched
    builds = []
    monkeypatch.setattr(
        wordindex.WordIndex, "build", classmethod(lambda cls, *args: builds.append(args))
    )
    python = TrainingFactory(title_en="Python for data returners", title_fr="Python données")
    assert wordindex.word_index().counts([["python"]]).get("training") > 1
    edited = python.__class__.objects.exclude(pk=python.pk).filter(status=Status.PUBLISHED)[0]
    old_words = search.words_of(edited.title_en)
    in_memory(old_words)  # its words' lists kept, each with it
    edited.title_en, edited.title_fr = "Zzzzq cloud", "Zzzzq nuage"
    edited.summary_en = edited.summary_fr = edited.summary_nl = edited.summary_de = ""
    edited.save()
    hidden = InitiativeFactory(title_en="Cloud engineer circle")
    hidden.status = Status.DRAFT
    hidden.save()
    later = TrainingFactory(
        title_en="Cloud engineer later", publication_date=timezone.now() + timedelta(days=2)
    )
    python.delete()
    patched = wordindex.word_index()
    assert builds == [] and patched is not built and patched.version > built.version
    check_every_query()
    assert in_memory(old_words) == in_database(old_words)  # no longer found by its old words
    assert in_memory(["zzzzq"])[0] == {"training": 1}
    ids = in_memory(search.words_of("cloud engineer later"))[1]["training"]
    assert later.pk in ids  # the keyword box's ids: the list decides what is public
    assert later.pk not in in_memory(["python"])[1]["training"]  # not among its words
    # once its moment passes, the scheduled one is found: no edit, no rebuild
    words = search.words_of("cloud engineer later")
    before = in_memory(words)[0].get("training", 0)
    soon = timezone.now() + timedelta(days=3)
    monkeypatch.setattr(timezone, "now", lambda: soon)
    assert in_memory(words) == in_database(words)
    assert in_memory(words)[0]["training"] == before + 1 and builds == []


def test_a_rolled_back_version_is_built_anew(demo):
    before = wordindex.word_index()
    with transaction.atomic():
        TrainingFactory(title_en="Zzzzq knitting")
        assert wordindex.word_index().counts([["knitting"]]) == {"training": 1}
        transaction.set_rollback(True)
    after = wordindex.word_index()
    assert after.counts([["knitting"]]) == {}
    assert after is not before
    check_every_query()


def test_stems_as_postgresql_makes_them_also_past_the_kept_limit(monkeypatch):
    monkeypatch.setattr(wordindex, "MAX_KEPT_STEMS", 2)
    wordindex.stems_of({"formations"})  # kept, then dropped when more arrive at once
    stems = wordindex.stems_of({"formations", "opleidingen", "de", "e_learning"})
    assert stems["formations"]["fr"] == ["format"] and stems["opleidingen"]["nl"] == ["opleid"]
    assert stems["de"]["nl"] == [] and stems["de"]["en"] == ["de"]  # a Dutch stop word
    assert stems["e_learning"]["en"] == ["e", "learn"]
