"""Signed links in e-mails: to confirm an alert (valid a week), to manage it and to
unsubscribe (valid as long as the alert exists). Each carries the alert's random key, signed
with the site's secret and a salt per purpose, so that a link for one purpose opens no other
and a tampered link is refused."""

from django.core import signing

from .models import CONFIRM_WITHIN

CONFIRM, MANAGE, UNSUBSCRIBE = "confirm", "manage", "unsubscribe"
EXPIRED = "expired"
INVALID = "invalid"


def make(alert, purpose: str) -> str:
    return signing.dumps(alert.key, salt=f"bedigital.alerts.{purpose}", compress=False)


def read(token: str, purpose: str) -> tuple[str | None, str | None]:
    """(the alert's key, None), or (None, EXPIRED or INVALID)."""
    max_age = CONFIRM_WITHIN if purpose == CONFIRM else None
    try:
        key = signing.loads(token, salt=f"bedigital.alerts.{purpose}", max_age=max_age)
    except signing.SignatureExpired:
        return None, EXPIRED
    except signing.BadSignature:
        return None, INVALID
    return (key, None) if isinstance(key, str) else (None, INVALID)
