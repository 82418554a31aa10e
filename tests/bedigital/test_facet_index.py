"""The facet index (`bedigital.facetindex`) gives the counts and pages the database gives, in
many filter states, on generated data (run on SQLite and PostgreSQL)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.db.models import DateField
from django.http import QueryDict
from django.utils import timezone
from pyroaring import BitMap

from bedigital import facetindex
from bedigital.careers.filters import OccupationFilterSet
from initiatives.views import InitiativeListView
from tests.bedigital.test_facet_counts import TRAINING_STATES
from trainings.filters import TrainingFilterSet
from trainings.views import TrainingListView

pytestmark = pytest.mark.django_db


def index_of(view_class):
    return view_class.facet_index(view_class().base_queryset())


def check_against_the_database(view_class, query_string):
    view = view_class()
    query = QueryDict(query_string)
    indexed, _ignored = view.filterset_class.from_query(query, view.base_queryset())
    indexed.index = index_of(view_class)
    plain, _ignored = view.filterset_class.from_query(query, view.base_queryset())
    alone, _ignored = view.filterset_class.from_query(query, view.base_queryset())
    alone.index = indexed.index
    # the total alone (what site search shows of a list) is the total beside the facets
    assert alone.total() == indexed.counts()["total"] == plain.counts()["total"] > 0
    assert indexed.index is not None, "the index answered"
    for name in [*plain.FACETS, *plain.FLAG_FACETS]:
        assert indexed.facet_counts(name) == plain.facet_counts(name), name
    # the first page and a later one, in every order: the default one is the index's own,
    # the others (by title in this language, newest) it reads from the database once
    view.filterset, view.base = indexed, view.base_queryset()
    for sort, (_label, order) in view.sorts.items():
        view.sort = sort
        ordered = order(plain.qs)
        rows = facetindex.IndexedRows(
            indexed.index, view.indexed_order(indexed.index, indexed.indexed_rows), ordered
        )
        for page in (slice(0, 12), slice(24, 36)):
            assert [row.pk for row in rows[page]] == [row.pk for row in ordered[page]], sort


@pytest.mark.parametrize(
    "query_string",
    [
        *TRAINING_STATES,
        "starts_within=2w&weekend=on",
        "when=past",
        "q=donn%C3%A9es&region=wallonia",
        "q=%E2%80%94&region=brussels",  # a dash: no words, no keyword filter
        "pace=part_time&length=weeks&school_hours=on",
    ],
)
def test_training_index_counts_as_the_database(generated_lists, query_string):
    check_against_the_database(TrainingListView, query_string)


NEAR_STATES = [
    "near=4000&within=25",
    "near=1000&within=50&or_online=on",
    "near=Gent&within=50&kind=course",
]


@pytest.mark.parametrize("query_string", NEAR_STATES)
def test_nearest_first_from_the_index_as_the_database(generated_lists, query_string):
    """Near a place the index finds the trainings (their place is one of those within the
    radius) and ranks them nearest first, as the database orders them."""
    check_against_the_database(TrainingListView, query_string)
    view = TrainingListView()
    view.sort = "nearest"
    query = QueryDict(query_string)
    indexed, _ignored = view.filterset_class.from_query(query, view.base_queryset())
    indexed.index = index_of(TrainingListView)
    indexed.counts()
    view.filterset, view.base = indexed, view.base_queryset()
    plain, _ignored = view.filterset_class.from_query(query, view.base_queryset())
    ordered = view.sorts["nearest"][1](plain.qs)
    ranked = view.indexed_order(indexed.index, indexed.indexed_rows)
    assert isinstance(ranked, facetindex.RankedRows)
    rows = facetindex.IndexedRows(indexed.index, ranked, ordered)
    expected = list(ordered)
    assert len(expected) > 12  # a page and more
    assert [row.pk for row in rows[0:12]] == [row.pk for row in expected[:12]]
    assert [row.pk for row in rows[12 : len(expected)]] == [row.pk for row in expected[12:]]
    distances = [row.distance for row in expected if row.distance is not None]
    assert distances == sorted(distances) and distances[0] <= distances[-1]


@pytest.mark.parametrize(
    "query_string",
    ["", "category=education", "technology=ai&level=foundation", "region=flanders&status=ongoing"],
)
def test_initiative_index_counts_as_the_database(generated_lists, query_string):
    check_against_the_database(InitiativeListView, query_string)


def test_the_catalogue_reads_the_index_once_built(generated_lists, django_assert_max_num_queries):
    index = index_of(TrainingListView)
    assert index_of(TrainingListView) is index  # kept while nothing changed
    filterset, _ignored = TrainingFilterSet.from_query(
        QueryDict("region=brussels"), TrainingListView.listed()
    )
    filterset.index = index
    with django_assert_max_num_queries(0):
        filterset.counts()


def test_a_date_compared_with_a_time_is_left_to_the_database():
    column = facetindex.Column(DateField(), [date(2026, 1, 1), None, date(2026, 2, 1)])
    assert list(column.compared("lt", date(2026, 1, 15))) == [0]
    assert list(column.compared("gte", date(2026, 1, 15))) == [2]
    with pytest.raises(facetindex.NotIndexed):
        column.compared("lt", datetime(2026, 1, 15, tzinfo=UTC))


def test_lists_whose_facets_read_related_rows_count_in_the_database():
    # an occupation is short in several regions (its demand rows): not a column of its own
    assert not OccupationFilterSet.indexable()
    assert TrainingFilterSet.indexable() and InitiativeListView.filterset_class.indexable()


@pytest.mark.parametrize("few", [5000, 0])
def test_an_order_gives_the_rows_by_rank_whether_sorted_or_read_along(monkeypatch, few):
    monkeypatch.setattr(facetindex.OrderedRows, "FEW", few)
    order = facetindex.Order([3, 1, 4, 0, 2])  # position 3 first, then 1…
    rows = order.of(BitMap([0, 1, 2, 4]))
    assert len(rows) == 4
    assert rows[0:2] == [1, 4]
    assert rows[1:10] == [4, 0, 2]


def test_after_edits_the_index_is_patched_and_answers_as_the_database(generated_lists, monkeypatch):
    """A new content version re-reads only the rows it changed (`ContentChange`): a new
    training, one edited (its place, kind, terms and next session: its order moves), one
    unpublished, one deleted. The patched index then counts and pages as the database, in
    every state and order, and a build was not needed."""
    from bedigital.writes import write
    from tests.factories import SessionFactory, TrainingFactory, terms
    from trainings.models import Training

    built = index_of(TrainingListView)
    states = [*TRAINING_STATES, "technology=ai", "near=4000&within=50"]
    for query_string in states:  # what the columns remember (`equals`, `ranges`) is filled
        check_against_the_database(TrainingListView, query_string)
    region = built.columns["region"]
    assert region.equal(["wallonia"]) is region.equal(["wallonia"])  # remembered
    trainings = list(Training.objects.published().current().order_by("pk")[:3])
    edited, unpublished, deleted = trainings
    builds = []
    build = facetindex.FacetIndex.build.__func__
    monkeypatch.setattr(
        facetindex.FacetIndex,
        "build",
        classmethod(lambda cls, *args: builds.append(args) or build(cls, *args)),
    )

    TrainingFactory(region="wallonia", municipality="Liège", technologies=["ai"], sessions=[1])
    with write():
        edited.kind, edited.region, edited.cost = "workshop", "flanders", "paid"
        edited.save()
        edited.technologies.add(*terms("technology", "ai"))
        SessionFactory(training=edited, start=timezone.now() + timedelta(hours=30))
    unpublished.status = "draft"
    unpublished.save()
    deleted.delete()

    patched = index_of(TrainingListView)
    assert builds == [] and patched is not built and patched.order is not None
    assert patched.version > built.version
    for query_string in states:  # nothing remembered before the edits is read after
        check_against_the_database(TrainingListView, query_string)
    assert builds == []  # fresh: nothing changed since


def test_a_patch_places_the_rows_it_read_again_in_the_default_order(generated_lists, monkeypatch):
    """A patch places each row it re-read by its key in the default order (soonest session
    first, none last, then newest, then by id; an initiative's latest start first), kept
    per position: the whole order is the database's, without reading every id again."""
    from bedigital.writes import write
    from initiatives.models import Initiative
    from tests.factories import InitiativeFactory, SessionFactory, TrainingFactory
    from trainings.models import Training

    def whole_order(view_class):
        index = index_of(view_class)
        positions = index.order.positions if index.order else range(len(index.pks))
        return index, [index.pks[position] for position in positions]

    def databases(view_class):
        view = view_class()
        ordered = view.sorts[next(iter(view.sorts))][1](view.base_queryset())
        return list(ordered.values_list("pk", flat=True))

    index_of(TrainingListView), index_of(InitiativeListView)  # built
    monkeypatch.setattr(
        facetindex, "pks_of", lambda queryset: pytest.fail("the whole order read again")
    )
    trainings = list(Training.objects.published().current().order_by("pk")[:4])
    soon = timezone.now() + timedelta(minutes=90)
    with write():  # one first, one with no session left (last), one newest among its equals
        SessionFactory(training=trainings[0], start=soon)
        trainings[1].sessions.all().delete()
        trainings[2].publication_date = timezone.now() - timedelta(seconds=1)
        trainings[2].save()
        TrainingFactory(sessions=[3])  # a new row: a new position, placed
        trainings[3].delete()
    index, pks = whole_order(TrainingListView)
    assert index.order is not None and pks == databases(TrainingListView)
    assert pks[0] == trainings[0].pk and trainings[3].pk not in pks
    with write():  # a second patch, over the first one's order
        SessionFactory(training=trainings[1], start=soon - timedelta(minutes=1))
    assert whole_order(TrainingListView)[1] == databases(TrainingListView)
    assert whole_order(TrainingListView)[1][0] == trainings[1].pk

    initiative = Initiative.objects.published().order_by("pk").first()
    with write():
        initiative.start_date = date(2031, 1, 1)
        initiative.save()
        InitiativeFactory(start_date=date(2030, 6, 1))
    index, pks = whole_order(InitiativeListView)
    assert index.order is not None and pks == databases(InitiativeListView)
    assert pks[0] == initiative.pk


def test_a_rolled_back_version_is_never_patched_over(generated_lists):
    """A version written, rolled back and written again (another lineage) is not the one the
    index holds: it is built anew."""
    from django.db import transaction

    from tests.factories import TrainingFactory

    with transaction.atomic():
        TrainingFactory(region="wallonia")
        before = index_of(TrainingListView)
        transaction.set_rollback(True)
    TrainingFactory(region="flanders")  # the same version number, other rows
    after = index_of(TrainingListView)
    assert after.version == before.version and after.lineage != before.lineage
    assert after.order is None  # built, not patched
    check_against_the_database(TrainingListView, "region=wallonia")
