"""A session's meetings: its first meeting repeated on some weekdays until a date, minus some
dates, i.e. the RFC 5545 rule `FREQ=WEEKLY;BYDAY=…;UNTIL=…` with `EXDATE`s, read and expanded
by python-dateutil.

Meetings are counted in Brussels wall-clock time: an evening course at 18:30 stays at 18:30
when summer time starts or ends, as people expect (and as calendars do with a TZID).
"""

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from babel.dates import format_date, format_skeleton, format_time, get_day_names
from babel.lists import format_list
from dateutil import rrule
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import get_language, ngettext, to_locale

# Weekdays as bits, Monday first (datetime.weekday() order), as RFC 5545 spells them.
WEEKDAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKEND = 0b1100000
WEEKDAYS = 0b0011111
MAX_MEETINGS = 1000  # four years of daily meetings; more is a typing mistake
MAX_SPAN_DAYS = 3 * 366
# Parts of the day, as bits: a meeting is in each part it overlaps.
MORNING, AFTERNOON, EVENING = 1, 2, 4
PARTS = {"morning": MORNING, "afternoon": AFTERNOON, "evening": EVENING}
# "Within school hours": ends by 15:30 on weekdays, and never on Wednesday afternoon
# (Belgian schools close at noon on Wednesdays).
SCHOOL_ENDS = time(15, 30)
WEDNESDAY_NOON = time(12, 0)
FULL_TIME_HOURS_PER_WEEK = 24


def bit(weekday: int) -> int:
    return 1 << weekday


def weekday_mask(weekdays) -> int:
    mask = 0
    for weekday in weekdays:
        mask |= bit(weekday)
    return mask


def mask_weekdays(mask: int) -> list[int]:
    return [day for day in range(7) if mask & bit(day)]


def subsets(mask: int) -> list[int]:
    """Every non-empty mask made of `mask`'s bits: what "fits in these days" matches, as a
    list an index can look up (at most 127 values)."""
    return [m for m in range(1, 128) if m & ~mask == 0]


@dataclass(frozen=True)
class Meeting:
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Rule:
    """A session's schedule as entered: the first meeting (aware datetimes), and if it repeats,
    the weekdays, the last day and the days left out."""

    start: datetime
    end: datetime
    repeat_days: int = 0
    repeat_until: date | None = None
    skip_dates: tuple[date, ...] = ()

    @property
    def repeats(self) -> bool:
        return bool(self.repeat_days) and self.repeat_until is not None

    @property
    def days(self) -> int:
        """The weekdays it meets on: the first meeting's and the repeated ones."""
        local_start = timezone.localtime(self.start)
        return bit(local_start.weekday()) | (self.repeat_days if self.repeats else 0)

    def rrule_text(self) -> str:
        """The RFC 5545 RRULE value (without DTSTART), or "" for a single meeting. UNTIL is
        in UTC, as the RFC requires with a DTSTART in a time zone."""
        if not self.repeats:
            return ""
        until = timezone.make_aware(datetime.combine(self.repeat_until, time(23, 59, 59)))
        until = until.astimezone(UTC)
        days = ",".join(WEEKDAY_CODES[day] for day in mask_weekdays(self.days))
        return f"FREQ=WEEKLY;BYDAY={days};UNTIL={until:%Y%m%dT%H%M%SZ}"

    def skipped_starts(self) -> list[datetime]:
        """The starts the skipped days would have had (EXDATE values), aware."""
        local_start = timezone.localtime(self.start)
        return [
            timezone.make_aware(datetime.combine(day, local_start.time()))
            for day in self.skip_dates
            if bit(day.weekday()) & self.days
        ]

    def meetings(self) -> list[Meeting]:
        local_start = timezone.localtime(self.start).replace(tzinfo=None)
        length = timezone.localtime(self.end).replace(tzinfo=None) - local_start
        if not self.repeats:
            return [Meeting(self.start, self.end)]
        rules = rrule.rruleset()
        rules.rrule(
            rrule.rrule(
                rrule.WEEKLY,
                dtstart=local_start,
                byweekday=mask_weekdays(self.days),
                until=datetime.combine(self.repeat_until, time(23, 59, 59)),
                count=None,
                cache=False,
            )
        )
        for day in self.skip_dates:
            rules.exdate(datetime.combine(day, local_start.time()))
        meetings = []
        for local in rules:
            meetings.append(
                Meeting(timezone.make_aware(local), timezone.make_aware(local + length))
            )
            if len(meetings) > MAX_MEETINGS:
                break
        return meetings or [Meeting(self.start, self.end)]


@dataclass(frozen=True)
class Summary:
    """What the catalogue filters and pages need, computed once when a session is saved."""

    meeting_count: int
    total_minutes: int
    last_end: datetime
    days: int
    parts: int
    school_hours: bool
    hours_per_week: int


