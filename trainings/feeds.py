"""Agency feeds: an agency keeps its trainings in its own system and publishes them as a file
(CSV or XLSX in the import's columns); the portal pulls it on a schedule
(`manage.py pull_feeds`, from cron or a timer) through the import itself (`TrainingResource`
as the feed's editor): the same validation, one write and one history version per row,
nothing outside what that editor may change. A file that has not changed since the last
pull is not imported again; problems are e-mailed to the editor and shown in the admin.

Why a pulled feed rather than per-agency API tokens to push: the agency publishes a file it
can already produce (the import's template), needs no client code or secret to keep, and
the portal decides when to read it."""

import hashlib
import urllib.request
from urllib.error import URLError

import tablib
from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override

from bedigital.spreadsheets import CSV, XLSX

from .models import TrainingFeed
from .resources import TrainingResource

MAX_BYTES = 10 * 1024 * 1024
TIMEOUT = 20  # seconds
USER_AGENT = "BeDigitalTogether-feed/1"


class FeedError(Exception):
    pass


def fetch(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
            content = response.read(MAX_BYTES + 1)
    except (URLError, OSError, ValueError) as error:
        raise FeedError(_("The address could not be read: %(error)s") % {"error": error}) from None
    if len(content) > MAX_BYTES:
        raise FeedError(_("The file is larger than 10 MB."))
    return content


def dataset_of(content: bytes) -> tablib.Dataset:
    try:
        if content[:2] == b"PK":  # a zip archive: XLSX
            return XLSX().create_dataset(content)
        return CSV().create_dataset(content.decode("utf-8-sig"))
    except Exception:  # noqa: BLE001 - whatever a broken file raises, it is the agency's to fix
        raise FeedError(_("The file is neither a CSV file in UTF-8 nor an XLSX file.")) from None


def row_problems(result) -> list[str]:
    problems = []
    for invalid in result.invalid_rows:
        for field, messages in invalid.field_specific_errors.items():
            for message in messages:
                problems.append(
                    _("Row %(row)s, %(field)s: %(message)s")
                    % {"row": invalid.number, "field": field, "message": message}
                )
        for message in invalid.non_field_specific_errors:
            problems.append(
                _("Row %(row)s: %(message)s") % {"row": invalid.number, "message": message}
            )
    for number, errors in result.row_errors():
        for error in errors:
            problems.append(_("Row %(row)s: %(message)s") % {"row": number, "message": error.error})
    return problems


def pull(feed: TrainingFeed) -> str:
    """Pull one feed; returns what happened, as recorded on the feed."""
    with override(settings.LANGUAGE_CODE):
        feed.last_pulled = timezone.now()
        try:
            content = fetch(feed.url)
            digest = hashlib.sha256(content).hexdigest()
            if digest == feed.last_digest:
                return record(feed, feed.succeeded, _("Unchanged since the last pull."))
            dataset = dataset_of(content)
        except FeedError as error:
            return record(feed, False, str(error), notify=True)
        result = TrainingResource(user=feed.editor).import_data(
            dataset, dry_run=False, raise_errors=False, use_transactions=False
        )
        feed.last_digest = digest
        totals = result.totals
        summary = ngettext(
            "%(count)s row read: %(new)s new, %(changed)s changed, %(bad)s refused.",
            "%(count)s rows read: %(new)s new, %(changed)s changed, %(bad)s refused.",
            len(dataset),
        ) % {
            "count": len(dataset),
            "new": totals["new"],
            "changed": totals["update"],
            "bad": totals["invalid"] + totals["error"],
        }
        problems = row_problems(result)
        return record(feed, not problems, "\n".join([summary, *problems]), notify=bool(problems))


def record(feed, succeeded, message, notify=False) -> str:
    feed.succeeded = succeeded
    feed.last_result = message
    feed.save(update_fields=["last_pulled", "succeeded", "last_result", "last_digest"])
    if notify:
        recipients = [
            address for address in {feed.editor.email, feed.organisation.email} if address
        ]
        if recipients:
            send_mail(
                _("Your training feed could not be imported completely"),
                _("The portal read %(url)s:\n\n%(message)s")
                % {"url": feed.url, "message": message},
                None,
                sorted(recipients),
            )
    return message
