"""The read API /api/v1/: every endpoint, filter, language and bad input; only public
content; cursor paging; validators; CORS; throttling; constant SQL; answers that match the
OpenAPI document the site serves."""

import json
import re
from datetime import date, timedelta
from decimal import Decimal

import jsonschema
import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bedigital.api.api import api
from bedigital.careers.filters import OccupationFilterSet
from bedigital.careers.models import RegionalDemand
from bedigital.vocabularies import Cost, OrganisationKind, Region, Status
from initiatives.filters import InitiativeFilterSet
from testimonials.filters import TestimonialFilterSet
from tests.conftest import LANGUAGES
from tests.factories import (
    InitiativeFactory,
    OccupationFactory,
    OrganisationFactory,
    SessionFactory,
    TestimonialFactory,
    TrainingFactory,
)
from tests.support.factories import SupportFactory
from trainings.filters import TrainingFilterSet
from trainings.models import Training

pytestmark = pytest.mark.django_db

LISTS = ["trainings", "initiatives", "stories", "organisations", "careers", "support"]


@pytest.fixture(autouse=True)
def fresh_cache():
    caches["default"].clear()  # throttling counts and validators start afresh
    yield
    caches["default"].clear()


def get(client, path, **headers):
    return client.get(f"/api/v1/{path}", headers=headers)


def ok(client, path) -> dict:
    response = get(client, path)
    assert response.status_code == 200, (path, response.content[:500])
    return response.json()


def slugs(client, path) -> set[str]:
    return {item["slug"] for item in ok(client, path)["results"]}


@pytest.fixture(scope="module")
def world(module_db):
    """Built once for the module; each test's own writes are rolled back after it."""
    free = TrainingFactory(
        cost=Cost.FREE, region=Region.BRUSSELS, languages=["fr", "nl"], technologies=["ai"]
    )
    paid = TrainingFactory(
        cost=Cost.PAID, price=Decimal("250"), region=Region.FLANDERS, languages=["nl"]
    )
    TrainingFactory(status=Status.DRAFT)
    TrainingFactory(publication_date=timezone.now() + timedelta(days=2))  # scheduled
    initiative = InitiativeFactory(category="policy", terms={"technologies": ["ai"]})
    InitiativeFactory(category="awareness")
    InitiativeFactory(status=Status.ARCHIVED)
    story = TestimonialFactory()
    story.trainings.set([free, TrainingFactory(status=Status.DRAFT, sessions=[])])
    career = OccupationFactory(no_degree=True)
    RegionalDemand.objects.create(
        occupation=career,
        region=Region.BRUSSELS,
        list_name="Fonctions critiques",
        publisher="Actiris",
        source_url="https://www.actiris.brussels/",
        year=2025,
    )
    OccupationFactory(status=Status.DRAFT)
    free.prepares_for.set([career, OccupationFactory(status=Status.DRAFT)])
    support = SupportFactory(regions=["wallonia", "brussels"], kind="grant")
    SupportFactory(status=Status.DRAFT)
    TestimonialFactory(consent_expires=timezone.localdate() - timedelta(days=1))  # expired
    return {
        "free": free,
        "paid": paid,
        "initiative": initiative,
        "story": story,
        "career": career,
        "support": support,
    }


# -- every endpoint, only public content, four languages -------------------------------


def test_trainings_only_the_public_ones_with_sessions_and_four_languages(client, world):
    data = ok(client, "trainings")
    assert {t["slug"] for t in data["results"]} == {world["free"].slug, world["paid"].slug}
    item = next(t for t in data["results"] if t["slug"] == world["free"].slug)
    for lang in LANGUAGES:
        assert item["title"][lang] == getattr(world["free"], f"title_{lang}")
    assert item["description"]["fr"] is None  # not written: null, not a fallback
    assert set(item["languages"]) == {"fr", "nl"} and item["technologies"] == ["ai"]
    assert item["cost"] == "free" and item["region"] == "brussels"
    [session] = item["sessions"]
    assert session["postcode"] == "1070" and session["status"] == "open"
    assert session["ics"].endswith(".ics")
    assert item["url"] == f"http://testserver/trainings/{world['free'].slug}/"
    paid = next(t for t in data["results"] if t["slug"] == world["paid"].slug)
    assert paid["price"] == "250.00"
    assert data["next"] is None