def part_mask(start: time, end: time, overnight: bool) -> int:
    parts = 0
    if start < time(12, 0):
        parts |= MORNING
    if start < time(17, 0) and (end > time(13, 0) or overnight):
        parts |= AFTERNOON
    if end > time(18, 0) or overnight or start >= time(18, 0):
        parts |= EVENING
    return parts


def summarise(rule: Rule, meetings: list[Meeting] | None = None) -> Summary:
    meetings = meetings or rule.meetings()
    days = parts = 0
    school = True
    minutes = 0
    for meeting in meetings:
        start, end = timezone.localtime(meeting.start), timezone.localtime(meeting.end)
        overnight = end.date() != start.date()
        weekday = start.weekday()
        days |= bit(weekday)
        parts |= part_mask(start.time(), end.time(), overnight)
        if (
            weekday >= 5
            or overnight
            or end.time() > SCHOOL_ENDS
            or (weekday == 2 and end.time() > WEDNESDAY_NOON)
        ):
            school = False
        minutes += round((meeting.end - meeting.start).total_seconds() / 60)
    first, last = timezone.localdate(meetings[0].start), timezone.localdate(meetings[-1].start)
    weeks = max(1, math.ceil(((last - first).days + 1) / 7))
    return Summary(
        meeting_count=len(meetings),
        total_minutes=minutes,
        last_end=meetings[-1].end,
        days=days,
        parts=parts,
        school_hours=school,
        hours_per_week=round(minutes / 60 / weeks),
    )


def _locale() -> str:
    # English pages speak to Belgium: "22 December", not "December 22".
    return {"en": "en_GB"}.get(get_language() or "en", to_locale(get_language() or "en"))


def day_list(mask: int, locale: str) -> str:
    """ "Tue and Thu", "Mon–Fri": abbreviated day names, runs of three or more joined."""
    names = get_day_names("abbreviated", locale=locale)
    days = mask_weekdays(mask)
    runs, run = [], []
    for day in days:
        if run and day != run[-1] + 1:
            runs.append(run)
            run = []
        run.append(day)
    if run:
        runs.append(run)
    words = []
    for run in runs:
        if len(run) >= 3:
            words.append(f"{names[run[0]]}–{names[run[-1]]}")
        else:
            words.extend(names[day] for day in run)
    return format_list(words, locale=locale)


def hours_text(minutes: int) -> str:
    hours = minutes / 60
    shown = number_format(hours, decimal_pos=0 if hours == int(hours) else 1)
    return ngettext("%(hours)s hour", "%(hours)s hours", math.ceil(hours)) % {"hours": shown}


def describe(rule: Rule, summary: Summary) -> str:
    """The schedule as people say it, in the active language: "Tue and Thu, 18:30–21:30,
    12 evenings from 22 December to 2 February"."""
    locale = _locale()
    start, end = timezone.localtime(rule.start), timezone.localtime(rule.end)

    def clock(moment):
        return format_time(moment, "HH:mm", locale=locale)

    if summary.meeting_count == 1:
        if end.date() != start.date():
            return (
                f"{format_date(start, 'full', locale=locale)} {clock(start)} – "
                f"{format_date(end, 'full', locale=locale)} {clock(end)}"
            )
        return f"{format_date(start, 'full', locale=locale)}, {clock(start)}–{clock(end)}"
    last = timezone.localtime(summary.last_end)
    values = {
        "days": day_list(summary.days, locale),
        "times": f"{clock(start)}–{clock(end)}",
        "count": summary.meeting_count,
        "first": format_skeleton("dMMMM", start, locale=locale)
        if start.year == last.year
        else format_date(start, "long", locale=locale),
        "last": format_date(last, "long", locale=locale),
    }
    if summary.parts == EVENING:
        text = ngettext(
            "%(days)s, %(times)s, %(count)d evening from %(first)s to %(last)s",
            "%(days)s, %(times)s, %(count)d evenings from %(first)s to %(last)s",
            summary.meeting_count,
        )
    elif summary.parts == MORNING:
        text = ngettext(
            "%(days)s, %(times)s, %(count)d morning from %(first)s to %(last)s",
            "%(days)s, %(times)s, %(count)d mornings from %(first)s to %(last)s",
            summary.meeting_count,
        )
    elif summary.parts == AFTERNOON:
        text = ngettext(
            "%(days)s, %(times)s, %(count)d afternoon from %(first)s to %(last)s",
            "%(days)s, %(times)s, %(count)d afternoons from %(first)s to %(last)s",
            summary.meeting_count,
        )
    else:
        text = ngettext(
            "%(days)s, %(times)s, %(count)d day from %(first)s to %(last)s",
            "%(days)s, %(times)s, %(count)d days from %(first)s to %(last)s",
            summary.meeting_count,
        )
    return text % values
