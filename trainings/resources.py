"""Import and export of trainings with their sessions, one training per row (CSV or XLSX).

Sessions go in one cell, a line per session:

    2026-12-01 18:00-21:00 | Rue Royale 1, 1000 Brussels
    2026-12-08 18:00-21:00 | online | | 20 | 2026-12-05 | open
    2026-12-22 18:30-21:30 every tue,thu until 2027-02-02 except 2026-12-29 | Interface3

that is: when | where ("online" or the venue) | address | seats | registration deadline |
status. Everything after the time may be left out. "When" is the first meeting, then, if it
repeats, "every" and the days (mon, tue, wed, thu, fri, sat, sun, or "weekdays"), "until" the
last day, and optionally "except" the days without a meeting (the RFC 5545 rule
FREQ=WEEKLY;BYDAY=…;UNTIL=… with EXDATEs). Importing a row replaces the training's
sessions by those listed (a session keeps its identity when its start is unchanged).
"""

import re
from datetime import date, datetime

import reversion
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from import_export import fields, widgets

from bedigital.careers.models import Occupation
from bedigital.i18n import LANGUAGE_CODES, translated_fields
from bedigital.imports import OwnedContentResource
from bedigital.models import term_relations
from bedigital.vocabularies import SessionStatus

from . import schedule
from .models import Session, Training, parse_dates

