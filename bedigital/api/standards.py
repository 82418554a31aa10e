"""Open-data standards: the trainings as European Learning Model (ELM 3) learning
opportunities, for the Europass Qualification Dataset Register (which pulls a hosted URL),
and a DCAT-AP description of the portal's datasets, for the federal open-data portal.
Both are JSON-LD; their terms are mapped in an inline context. The ELM output conforms to
the Commission's SHACL shapes for learning opportunities (the class and property names,
cardinalities, closed shapes, controlled vocabularies), vendored in tests/bedigital/elm/."""

import json
from datetime import timedelta
from email.utils import parseaddr

from django.conf import settings
from django.db.models import Max
from django.http import JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from modeltranslation.utils import build_localized_fieldname

from bedigital.careers.models import Occupation
from bedigital.i18n import LANGUAGE_CODES
from bedigital.models import Organisation
from bedigital.prebuilt import Refused, check_values
from bedigital.support.models import Support
from bedigital.vocabularies import Cost, TrainingFormat
from initiatives.models import Initiative
from testimonials.models import Testimonial
from trainings.filters import TrainingFilterSet
from trainings.models import Training

from . import api
from .downloads import chunks
from .http import conditional

EU = "http://publications.europa.eu/resource/authority"
SITE_DESCRIPTION = _(
    "Trainings, initiatives and stories that bring more women into digital careers in Belgium."
)
LANGUAGE_URI = {
    "nl": f"{EU}/language/NLD",
    "fr": f"{EU}/language/FRA",
    "de": f"{EU}/language/DEU",
    "en": f"{EU}/language/ENG",
}
BELGIUM = f"{EU}/country/BEL"
EURO = f"{EU}/currency/EUR"
ELM = "http://data.europa.eu/snb"
# The European Learning Model's own terms (ELM 3, the Learning Opportunities and
# Qualifications application profile, checked in tests/bedigital/test_standards.py against
# its SHACL shapes).
ELM_CONTEXT = {
    "elm": f"{ELM}/model/elm/",
    "dc": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "rov": "http://www.w3.org/ns/regorg#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "id": "@id",
    "type": "@type",
    "LearningOpportunity": "elm:LearningOpportunity",
    "LearningAchievementSpecification": "elm:LearningAchievementSpecification",
    "LearningOutcome": "elm:LearningOutcome",
    "Organisation": "elm:Organisation",
    "WebResource": "elm:WebResource",
    "PeriodOfTime": "dc:PeriodOfTime",
    "Location": "dc:Location",
    "Address": "elm:Address",
    "Note": "elm:Note",
    "PriceDetail": "elm:PriceDetail",
    "Amount": "elm:Amount",
    "Concept": "skos:Concept",
    "ConceptScheme": "skos:ConceptScheme",
    "title": {"@id": "dc:title", "@container": "@language"},
    "description": {"@id": "dc:description", "@container": "@language"},
    "legalName": {"@id": "rov:legalName", "@container": "@language"},
    "prefLabel": {"@id": "skos:prefLabel", "@container": "@language"},
    "noteLiteral": {"@id": "elm:noteLiteral", "@container": "@language"},
    "inScheme": {"@id": "skos:inScheme"},
    "fullAddress": {"@id": "elm:fullAddress"},
    "defaultLanguage": {"@id": "elm:defaultLanguage"},
    "language": {"@id": "dc:language"},
    "countryCode": {"@id": "elm:countryCode"},
    "homepage": {"@id": "foaf:homepage"},
    "contentUrl": {"@id": "elm:contentUrl", "@type": "xsd:anyURI"},
    "providedBy": {"@id": "elm:providedBy"},
    "learningAchievementSpecification": {"@id": "elm:learningAchievementSpecification"},
    "learningOutcome": {"@id": "elm:learningOutcome"},
    "ISCEDFCode": {"@id": "elm:ISCEDFCode"},
    "temporal": {"@id": "dc:temporal"},
    "startDate": {"@id": "elm:startDate", "@type": "xsd:dateTime"},
    "endDate": {"@id": "elm:endDate", "@type": "xsd:dateTime"},
    "location": {"@id": "elm:location"},
    "address": {"@id": "elm:address"},
    "priceDetail": {"@id": "elm:priceDetail"},
    "amount": {"@id": "elm:amount"},
    "value": {"@id": "rdf:value", "@type": "xsd:decimal"},
    "unit": {"@id": "elm:unit"},
    "duration": {"@id": "elm:duration", "@type": "xsd:duration"},
    "volumeOfLearning": {"@id": "elm:volumeOfLearning", "@type": "xsd:duration"},
    "mode": {"@id": "elm:mode"},
}
# Europass "modes of learning and assessment" for the trainings' formats
MODES = {
    TrainingFormat.ONSITE: f"{ELM}/learning-assessment/9191af2ed9",  # presential
    TrainingFormat.ONLINE: f"{ELM}/learning-assessment/920fbb3cbe",  # online
    TrainingFormat.BLENDED: f"{ELM}/learning-assessment/e92d221e4d",  # blended
}
MODE_SCHEME = f"{ELM}/learning-assessment/25831c2"
# ISCED-F 2013 field of every training: 0611 "Computer use"
COMPUTER_USE = f"{ELM}/isced-f/0611"
ISCED_F = f"{ELM}/isced-f/25831c2"


