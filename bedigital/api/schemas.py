"""The shapes of the API's answers (pydantic, via django-ninja): they make the OpenAPI
document, and every answer is validated against them before it leaves."""

from datetime import date, datetime

from ninja import Schema
from pydantic import Field


class Texts(Schema):
    """One text in the four languages of the site; null where it is not written."""

    nl: str | None
    fr: str | None
    de: str | None
    en: str | None


class Error(Schema):
    detail: str = Field(description="What was wrong, in English.")
    errors: dict[str, list[str]] = Field(
        default_factory=dict, description="Per parameter, what was wrong with its value."
    )


class Page(Schema):
    next: str | None = Field(description="The URL of the next page, null on the last one.")


class OrganisationRef(Schema):
    slug: str
    url: str


class Session(Schema):
    id: int
    start: datetime = Field(description="Start of the first meeting.")
    end: datetime = Field(description="End of the first meeting.")
    last_end: datetime | None = Field(description="End of the last meeting.")
    repeat_days: list[str] = Field(description="Weekdays it repeats on: mon … sun.")
    repeat_until: date | None
    skip_dates: list[date] = Field(description="Days without a meeting.")
    rrule: str = Field(description="RFC 5545 RRULE (without DTSTART); empty if it meets once.")
    meeting_count: int
    total_minutes: int
    online: bool
    venue: str
    address: str
    postcode: str
    capacity: int | None
    registration_deadline: date | None
    status: str = Field(description="open, full or cancelled.")
    ics: str = Field(description="The session as an iCalendar file.")


class Training(Schema):
    slug: str
    url: str
    title: Texts
    summary: Texts
    description: Texts = Field(description="Limited HTML.")
    prerequisites: Texts
    accessibility_info: Texts
    kind: str
    format: str
    region: str
    municipality: str
    provider: OrganisationRef
    owner: OrganisationRef
    languages: list[str]
    digcomp_areas: list[str]
    technologies: list[str]
    audiences: list[str]
    cost: str
    price: str | None = Field(description="In euros, as a decimal string.")
    women_only: bool
    childcare: bool
    schedule: str
    level: str
    certificate: str
    duration_hours: int | None
    registration_url: str
    contact_email: str
    prepares_for: list[str] = Field(description="ESCO codes of the careers it leads to.")
    sessions: list[Session]
    published: datetime
    updated: datetime


class TrainingPage(Page):
    results: list[Training]


class Initiative(Schema):
    slug: str
    url: str
    title: Texts
    summary: Texts
    background: Texts
    good_practice: Texts
    results: Texts
    promoter: str
    partners: list[str]
    category: str
    strategic_objective: int
    geographical_sphere: str
    funding: str
    region: str
    target_audiences: list[str]
    geographic_scope: list[str]
    fields_of_education: list[str]
    digital_technologies: list[str]
    skill_levels: list[str]
    start_date: date
    end_date: date | None
    ongoing: bool
    website: str
    published: datetime


class InitiativePage(Page):
    results: list[Initiative]


class Story(Schema):
    slug: str
    url: str
    name: str
    role: Texts
    quote: Texts
    story: Texts = Field(description="Limited HTML.")
    employer: str
    sector: str
    career_path: str
    region: str
    owner: OrganisationRef
    portrait: str | None = Field(description="URL of the portrait, if any.")
    portrait_alt: Texts
    video_url: str
    trainings: list[str] = Field(description="Slugs of published trainings.")
    initiatives: list[str] = Field(description="Slugs of published initiatives.")
    published: datetime


class StoryPage(Page):
    results: list[Story]


class Organisation(Schema):
    slug: str
    url: str
    name: Texts
    description: Texts
    kind: str
    region: str
    website: str
    logo: str | None


class OrganisationPage(Page):
    results: list[Organisation]


class Demand(Schema):
    region: str
    list_name: str
    publisher: str
    source_url: str
    year: int
    illustrative: bool


class Career(Schema):
    slug: str
    url: str
    esco_code: str
    esco_uri: str
    title: Texts
    summary: Texts
    day: Texts
    skills: Texts = Field(description="One skill per line.")
    entry_paths: Texts = Field(description="One way in per line.")
    digcomp_areas: list[str]
    technologies: list[str]
    no_degree: bool
    part_time: bool
    salary_low: int | None = Field(description="Gross monthly pay from, in euros.")
    salary_high: int | None
    salary_source: str
    salary_source_url: str
    salary_year: int | None
    salary_illustrative: bool
    demand: list[Demand] = Field(description="Regions that list it as in short supply.")
    published: datetime


class CareerPage(Page):
    results: list[Career]


class Support(Schema):
    slug: str
    url: str
    kind: str
    provider: OrganisationRef
    title: Texts
    summary: Texts
    gives: Texts
    conditions: Texts
    how_to_apply: Texts
    official_url: str
    verified_on: date | None
    is_example: bool = Field(description="Amounts and conditions are illustrative.")
    regions: list[str] = Field(description="Where it applies (where she lives).")
    situations: list[str] = Field(description="Who may get it.")
    goals: list[str] = Field(description="What it helps her do.")
    needs_children: bool
    min_age: int | None
    max_age: int | None
    during_training: bool
    covers_fees: bool
    published: datetime


class SupportPage(Page):
    results: list[Support]


class Code(Schema):
    code: str
    label: Texts


class Vocabulary(Schema):
    name: str
    codes: list[Code]


class Index(Schema):
    title: str
    version: str
    openapi: str = Field(description="This API's OpenAPI document.")
    documentation: str = Field(description="The open-data page, in the reader's language.")
    endpoints: dict[str, str] = Field(description="Each list's address.")
