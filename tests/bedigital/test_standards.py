"""ELM learning opportunities (Europass) and the DCAT-AP description of the datasets: the
field lists the registers read, four languages, only public content."""

import json
from decimal import Decimal
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import RDF, Graph, URIRef

from bedigital.api import standards
from bedigital.vocabularies import Cost, Status, TrainingFormat
from tests.conftest import LANGUAGES
from tests.factories import SessionFactory, TrainingFactory

pytestmark = pytest.mark.django_db

# What the Europass Qualification Dataset Register reads of a learning opportunity
ELM_ALWAYS = {
    "id",
    "type",
    "title",
    "defaultLanguage",
    "homepage",
    "providedBy",
    "learningAchievementSpecification",
    "mode",
}
ELM_WHERE_KNOWN = {"temporal", "location", "priceDetail", "duration"}
EU_LANGUAGES = {
    f"http://publications.europa.eu/resource/authority/language/{code}"
    for code in ["NLD", "FRA", "DEU", "ENG"]
}
DATASET_FIELDS = {
    "@id",
    "@type",
    "dct:title",
    "dct:description",
    "dct:identifier",
    "dct:language",
    "dct:spatial",
    "dcat:theme",
    "dct:publisher",
    "dct:modified",
    "dcat:landingPage",
    "dcat:distribution",
}
DISTRIBUTION_FIELDS = {"@id", "@type", "dcat:accessURL", "dct:format", "dcat:mediaType"}


def graph(client, url) -> list[dict]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    assert response["Access-Control-Allow-Origin"] == "*"
    data = json.loads(b"".join(response.streaming_content))
    assert "@context" in data
    return data["@graph"]


def test_a_training_as_an_elm_learning_opportunity(client):
    training = TrainingFactory(
        sessions=[5, 30],
        cost=Cost.PAID,
        price=Decimal("80"),
        languages=["nl"],
        duration_hours=24,
        title_de="",
    )
    SessionFactory(training=training, online=True, venue="", address="")
    TrainingFactory(status=Status.DRAFT)
    [item] = graph(client, "/open-data/elm.jsonld")
    assert ELM_ALWAYS | ELM_WHERE_KNOWN <= set(item)
    assert item["id"] == f"http://testserver/trainings/{training.slug}/"  # no language in it
    assert item["type"] == "LearningOpportunity"
    assert item["title"] == {
        code: getattr(training, f"title_{code}") for code in ["nl", "fr", "en"]
    }
    assert item["defaultLanguage"]["id"].endswith("/NLD")
    assert {page["language"]["id"] for page in item["homepage"]} == EU_LANGUAGES - {
        "http://publications.europa.eu/resource/authority/language/DEU"
    }
    assert item["providedBy"]["type"] == "Organisation"
    assert item["providedBy"]["legalName"]["fr"] == training.provider.name_fr
    spec = item["learningAchievementSpecification"]
    assert (
        spec["type"] == "LearningAchievementSpecification" and spec["volumeOfLearning"] == "PT24H"
    )
    assert [language["id"] for language in spec["language"]] == [
        "http://publications.europa.eu/resource/authority/language/NLD"
    ]
    assert item["temporal"]["type"] == "PeriodOfTime"
    assert item["temporal"]["startDate"] < item["temporal"]["endDate"]
    assert item["duration"].startswith("P") and item["duration"].endswith("D")
    assert item["location"][0]["address"]["countryCode"]["id"].endswith("/BEL")
    [price] = item["priceDetail"]
    assert price["amount"]["value"] == "80.00" and price["amount"]["unit"]["id"].endswith("/EUR")
    modes = {tuple(sorted(m["prefLabel"])) for m in item["mode"]}
    assert modes == {tuple(sorted(LANGUAGES))} and len(item["mode"]) == 2  # on site and online
    assert {m["prefLabel"]["fr"] for m in item["mode"]} == {"En présentiel", "En ligne"}


def test_elm_takes_the_catalogue_filters_and_omits_unknowns(client):
    free = TrainingFactory(sessions=[], cost=Cost.FREE, format=TrainingFormat.ONLINE)
    TrainingFactory(cost=Cost.PAID)
    [item] = graph(client, "/open-data/elm.jsonld?cost=free")
    assert item["id"].endswith(f"/{free.slug}/")
    assert ELM_ALWAYS <= set(item)
    assert not {"temporal", "location", "duration"} & set(item)  # no sessions: not known
    assert item["priceDetail"][0]["amount"]["value"] == "0.00"


def test_elm_free_for_job_seekers_is_free_for_them_and_priced_for_others(client):
    """Two prices, as the schema.org offers: 0 for registered job seekers, then what everyone
    else pays. Not the label "free for job seekers" on the amount others pay."""
    TrainingFactory(sessions=[], cost=Cost.FREE_FOR_JOB_SEEKERS, price=Decimal("120"))
    [item] = graph(client, "/open-data/elm.jsonld")
    free, paid = item["priceDetail"]
    assert free["amount"]["value"] == "0.00" and paid["amount"]["value"] == "120.00"
    assert free["prefLabel"] == {
        "nl": "Gratis voor ingeschreven werkzoekenden",
        "fr": "Gratuit pour les demandeuses et demandeurs d'emploi inscrits",
        "de": "Kostenlos für eingetragene Arbeitsuchende",
        "en": "Free for registered job seekers",
    }
    assert paid["prefLabel"] == {
        "nl": "Prijs voor alle anderen",
        "fr": "Prix pour toutes les autres personnes",
        "de": "Preis für alle anderen",
        "en": "Price for everyone else",
    }
    assert all(price["amount"]["unit"]["id"].endswith("/EUR") for price in (free, paid))