def persistent_uri(path: str) -> str:
    """A language-free URI that stays with the item (it redirects to the visitor's page)."""
    return settings.SITE_URL + path


def language_map(obj, field) -> dict:
    values = {code: getattr(obj, build_localized_fieldname(field, code)) for code in LANGUAGE_CODES}
    return {code: text for code, text in values.items() if text}


def without_language(path: str) -> str:
    """ "/fr/trainings/x/" → "/trainings/x/"."""
    return "/" + path.split("/", 2)[2]


def labels(label) -> dict:
    """A lazy label in each language."""
    result = {}
    for code in LANGUAGE_CODES:
        with override(code):
            result[code] = str(label)
    return result


def concept(uri: str, scheme: str, label=None) -> dict:
    """A term of a controlled list, as ELM wants it: a skos:Concept in its scheme."""
    node = {"id": uri, "type": "Concept", "inScheme": {"id": scheme, "type": "ConceptScheme"}}
    if label is not None:
        node["prefLabel"] = labels(label)
    return node


def language_concept(code: str) -> dict:
    return concept(LANGUAGE_URI[code], f"{EU}/language")


def belgium() -> dict:
    return concept(BELGIUM, f"{EU}/country")


def mode_concepts(training) -> list[dict]:
    formats = {training.format}
    formats |= {TrainingFormat.ONLINE} if any(s.online for s in training.sessions.all()) else set()
    return [
        concept(MODES[value], MODE_SCHEME, TrainingFormat(value).label) for value in sorted(formats)
    ]


def price_detail(training) -> list[dict]:
    """What it costs. Free for registered job seekers is a price at 0 labelled so, then what
    everyone else pays where known, as the schema.org offers say it (structured_data.offers):
    not the label "free" with the amount others pay."""
    if training.cost == Cost.FREE:
        return [priced(Cost.FREE.label, "0.00")]
    if training.cost == Cost.FREE_FOR_JOB_SEEKERS:
        details = [priced(Cost.FREE_FOR_JOB_SEEKERS.label, "0.00")]
        if training.price is not None:
            details.append(priced(_("Price for everyone else"), f"{training.price:.2f}"))
        return details
    if training.price is None:
        return []
    return [priced(Cost(training.cost).label, f"{training.price:.2f}")]


def priced(label, amount: str) -> dict:
    return {
        "type": "PriceDetail",
        "prefLabel": labels(label),
        "amount": {"type": "Amount", "value": amount, "unit": concept(EURO, f"{EU}/currency")},
    }


def learning_outcomes(training, titles) -> list[dict]:
    """What she learns: the DigComp areas it works on, else what its title says."""
    areas = [labels(area.label) for area in training.digcomp_areas.all()]
    return [{"type": "LearningOutcome", "title": title} for title in areas or [titles]]


