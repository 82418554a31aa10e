import pytest

from tests.demo_snapshot import load_demo


@pytest.fixture
def demo(live_server, settings):
    """The demo content behind a live server. Each browser test commits, and its database is
    emptied after it, so the demo is loaded per test: for real once, then replayed."""
    settings.SITE_URL = live_server.url  # links in e-mails lead to this server
    load_demo()
    return live_server
