"""Agency feeds: an agency keeps its trainings in its own system and publishes them as a file
(CSV or XLSX in the import's columns, or JSON in the API's shape); the portal pulls it on a
schedule (`manage.py pull_feeds`, from cron or a timer) through the import itself
(`TrainingResource` as the feed's editor): the same validation, one write and one history
version per row, and only the feed's organisation's trainings. JSON is only turned into the
import's rows (`import_row`); the import reads them like a file's. A file that has not
changed since the last pull is not imported again; problems are e-mailed to the editor and
the organisation, in the organisation's language, and shown in the admin.

A feed is read only from the public internet: each address it leads to (its own, a redirect's,
a next page's) is resolved, refused if any of its addresses is not global (loopback, private
networks, link-local such as the cloud metadata 169.254.169.254, unique-local IPv6…), and
connected to at the very address that was checked, so a name cannot resolve to a public
address for the check and to an internal one for the connection. Networks named in
`settings.FEEDS_ALLOWED_PRIVATE_NETWORKS` are allowed (the tests' local server). Feeds are
read directly, never through an HTTP(S)_PROXY from the environment: a proxy would connect to
an address this check never sees.

Why a pulled feed rather than per-agency API tokens to push: the agency publishes a file it
can already produce (the import's template), needs no client code or secret to keep, and
the portal decides when to read it."""

import hashlib
import http.client
import ipaddress
import json
import socket
import urllib.request
from urllib.error import URLError
from urllib.parse import urljoin, urlsplit

import tablib
from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override

from bedigital.i18n import LANGUAGE_CODES
from bedigital.imports import OrganisationWidget
from bedigital.models import Organisation
from bedigital.spreadsheets import CSV, XLSX
from bedigital.vocabularies import SessionStatus, Status

from . import schedule
from .models import Session, Training, TrainingFeed
from .resources import DAY_WORDS, TERMS, TRANSLATED, TrainingResource, format_session

MAX_BYTES = 10 * 1024 * 1024  # the whole feed, all its pages
MAX_PAGES = 200
TIMEOUT = 20  # seconds
USER_AGENT = "BeDigitalTogether-feed/1"


class FeedError(Exception):
    pass


class FeedResource(TrainingResource):
    """The import, leaving alone the rows that change nothing: a feed gives every training
    each time, and each pull records a version only of those that changed. It reaches only
    the feed's organisation's trainings, even when its editor also edits for another (or
    is a site editor as well): a feed never touches another agency's items."""

    class Meta(TrainingResource.Meta):
        skip_unchanged = True

    def __init__(self, user=None, organisation=None, **kwargs):
        super().__init__(user, **kwargs)
        self.organisation = organisation
        if organisation is not None:
            self.fields["owner"].widget = OrganisationWidget(
                Organisation.objects.editable_by(user).filter(pk=organisation.pk)
            )

    def get_queryset(self):
        items = super().get_queryset()
        if self.organisation is not None:
            items = items.filter(owner=self.organisation)
        return items


def is_public(address, allowed) -> bool:
    if address.version == 6 and address.ipv4_mapped:  # ::ffff:127.0.0.1 is 127.0.0.1
        address = address.ipv4_mapped
    if any(address in network for network in allowed if network.version == address.version):
        return True
    return address.is_global and not address.is_multicast


def checked_addresses(host: str, port: int) -> list[tuple]:
    """`host`'s addresses (as `socket.getaddrinfo` gives them); a FeedError if one of them is
    not on the public internet, before any connection is made."""
    allowed = [ipaddress.ip_network(net) for net in settings.FEEDS_ALLOWED_PRIVATE_NETWORKS]

    def refuse(address):
        shown = host if host == str(address) else f"{host} ({address})"
        return FeedError(
            _("The address %(address)s is not on the public internet.") % {"address": shown}
        )

    try:  # an address written as such is refused whatever the resolver makes of it
        literal = ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        if not is_public(literal, allowed):
            raise refuse(literal)
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    for *_info, sockaddr in found:
        address = ipaddress.ip_address(sockaddr[0].split("%")[0])  # fe80::1%eth0
        if not is_public(address, allowed):
            raise refuse(address)
    return found


