import email
import email.policy
import os
import socket
from dataclasses import dataclass

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection, transaction
from django.utils import translation

from bedigital.roles import AGENCY_EDITORS, SITE_EDITORS
from tests.demo_snapshot import load_demo
from tests.factories import OrganisationFactory, UserFactory

# Playwright's sync API keeps an asyncio loop running in the main thread; Django then refuses
# ORM calls from test bodies unless this is set.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

LANGUAGES = ["nl", "fr", "de", "en"]


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language, whatever an earlier one left active (a
    request or a management command can activate one and keep it for the thread)."""
    translation.deactivate()
    yield
    translation.deactivate()


MIGRATED_DATA = pytest.StashKey[tuple]()


def flushes(item) -> bool:
    """Tests that commit: pytest-django empties every table after them."""
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or bool(
        {"transactional_db", "live_server"} & set(item.fixturenames)
    )


@pytest.fixture(autouse=True)
def empty_default_cache():
    """Data kept per content version (the search vocabulary) must not outlive a test: each
    test's rollback takes the version back, and the next test would reuse it."""
    caches["default"].clear()


@pytest.fixture(autouse=True)
def migrated_data_survives_a_flush(request):
    """The flush after a committing test also empties what migrations put in the database
    (places, groups, site pages…), and later tests in the same process would find it gone:
    with pytest-xdist the order of modules, hence what ran before, varies. The rows are
    saved before such a test and written back after its flush (`pytest_runtest_teardown`)."""
    if flushes(request.node):
        request.getfixturevalue("django_db_setup")
        blocker = request.getfixturevalue("django_db_blocker")
        with blocker.unblock():
            request.node.stash[MIGRATED_DATA] = (
                blocker,
                connection.creation.serialize_db_to_string(),
            )
    yield


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield  # every fixture torn down: the flush is done
    # After the last test the session's fixtures are gone too, the test database with them.
    if nextitem is not None and (saved := item.stash.get(MIGRATED_DATA, None)) is not None:
        blocker, rows = saved
        with blocker.unblock():
            call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
            connection.creation.deserialize_db_from_string(rows)
    return result


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium: `playwright install` cannot download a browser on these machines."""
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM", "/usr/bin/chromium"),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
        ],
    }


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a test module, for module-scoped fixtures that build costly rows
    once (the demo content) instead of once per test. Each test still runs in its own
    savepoint (the `db` fixture), so what one test writes is undone before the next; the rows
    are rolled back after the module's last test. Not for transactional_db tests."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.fixture(scope="module")
def demo(module_db):
    """The demo content (load_demo_data), loaded once for the test module that asks for it."""
    load_demo()


@pytest.fixture
def organisation(db):
    return OrganisationFactory()


@pytest.fixture
def site_editor(db):
    from django.contrib.auth.models import Group

    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=SITE_EDITORS))
    return user


@pytest.fixture
def agency_editor(db, organisation):
    from django.contrib.auth.models import Group

    user = UserFactory(is_staff=True)
    user.groups.add(Group.objects.get(name=AGENCY_EDITORS))
    organisation.editors.add(user)
    return user


@dataclass
class ReceivedMail:
    recipients: list[str]  # the SMTP envelope's RCPT TO
    message: email.message.EmailMessage


class Mailbox(list):
    """Messages as received, in order; `refused` holds addresses the server turns away (550)."""

    def __init__(self):
        super().__init__()
        self.refused: set[str] = set()


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server (aiosmtpd) on 127.0.0.1 in this process, and Django sending to it.

    Returns the list of messages as received, in order (a `Mailbox`).
    """
    from aiosmtpd.controller import Controller

    received = Mailbox()

    class Inbox:
        async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
            if address in received.refused:
                return "550 5.1.1 Mailbox unavailable"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            received.append(ReceivedMail(list(envelope.rcpt_tos), message))
            return "250 Message accepted for delivery"

    with socket.socket() as probe:  # a free port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(Inbox(), hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    yield received
    controller.stop()
