"""Support and funding in a real browser: a job seeker in Wallonia with a child finds, in
French and without JavaScript, what she may get, then the trainings where it applies; axe on
every page of the guide in four languages."""

import pytest

from bedigital.support.models import Support
from tests.browser import AXE
from tests.conftest import LANGUAGES
from trainings.models import Training

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_job_seeker_in_wallonia_with_a_child_finds_what_she_can_get(browser, demo):
    context = browser.new_context(java_script_enabled=False, locale="fr-BE")
    page = context.new_page()
    page.goto(demo.url + "/fr/")
    page.get_by_role("navigation", name="Menu principal").get_by_role(
        "link", name="Aides et financements"
    ).click()
    page.get_by_role("group", name="Où habitez-vous ?").get_by_label("Wallonie").check()
    page.get_by_role("group", name="Quelle est votre situation aujourd’hui ?").get_by_label(
        "Demandeuse d’emploi inscrite"
    ).check()
    page.get_by_role("group", name="Avez-vous des enfants de moins de 12 ans ?").get_by_label(
        "Oui"
    ).check()
    page.get_by_role("group", name="Que voulez-vous faire ?").get_by_label(
        "Suivre une formation"
    ).check()
    page.get_by_role("button", name="Voir à quoi j’ai droit").click()

    # the answer is a URL she can share
    assert "region=wallonia" in page.url and "children=yes" in page.url
    assert page.get_by_role("status").inner_text().startswith("Vous pourriez avoir droit à")
    titles = page.locator(".support-card .card-title").all_inner_texts()
    assert "Intervention dans les frais de garde d'enfants" in titles
    assert "Avantages des stagiaires en formation au Forem" in titles
    assert not any("Flandre" in title or "VDAB" in title for title in titles)
    assert page.get_by_text("décide si vous l’obtenez").first.is_visible()
    childcare = page.locator(".support-card", has_text="Intervention dans les frais de garde")
    assert childcare.get_by_role("link", name="Page officielle").get_attribute("href") == (
        "https://www.leforem.be"
    )

    # then the trainings in her region that are free for her, and what applies to one
    page.get_by_role("link", name="Les formations de votre région gratuites pour vous").click()
    assert page.get_by_label("Gratuite pour moi, en tant que…").input_value() == "job_seeker"
    training = (
        Training.objects.published()
        .current()
        .filter(region="wallonia", cost="free_for_job_seekers", audiences__code="job_seekers")
        .first()
    )
    page.get_by_role("link", name=training.title_fr).click()
    section = page.locator("section", has=page.locator("#training-support"))
    links = section.get_by_role("link").all_inner_texts()
    assert "Avantages des stagiaires en formation au Forem" in links
    assert not any("VDAB" in link for link in links)
    context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_axe_violations_on_support_pages(page, demo, lang):
    support = Support.objects.published().first()
    answered = "region=wallonia&situation=job_seeker&children=yes&goal=train&age=34"
    failures = {}
    for path in [
        f"/{lang}/support/",
        f"/{lang}/support/{support.slug}/",
        f"/{lang}/support/what-can-i-get/",
        f"/{lang}/support/what-can-i-get/?{answered}",
        f"/{lang}/support/what-can-i-get/?region=mars&age=abc",
        f"/{lang}/support/what-can-i-get/?region=brussels&situation=student&goal=train",
        f"/{lang}/women-entrepreneurs/",
        f"/{lang}/trainings/?region=wallonia&free_for=job_seeker",
    ]:
        page.goto(demo.url + path)
        result = AXE.run(page)
        if result.violations_count:
            failures[path] = result.generate_snapshot()
    assert not failures, failures
