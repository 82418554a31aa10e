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
import tablib
from django.core.exceptions import ValidationError
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from import_export import fields, widgets

from bedigital.careers.models import Occupation
from bedigital.i18n import LANGUAGE_CODES, translated_fields
from bedigital.imports import PortalResource
from bedigital.models import Organisation, Term, term_relations
from bedigital.vocabularies import SessionStatus
from bedigital.writes import write

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


class OrganisationWidget(widgets.ForeignKeyWidget):
    """An organisation by its slug, among `choices` (an agency imports into its own)."""

    def __init__(self, choices=None):
        super().__init__(Organisation, field="slug")
        self.choices = Organisation.objects.all() if choices is None else choices

    def get_queryset(self, value, row, *args, **kwargs):
        return self.choices

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except Organisation.DoesNotExist:
            if Organisation.objects.filter(slug=value).exists():
                raise ValueError(
                    _("“%(value)s” is not one of your organisations: %(allowed)s.")
                    % {"value": value, "allowed": ", ".join(o.slug for o in self.choices)}
                ) from None
            message = _("There is no organisation “%(value)s”.") % {"value": value}
            raise ValueError(message) from None


class TermsWidget(widgets.ManyToManyWidget):
    """Codes of a controlled vocabulary, separated by commas."""

    def __init__(self, vocabulary, required=False):
        super().__init__(Term, separator=",", field="code")
        self.vocabulary, self.required = vocabulary, required

    @cached_property
    def terms(self) -> dict:
        """The whole vocabulary, read once per import (a few dozen codes at most)."""
        return {term.code: term for term in Term.objects.filter(vocabulary=self.vocabulary)}

    def clean(self, value, row=None, **kwargs):
        codes = [code.strip() for code in str(value or "").split(",") if code.strip()]
        if not codes and self.required:
            raise ValueError(_("Give at least one code."))
        unknown = [code for code in codes if code not in self.terms]
        if unknown:
            raise ValueError(
                _("Unknown code: %(codes)s. Use: %(allowed)s.")
                % {"codes": ", ".join(unknown), "allowed": ", ".join(self.terms)}
            )
        return [self.terms[code] for code in codes]

    def render(self, value, obj=None, **kwargs):
        return ", ".join(term.code for term in value.all()) if value is not None else ""


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


class TrainingResource(PortalResource):
    owner = fields.Field(attribute="owner", column_name="owner", widget=OrganisationWidget())
    provider = fields.Field(
        attribute="provider", column_name="provider", widget=OrganisationWidget()
    )
    sessions = SessionsField()

    class Meta:
        model = Training
        import_id_fields = ["slug"]
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
        clean_model_instances = True  # model validation: choices, URLs, one language…
        skip_unchanged = False

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user
        for name, vocabulary in TERMS.items():
            self.fields[name].widget = TermsWidget(vocabulary, required=name == "languages")
        self.fields["prepares_for"].widget = OccupationsWidget()
        if user is not None:
            self.fields["owner"].widget = OrganisationWidget(Organisation.objects.editable_by(user))

    def get_queryset(self):
        trainings = Training.objects.all()
        if self.user is not None:
            trainings = trainings.editable_by(self.user)
        return trainings.select_related("owner", "provider").prefetch_related(
            *TERMS,
            "prepares_for",
            Prefetch("sessions", queryset=Session.objects.order_by("start")),
        )

    def import_instance(self, instance, row, **kwargs):
        """Check the many-to-many cells before saving, so that a wrong code is reported
        on its row and column like any other mistake."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name in (*TERMS, "prepares_for"):
            if name in row:
                try:
                    self.fields[name].clean(row, **kwargs)
                except ValueError as error:
                    errors[name] = ValidationError(str(error))
        if errors:
            raise ValidationError(errors)

    def import_row(self, row, instance_loader, **kwargs):
        # Each imported row is a version in the training's history and one write, like a save
        # in the admin.
        with write(), reversion.create_revision():
            reversion.set_user(self.user)
            reversion.set_comment(_("Imported from a file"))
            return super().import_row(row, instance_loader, **kwargs)

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


def template_dataset(user):
    """The headers and one example row: what an agency fills in to import trainings."""
    resource = TrainingResource(user=user)
    mine = Organisation.objects.editable_by(user).order_by("slug").first()
    today = timezone.localdate()
    example = {
        "slug": "python-evenings-example",
        "owner": mine.slug if mine else "",
        "provider": mine.slug if mine else "",
        "status": "draft",
        "publication_date": f"{today:%Y-%m-%d} 09:00:00",
        "languages": "fr, nl",
        "technologies": "programming",
        "title_nl": "Python 's avonds",
        "title_fr": "Python en soirée",
        "title_de": "Python am Abend",
        "title_en": "Python in the evening",
        "summary_en": "Ten evenings to write your first programs.",
        "sessions": f"{today:%Y}-12-01 18:00-21:00 | Rue Royale 1, 1000 Brussels\n"
        f"{today:%Y}-12-08 18:00-21:00 | online | | 20",
    }
    for name in SCALARS:
        field = Training._meta.get_field(name)
        if name not in example and field.choices:
            example[name] = field.choices[0][0]
    headers = resource.get_export_headers()
    dataset = tablib.Dataset(headers=headers)
    dataset.append([example.get(header, "") for header in headers])
    return dataset
