"""Bounds on values an editor types or imports, checked with the other field errors."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

FIRST_YEAR, LAST_YEAR = 1900, 2100


def validate_plausible_date(value):
    """A date or moment in the years the portal's content can be about. Beyond them lie
    typing mistakes, and moments no time zone conversion survives: 1 January of year 1 in
    Brussels is still year 0 in UTC, which Python cannot hold and PostgreSQL stores but
    cannot give back."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise ValidationError(
            _("Give a date between %(first)s and %(last)s."),
            code="implausible_date",
            params={"first": FIRST_YEAR, "last": LAST_YEAR},
        )