def test_initiatives_stories_organisations(client, world):
    initiatives = ok(client, "initiatives")["results"]
    assert len(initiatives) == 2
    policy = next(i for i in initiatives if i["slug"] == world["initiative"].slug)
    assert policy["digital_technologies"] == ["ai"] and policy["category"] == "policy"
    assert set(policy["title"]) == set(LANGUAGES)
    [story] = ok(client, "stories")["results"]
    assert story["slug"] == world["story"].slug
    assert story["trainings"] == [world["free"].slug]  # the draft one is not named
    assert story["role"] == {
        "nl": "Data-analist",
        "fr": "Analyste de données",
        "de": "Datenanalystin",
        "en": "Data analyst",
    }
    assert story["portrait"].startswith("http://testserver/")
    organisations = ok(client, "organisations")["results"]
    assert world["free"].provider.slug in {o["slug"] for o in organisations}
    assert organisations[0]["name"]["de"].startswith("Ausbildungszentrum")


@pytest.mark.parametrize("kind", LISTS)
def test_the_answer_is_the_same_in_every_language_and_its_links_open_in_hers(client, world, kind):
    """The texts come in four languages; the links have none (a page opens in the reader's
    language), so one URL has one answer and one ETag whatever the client's language."""
    first = get(client, kind, accept_language="en")
    for lang in LANGUAGES:
        for headers in [{"accept_language": lang}, {"cookie": f"django_language={lang}"}]:
            other = get(client, kind, **headers)
            assert other.content == first.content and other["ETag"] == first["ETag"], headers
    item = first.json()["results"][0]
    page = item["url"].removeprefix("http://testserver")
    assert not page.startswith(tuple(f"/{lang}/" for lang in LANGUAGES)), page
    opened = client.get(page, headers={"accept-language": "nl"})
    assert opened.status_code == 302 and opened["Location"] == f"/nl{page}"
    if kind == "trainings":
        ics = item["sessions"][0]["ics"].removeprefix("http://testserver")
        assert client.get(ics, headers={"accept-language": "de"})["Location"] == f"/de{ics}"


def test_the_apis_own_address_says_where_everything_is(client):
    """/api/v1/ is the endpoint URL the DCAT catalogue gives: it answers, in JSON."""
    index = ok(client, "")
    assert index["openapi"] == "http://testserver/api/v1/openapi.json"
    assert index["documentation"] == "http://testserver/open-data/"
    assert set(index["endpoints"]) == {*LISTS, "vocabularies"}
    for name, url in index["endpoints"].items():
        assert url == f"http://testserver/api/v1/{name}"
        assert get(client, name).status_code == 200, name
    assert client.get("/open-data/", headers={"accept-language": "fr"})["Location"] == (
        "/fr/open-data/"
    )
    dcat = json.loads(b"".join(client.get("/open-data/dcat.jsonld").streaming_content))
    [service] = [n for n in dcat["@graph"] if n["@type"] == "dcat:DataService"]
    assert service["dcat:endpointURL"]["@id"] == "http://testserver/api/v1/"


@pytest.mark.parametrize("kind", LISTS)
def test_one_item_and_404_for_what_is_not_public(client, world, kind):
    item = ok(client, kind)["results"][0]
    assert ok(client, f"{kind}/{item['slug']}") == item
    response = get(client, f"{kind}/no-such-thing")
    assert response.status_code == 404 and response.json()["detail"] == "Not found."


def test_drafts_scheduled_and_expired_answer_404(client, world):
    draft = TrainingFactory(status=Status.DRAFT)
    later = InitiativeFactory(publication_date=timezone.now() + timedelta(days=1))
    expired = TestimonialFactory(consent_expires=timezone.localdate() - timedelta(days=1))
    assert get(client, f"trainings/{draft.slug}").status_code == 404
    assert get(client, f"initiatives/{later.slug}").status_code == 404
    assert get(client, f"stories/{expired.slug}").status_code == 404


