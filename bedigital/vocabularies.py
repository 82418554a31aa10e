"""Controlled vocabularies shared by every app (sources: shared/docs/vocabularies.md).

Codes are stable: they appear in URLs, filters and open-data exports. Only labels change.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class TargetAudience(models.TextChoices):
    # EU Digital Skills and Jobs Platform
    ALL = "all", _("Digital skills for all")
    LABOUR_FORCE = "labour_force", _("Digital skills for the labour force")
    ICT_PROFESSIONALS = "ict_professionals", _("Digital skills for ICT professionals")
    EDUCATION = "education", _("Digital skills in education")
    # the portal's own audiences
    JOB_SEEKERS = "job_seekers", _("Job seekers")
    WOMEN_RETURNERS = "women_returners", _("Women returning to work")
    CAREER_SWITCHERS = "career_switchers", _("Career switchers")
    ENTREPRENEURS = "entrepreneurs", _("Entrepreneurs")
    STUDENTS_GIRLS = "students_girls", _("Girls and students")
    EMPLOYEES = "employees", _("Employees")


class Region(models.TextChoices):
    BRUSSELS = "brussels", _("Brussels-Capital Region")
    FLANDERS = "flanders", _("Flanders")
    WALLONIA = "wallonia", _("Wallonia")
    GERMAN_COMMUNITY = "german_community", _("German-speaking Community")
    FEDERAL = "federal", _("Whole of Belgium")
    ONLINE = "online", _("Online")


class GeographicalSphere(models.TextChoices):
    LOCAL = "local", _("Local")
    REGIONAL = "regional", _("Regional")
    NATIONAL = "national", _("National")
    EUROPEAN = "european", _("European")
    INTERNATIONAL = "international", _("International")


class FundingType(models.TextChoices):
    EU = "eu", _("EU funding")
    FEDERAL = "federal", _("Federal funding")
    REGIONAL = "regional", _("Regional funding")
    PRIVATE = "private", _("Private funding")
    PUBLIC_PRIVATE = "public_private", _("Public-private partnership")
    OWN_RESOURCES = "own_resources", _("Own resources")


class InitiativeCategory(models.TextChoices):
    AWARENESS = "awareness", _("Awareness and role models")
    EDUCATION = "education", _("Education and girls in STEM")
    TRAINING = "training", pgettext_lazy("initiative category", "Training")
    ENTREPRENEURSHIP = "entrepreneurship", _("Support for women entrepreneurs")
    NETWORKING_MENTORING = "networking_mentoring", _("Networking and mentoring")
    RESEARCH_MONITORING = "research_monitoring", _("Research and monitoring")
    POLICY = "policy", _("Policy")


class SkillLevel(models.TextChoices):
    # DigComp 2.2 broad proficiency levels
    FOUNDATION = "foundation", _("Basic")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")
    HIGHLY_SPECIALISED = "highly_specialised", _("Highly specialised")


# The labels above are said plainly ("Beginner"); the DigComp term is given as a detail.
DIGCOMP_LEVEL_TERMS = {
    SkillLevel.FOUNDATION: _("DigComp: foundation, levels 1–2"),
    SkillLevel.INTERMEDIATE: _("DigComp: intermediate, levels 3–4"),
    SkillLevel.ADVANCED: _("DigComp: advanced, levels 5–6"),
    SkillLevel.HIGHLY_SPECIALISED: _("DigComp: highly specialised, levels 7–8"),
}


class DigCompArea(models.TextChoices):
    INFORMATION_DATA = "information_data", _("Information and data literacy")
    COMMUNICATION_COLLABORATION = (
        "communication_collaboration",
        _("Communication and collaboration"),
    )
    CONTENT_CREATION = "content_creation", _("Digital content creation")
    SAFETY = "safety", _("Safety")
    PROBLEM_SOLVING = "problem_solving", _("Problem solving")


class DigitalTechnology(models.TextChoices):
    DIGITAL_SKILLS = "digital_skills", _("General digital skills")
    PROGRAMMING = "programming", _("Programming")
    DATA = "data", _("Data")
    AI = "ai", _("Artificial intelligence")
    CYBERSECURITY = "cybersecurity", _("Cybersecurity")
    CLOUD = "cloud", _("Cloud")
    HPC = "hpc", _("High-performance computing")
    QUANTUM = "quantum", _("Quantum technologies")
    BLOCKCHAIN = "blockchain", _("Blockchain")
    IOT = "iot", _("Internet of things")
    XR = "xr", _("Virtual worlds")
    DIGITAL_MARKETING = "digital_marketing", _("Digital marketing")
    OTHER = "other", pgettext_lazy("technology", "Other")


class FieldOfEducation(models.TextChoices):
    # ISCED-F 2013 broad fields, plus the ICT detailed fields
    GENERIC = "00", _("Generic programmes and qualifications")
    EDUCATION = "01", pgettext_lazy("field of education", "Education")
    ARTS_HUMANITIES = "02", _("Arts and humanities")
    SOCIAL_SCIENCES = "03", _("Social sciences, journalism and information")
    BUSINESS_LAW = "04", _("Business, administration and law")
    NATURAL_SCIENCES = "05", _("Natural sciences, mathematics and statistics")
    ICT = "06", _("Information and Communication Technologies")
    ENGINEERING = "07", _("Engineering, manufacturing and construction")
    AGRICULTURE = "08", _("Agriculture, forestry, fisheries and veterinary")
    HEALTH_WELFARE = "09", _("Health and welfare")
    SERVICES = "10", _("Services")
    COMPUTER_USE = "0611", _("Computer use")
    DATABASES_NETWORKS = "0612", _("Database and network design and administration")
    SOFTWARE = "0613", _("Software and applications development and analysis")


class TrainingKind(models.TextChoices):
    COURSE = "course", _("Course")
    WORKSHOP = "workshop", _("Workshop")
    UPSKILLING_PROGRAMME = "upskilling_programme", _("Upskilling programme")
    BOOTCAMP = "bootcamp", _("Bootcamp")
    WEBINAR = "webinar", _("Webinar")


class TrainingFormat(models.TextChoices):
    ONSITE = "onsite", _("On site")
    ONLINE = "online", pgettext_lazy("format", "Online")
    BLENDED = "blended", _("Blended")


class Schedule(models.TextChoices):
    DAYTIME = "daytime", _("Daytime")
    EVENING = "evening", _("Evening")
    WEEKEND = "weekend", _("Weekend")
    FULL_TIME = "full_time", _("Full-time")
    SELF_PACED = "self_paced", _("Self-paced")


class Cost(models.TextChoices):
    FREE = "free", _("Free")
    FREE_FOR_JOB_SEEKERS = "free_for_job_seekers", _("Free for registered job seekers")
    SUBSIDISED = "subsidised", _("Subsidised")
    PAID = "paid", _("Paid")


class Certificate(models.TextChoices):
    NONE = "none", _("No certificate")
    ATTENDANCE = "attendance", _("Certificate of attendance")
    RECOGNISED = "recognised", _("Recognised qualification")
    INDUSTRY = "industry", _("Industry certification")


class InstructionLanguage(models.TextChoices):
    NL = "nl", _("Dutch")
    FR = "fr", _("French")
    DE = "de", _("German")
    EN = "en", _("English")


class SessionStatus(models.TextChoices):
    OPEN = "open", _("Open for registration")
    FULL = "full", _("Full")
    CANCELLED = "cancelled", _("Cancelled")


class CareerPath(models.TextChoices):
    CAREER_SWITCHER = "career_switcher", _("Career switcher")
    RETURNER = "returner", _("Returner")
    GRADUATE = "graduate", _("Graduate")
    ENTREPRENEUR = "entrepreneur", _("Entrepreneur")
    RESEARCHER = "researcher", _("Researcher")
    LEADER = "leader", _("Leader")


class Sector(models.TextChoices):
    ICT = "ict", _("ICT")
    FINANCE = "finance", _("Finance")
    PUBLIC_SECTOR = "public_sector", _("Public sector")
    HEALTH = "health", _("Health")
    INDUSTRY = "industry", _("Industry")
    EDUCATION = "education", pgettext_lazy("sector", "Education")
    MEDIA_CREATIVE = "media_creative", _("Media and creative industries")
    RESEARCH = "research", _("Research")
    STARTUP = "startup", _("Start-ups")
    OTHER = "other", pgettext_lazy("sector", "Other")


class OrganisationKind(models.TextChoices):
    PUBLIC_EMPLOYMENT_SERVICE = "public_employment_service", _("Public employment service")
    TRAINING_CENTRE = "training_centre", _("Training centre")
    PUBLIC_AUTHORITY = "public_authority", _("Public authority")
    NON_PROFIT = "non_profit", _("Non-profit organisation")
    COMPANY = "company", _("Company")
    EDUCATION = "education", _("School or university")
    NETWORK = "network", _("Network or association")


class FigureArea(models.TextChoices):
    BELGIUM = "belgium", _("Belgium")
    BRUSSELS = "brussels", _("Brussels-Capital Region")
    FLANDERS = "flanders", _("Flanders")
    WALLONIA = "wallonia", _("Wallonia")
    GERMAN_COMMUNITY = "german_community", _("German-speaking Community")
    EU = "eu", _("European Union")


class FigureUnit(models.TextChoices):
    PERCENT = "percent", _("Percentage")
    NUMBER = "number", _("Number")
    PER_THOUSAND = "per_thousand", _("Per 1,000")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class Country(models.TextChoices):
    """Geographic scope (DSJP): the EU member states, ISO 3166-1 alpha-2."""

    AT = "AT", _("Austria")
    BE = "BE", _("Belgium")
    BG = "BG", _("Bulgaria")
    HR = "HR", _("Croatia")
    CY = "CY", _("Cyprus")
    CZ = "CZ", _("Czechia")
    DK = "DK", _("Denmark")
    EE = "EE", _("Estonia")
    FI = "FI", _("Finland")
    FR = "FR", _("France")
    DE = "DE", _("Germany")
    GR = "GR", _("Greece")
    HU = "HU", _("Hungary")
    IE = "IE", _("Ireland")
    IT = "IT", _("Italy")
    LV = "LV", _("Latvia")
    LT = "LT", _("Lithuania")
    LU = "LU", _("Luxembourg")
    MT = "MT", _("Malta")
    NL = "NL", _("Netherlands")
    PL = "PL", _("Poland")
    PT = "PT", _("Portugal")
    RO = "RO", _("Romania")
    SK = "SK", _("Slovakia")
    SI = "SI", _("Slovenia")
    ES = "ES", _("Spain")
    SE = "SE", _("Sweden")


class Vocabulary(models.TextChoices):
    """The multi-valued facets, stored as `Term` rows linked many-to-many (portable, indexed)."""

    LANGUAGE = "language", _("Language of instruction")
    DIGCOMP_AREA = "digcomp_area", _("DigComp area")
    TECHNOLOGY = "technology", _("Digital technology")
    AUDIENCE = "audience", _("Target audience")
    FIELD_OF_EDUCATION = "field_of_education", _("Field of education")
    COUNTRY = "country", _("Geographic scope")
    SKILL_LEVEL = "skill_level", _("Digital skill level")


VOCABULARY_CHOICES = {
    Vocabulary.LANGUAGE: InstructionLanguage,
    Vocabulary.DIGCOMP_AREA: DigCompArea,
    Vocabulary.TECHNOLOGY: DigitalTechnology,
    Vocabulary.AUDIENCE: TargetAudience,
    Vocabulary.FIELD_OF_EDUCATION: FieldOfEducation,
    Vocabulary.COUNTRY: Country,
    Vocabulary.SKILL_LEVEL: SkillLevel,
}
