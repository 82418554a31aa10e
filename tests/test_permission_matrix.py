"""Who may do what in the admin, every model × role × operation.

The item under test belongs to agency A. Outcomes:
ok      it works (the page shows it, or the change is made)
absent  the page works but the item is not in it, or the action leaves it untouched
404     the item is not found (it is outside the editor's reach)
protected  deleting is refused because published content depends on it
403     the operation is refused
login   anonymous visitors are sent to the login page
"""

import csv
import io

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from bedigital.models import KeyFigure, Organisation, SitePage
from bedigital.roles import AGENCY_EDITORS, SITE_EDITORS
from bedigital.vocabularies import Status
from initiatives.models import Initiative, StrategicObjective
from initiatives.resources import InitiativeResource
from testimonials.models import Testimonial
from testimonials.resources import TestimonialResource
from tests.admin_forms import admin_form_data
from tests.factories import (
    InitiativeFactory,
    KeyFigureFactory,
    OrganisationFactory,
    TestimonialFactory,
    TrainingFactory,
    UserFactory,
)
from trainings.models import Training
from trainings.resources import TrainingResource

pytestmark = pytest.mark.django_db

OWNED = {"training": Training, "initiative": Initiative, "testimonial": Testimonial}
CURATED = {
    "organisation": Organisation,
    "keyfigure": KeyFigure,
    "sitepage": SitePage,
    "strategicobjective": StrategicObjective,
}
MODELS = {**OWNED, **CURATED}
RESOURCES = {
    "training": TrainingResource,
    "initiative": InitiativeResource,
    "testimonial": TestimonialResource,
}
ROLES = ["site_editor", "agency_a", "agency_b", "anonymous"]
VIEWS = ["list", "view", "add", "change", "delete", "history", "export", "import"]
ACTIONS = {
    "training": ["publish", "archive", "mark_reviewed", "duplicate", "delete_selected"],
    "initiative": ["publish", "archive", "mark_reviewed", "delete_selected"],
    "testimonial": ["publish", "archive", "mark_reviewed", "delete_selected"],
    "organisation": ["delete_selected"],
    "keyfigure": ["delete_selected"],
}
# Every cell, stated as the rules say it, not derived from the code under test. Columns: the
# site editor, an editor of agency A (which owns the item), an editor of agency B, a visitor.
# Agency editors see, change and act on their own agency's trainings, initiatives and stories
# only, may edit (never add or delete) their organisation and touch nothing curated; only
# trainings, initiatives and stories are imported and exported (elsewhere the URL is 404, or
# 403 to whoever may not even see the list); site pages and strategic objectives are part of
# the site: edited, never added or deleted; an organisation that still owns content is never
# deleted with it.
TABLE = """
model               operation        site_editor  agency_a  agency_b  anonymous
training            list             ok           ok        absent    login
training            view             ok           ok        404       login
training            add              ok           ok        ok        login
training            change           ok           ok        404       login
training            delete           ok           ok        404       login
training            history          ok           ok        404       login
training            export           ok           ok        absent    login
training            import           ok           ok        ok        login
training            publish          ok           ok        absent    login
training            archive          ok           ok        absent    login
training            mark_reviewed    ok           ok        absent    login
training            duplicate        ok           ok        absent    login
training            delete_selected  ok           ok        absent    login
initiative          list             ok           ok        absent    login
initiative          view             ok           ok        404       login
initiative          add              ok           ok        ok        login
initiative          change           ok           ok        404       login
initiative          delete           ok           ok        404       login
initiative          history          ok           ok        404       login
initiative          export           ok           ok        absent    login
initiative          import           ok           ok        ok        login
initiative          publish          ok           ok        absent    login
initiative          archive          ok           ok        absent    login
initiative          mark_reviewed    ok           ok        absent    login
initiative          delete_selected  ok           ok        absent    login
testimonial         list             ok           ok        absent    login
testimonial         view             ok           ok        404       login
testimonial         add              ok           ok        ok        login
testimonial         change           ok           ok        404       login
testimonial         delete           ok           ok        404       login
testimonial         history          ok           ok        404       login
testimonial         export           ok           ok        absent    login
testimonial         import           ok           ok        ok        login
testimonial         publish          ok           ok        absent    login
testimonial         archive          ok           ok        absent    login
testimonial         mark_reviewed    ok           ok        absent    login
testimonial         delete_selected  ok           ok        absent    login
organisation        list             ok           ok        absent    login
organisation        view             ok           ok        404       login
organisation        add              ok           403       403       login
organisation        change           ok           ok        404       login
organisation        delete           protected    403       403       login
organisation        history          ok           ok        404       login
organisation        export           404          404       404       login
organisation        import           404          404       404       login
organisation        delete_selected  protected    absent    absent    login
keyfigure           list             ok           403       403       login
keyfigure           view             ok           403       403       login
keyfigure           add              ok           403       403       login
keyfigure           change           ok           403       403       login
keyfigure           delete           ok           403       403       login
keyfigure           history          ok           403       403       login
keyfigure           export           404          403       403       login
keyfigure           import           404          403       403       login
keyfigure           delete_selected  ok           403       403       login
sitepage            list             ok           403       403       login
sitepage            view             ok           403       403       login
sitepage            add              403          403       403       login
sitepage            change           ok           403       403       login
sitepage            delete           403          403       403       login
sitepage            history          ok           403       403       login
sitepage            export           404          403       403       login
sitepage            import           404          403       403       login
strategicobjective  list             ok           403       403       login
strategicobjective  view             ok           403       403       login
strategicobjective  add              403          403       403       login
strategicobjective  change           ok           403       403       login
strategicobjective  delete           403          403       403       login
strategicobjective  history          ok           403       403       login
strategicobjective  export           404          403       403       login
strategicobjective  import           404          403       403       login
"""