def test_vocabularies_label_every_code_in_four_languages(client):
    vocabularies = {v["name"]: v for v in ok(client, "vocabularies")}
    cost = {c["code"]: c["label"] for c in vocabularies["Cost"]["codes"]}
    assert set(cost) == set(Cost.values)
    assert cost["free"]["fr"] == "Gratuit" and cost["free"]["en"] == "Free"
    assert {"InstructionLanguage", "DigitalTechnology", "Region"} <= set(vocabularies)


def test_careers_with_their_demand_and_trainings_that_prepare_for_them(client, world):
    [career] = ok(client, "careers")["results"]
    assert career["esco_code"] == world["career"].esco_code
    assert career["title"]["de"] == world["career"].title_de
    assert career["skills"]["en"] == "Excel\nSQL" and career["salary_low"] == 3000
    assert career["demand"][0]["publisher"] == "Actiris"
    assert slugs(client, "careers?shortage=brussels&no_degree=true") == {world["career"].slug}
    assert slugs(client, "careers?shortage=flanders") == set()
    training = ok(client, f"trainings/{world['free'].slug}")
    assert training["prepares_for"] == [world["career"].esco_code]  # not the draft one


def test_support_with_who_may_get_it(client, world):
    [item] = ok(client, "support")["results"]
    assert item["slug"] == world["support"].slug and item["kind"] == "grant"
    assert item["regions"] == ["brussels", "wallonia"] or set(item["regions"]) == {
        "brussels",
        "wallonia",
    }
    assert item["situations"] == ["job_seeker"] and item["title"]["fr"].startswith("Aide")
    assert slugs(client, "support?kind=allowance") == set()


# -- filters: the public lists' own, every one of them ---------------------------------


def sample(query_filter) -> str:
    choices = query_filter.extra.get("choices")
    if choices:
        return str(list(choices)[-1][0])
    return {
        "BooleanFilter": "true",
        "DateFilter": date.today().isoformat(),
    }.get(type(query_filter).__name__, "code")


FILTERS = [
    ("trainings", TrainingFilterSet, name, f)
    for name, f in TrainingFilterSet.base_filters.items()
    if name != "near"  # a place: tested on its own
] + [
    (path, filterset, name, f)
    for path, filterset in [
        ("initiatives", InitiativeFilterSet),
        ("stories", TestimonialFilterSet),
        ("careers", OccupationFilterSet),
    ]
    for name, f in filterset.base_filters.items()
]


@pytest.mark.parametrize(
    ("path", "filterset", "name", "query_filter"),
    FILTERS,
    ids=[f"{path}-{name}" for path, _fs, name, _f in FILTERS],
)
def test_every_filter_gives_what_the_public_list_gives(
    client, world, path, filterset, name, query_filter
):
    value = sample(query_filter)
    model = filterset._meta.model
    from django.http import QueryDict

    expected = filterset(QueryDict(f"{name}={value}"), queryset=model.objects.published()).qs
    assert slugs(client, f"{path}?{name}={value}") == {o.slug for o in expected}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cost=free", {"free"}),
        ("cost=paid&cost=free", {"free", "paid"}),
        ("region=flanders", {"paid"}),
        ("language=fr", {"free"}),
        ("technology=ai", {"free"}),
        ("q=Learn", {"free", "paid"}),
        ("when=past", set()),
    ],
)
def test_training_filters_select_the_right_ones(client, world, query, expected):
    assert slugs(client, f"trainings?{query}") == {world[key].slug for key in expected}


def test_initiative_story_and_organisation_filters(client, world):
    assert slugs(client, "initiatives?category=policy") == {world["initiative"].slug}
    assert slugs(client, "initiatives?technology=ai&status=ongoing") == {world["initiative"].slug}
    assert slugs(client, "stories?region=wallonia") == set()
    assert slugs(client, "stories?sector=health") == {world["story"].slug}
    university = OrganisationFactory(kind=OrganisationKind.EDUCATION, region=Region.WALLONIA)
    assert slugs(client, "organisations?kind=education&region=wallonia") == {university.slug}


# -- bad input: 400 with a message, never a 500 ----------------------------------------


