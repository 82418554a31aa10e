"""Reading a query as she means it: words that name a filter become that filter.

"cours python gratuit Liège" is three things: "gratuit" is the cost filter (free), "cours"
only says she wants a training, and "python Liège" are the keywords. Facet words are known in
the four languages: the labels of the vocabularies, as translated, and the words people type
for them (`TYPED`). A list applies them as its filters (`FacetedListView` moves them out of
the keyword box), and site search offers the catalogue filtered by them.
"""

from dataclasses import dataclass, field
from functools import cache

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from .i18n import LANGUAGE_CODES
from .search import words_of
from .vocabularies import (
    Cost,
    FundingType,
    InitiativeCategory,
    Region,
    Schedule,
    SkillLevel,
    TargetAudience,
    TrainingFormat,
    TrainingKind,
)

FREE = ("free", "free_for_job_seekers")  # free for her, a job seeker, either way
# (parameter, values): the words and phrases that name them, besides their labels
TYPED = {
    ("cost", FREE): "free, gratuit, gratuite, gratuits, gratuites, gratis, kostenlos, kosteloos",
    ("schedule", ("evening",)): (
        "evening, evenings, soir, soiree, soirs, cours du soir, avond, avonden, avondcursus, "
        "avondopleiding, avondles, abend, abends, abendkurs, evening course"
    ),
    ("schedule", ("weekend",)): "weekend, weekends, week end, wochenende",
    ("format", ("online",)): "online, en ligne, a distance, op afstand",
    ("women_only", ("on",)): (
        "women only, for women, pour femmes, pour les femmes, voor vrouwen, fur frauen, "
        "femmes, vrouwen, frauen, women"
    ),
    ("level", ("foundation",)): (
        "beginner, beginners, debutant, debutante, debutants, debutantes, anfanger, "
        "anfangerin, anfangerinnen, starters"
    ),
    ("kind", ("workshop",)): "workshop, workshops, atelier, ateliers",
    ("kind", ("bootcamp",)): "bootcamp, bootcamps",
    ("kind", ("webinar",)): "webinar, webinars, webinaire, webinaires",
    ("region", ("brussels",)): "bruxelles, brussel, brussels, brussel",
    ("region", ("wallonia",)): "wallonie, wallonia, wallonien, wallonie",
    ("region", ("flanders",)): "vlaanderen, flandre, flandres, flanders, flandern",
    ("region", ("german_community",)): "ostbelgien",
    ("level", ("intermediate",)): "intermediaire, intermediaires, intermediate, mittelstufe",
    ("level", ("advanced",)): (
        "avance, avancee, avances, avancees, advanced, gevorderd, gevorderden, fortgeschritten, "
        "fortgeschrittene"
    ),
    # the audiences of trainings and initiatives (the EU platform's and the portal's own)
    ("audience", ("job_seekers",)): (
        "demandeuse d emploi, demandeuses d emploi, demandeur d emploi, demandeurs d emploi, "
        "werkzoekende, werkzoekenden, arbeitsuchende, arbeitssuchende, job seeker, job seekers, "
        "jobseeker, jobseekers"
    ),
    ("audience", ("women_returners",)): (
        "herintreders, herintreedsters, herintreedster, herintreding, women returners, "
        "returners, wiedereinsteigerin, wiedereinsteigerinnen, wiedereinstieg, "
        "reprise du travail, retour a l emploi"
    ),
    ("audience", ("career_switchers",)): (
        "reconversion, reconversion professionnelle, zij instromers, zij instromer, "
        "zijinstromers, quereinsteiger, quereinsteigerin, quereinsteigerinnen, career switch, "
        "career switchers, career change"
    ),
    ("audience", ("students_girls",)): (
        "filles, etudiantes, meisjes, studentes, madchen, studentinnen, girls, students"
    ),
    # the categories of initiatives (EU Digital Skills and Jobs Platform)
    ("category", ("awareness",)): (
        "sensibilisation, role model, role models, modeles, modeles inspirants, rolmodel, "
        "rolmodellen, sensibilisering, bewustmaking, vorbild, vorbilder, sensibilisierung, "
        "awareness"
    ),
    ("category", ("education",)): "stem, steam, mint, girls in stem, filles stem",
    ("category", ("entrepreneurship",)): (
        "entrepreneuse, entrepreneuses, entrepreneuriat, ondernemerschap, ondernemster, "
        "ondernemsters, vrouwelijke ondernemers, unternehmerin, unternehmerinnen, grunderin, "
        "grunderinnen, women entrepreneurs, female founders, entrepreneurship"
    ),
    ("category", ("networking_mentoring",)): (
        "mentorat, mentoring, mentor, mentors, mentore, mentores, reseautage, reseau, reseaux, "
        "networking, netwerking, netwerk, netzwerk, netzwerke, vernetzung"
    ),
    ("category", ("research_monitoring",)): (
        "etude, etudes, onderzoek, studie, forschung, research, monitoring, study"
    ),
    ("category", ("policy",)): "politique, politiques, beleid, politik, policy",
}
# Labelled vocabularies whose labels name a filter too (labels of "course" or "Basic" say
# too little to be read as a filter; they stay keywords).
LABELLED = {
    "cost": (Cost, {"free"}),
    "schedule": (Schedule, {"evening", "weekend", "daytime", "self_paced"}),
    "format": (TrainingFormat, {"online", "blended"}),
    "kind": (TrainingKind, {"workshop", "bootcamp", "webinar"}),
    "region": (Region, {"brussels", "wallonia", "flanders", "german_community"}),
    "level": (SkillLevel, {"intermediate", "advanced"}),
    "audience": (TargetAudience, set(TargetAudience.values)),
    # initiatives ("Training" says too little: a keyword)
    "category": (InitiativeCategory, set(InitiativeCategory.values) - {"training"}),
    "funding": (FundingType, set(FundingType.values)),
}
# Words that only say "a training": dropped once the query is read as a catalogue search.
GENERIC = set(
    "formation formations cours opleiding opleidingen cursus cursussen training trainings "
    "course courses kurs kurse schulung schulungen weiterbildung".split()
)
FLAG_LABEL = {"women_only": _("For women only")}