def learning_opportunity(training) -> dict:
    uri = persistent_uri(without_language(training.get_absolute_url()))
    languages = [term.code for term in training.languages.all()]
    titles = language_map(training, "title")
    default = next((code for code in languages if code in titles), next(iter(titles), "fr"))
    sessions = [s for s in training.sessions.all() if s.status != "cancelled"]
    homepages = []
    for code in LANGUAGE_CODES:
        if code in titles:
            with override(code):
                homepages.append(
                    {
                        "id": f"{uri}#homepage-{code}",
                        "type": "WebResource",
                        "contentUrl": settings.SITE_URL + training.get_absolute_url(),
                        "language": language_concept(code),
                    }
                )
    provider = training.provider
    opportunity = {
        "id": uri,
        "type": "LearningOpportunity",
        "title": titles,
        "description": language_map(training, "summary"),
        "defaultLanguage": language_concept(default),
        "homepage": homepages,
        "providedBy": {
            "id": persistent_uri(without_language(provider.get_absolute_url())),
            "type": "Organisation",
            "legalName": language_map(provider, "name"),
            "location": {
                "type": "Location",
                "address": {"type": "Address", "countryCode": belgium()},
            },
        },
        "learningAchievementSpecification": {
            "id": f"{uri}#specification",
            "type": "LearningAchievementSpecification",
            "title": titles,
            "language": [language_concept(code) for code in languages or [default]],
            "ISCEDFCode": concept(COMPUTER_USE, ISCED_F),
            "learningOutcome": learning_outcomes(training, titles),
            "mode": mode_concepts(training),
        },
        "mode": mode_concepts(training),
        "priceDetail": price_detail(training),
    }
    if training.duration_hours:
        opportunity["learningAchievementSpecification"]["volumeOfLearning"] = (
            f"PT{training.duration_hours}H"
        )
    if sessions:
        start = min(s.start for s in sessions)
        end = max(s.last_end or s.end for s in sessions)
        opportunity["temporal"] = {
            "type": "PeriodOfTime",
            "startDate": timezone.localtime(start).isoformat(timespec="seconds"),
            "endDate": timezone.localtime(end).isoformat(timespec="seconds"),
        }
        days = (timezone.localdate(end) - timezone.localdate(start)).days + 1
        opportunity["duration"] = f"P{days}D"
    places = sorted({s.address or s.venue for s in sessions if not s.online} - {""})
    if places:
        opportunity["location"] = [
            {
                "type": "Location",
                "address": {
                    "type": "Address",
                    # the place as written: in the training's language
                    "fullAddress": {"type": "Note", "noteLiteral": {default: place}},
                    "countryCode": belgium(),
                },
            }
            for place in places
        ]
    if not opportunity["priceDetail"]:
        del opportunity["priceDetail"]
    return opportunity


@conditional
def elm_learning_opportunities(request):
    """The published trainings (the catalogue's filters apply; a value they do not know is
    a 400, as for the downloads) as ELM learning opportunities, streamed a chunk at a time.
    ETag and Last-Modified as the API's: a register that pulls it again gets a 304."""
    filterset, ignored = TrainingFilterSet.from_query(request.GET, Training.objects.published())
    try:
        check_values(filterset, request.GET, ignored)
    except Refused as refusal:
        response = JsonResponse({"detail": str(refusal)}, status=400)
        response["Access-Control-Allow-Origin"] = "*"
        return response
    ids = list(filterset.qs.order_by("pk").values_list("pk", flat=True))

    def parts():
        yield json.dumps({"@context": ELM_CONTEXT})[:-1] + ', "@graph": [\n'
        first = True
        for chunk in chunks(ids):
            for training in api.trainings_by_id(chunk):
                yield ("" if first else ",\n") + json.dumps(
                    learning_opportunity(training), ensure_ascii=False
                )
                first = False
        yield "\n]}\n"

    response = StreamingHttpResponse(parts(), content_type="application/ld+json; charset=utf-8")
    response["Access-Control-Allow-Origin"] = "*"
    return response


# DCAT-AP ------------------------------------------------------------------------------

