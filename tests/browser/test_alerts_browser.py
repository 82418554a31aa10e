"""Staying informed without an account, in Debian's Chromium: an e-mail alert signed up for
in Dutch, confirmed from the link in the e-mail the SMTP server received, unsubscribed; the
shortlist kept with buttons; axe-core on every new page type in four languages."""

import re

import pytest

from bedigital.alerts import tokens
from bedigital.alerts.models import Alert
from bedigital.events.models import Event
from tests.browser import AXE
from tests.conftest import LANGUAGES

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def link(message, kind: str) -> str:
    text = message.get_body(preferencelist=("plain",)).get_content()
    return re.search(rf"http://\S+/alerts/{kind}/\S+/", text).group(0)


def test_sign_up_in_dutch_confirm_from_the_email_and_unsubscribe(page, demo, smtp_server):
    page.goto(demo.url + "/nl/trainings/?cost=free")
    page.get_by_role("link", name="Mail me nieuwe opleidingen zoals deze").click()
    assert "Gratis" in page.locator("main").inner_text()
    page.get_by_label("Je e-mailadres").fill("sofie@example.be")
    page.get_by_label("Dagelijks").check()
    page.get_by_role("button", name="Stuur me een bevestigingsmail").click()
    assert page.locator("h1").inner_text() == "Kijk in je mailbox"

    [mail] = smtp_server
    assert mail.message["Subject"] == "Bevestig je e-mailalert"
    page.goto(link(mail.message, "confirm"))
    page.get_by_role("button", name="Mijn alert bevestigen").click()
    assert page.locator("h1").inner_text() == "Je e-mailalert"
    assert Alert.objects.get().confirmed_at is not None

    unsubscribe = mail.message["List-Unsubscribe"].strip().strip("<>")
    page.goto(unsubscribe)
    page.get_by_role("button", name="Uitschrijven en deze alert verwijderen").click()
    assert page.locator("h1").inner_text() == "Alert verwijderd"
    assert not Alert.objects.exists()


def test_keep_for_later_and_compare_without_javascript(browser, demo):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo.url + "/en/trainings/")
    buttons = page.get_by_role("button", name=re.compile("^Keep for later"))
    buttons.nth(0).click()
    page.get_by_role("link", name="Back to where you were").click()
    page.get_by_role("button", name=re.compile("^Keep for later")).nth(1).click()
    assert page.locator("table.compare th[scope=col]").count() == 2
    context.close()


def new_page_types(lang, alert, event, past):
    manage = tokens.make(alert, tokens.MANAGE)
    return [
        f"/{lang}/alerts/?cost=free&region=brussels",
        f"/{lang}/alerts/sent/",
        f"/{lang}/alerts/confirm/{tokens.make(alert, tokens.CONFIRM)}/",
        f"/{lang}/alerts/manage/{manage}/",
        f"/{lang}/alerts/unsubscribe/{tokens.make(alert, tokens.UNSUBSCRIBE)}/",
        f"/{lang}/alerts/manage/not-a-token/",
        f"/{lang}/agenda/",
        f"/{lang}/agenda/?kind=webinar&online=online",
        f"/{lang}/events/{event.slug}/",
        f"/{lang}/events/{past.slug}/",
        f"/{lang}/shortlist/",
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_the_new_pages(page, demo, lang):
    alert = Alert.objects.create(email="an@example.be", query="cost=free", language=lang)
    event = Event.objects.filter(recording_url="").order_by("start").first()
    past = Event.objects.exclude(recording_url="").first()
    # a shortlist with two trainings, kept with the buttons
    page.goto(demo.url + f"/{lang}/trainings/")
    page.locator("button[form=keep]").nth(0).click()
    page.goto(demo.url + f"/{lang}/trainings/")
    page.locator("button[form=keep]").nth(1).click()
    failures = {}
    for path in new_page_types(lang, alert, event, past):
        page.goto(demo.url + path)
        assert page.locator("html").get_attribute("lang") == lang
        result = AXE.run(page)
        if result.violations_count:
            failures[path] = result.generate_snapshot()
    assert not failures, failures
