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
from testimonials.models import Testimonial
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
ROLES = ["site_editor", "agency_a", "agency_b", "anonymous"]
VIEWS = ["list", "view", "add", "change", "delete", "history", "export", "import"]
ACTIONS = {
    "training": ["publish", "archive", "mark_reviewed", "duplicate", "delete_selected"],
    "initiative": ["publish", "archive", "mark_reviewed", "delete_selected"],
    "testimonial": ["publish", "archive", "mark_reviewed", "delete_selected"],
    "organisation": ["delete_selected"],
    "keyfigure": ["delete_selected"],
}
IMPORTABLE = {"training"}
FIXED = {"sitepage", "strategicobjective"}  # part of the site: edited, never added or deleted


def expected(model: str, role: str, operation: str) -> str:
    if role == "anonymous":
        return "login"
    if operation in ("import", "export") and model not in IMPORTABLE:
        may_view = role == "site_editor" or model in OWNED or model == "organisation"
        return "404" if may_view else "403"
    if model in OWNED:
        if role != "agency_b" or operation in ("add", "import"):
            return "ok"
        return "absent" if operation in ("list", "export") or operation in ACTIONS[model] else "404"
    if role == "site_editor":
        if model == "organisation" and operation in ("delete", "delete_selected"):
            return "protected"  # agency A still owns content: it is never deleted with it
        return "403" if model in FIXED and operation in ("add", "delete") else "ok"
    if model != "organisation":
        return "403"
    if operation in ("add", "delete"):
        return "403"  # agency editors never add or delete organisations
    if operation == "delete_selected":
        return "absent"  # the action is not offered to agency editors
    if role == "agency_a":
        return "ok"
    return "absent" if operation == "list" else "404"


CASES = [
    (model, role, operation)
    for model in MODELS
    for operation in [*VIEWS, *ACTIONS.get(model, [])]
    for role in ROLES
]


@pytest.fixture
def world(db):
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
        fields = {f"trainingresource_{n}": "on" for n in TrainingResource().get_export_order()}
        response = client.post(url(model, "export/"), {"format": "0", **fields}, follow=True)
        if outcome(response):
            return outcome(response)
        slugs = [r["slug"] for r in csv.DictReader(io.StringIO(response.content.decode()))]
        return "ok" if item.slug in slugs else "absent"
    return run_action(client, model, operation, item)


def deletion(response, item) -> str:
    if not type(item).objects.filter(pk=item.pk).exists():
        return "ok"
    protected = "protected related objects" in response.content.decode()
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
    assert run(client, model, operation, items[model]) == expected(model, role, operation)


def test_matrix_size():
    """The closing note quotes it; it grows as models, roles or operations are added."""
    assert len(CASES) == 7 * 8 * 4 + (5 + 4 + 4 + 1 + 1) * 4