TRANSLATED = translated_fields(Training)
SCALARS = ("status", "publication_date", *Training.FACTS)
TERMS = term_relations(Training)
SESSION_FIELDS = (
    "start",
    "end",
    "repeat_days",
    "repeat_until",
    "skip_dates",
    "online",
    "venue",
    "address",
    "postcode",
    "capacity",
    "registration_deadline",
    "status",
)
IMPORTED = [name for name in SESSION_FIELDS if name != "postcode"]  # what a cell sets
ONLINE = "online"
WHEN = re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})\s+(?P<start>\d{1,2}:\d{2})\s*[-–]\s*"
    r"(?:(?P<end_day>\d{4}-\d{2}-\d{2})\s+)?(?P<end>\d{1,2}:\d{2})"
    r"(?:\s+every\s+(?P<days>.+?)\s+until\s+(?P<until>\S+)(?:\s+except\s+(?P<skip>.+))?)?$",
    re.IGNORECASE,
)
DAY_WORDS = {
    **{name: day for day, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    **{code.lower(): day for day, code in enumerate(schedule.WEEKDAY_CODES)},
}


class OccupationsWidget(widgets.ManyToManyWidget):
    """Occupations by their ESCO codes, separated by commas: what a training prepares for."""

    def __init__(self):
        super().__init__(Occupation, separator=",", field="esco_code")

    @cached_property
    def occupations(self) -> dict:
        """The published occupations, read once per import (a few dozen)."""
        return {o.esco_code: o for o in Occupation.objects.published()}

    def clean(self, value, row=None, **kwargs):
        codes = [code.strip() for code in str(value or "").split(",") if code.strip()]
        unknown = [code for code in codes if code not in self.occupations]
        if unknown:
            raise ValueError(
                _("Unknown ESCO code: %(codes)s. See the list of columns for the known ones.")
                % {"codes": ", ".join(unknown)}
            )
        return [self.occupations[code] for code in codes]

    def render(self, value, obj=None, **kwargs):
        return ", ".join(o.esco_code for o in value.all()) if value is not None else ""


class SessionsField(fields.Field):
    """The sessions cell: parsed on import, kept on the training until it is saved."""

    def __init__(self):
        super().__init__(attribute="sessions", column_name="sessions")

    def clean(self, row, **kwargs):
        return parse_sessions(row.get(self.column_name))

    def save(self, instance, row, is_m2m=False, **kwargs):
        instance.imported_sessions = self.clean(row, **kwargs)

    def get_value(self, instance):
        """The sessions as values to compare (`skip_unchanged`): those read from the row
        once it is imported, else the stored ones."""
        sessions = getattr(instance, "imported_sessions", None)
        if sessions is None:
            stored = instance.sessions.all() if instance.pk else []
            sessions = [{name: getattr(s, name) for name in IMPORTED} for s in stored]
        return sorted(
            tuple(to_minute(v) if isinstance(v, datetime) else v for v in (s[n] for n in IMPORTED))
            for s in sessions
        )

    def export(self, instance, **kwargs):
        if instance.pk is None:
            return ""
        return "\n".join(format_session(session) for session in instance.sessions.all())


def parse_sessions(text) -> list[dict]:
    sessions = []
    for number, line in enumerate(str(text or "").splitlines(), start=1):
        if line.strip():
            try:
                sessions.append(parse_session(line))
            except ValueError as error:
                raise ValueError(
                    _("Session %(number)d: %(error)s") % {"number": number, "error": error}
                ) from None
    return sessions


def parse_session(line: str) -> dict:
    when, where, address, seats, deadline, status, *extra = [
        *[part.strip() for part in line.split("|")],
        *[""] * 5,
    ]
    if any(extra):
        raise ValueError(_("too many parts; separate at most six with “|”."))
    match = WHEN.match(when)
    if not match:
        raise ValueError(
            _("write the time as “2026-12-01 18:00-21:00”, not “%(value)s”.") % {"value": when}
        )
    try:
        start = local_datetime(match["day"], match["start"])
        end = local_datetime(match["end_day"] or match["day"], match["end"])
    except ValueError:
        raise ValueError(_("“%(value)s” is not a real date or time.") % {"value": when}) from None
    if end <= start:
        raise ValueError(_("the end comes before the start."))
    session = {
        "start": start,
        "end": end,
        **parse_repetition(match),
        "online": where.lower() == ONLINE,
        "venue": "" if where.lower() == ONLINE else where,
        "address": address,
        "capacity": None,
        "registration_deadline": None,
        "status": status or SessionStatus.OPEN,
    }
    if seats:
        if not seats.isdigit() or int(seats) == 0:
            raise ValueError(_("the number of seats must be a whole number above 0."))
        session["capacity"] = int(seats)
    if deadline:
        try:
            session["registration_deadline"] = date.fromisoformat(deadline)
        except ValueError:
            raise ValueError(
                _("write the registration deadline as “2026-11-30”, not “%(value)s”.")
                % {"value": deadline}
            ) from None
    if session["status"] not in SessionStatus.values:
        raise ValueError(
            _("the status must be one of: %(allowed)s.")
            % {"allowed": ", ".join(SessionStatus.values)}
        )
    check_session_fields(session)
    return session


def parse_repetition(match) -> dict:
    """ "every tue,thu until 2027-02-02 except 2026-12-29": the weekdays, last day and skipped
    days of a repeating session (nothing for a single meeting)."""
    if not match["days"]:
        return {"repeat_days": 0, "repeat_until": None, "skip_dates": ""}
    words = [word for word in re.split(r"[\s,]+", match["days"].lower()) if word]
    if words == ["weekdays"]:
        days = schedule.WEEKDAYS
    else:
        unknown = [word for word in words if word not in DAY_WORDS]
        if unknown or not words:
            raise ValueError(
                _("write the days as “every tue,thu”, not “%(value)s”.") % {"value": match["days"]}
            )
        days = schedule.weekday_mask(DAY_WORDS[word] for word in words)
    try:
        until = date.fromisoformat(match["until"])
    except ValueError:
        raise ValueError(
            _("write the last day as “until 2027-02-02”, not “%(value)s”.")
            % {"value": match["until"]}
        ) from None
    skipped = parse_dates(match["skip"] or "")
    return {
        "repeat_days": days,
        "repeat_until": until,
        "skip_dates": ", ".join(day.isoformat() for day in skipped),
    }


def format_repetition(session: Session) -> str:
    if not (session.repeat_days and session.repeat_until):
        return ""
    names = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    days = ",".join(names[day] for day in schedule.mask_weekdays(session.repeat_days))
    text = f" every {days} until {session.repeat_until.isoformat()}"
    skipped = parse_dates(session.skip_dates)
    if skipped:
        text += " except " + ", ".join(day.isoformat() for day in skipped)
    return text


def check_session_fields(values: dict) -> None:
    """The session model's own checks (bounds, lengths, a possible schedule), before anything
    is written: sessions are saved in bulk, which validates nothing."""
    try:
        session = Session(**values)
        session.clean_fields(exclude=["training"])
        session.clean()
    except ValidationError as error:
        raise ValueError(
            " ".join(
                f"{Session._meta.get_field(name).verbose_name}: {message}"
                for name, messages in error.message_dict.items()
                for message in messages
            )
        ) from None


def local_datetime(day: str, time: str) -> datetime:
    naive = datetime.fromisoformat(f"{day} {int(time[:-3]):02d}:{time[-2:]}")
    return timezone.make_aware(naive)


def to_minute(moment: datetime) -> datetime:
    return moment.replace(second=0, microsecond=0)


def format_session(session: Session) -> str:
    start, end = timezone.localtime(session.start), timezone.localtime(session.end)
    end_text = f"{end:%H:%M}" if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
    parts = [
        f"{start:%Y-%m-%d %H:%M}-{end_text}{format_repetition(session)}",
        ONLINE if session.online else session.venue,
        session.address,
        str(session.capacity or ""),
        session.registration_deadline.isoformat() if session.registration_deadline else "",
        "" if session.status == SessionStatus.OPEN else session.status,
    ]
    while parts and not parts[-1]:
        parts.pop()
    return " | ".join(parts)


class TrainingResource(OwnedContentResource):
    sessions = SessionsField()

    class Meta(OwnedContentResource.Meta):
        model = Training
        fields = [
            "slug",
            "owner",
            "provider",
            *SCALARS,
            *TERMS,
            "prepares_for",
            *[f"{name}_{code}" for name in TRANSLATED for code in LANGUAGE_CODES],
            "sessions",
        ]

    def __init__(self, user=None, **kwargs):
        super().__init__(user, **kwargs)
        self.fields["prepares_for"].widget = OccupationsWidget()

    def with_related(self, items):
        sessions = Prefetch("sessions", queryset=Session.objects.order_by("start"))
        return super().with_related(items).prefetch_related(sessions)

    def after_save_instance(self, instance, row, **kwargs):
        imported = getattr(instance, "imported_sessions", None)
        if imported is None:
            return
        # Matched by start to the minute, the precision of the cell; written in bulk, then
        # the training's session summary is refreshed once.
        existing = {to_minute(session.start): session for session in instance.sessions.all()}
        new, changed = [], []
        for values in imported:
            session = existing.pop(values["start"], None)
            if session is None:
                new.append(Session(training=instance, **values))
                continue
            for name, value in values.items():
                setattr(session, name, value)
            changed.append(session)
        for session in new + changed:
            session.update_schedule()  # what save() would compute
        Session.objects.bulk_create(new)
        Session.objects.bulk_update(changed, fields=[*SESSION_FIELDS, *Session.SCHEDULE_FIELDS])
        Session.objects.filter(pk__in=[s.pk for s in existing.values()]).delete()
        getattr(instance, "_prefetched_objects_cache", {}).pop("sessions", None)
        if reversion.is_active():
            reversion.add_to_revision(instance)  # again, now with its new sessions


EXAMPLE = {
    "slug": "python-evenings-example",
    "status": "draft",
    "languages": "fr, nl",
    "technologies": "programming",
    "title_nl": "Python 's avonds",
    "title_fr": "Python en soirée",
    "title_de": "Python am Abend",
    "title_en": "Python in the evening",
    "summary_en": "Ten evenings to write your first programs.",
}


def example_row() -> dict:
    """The import templates' example row (with this year's sessions)."""
    year = timezone.localdate().year
    return {
        **EXAMPLE,
        "sessions": f"{year}-12-01 18:00-21:00 | Rue Royale 1, 1000 Brussels\n"
        f"{year}-12-08 18:00-21:00 | online | | 20",
    }