def test_elm_free_for_job_seekers_without_a_price_is_one_price_at_0(client):
    TrainingFactory(sessions=[], cost=Cost.FREE_FOR_JOB_SEEKERS, price=None)
    TrainingFactory(sessions=[], cost=Cost.SUBSIDISED, price=None)  # nothing known: no price
    items = {
        item["priceDetail"][0]["amount"]["value"] if "priceDetail" in item else None
        for item in graph(client, "/open-data/elm.jsonld")
    }
    assert items == {"0.00", None}


def test_elm_refuses_a_filter_value_it_does_not_know(client):
    """As the downloads do: not the whole catalogue under a filter that did nothing."""
    TrainingFactory(cost=Cost.FREE)
    response = client.get("/open-data/elm.jsonld?cost=cheap", headers={"accept-language": "fr"})
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Le portail ne connaît pas ces valeurs de filtre : « cheap »."
    }
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("url", ["/open-data/elm.jsonld", "/open-data/dcat.jsonld"])
def test_a_register_pulling_again_gets_a_304_until_something_changes(client, url):
    training = TrainingFactory()
    first = client.get(url)
    assert first.status_code == 200 and first["ETag"] and first["Last-Modified"]
    b"".join(first.streaming_content)
    again = client.get(url, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    since = client.get(url, headers={"if-modified-since": first["Last-Modified"]})
    assert since.status_code == 304
    training.title_en = "Changed"
    training.save()
    changed = client.get(url, headers={"if-none-match": first["ETag"]})
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]


# The ELM application profile for learning opportunities, as the Commission publishes it
# (tests/bedigital/elm/README.md): every class and property, cardinality, closed shapes and
# controlled vocabularies, checked by a SHACL engine on the JSON-LD read as RDF.
ELM_SHAPES = Path(__file__).parent / "elm"


def elm_report(client, url) -> tuple[bool, str, Graph]:
    data = b"".join(client.get(url).streaming_content)
    graph = Graph().parse(data=data, format="json-ld")  # our inline context: offline
    shapes = Graph()
    for name in ("LOQ-constraints.ttl", "LOQ-constraints-mdr.ttl"):
        text = (ELM_SHAPES / name).read_text()
        # Java's regex syntax, which Python does not read (tests/bedigital/elm/README.md)
        text = text.replace('"^(?i)', '"(?i)^').replace(r"\\p{L}\\p{Nl}\\p{Nd}", r"\\w")
        shapes.parse(data=text, format="turtle")
    conforms, _report, text = validate(graph, shacl_graph=shapes, inference="none")
    return conforms, text, graph


def test_elm_conforms_to_the_learning_opportunity_shapes(client):
    rich = TrainingFactory(
        sessions=[5, 30],
        cost=Cost.PAID,
        price=Decimal("80"),
        languages=["nl", "fr"],
        duration_hours=24,
        areas=["information_data", "safety"],
    )
    SessionFactory(training=rich, online=True, venue="", address="")
    TrainingFactory(sessions=[], cost=Cost.FREE, format=TrainingFormat.BLENDED, title_nl="")
    TrainingFactory(sessions=[], cost=Cost.FREE_FOR_JOB_SEEKERS, price=Decimal("120"))
    conforms, text, graph = elm_report(client, "/open-data/elm.jsonld")
    assert conforms, text
    elm = "http://data.europa.eu/snb/model/elm/"
    assert len(set(graph.subjects(RDF.type, URIRef(elm + "LearningOpportunity")))) == 3
    assert len(set(graph.subjects(RDF.type, URIRef(elm + "PriceDetail")))) == 4
    assert len(set(graph.subjects(RDF.type, URIRef(elm + "LearningOutcome")))) == 4


def test_the_shapes_catch_a_wrong_property(client, monkeypatch):
    """The check is real: ELM 3 names a location elm:location, not dcterms:location."""
    TrainingFactory(sessions=[5])
    monkeypatch.setitem(standards.ELM_CONTEXT, "location", {"@id": "dc:location"})
    conforms, text, _graph = elm_report(client, "/open-data/elm.jsonld")
    assert not conforms and "is closed" in text