DCAT_CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "dcatap": "http://data.europa.eu/r5r/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
CONTACT = "/#contact"  # the contact point node, on the site's own URI
STABLE = f"{EU}/planned-availability/STABLE"
KEYWORDS = {
    # per dataset, words it is found by, beside its title
    "trainings": [_("training"), _("digital skills"), _("women")],
    "initiatives": [_("initiative"), _("digital skills"), _("women")],
    "stories": [_("women in tech"), _("career")],
    "organisations": [_("organisation"), _("training provider")],
    "careers": [_("career"), "ESCO", _("digital skills")],
    "support": [_("funding"), _("allowance"), _("training")],
}
FILE_TYPES = {
    "csv": ("CSV", "text/csv"),
    "xlsx": ("XLSX", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "json": ("JSON", "application/json"),
}
DATASETS = [
    # name, title, description, model, list URL name, download URL name and its kwargs
    ("trainings", _("Trainings"), _("Trainings, with their sessions"), Training),
    ("initiatives", _("Initiatives"), _("Initiatives and good practices"), Initiative),
    ("stories", _("Stories"), _("Stories of women in tech"), Testimonial),
    ("organisations", _("Partners"), _("Partner organisations"), Organisation),
    ("careers", _("Digital careers"), _("Digital careers"), Occupation),
    ("support", _("Support and funding"), _("Support and funding"), Support),
]
DOWNLOADS = {
    "trainings": lambda fmt: reverse("trainings_export", kwargs={"fmt": fmt}),
    "initiatives": lambda fmt: reverse(
        {"csv": "initiatives:export_csv", "json": "initiatives:export_json"}.get(
            fmt, "initiatives_export_xlsx"
        )
    ),
    "stories": lambda fmt: reverse("stories_export", kwargs={"fmt": fmt}),
    "organisations": lambda fmt: reverse("partners_export", kwargs={"fmt": fmt}),
    "careers": lambda fmt: reverse("careers_export", kwargs={"fmt": fmt}),
    "support": lambda fmt: reverse("support_export", kwargs={"fmt": fmt}),
}


def distribution_terms(description) -> dict:
    """What every distribution says of itself: what it holds, its licence, availability."""
    return {
        "dct:description": translated(description),
        "dct:license": {"@id": settings.OPEN_DATA_LICENCE},
        "dcatap:availability": {"@id": STABLE},
    }


def translated(text) -> list[dict]:
    values = []
    for code in LANGUAGE_CODES:
        with override(code):
            values.append({"@value": str(text), "@language": code})
    return values


def modified(model):
    if hasattr(model.objects, "published"):
        queryset = model.objects.published()
    else:
        queryset = model.objects.all()
    moment = queryset.aggregate(latest=Max("updated_at"))["latest"]
    return (moment or timezone.now() - timedelta(days=1)).isoformat()


def dataset(name, title, description, model, api_service) -> dict:
    uri = persistent_uri(f"/open-data/#{name}")
    distributions = []
    for fmt, (file_type, media_type) in FILE_TYPES.items():
        with override("en"):
            url = settings.SITE_URL + DOWNLOADS[name](fmt)
        distributions.append(
            {
                "@id": f"{uri}-{fmt}",
                "@type": "dcat:Distribution",
                "dcat:accessURL": {"@id": url},
                "dcat:downloadURL": {"@id": url},
                "dct:format": {"@id": f"{EU}/file-type/{file_type}"},
                "dcat:mediaType": {
                    "@id": f"https://www.iana.org/assignments/media-types/{media_type}"
                },
                "dct:title": translated(title),
                **distribution_terms(description),
            }
        )
    api_path = reverse(f"api-v1:list_{name}")
    distributions.append(
        {
            "@id": f"{uri}-api",
            "@type": "dcat:Distribution",
            "dcat:accessURL": {"@id": settings.SITE_URL + api_path},
            "dct:format": {"@id": f"{EU}/file-type/JSON"},
            "dcat:mediaType": {
                "@id": "https://www.iana.org/assignments/media-types/application/json"
            },
            "dcat:accessService": {"@id": api_service},
            "dct:title": translated(title),
            **distribution_terms(description),
        }
    )
    if name == "trainings":
        distributions.append(
            {
                "@id": f"{uri}-elm",
                "@type": "dcat:Distribution",
                "dcat:accessURL": {"@id": persistent_uri(reverse("elm"))},
                "dcat:downloadURL": {"@id": persistent_uri(reverse("elm"))},
                "dct:format": {"@id": f"{EU}/file-type/JSON_LD"},
                "dcat:mediaType": {
                    "@id": "https://www.iana.org/assignments/media-types/application/ld+json"
                },
                "dct:conformsTo": {"@id": "http://data.europa.eu/snb/model/elm"},
                "dct:title": translated(title),
                **distribution_terms(description),
            }
        )
    return {
        "@id": uri,
        "@type": "dcat:Dataset",
        "dct:title": translated(title),
        "dct:description": translated(description),
        "dct:identifier": uri,
        "dct:language": [{"@id": LANGUAGE_URI[code]} for code in LANGUAGE_CODES],
        "dct:spatial": {"@id": BELGIUM},
        "dcat:theme": [{"@id": f"{EU}/data-theme/EDUC"}],
        "dcat:keyword": [value for word in KEYWORDS[name] for value in translated(word)],
        "dct:publisher": {"@id": persistent_uri("/#publisher")},
        "dcat:contactPoint": {"@id": persistent_uri(CONTACT)},
        "dct:license": {"@id": settings.OPEN_DATA_LICENCE},
        "dct:accessRights": {"@id": f"{EU}/access-right/PUBLIC"},
        "dct:modified": {"@value": modified(model), "@type": "xsd:dateTime"},
        "dcat:landingPage": {"@id": persistent_uri("/open-data/")},
        "dcat:distribution": distributions,
    }


def contact_point() -> dict:
    """Who answers questions about the data (a vCard, as DCAT-AP asks)."""
    address = parseaddr(settings.CONTACT_EMAIL)[1]
    return {
        "@id": persistent_uri(CONTACT),
        "@type": "vcard:Organization",
        "vcard:fn": "Be Digital Together",
        "vcard:hasEmail": {"@id": f"mailto:{address}"},
        "vcard:hasURL": {"@id": persistent_uri("/")},
    }


@conditional
def dcat_catalogue(request):
    api_service = persistent_uri("/api/v1/#service")
    datasets = [
        dataset(name, title, description, model, api_service)
        for name, title, description, model in DATASETS
    ]
    catalogue = {
        "@context": DCAT_CONTEXT,
        "@graph": [
            {
                "@id": persistent_uri("/open-data/dcat.jsonld"),
                "@type": "dcat:Catalog",
                "dct:title": [
                    {"@value": "Be Digital Together", "@language": c} for c in LANGUAGE_CODES
                ],
                "dct:description": translated(SITE_DESCRIPTION),
                "dct:publisher": {"@id": persistent_uri("/#publisher")},
                "dct:language": [{"@id": LANGUAGE_URI[code]} for code in LANGUAGE_CODES],
                "foaf:homepage": {"@id": persistent_uri("/")},
                "dct:license": {"@id": settings.OPEN_DATA_LICENCE},
                "dct:spatial": {"@id": BELGIUM},
                "dcat:themeTaxonomy": {"@id": f"{EU}/data-theme"},
                "dct:modified": max(
                    (d["dct:modified"] for d in datasets), key=lambda m: m["@value"]
                ),
                "dcat:contactPoint": {"@id": persistent_uri(CONTACT)},
                "dcat:service": {"@id": api_service},
                "dcat:dataset": datasets,
            },
            contact_point(),
            {
                "@id": persistent_uri("/#publisher"),
                "@type": "foaf:Agent",
                "foaf:name": "Be Digital Together",
                "foaf:homepage": {"@id": persistent_uri("/")},
            },
            {
                "@id": api_service,
                "@type": "dcat:DataService",
                "dct:title": [{"@value": "Be Digital Together API", "@language": "en"}],
                "dcat:endpointURL": {"@id": persistent_uri("/api/v1/")},
                "dcat:endpointDescription": {"@id": persistent_uri(reverse("api-v1:openapi-json"))},
                "dct:conformsTo": {"@id": "https://spec.openapis.org/oas/v3.1.0"},
                "dcat:servesDataset": [{"@id": d["@id"]} for d in datasets],
                "dcat:contactPoint": {"@id": persistent_uri(CONTACT)},
                "dct:license": {"@id": settings.OPEN_DATA_LICENCE},
            },
        ],
    }
    response = StreamingHttpResponse(
        [json.dumps(catalogue, ensure_ascii=False)],
        content_type="application/ld+json; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response