@pytest.mark.parametrize(
    ("path", "parameter"),
    [
        ("trainings?cost=cheap", "cost"),
        ("trainings?starts_after=tomorrow", "starts_after"),
        ("trainings?q=" + "x" * 201, "q"),
        ("trainings?when=soon", "when"),
        ("trainings?near=Atlantis", "near"),
        ("trainings?limit=0", "limit"),
        ("trainings?limit=1000", "limit"),
        ("trainings?limit=abc", "limit"),
        ("trainings?limit=%C2%B2", "limit"),  # "²": a digit to str.isdigit(), not to int()
        ("trainings?limit=%EF%BC%95", "limit"),  # a full-width "5"
        ("trainings?cursor=%%%", "cursor"),
        ("trainings?cursor=YWZ0ZXI6LTE", "cursor"),
        ("initiatives?objective=9", "objective"),
        ("initiatives?country=XX", "country"),
        ("stories?sector=space", "sector"),
        ("organisations?kind=club", "kind"),
        ("careers?shortage=mars", "shortage"),
        ("support?kind=gift", "kind"),
    ],
)
def test_bad_values_get_a_400_naming_the_parameter(client, path, parameter):
    response = get(client, path)
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["detail"] and parameter in body["errors"]
    assert body["errors"][parameter][0]


@pytest.mark.parametrize("path", [f"{kind}?colour=red" for kind in LISTS])
def test_unknown_parameters_get_a_400(client, path):
    response = get(client, path)
    assert response.status_code == 400
    assert response.json()["detail"] == "Unknown parameter: colour."


@pytest.mark.parametrize("kind", [*LISTS, "vocabularies", ""])
def test_an_item_the_vocabularies_and_the_index_take_no_parameter(client, world, document, kind):
    if kind in LISTS:
        kind = f"{kind}/{ok(client, kind)['results'][0]['slug']}"
    response = get(client, f"{kind}?lang=fr&colour=red")
    assert response.status_code == 400
    assert response.json() == {"detail": "Unknown parameter: colour, lang.", "errors": {}}
    validate(document, kind, 400, response.json())