def connect_checked(address, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, source_address=None):
    """`socket.create_connection`, to the addresses `checked_addresses` let through only."""
    error = None
    for family, kind, proto, _name, sockaddr in checked_addresses(*address):
        sock = socket.socket(family, kind, proto)
        try:
            if timeout is not socket._GLOBAL_DEFAULT_TIMEOUT:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as failure:
            error = failure
            sock.close()
    raise error or OSError(f"{address[0]} has no address")


class CheckedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = connect_checked  # what connect() opens its socket with


class CheckedHTTPSConnection(http.client.HTTPSConnection):
    """The TLS handshake still names and verifies the host, not the address connected to."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._create_connection = connect_checked


class CheckedHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req):
        return self.do_open(CheckedHTTPConnection, req)


class CheckedHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req):
        return self.do_open(CheckedHTTPSConnection, req, context=self._context)


class RedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows a redirect to another http(s) address only (urllib's also follows ftp://);
    the next connection is checked like the first."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme not in ("http", "https"):
            fp.close()
            raise FeedError(
                _("The address redirects to %(url)s, which is not an http:// or https:// address.")
                % {"url": newurl}
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def opener() -> urllib.request.OpenerDirector:
    """urllib's opener with http(s) only, checked connections and no proxy."""
    director = urllib.request.OpenerDirector()
    for handler in (
        CheckedHTTPHandler(),
        CheckedHTTPSHandler(),
        RedirectHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        urllib.request.UnknownHandler(),
    ):
        director.add_handler(handler)
    return director


def fetch(url: str) -> bytes:
    # urllib also reads ftp:// (which a URL field accepts) and file:// addresses
    if urlsplit(url).scheme not in ("http", "https"):
        raise FeedError(_("The address must start with http:// or https://."))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with opener().open(request, timeout=TIMEOUT) as response:
            content = response.read(MAX_BYTES + 1)
    except (URLError, OSError, ValueError) as error:
        raise FeedError(_("The address could not be read: %(error)s") % {"error": error}) from None
    if len(content) > MAX_BYTES:
        raise FeedError(_("The file is larger than 10 MB."))
    return content


def read(url: str) -> tuple[bytes, tablib.Dataset]:
    """The feed at `url` (every page of a paged JSON feed) and its rows for the import."""
    content = fetch(url)
    if not is_json(content):
        return content, dataset_of(content)
    pages = [content]
    items, next_url = json_items(content)
    while next_url:
        next_url = urljoin(url, next_url)
        if urlsplit(next_url)[:2] != urlsplit(url)[:2]:
            raise FeedError(_("The next page, %(url)s, is on another site.") % {"url": next_url})
        if len(pages) == MAX_PAGES or sum(map(len, pages)) > MAX_BYTES:
            raise FeedError(_("The feed has more than 200 pages or 10 MB."))
        pages.append(fetch(next_url))
        more, next_url = json_items(pages[-1])
        items += more
    return b"\n".join(pages), json_dataset(items)


def is_json(content: bytes) -> bool:
    return content.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"[")


def json_items(content: bytes) -> tuple[list, str | None]:
    """The trainings of one JSON document and the address of the next page: one training,
    a list of them, or a page of the API (`{"results": [...], "next": ...}`)."""
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except ValueError as error:  # UnicodeDecodeError too
        raise FeedError(_("The file is not valid JSON: %(error)s") % {"error": error}) from None
    next_url = None
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        data, next_url = data["results"], data.get("next")
    items = data if isinstance(data, list) else [data]
    if not all(isinstance(item, dict) for item in items) or not isinstance(
        next_url, (str, type(None))
    ):
        raise FeedError(
            _("The JSON is not in the API's shape: one training, a list of them or a page.")
        )
    return items, next_url