def read_table(table: str) -> dict[tuple[str, str, str], str]:
    header, *rows = [line.split() for line in table.strip().splitlines()]
    roles = header[2:]
    return {
        (model, role, operation): outcome
        for model, operation, *outcomes in rows
        for role, outcome in zip(roles, outcomes, strict=True)
    }


EXPECTED = read_table(TABLE)
CASES = [
    (model, role, operation)
    for model in MODELS
    for operation in [*VIEWS, *ACTIONS.get(model, [])]
    for role in ROLES
]


@pytest.fixture(scope="module")
def world(module_db):
    """Built once for the module (each test's changes are rolled back before the next)."""
    agency_a, agency_b = OrganisationFactory(slug="agency-a"), OrganisationFactory(slug="agency-b")
    users = {"site_editor": UserFactory(is_staff=True), "anonymous": None}
    users["site_editor"].groups.add(Group.objects.get(name=SITE_EDITORS))
    for role, organisation in [("agency_a", agency_a), ("agency_b", agency_b)]:
        users[role] = UserFactory(is_staff=True)
        users[role].groups.add(Group.objects.get(name=AGENCY_EDITORS))
        organisation.editors.add(users[role])
    draft = {"owner": agency_a, "status": Status.DRAFT, "last_reviewed": None}
    items = {
        "training": TrainingFactory(**draft, sessions=[3]),
        "initiative": InitiativeFactory(**draft),
        "testimonial": TestimonialFactory(**draft),
        "organisation": agency_a,
        "keyfigure": KeyFigureFactory(),
        "sitepage": SitePage.objects.first() or make_site_page(),
        "strategicobjective": StrategicObjective.objects.get(number=1),
    }
    return users, items


def make_site_page():
    return SitePage.objects.create(slug="about", title_en="About", summary_en="", body_en="")


def outcome(response) -> str | None:
    first = response.redirect_chain[0][0] if getattr(response, "redirect_chain", None) else ""
    if response.status_code == 302 and response["Location"].startswith("/admin/login/"):
        return "login"
    if first.startswith("/admin/login/"):
        return "login"
    if response.status_code in (403, 404):
        return str(response.status_code)
    return None


def url(model, suffix=""):
    app = MODELS[model]._meta.app_label
    return f"/admin/{app}/{model}/{suffix}"


def run(client, model, operation, item) -> str:
    change = url(model, f"{item.pk}/change/")
    if operation == "list":
        response = client.get(url(model))
        return outcome(response) or ("ok" if change in response.content.decode() else "absent")
    if operation in ("view", "history", "add", "import"):
        path = {
            "view": change,
            "history": url(model, f"{item.pk}/history/"),
            "add": url(model, "add/"),
            "import": url(model, "import/"),
        }[operation]
        response = client.get(path, follow=operation == "import")
        return outcome(response) or "ok"
    if operation == "change":
        form = client.get(change)
        if outcome(form):
            response = client.post(change, {})
            return outcome(response) or "unexpected"
        before = item.updated_at if hasattr(item, "updated_at") else None
        response = client.post(change, admin_form_data(form))
        assert response.status_code == 302, response.content.decode()[:2000]
        item.refresh_from_db()
        return "ok" if before is None or item.updated_at > before else "absent"
    if operation == "delete":
        response = client.post(url(model, f"{item.pk}/delete/"), {"post": "yes"})
        return outcome(response) or deletion(response, item)
    if operation == "export":
        resource = RESOURCES.get(model, TrainingResource)
        prefix = resource.__name__.lower()
        fields = {f"{prefix}_{n}": "on" for n in resource().get_export_order()}
        response = client.post(url(model, "export/"), {"format": "0", **fields}, follow=True)
        if outcome(response):
            return outcome(response)
        slugs = [r["slug"] for r in csv.DictReader(io.StringIO(response.content.decode()))]
        return "ok" if item.slug in slugs else "absent"
    return run_action(client, model, operation, item)


def deletion(response, item) -> str:
    if not type(item).objects.filter(pk=item.pk).exists():
        return "ok"
    # the admin's confirmation lists what protects it (its words are ours: test_admin_wording)
    protected = response.context and response.context.get("protected")
    return "protected" if protected else "absent"


def run_action(client, model, action, item) -> str:
    count = type(item).objects.count()
    data = {"action": action, "_selected_action": [item.pk]}
    if action == "delete_selected":
        data["post"] = "yes"
    response = client.post(url(model), data)
    if outcome(response):
        return outcome(response)
    if action == "delete_selected":
        return deletion(response, item)
    if action == "duplicate":
        return "ok" if type(item).objects.count() == count + 1 else "absent"
    item.refresh_from_db()
    done = {
        "publish": item.status == Status.PUBLISHED,
        "archive": item.status == Status.ARCHIVED,
        "mark_reviewed": item.last_reviewed == timezone.localdate(),
    }[action]
    return "ok" if done else "absent"


@pytest.mark.parametrize(("model", "role", "operation"), CASES)
def test_permission_matrix(client, world, model, role, operation):
    users, items = world
    if users[role]:
        client.force_login(users[role])
    item = type(items[model]).objects.get(pk=items[model].pk)  # as stored, not as last changed
    assert run(client, model, operation, item) == EXPECTED[model, role, operation]


def test_the_table_has_one_cell_per_case():
    assert sorted(EXPECTED) == sorted(CASES)


def test_matrix_size():
    """The closing note quotes it; it grows as models, roles or operations are added."""
    assert len(CASES) == 7 * 8 * 4 + (5 + 4 + 4 + 1 + 1) * 4