def test_dcat_ap_describes_every_dataset_with_its_distributions(client):
    TrainingFactory()
    nodes = {node["@type"]: node for node in graph(client, "/open-data/dcat.jsonld")}
    catalogue = nodes["dcat:Catalog"]
    assert {"dct:title", "dct:description", "dct:publisher", "dcat:dataset"} <= set(catalogue)
    datasets = catalogue["dcat:dataset"]
    assert len(datasets) == 6
    for dataset in datasets:
        assert DATASET_FIELDS <= set(dataset), dataset["@id"]
        assert {t["@language"] for t in dataset["dct:title"]} == set(LANGUAGES)
        assert {lang["@id"] for lang in dataset["dct:language"]} == EU_LANGUAGES
        formats = {d["dct:format"]["@id"].rsplit("/", 1)[1] for d in dataset["dcat:distribution"]}
        assert {"CSV", "XLSX", "JSON"} <= formats
        for distribution in dataset["dcat:distribution"]:
            assert DISTRIBUTION_FIELDS <= set(distribution)
            url = distribution["dcat:accessURL"]["@id"].removeprefix("http://testserver")
            response = client.get(url)
            assert response.status_code == 200, url  # every distribution answers
    trainings = next(d for d in datasets if d["@id"].endswith("#trainings"))
    assert "JSON_LD" in {
        d["dct:format"]["@id"].rsplit("/", 1)[1] for d in trainings["dcat:distribution"]
    }
    french = next(t for t in trainings["dct:title"] if t["@language"] == "fr")
    assert french["@value"] == "Formations"
    service = nodes["dcat:DataService"]
    assert service["dcat:endpointDescription"]["@id"] == "http://testserver/api/v1/openapi.json"


# DCAT-AP 3.0 (https://semiceu.github.io/DCAT-AP/releases/3.0.0/), the classes' mandatory and
# recommended properties that apply here. Not given: the catalogue's release date
# (dct:issued), a dataset's temporal coverage (a catalogue of trainings covers no period),
# the publisher's type (dct:type; who publishes the portal is not settled).
DCAT_AP = {
    "dcat:Catalog": (
        {"dct:title", "dct:description", "dct:publisher", "dcat:dataset"},
        {
            "foaf:homepage",
            "dct:language",
            "dct:license",
            "dct:modified",
            "dct:spatial",
            "dcat:themeTaxonomy",
            "dcat:service",
        },
    ),
    "dcat:Dataset": (
        {"dct:title", "dct:description"},
        {
            "dcat:contactPoint",
            "dcat:distribution",
            "dcat:keyword",
            "dct:publisher",
            "dct:spatial",
            "dcat:theme",
        },
    ),
    "dcat:Distribution": (
        {"dcat:accessURL"},
        {"dcatap:availability", "dct:description", "dct:format", "dct:license"},
    ),
    "dcat:DataService": (
        {"dcat:endpointURL", "dct:title"},
        {"dcat:endpointDescription", "dcat:servesDataset"},
    ),
    "foaf:Agent": ({"foaf:name"}, set()),
    "vcard:Organization": ({"vcard:hasEmail"}, {"vcard:fn"}),
}
CC_BY = "http://creativecommons.org/licenses/by/4.0/"


def nodes_by_type(data) -> dict[str, list[dict]]:
    """Every node of the graph, nested ones included, by its type."""
    found = {}

    def visit(node):
        if isinstance(node, dict):
            if "@type" in node:
                found.setdefault(node["@type"], []).append(node)
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(data)
    return found


def test_dcat_ap_mandatory_and_recommended_properties_licence_and_contact(client, settings):
    settings.CONTACT_EMAIL = "Be Digital Together <open-data@example.be>"
    TrainingFactory()
    found = nodes_by_type(graph(client, "/open-data/dcat.jsonld"))
    for kind, (mandatory, recommended) in DCAT_AP.items():
        assert found.get(kind), kind
        for node in found[kind]:
            missing = (mandatory | recommended) - set(node)
            assert not missing, (kind, node["@id"], missing)
    assert len(found["dcat:Dataset"]) == 6
    assert len(found["dcat:Distribution"]) == 6 * 4 + 1  # 3 files and the API each, ELM
    [catalogue] = found["dcat:Catalog"]
    licensed = [catalogue, *found["dcat:Dataset"], *found["dcat:Distribution"]]
    assert {node["dct:license"]["@id"] for node in licensed} == {CC_BY}
    [contact] = found["vcard:Organization"]
    assert contact["vcard:hasEmail"]["@id"] == "mailto:open-data@example.be"
    for dataset in found["dcat:Dataset"]:
        assert dataset["dcat:contactPoint"]["@id"] == contact["@id"]
        assert {k["@language"] for k in dataset["dcat:keyword"]} == set(LANGUAGES)
    keywords = found["dcat:Dataset"][0]["dcat:keyword"]
    assert "formation" in [k["@value"] for k in keywords if k["@language"] == "fr"]
    [service] = found["dcat:DataService"]
    assert {d["@id"] for d in service["dcat:servesDataset"]} == {
        d["@id"] for d in found["dcat:Dataset"]
    }


def test_the_licence_is_a_setting(client, settings):
    settings.OPEN_DATA_LICENCE = "http://data.europa.eu/eli/dec_impl/2011/833/oj"
    found = nodes_by_type(graph(client, "/open-data/dcat.jsonld"))
    assert found["dcat:Catalog"][0]["dct:license"]["@id"] == settings.OPEN_DATA_LICENCE