def json_dataset(items: list[dict]) -> tablib.Dataset:
    """The trainings as the import's rows, with the columns they give (a training that leaves
    a field out keeps it as it is, as a file without that column does)."""
    rows = [import_row(item) for item in items]
    order = list(TrainingResource().fields)
    headers = sorted({name for row in rows for name in row}, key=order.index)
    dataset = tablib.Dataset(headers=headers)
    for row in rows:
        dataset.append([row.get(name, "") for name in headers])
    return dataset


def import_row(item: dict) -> dict:
    """One training as the API gives it (`GET /api/v1/trainings/<slug>`) as an import row.
    Values are passed on as they are where they cannot be read, for the import to say what
    is wrong with them, on their row and column."""
    row = {"status": item.get("status", Status.PUBLISHED)}
    for name in ("slug", *Training.FACTS):
        if name in item:
            row[name] = "" if item[name] is None else item[name]
    for name in ("owner", "provider"):
        if name in item:
            value = item[name]
            row[name] = value.get("slug", "") if isinstance(value, dict) else value
    if "published" in item:
        row["publication_date"] = moment(item["published"])
    for name in (*TERMS, "prepares_for"):
        if name in item:
            value = item[name]
            row[name] = ", ".join(map(str, value)) if isinstance(value, list) else value
    for name in TRANSLATED:
        texts = item.get(name)
        if isinstance(texts, dict):
            row.update({f"{name}_{code}": texts.get(code) or "" for code in LANGUAGE_CODES})
    if "sessions" in item:
        sessions = item["sessions"] if isinstance(item["sessions"], list) else []
        row["sessions"] = "\n".join(session_line(session) for session in sessions)
    return row


def moment(value):
    return (parse_datetime(value) if isinstance(value, str) else None) or value


def read_as(parse, value):
    """`value` (a JSON string or null) read by `parse`; a ValueError if it is unreadable."""
    if value is None:
        return None
    result = parse(value)
    if result is None:
        raise ValueError(value)
    return result


def one_line(text) -> str:
    """A cell part: no "|" (it separates parts) nor line breaks (they separate sessions)."""
    return " ".join(str(text or "").replace("|", " ").split())


def session_line(record) -> str:
    """A session as the API gives it, as a line of the import's sessions cell."""
    try:
        session = Session(
            start=read_as(parse_datetime, record["start"]),
            end=read_as(parse_datetime, record["end"]),
            repeat_days=schedule.weekday_mask(
                DAY_WORDS[day] for day in record.get("repeat_days") or []
            ),
            repeat_until=read_as(parse_date, record.get("repeat_until")),
            skip_dates=", ".join(record.get("skip_dates") or []),
            online=bool(record.get("online")),
            venue=one_line(record.get("venue")),
            address=one_line(record.get("address")),
            capacity=record.get("capacity"),
            registration_deadline=read_as(parse_date, record.get("registration_deadline")),
            status=one_line(record.get("status")) or SessionStatus.OPEN,
        )
        return format_session(session)
    except (AttributeError, KeyError, TypeError, ValueError):
        # the import then names the value it cannot read
        if isinstance(record, dict):
            return one_line(f"{record.get('start')} {record.get('end')}")
        return one_line(record)


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
    """Pull one feed; returns what happened, as recorded on the feed and e-mailed, in the
    organisation's language (`Organisation.correspondence_language`: an agency works in
    one language, while its editors may change and have none recorded)."""
    with override(feed.organisation.correspondence_language()):
        feed.last_pulled = timezone.now()
        try:
            content, dataset = read(feed.url)
            digest = hashlib.sha256(content).hexdigest()
            if digest == feed.last_digest:
                return record(feed, feed.succeeded, _("Unchanged since the last pull."))
        except FeedError as error:
            return record(feed, False, str(error), notify=True)
        result = FeedResource(user=feed.editor, organisation=feed.organisation).import_data(
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
            EmailMessage(
                _("Your training feed could not be imported completely"),
                _("The portal read %(url)s:\n\n%(message)s")
                % {"url": feed.url, "message": message},
                to=sorted(recipients),
                headers={"Content-Language": feed.organisation.correspondence_language()},
            ).send()
    return message
