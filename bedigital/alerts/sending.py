"""Sending alerts: for each alert due, the joinable sessions that are new since it was last
checked, in one e-mail, each session at most once per alert.

Safe to run again and on several servers at once: an alert is handled in its own
transaction that locks its row (`SELECT … FOR UPDATE SKIP LOCKED`: another server skips it),
records the sessions it sends (unique per alert and session), sends the e-mail and moves the
alert's "checked" mark, then commits. If sending fails, nothing of it is kept and the next
run tries again; an alert committed before a crash is not due again until its next period.
"""

import logging
import smtplib
from dataclasses import dataclass, field
from itertools import groupby

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone

from trainings.models import Session

from . import catalogue, mail
from .models import Alert, SentSession

log = logging.getLogger(__name__)
MAX_SESSIONS_PER_EMAIL = 20
BATCH_SIZE = 500


@dataclass
class Run:
    frequency: str
    started: object = field(default_factory=timezone.now)
    watermark: int = 0  # the last session id when the run started
    checked: int = 0
    sent: int = 0
    failed: int = 0

    def __post_init__(self):
        self.watermark = Session.objects.aggregate(last=Max("pk"))["last"] or 0


def candidates(query: str, since_id: int, since_time) -> list:
    """Joinable sessions of the trainings matching `query` that came after `since_id` or
    whose training was published after `since_time`, soonest first."""
    trainings = catalogue.matching_trainings(query)
    sessions = (
        Session.objects.joinable()
        .filter(training__in=trainings.order_by().values("pk"))
        .filter(Q(pk__gt=since_id) | Q(training__publication_date__gt=since_time))
        .select_related("training", "training__provider", "locality")
        .order_by("start", "pk")
    )
    return list(sessions[:1000])


def is_new(session, alert) -> bool:
    return session.pk > alert.watermark or session.training.publication_date > alert.checked_at


def deliver(run: Run, alert: Alert, found: list) -> bool:
    """One alert in one transaction; True if an e-mail went out."""
    with transaction.atomic():
        locked = (
            Alert.objects.select_for_update(skip_locked=True)
            .due(run.frequency, run.started)
            .filter(pk=alert.pk)
            .first()
        )
        if locked is None:  # another server has it, or it was done or deleted meanwhile
            return False
        new = [session for session in found if is_new(session, locked)]
        already = set(
            SentSession.objects.filter(
                alert=locked, session_id__in=[s.pk for s in new]
            ).values_list("session_id", flat=True)
        )
        fresh = [session for session in new if session.pk not in already]
        fresh = fresh[:MAX_SESSIONS_PER_EMAIL]
        if fresh:
            SentSession.objects.bulk_create(SentSession(alert=locked, session=s) for s in fresh)
            mail.digest(locked, fresh).send()  # an error undoes the records above
        locked.checked_at = run.started
        locked.watermark = max(locked.watermark, run.watermark)
        locked.save(update_fields=["checked_at", "watermark"])
        return bool(fresh)


def send_batch(run: Run, ids: list[int]) -> None:
    alerts = list(Alert.objects.filter(pk__in=ids).due(run.frequency, run.started))
    alerts.sort(key=lambda alert: alert.query)
    idle = []  # nothing new for them: marked checked together, without a transaction each
    for query, same_search in groupby(alerts, key=lambda alert: alert.query):
        group = list(same_search)  # one search, looked up once for everyone who saved it
        since_id = min(alert.watermark for alert in group)
        since_time = min(alert.checked_at for alert in group)
        found = candidates(query, since_id, since_time)
        for alert in group:
            if not any(is_new(session, alert) for session in found):
                idle.append(alert.pk)
                continue
            try:
                run.sent += deliver(run, alert, found)
            except (smtplib.SMTPException, OSError):
                run.failed += 1
                log.exception("alert %s: the e-mail could not be sent; next run retries", alert.pk)
    Alert.objects.filter(pk__in=idle, watermark__lte=run.watermark).due(
        run.frequency, run.started
    ).update(checked_at=run.started, watermark=run.watermark)
    run.checked += len(ids)


def forget_expired(now=None) -> int:
    """Alerts not confirmed within a week, or not confirmed again within a year, and what
    they sent: deleted."""
    _total, by_model = Alert.objects.expired(now).delete()
    return by_model.get(Alert._meta.label, 0)