@pytest.mark.parametrize(
    "path",
    ["/api/v1/trainings/", "/api/v1/trainings/%C3%A9", "/api/v1/courses", "/api/v2/", "/api/"],
)
def test_an_address_the_api_does_not_have_is_a_404_in_json(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response.json() == {"detail": "Not found.", "errors": {}}
    assert response["Access-Control-Allow-Origin"] == "*"


def test_junk_never_gives_a_500(client, world):
    for path in [
        "trainings?q=%00",
        "trainings?starts_after=2026-02-30",
        "trainings/%00",
        "trainings?day=mon&day=%FF",
        "initiatives?q=" + "é" * 50,
        "stories/..%2F",
    ]:
        assert get(client, path).status_code in {200, 400, 404}, path


# -- paging -----------------------------------------------------------------------------


def test_cursor_pages_walk_every_item_once(client):
    # in Wallonia: none of the module's other trainings is
    made = {TrainingFactory(sessions=[], region=Region.WALLONIA).slug for _ in range(5)}
    seen, path, pages = [], "trainings?region=wallonia&limit=2", 0
    while path:
        data = ok(client, path)
        seen += [t["slug"] for t in data["results"]]
        pages += 1
        path = data["next"] and data["next"].removeprefix("http://testserver/api/v1/")
    assert pages == 3 and sorted(seen) == sorted(made) and len(seen) == 5


def test_next_keeps_the_filters(client):
    for _ in range(3):
        TrainingFactory(cost=Cost.PAID, region=Region.WALLONIA)
    TrainingFactory(cost=Cost.FREE, region=Region.WALLONIA)
    data = ok(client, "trainings?cost=paid&region=wallonia&limit=2")
    assert "cost=paid" in data["next"] and "region=wallonia" in data["next"]
    rest = data["next"].removeprefix("http://testserver/api/v1/")
    assert len(ok(client, rest)["results"]) == 1


# -- validators, CORS, throttling ------------------------------------------------------


def test_etag_and_last_modified_give_304_until_content_changes(client, world):
    first = get(client, "trainings?cost=free")
    etag = first["ETag"]
    assert etag and first["Last-Modified"]
    again = get(client, "trainings?cost=free", if_none_match=etag)
    assert again.status_code == 304 and again["ETag"] == etag
    since = get(client, "trainings?cost=free", if_modified_since=first["Last-Modified"])
    assert since.status_code == 304
    assert get(client, "trainings?cost=paid", if_none_match=etag).status_code == 200
    training = Training.objects.get(pk=world["free"].pk)  # the shared one stays as built
    training.title_en = "Changed"
    training.save()  # a write: the content version moves on
    changed = get(client, "trainings?cost=free", if_none_match=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag
    assert changed.json()["results"][0]["title"]["en"] == "Changed"


def test_any_origin_may_read(client, world):
    response = get(client, "trainings", origin="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v1/trainings",
        headers={
            "origin": "https://example.org",
            "access-control-request-method": "GET",
            "access-control-request-headers": "if-none-match",
        },
    )
    assert preflight.status_code == 204
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "Access-Control-Allow-Origin" not in client.get("/en/trainings/").headers


def test_head_answers_as_get_without_the_body(client, world):
    full = get(client, "trainings?cost=free")
    head = client.head("/api/v1/trainings?cost=free")
    assert head.status_code == 200 and head.content == b""
    assert head["ETag"] == full["ETag"] and head["Content-Type"] == full["Content-Type"]
    assert int(head["Content-Length"]) == len(full.content)
    assert head["Access-Control-Allow-Origin"] == "*"
    again = client.head("/api/v1/trainings?cost=free", headers={"if-none-match": full["ETag"]})
    assert again.status_code == 304
    assert client.head("/api/v1/stories/nope").status_code == 404
    assert client.head("/api/v1/trainings?cost=cheap").status_code == 400
    assert client.post("/api/v1/trainings").status_code == 405  # still read-only


def test_a_client_asking_too_often_gets_429_others_do_not(client, monkeypatch):
    throttle = api.throttle[0]
    monkeypatch.setattr(throttle, "num_requests", 3)
    for _ in range(3):
        assert get(client, "organisations").status_code == 200
    refused = get(client, "organisations")
    assert refused.status_code == 429 and int(refused["Retry-After"]) >= 1
    assert refused.json()["detail"] == "Too many requests."
    other = client.get("/api/v1/organisations", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200


# -- constant SQL ------------------------------------------------------------------------


def queries(client, path) -> int:
    with CaptureQueriesContext(connection) as context:
        assert get(client, path).status_code == 200
    return len(context.captured_queries)


def grow(times):
    for _ in range(times):
        training = TrainingFactory(sessions=[3, 9], languages=["fr", "nl"], technologies=["ai"])
        SessionFactory(training=training, online=True)
        story = TestimonialFactory(portrait=None)
        story.trainings.set([training])
        InitiativeFactory(terms={"technologies": ["ai"], "levels": ["advanced"]})


@pytest.mark.parametrize("path", [*LISTS, "trainings?cost=free&language=fr&day=mon"])
def test_queries_do_not_grow_with_the_data(client, path):
    grow(2)
    small = queries(client, path)
    caches["default"].clear()
    grow(8)
    large = queries(client, path)
    assert small == large <= 20, (small, large)


# -- the served OpenAPI document describes the answers ----------------------------------


@pytest.fixture
def document(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def validate(document, path, status, body):
    operation = None
    for template, item in document["paths"].items():
        pattern = template.removeprefix("/api/v1/").split("/")
        parts = path.split("?")[0].split("/")
        if len(pattern) == len(parts) and all(
            p.startswith("{") or p == q for p, q in zip(pattern, parts, strict=True)
        ):
            operation = item["get"]
    schema = operation["responses"][str(status)]["content"]["application/json"]["schema"]
    jsonschema.validate(
        body,
        {**schema, "components": document["components"]},
        cls=jsonschema.Draft202012Validator,
    )


def test_the_document_is_openapi_3_and_lists_every_filter(document):
    assert document["openapi"].startswith("3.")
    parameters = {p["name"] for p in document["paths"]["/api/v1/trainings"]["get"]["parameters"]}
    assert set(TrainingFilterSet.base_filters) | {"cursor", "limit"} <= parameters
    cost = next(
        p
        for p in document["paths"]["/api/v1/trainings"]["get"]["parameters"]
        if p["name"] == "cost"
    )
    assert set(cost["schema"]["items"]["enum"]) == set(Cost.values)


def test_the_document_is_well_formed(document):
    """What an OpenAPI 3.1 reader relies on: each schema a valid JSON Schema (2020-12, the
    dialect of OpenAPI 3.1), each $ref resolving, operation ids unique, each path's
    parameters declared, each answer described."""
    check = jsonschema.Draft202012Validator.check_schema
    for schema in document["components"]["schemas"].values():
        check(schema)
    refs = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                refs.add(node["$ref"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    for ref in refs:
        assert ref.startswith("#/components/schemas/"), ref
        assert ref.rsplit("/", 1)[1] in document["components"]["schemas"], ref
    operation_ids = []
    for template, item in document["paths"].items():
        assert template.startswith("/api/v1/"), template
        for method, operation in item.items():
            assert method == "get", (template, method)
            operation_ids.append(operation["operationId"])
            assert operation["summary"] and operation["responses"]["200"]
            parameters = operation.get("parameters", [])
            for parameter in parameters:
                assert parameter["in"] in {"query", "path"} and parameter["name"]
                check(parameter["schema"])
            in_path = {p["name"] for p in parameters if p["in"] == "path"}
            assert in_path == set(re.findall(r"{(\w+)}", template)), template
    assert len(operation_ids) == len(set(operation_ids))


def test_every_answer_matches_the_served_document(client, world, document):
    paths = [*LISTS, "vocabularies", "trainings?limit=1", ""]
    for kind in LISTS:
        paths.append(f"{kind}/{ok(client, kind)['results'][0]['slug']}")
    for path in paths:
        validate(document, path, 200, ok(client, path))
    for path, status in [("trainings?cost=x", 400), ("stories/nope", 404)]:
        response = get(client, path)
        assert response.status_code == status
        validate(document, path, status, response.json())
    with pytest.raises(jsonschema.ValidationError):  # the check has teeth
        validate(document, "trainings", 200, {"next": None, "results": [{"slug": 1}]})


def test_the_document_is_valid_json_with_no_server_error(client):
    body = client.get("/api/v1/openapi.json").content
    assert json.loads(body)["info"]["title"] == "Be Digital Together API"


# -- the open-data page documents it in the visitor's language ----------------------------

OPEN_DATA = {
    "nl": ("<h1>Open data</h1>", "Parameters van /api/v1/trainings", "Kostprijs", "Licentie:"),
    "fr": ("<h1>Données ouvertes</h1>", "Paramètres de /api/v1/trainings", "Coût", "Licence :"),
    "de": ("<h1>Offene Daten</h1>", "Parameter von /api/v1/trainings", "Kosten", "Lizenz:"),
    "en": ("<h1>Open data</h1>", "Parameters of /api/v1/trainings", "Cost", "Licence:"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_open_data_page_in_each_language_linked_from_footer_and_about(client, lang, settings):
    settings.CONTACT_EMAIL = "Be Digital Together <data@example.be>"
    response = client.get(f"/{lang}/open-data/")
    assert response.status_code == 200
    html = response.content.decode()
    heading, caption, cost_label, licence = OPEN_DATA[lang]
    assert heading in html and caption in html
    assert f'{licence} <a href="http://creativecommons.org/licenses/by/4.0/">' in html
    assert '<a href="mailto:data@example.be">data@example.be</a>' in html
    assert (
        f'<th scope="row"><code>cost</code></th>\n                  <td>{cost_label}</td>' in html
    )
    assert 'href="http://testserver/api/v1/openapi.json"' in html
    assert 'href="/open-data/elm.jsonld"' in html and 'href="/open-data/dcat.jsonld"' in html
    assert "<script" not in html.split("</head>")[1]  # server-rendered, no script
    for page in [f"/{lang}/", f"/{lang}/about/"]:
        assert f'href="/{lang}/open-data/"' in client.get(page).content.decode(), page