@dataclass
class Reading:
    filters: dict[str, list[str]] = field(default_factory=dict)  # parameter → values
    chips: list[tuple[str, tuple[str, ...], str]] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    generic: list[str] = field(default_factory=list)

    @property
    def understood(self) -> bool:
        return bool(self.filters)


@cache
def phrases() -> dict[tuple[str, ...], tuple[str, tuple[str, ...]]]:
    """{words of a phrase: (parameter, values)}, in every language."""
    found = {}
    for (name, values), text in TYPED.items():
        for phrase in text.split(","):
            if words := tuple(words_of(phrase)):
                found.setdefault(words, (name, values))
    for name, (choices, readable) in LABELLED.items():
        for value in readable:
            values = FREE if name == "cost" else (value,)
            for code in LANGUAGE_CODES:
                with translation.override(code):
                    words = tuple(words_of(str(choices(value).label)))
                found.setdefault(words, (name, values))
    return found


@cache
def known_words() -> frozenset[str]:
    """Every word of a filter phrase or a generic word: correct words, never typos."""
    return frozenset(word for phrase in phrases() for word in phrase) | GENERIC


def read(query: str, parameters=None) -> Reading:
    """Split `query` into filters (only `parameters`, when given) and keywords, longest
    phrase first."""
    words = words_of(query)
    known = phrases()
    longest = max(map(len, known))
    reading, position = Reading(), 0
    while position < len(words):
        for size in range(min(longest, len(words) - position), 0, -1):
            phrase = tuple(words[position : position + size])
            meaning = known.get(phrase)
            if meaning and (parameters is None or meaning[0] in parameters):
                name, values = meaning
                chosen = reading.filters.setdefault(name, [])
                chosen += [v for v in values if v not in chosen]
                reading.chips.append((name, values, " ".join(phrase)))
                position += size
                break
        else:
            word = words[position]
            (reading.generic if word in GENERIC else reading.keywords).append(word)
            position += 1
    return reading


def label(name: str, values) -> str:
    """The chip's text, in the active language: "Free", "Evening", "Wallonia"."""
    if name in FLAG_LABEL:
        return str(FLAG_LABEL[name])
    choices = {
        "cost": Cost,
        "schedule": Schedule,
        "format": TrainingFormat,
        "kind": TrainingKind,
        "region": Region,
        "level": SkillLevel,
        "audience": TargetAudience,
        "category": InitiativeCategory,
        "funding": FundingType,
    }[name]
    return str(choices(values[0]).label)


PLACE_WORDS = 4  # the longest place name read: "sint pieters leeuw", "la louviere"


def place_named(reading: Reading, places_named) -> tuple[str, str] | None:
    """The longest run of the keywords that names a place, by `places_named` (texts → {text:
    name}, one query for them all): (the words, the place's name), the words taken out of the
    keywords. "python liege" → ("liege", "Liège"), keywords ["python"]."""
    words = reading.keywords
    runs = {
        (start, size): " ".join(words[start : start + size])
        for size in range(min(PLACE_WORDS, len(words)), 0, -1)
        for start in range(len(words) - size + 1)
    }
    named = places_named(set(runs.values())) if runs else {}
    for (start, size), text in runs.items():  # longest first
        if text in named:
            del words[start : start + size]
            return text, named[text]
    return None


def moved_to_filters(query, known: dict[str, set[str]], places_named=None):
    """The query string with the keyword box's filter words ticked as filters of a list
    whose parameters and values are `known`, or None when the box names no filter. With
    `places_named`, a place among the words becomes its "near" filter ("formation Liège")."""
    reading = read(query.get("q", ""), parameters=known)
    filters = {
        name: [v for v in values if v in known[name]] for name, values in reading.filters.items()
    }
    place = None
    if places_named and "near" in known and not query.get("near"):
        place = place_named(reading, places_named)
    if not any(filters.values()) and place is None:
        return None
    moved = query.copy()
    if place:
        moved["near"] = place[1]
    for name, values in filters.items():
        chosen = moved.getlist(name)
        moved.setlist(name, chosen + [v for v in values if v not in chosen])
    moved["q"] = " ".join(reading.keywords)
    moved.pop("page", None)
    return moved
