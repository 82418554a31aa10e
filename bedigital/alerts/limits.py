"""Sign-ups are limited per address and per client, so that the form cannot be used to
flood someone's mailbox with confirmation e-mails. Counters live in the shared cache
(Redis with several processes, see settings.CACHES)."""

import hashlib

from django.core.cache import caches

WINDOW = 60 * 60  # seconds
PER_ADDRESS = 3  # confirmation e-mails to one address per hour
PER_CLIENT = 10  # sign-ups from one client address per hour


def _hit(key: str) -> int:
    cache = caches["default"]
    cache.add(key, 0, WINDOW)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW)
        return 1


def allowed(email: str, client: str | None) -> bool:
    """Count one sign-up; False once either limit is passed."""
    digest = hashlib.sha256(email.encode()).hexdigest()  # no address in the cache's keys
    by_client = _hit(f"alerts:client:{client or 'unknown'}") <= PER_CLIENT
    by_address = _hit(f"alerts:address:{digest}") <= PER_ADDRESS
    return by_client and by_address
