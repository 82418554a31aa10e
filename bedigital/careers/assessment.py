"""“Where do I stand?”: a short self-assessment on the five DigComp 2.2 areas.

Three statements per area, from an everyday task to a demanding one. Her level in an area is
how far she gets doing them on her own, in order: none → just starting, the first → basic,
the first two → intermediate, all three → advanced. Her next level is the one above, and the
trainings catalogue opens filtered to it (`level` and `area` are the catalogue's parameters).

Nothing is stored: the answers travel in the URL, so a result is a link she can keep or
share (`?r=` fifteen digits, one per statement, then the areas she chose).
"""

from dataclasses import dataclass

from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from bedigital.vocabularies import DigCompArea, SkillLevel

NOT_YET, WITH_HELP, ON_MY_OWN = 0, 1, 2
ANSWERS = [
    (NOT_YET, _("Not yet")),
    (WITH_HELP, _("With some help")),
    (ON_MY_OWN, _("On my own")),
]
STARTING = "starting"
# her level after 0, 1, 2 or 3 statements done on her own; None: nothing above
LEVELS = [STARTING, SkillLevel.FOUNDATION, SkillLevel.INTERMEDIATE, SkillLevel.ADVANCED]
NEXT = {
    STARTING: SkillLevel.FOUNDATION,
    SkillLevel.FOUNDATION: SkillLevel.INTERMEDIATE,
    SkillLevel.INTERMEDIATE: SkillLevel.ADVANCED,
    SkillLevel.ADVANCED: SkillLevel.HIGHLY_SPECIALISED,
}
LEVEL_LABELS = {STARTING: _("Just starting"), **dict(SkillLevel.choices)}

STATEMENTS = {
    DigCompArea.INFORMATION_DATA: [
        _("I can search the internet and find the information I need."),
        _(
            "I can tell whether a website or a news item can be trusted, and keep "
            "my files in folders where I find them again."
        ),
        _(
            "I can sort and compare data in a spreadsheet, for example with "
            "filters or a pivot table."
        ),
    ],
    DigCompArea.COMMUNICATION_COLLABORATION: [
        _("I can send e-mails and messages, and join a video call."),
        _("I can share a document online and edit it together with others."),
        _(
            "I can set up an online meeting or a shared workspace for a team, and "
            "choose the right tool for it."
        ),
    ],
    DigCompArea.CONTENT_CREATION: [
        _("I can write and lay out a document, such as a letter or a CV."),
        _("I can make a presentation or a simple web page with pictures, respecting copyright."),
        _(
            "I can write a small program or automate a task I repeat, for example "
            "with a formula or a script."
        ),
    ],
    DigCompArea.SAFETY: [
        _("I use strong passwords and can recognise a suspicious e-mail."),
        _("I can turn on two-step login and decide which personal data my apps may use."),
        _("I keep my devices up to date and can help someone else secure their phone or computer."),  # noqa: E501
    ],
    DigCompArea.PROBLEM_SOLVING: [
        _("I can install an app and change the basic settings of my phone or computer."),
        _("When something does not work, I can look for the solution online and fix it myself."),
        _("I can find which digital tool suits a task at work and learn a new one on my own."),
    ],
}
AREAS = list(STATEMENTS)
QUESTIONS = [(area, number) for area in AREAS for number in range(len(STATEMENTS[area]))]


def field_name(area: str, number: int) -> str:
    return f"{area}-{number + 1}"


@dataclass
class AreaResult:
    area: str
    answers: list[int]
    chosen: bool

    @property
    def label(self):
        return DigCompArea(self.area).label

    @property
    def level(self) -> str:
        done = 0
        for answer in self.answers:
            if answer != ON_MY_OWN:
                break
            done += 1
        return LEVELS[done]

    @property
    def level_label(self):
        return LEVEL_LABELS[self.level]

    @property
    def next_level(self) -> str:
        return NEXT[self.level]

    @property
    def next_level_label(self):
        return LEVEL_LABELS[self.next_level]

    @property
    def catalogue_query(self) -> str:
        return urlencode({"level": self.next_level, "area": self.area})


@dataclass
class Result:
    areas: list[AreaResult]

    @property
    def chosen(self) -> list[AreaResult]:
        """The areas she wants to work on; all of them if she chose none."""
        return [a for a in self.areas if a.chosen] or self.areas

    @property
    def catalogue_query(self) -> str:
        """The catalogue at her next level in the chosen areas."""
        levels = sorted({a.next_level for a in self.chosen}, key=list(SkillLevel.values).index)
        return urlencode(
            [*(("level", v) for v in levels), *(("area", a.area) for a in self.chosen)]
        )

    @property
    def code(self) -> str:
        return "".join(str(answer) for area in self.areas for answer in area.answers)

    @property
    def share_query(self) -> str:
        return urlencode([("r", self.code), *(("area", a.area) for a in self.areas if a.chosen)])


def score(answers: dict[tuple[str, int], int], chosen: set[str]) -> Result:
    """The result of a complete set of answers {(area, statement number): answer}."""
    return Result(
        [
            AreaResult(
                area, [answers[area, n] for n in range(len(STATEMENTS[area]))], area in chosen
            )
            for area in AREAS
        ]
    )


def from_code(code: str) -> dict[tuple[str, int], int] | None:
    """The answers a shared link carries (`r`), or None when it is not a valid code."""
    if len(code) != len(QUESTIONS) or any(c not in "012" for c in code):
        return None
    return {question: int(c) for question, c in zip(QUESTIONS, code, strict=True)}
