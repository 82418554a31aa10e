import os

import pytest

from bedigital.roles import AGENCY_EDITORS, SITE_EDITORS
from tests.factories import OrganisationFactory, UserFactory

# Playwright's sync API keeps an asyncio loop running in the main thread; Django then refuses
# ORM calls from test bodies unless this is set.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

LANGUAGES = ["nl", "fr", "de", "en"]


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
