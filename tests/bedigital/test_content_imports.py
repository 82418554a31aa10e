"""Initiatives and stories are imported and exported like trainings, through the one path
for an organisation's content (bedigital.imports): agency-scoped, invalid rows left out and
downloadable, a columns page and templates, every message in the editor's language."""

import csv
import io

import pytest
from django.utils import timezone

from initiatives.models import Initiative
from initiatives.resources import InitiativeResource
from testimonials.models import Testimonial
from testimonials.resources import TestimonialResource
from tests.factories import InitiativeFactory, OrganisationFactory, TestimonialFactory

pytestmark = pytest.mark.django_db

KINDS = {
    "initiative": (Initiative, InitiativeResource, InitiativeFactory, "/admin/initiatives/"),
    "testimonial": (Testimonial, TestimonialResource, TestimonialFactory, "/admin/testimonials/"),
}
CSV_FORMAT = "0"


def base(kind):
    model, resource, factory, app = KINDS[kind]
    return model, resource, factory, f"{app}{kind}/"


def export_rows(client, kind, language="en") -> list[dict]:
    _model, resource, _factory, url = base(kind)
    prefix = resource.__name__.lower()
    fields = {f"{prefix}_{name}": "on" for name in resource().get_export_order()}
    response = client.post(
        url + "export/", {"format": CSV_FORMAT, **fields}, headers={"accept-language": language}
    )
    assert response.status_code == 200
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def upload(rows, name="file.csv"):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    data = io.BytesIO(out.getvalue().encode())
    data.name = name
    return data


def preview(client, kind, rows, language="en"):
    url = base(kind)[3]
    return client.post(
        url + "import/",
        {"format": CSV_FORMAT, "import_file": upload(rows)},
        headers={"accept-language": language},
    )


def confirm(client, kind, form):
    url = base(kind)[3]
    return client.post(url + "process_import/", {n: form[n].value() for n in form.fields})


def values(item) -> dict:
    """Its fields as a file holds them (an empty text is empty, whether NULL or "")."""
    return {f.name: getattr(item, f.attname) or "" for f in type(item)._meta.concrete_fields}


@pytest.mark.parametrize("kind", KINDS)
def test_an_agency_exports_its_own_items_only_and_they_import_back_unchanged(
    client, agency_editor, organisation, kind
):
    model, _resource, factory, _url = base(kind)
    # in the file's precision: dates and times to the second
    mine = factory(owner=organisation, publication_date=timezone.now().replace(microsecond=0))
    theirs = factory(owner=OrganisationFactory())
    client.force_login(agency_editor)
    rows = export_rows(client, kind)
    assert [r["slug"] for r in rows] == [mine.slug]
    assert theirs.slug not in str(rows)
    assert rows[0]["owner"] == organisation.slug
    before = values(mine)

    response = preview(client, kind, rows)
    assert response.status_code == 200
    result = response.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    confirm(client, kind, response.context["confirm_form"])
    mine.refresh_from_db()
    after = values(mine)
    changed = {name for name in before if before[name] != after[name]}
    assert changed <= {"updated_at"}, changed
    assert model.objects.count() == 2


@pytest.mark.parametrize("kind", KINDS)
def test_the_good_rows_are_imported_and_the_bad_one_is_downloadable(
    client, agency_editor, organisation, kind
):
    _model, _resource, factory, url = base(kind)
    first, second = factory(owner=organisation), factory(owner=organisation)
    client.force_login(agency_editor)
    rows = export_rows(client, kind)
    good = next(r for r in rows if r["slug"] == first.slug)
    bad = next(r for r in rows if r["slug"] == second.slug)
    good["summary_fr" if kind == "initiative" else "quote_fr"] = "Texte revu."
    bad["region"] = "atlantis"
    response = preview(client, kind, [good, bad], language="fr")
    html = response.content.decode()
    assert "1 ligne est correcte" in html
    assert "atlantis. Codes possibles" in html and "brussels, flanders" in html
    confirm(client, kind, response.context["partial_confirm_form"])
    first.refresh_from_db()
    assert "Texte revu." in (first.summary_fr if kind == "initiative" else first.quote_fr)
    download = client.get(url + "import/invalid-rows.csv")
    content = download.content.decode()
    assert second.slug in content and first.slug not in content


def test_an_initiative_is_added_from_the_template_and_owned_by_her(
    client, agency_editor, organisation
):
    client.force_login(agency_editor)
    template = client.get("/admin/initiatives/initiative/import/template.csv")
    assert template.status_code == 200
    rows = list(csv.DictReader(io.StringIO(template.content.decode())))
    assert rows[0]["owner"] == organisation.slug and rows[0]["objective"] == "1"
    response = preview(client, "initiative", rows)
    assert not response.context["result"].has_validation_errors(), response.content.decode()
    confirm(client, "initiative", response.context["confirm_form"])
    added = Initiative.objects.get(slug="coding-club-example")
    assert added.owner == organisation and added.title_fr == "Club de code pour les femmes"


def test_an_initiative_cannot_be_given_to_another_agency(client, agency_editor, organisation):
    other = OrganisationFactory(slug="elsewhere")
    initiative = InitiativeFactory(owner=organisation)
    client.force_login(agency_editor)
    rows = export_rows(client, "initiative")
    rows[0]["owner"] = other.slug
    response = preview(client, "initiative", rows)
    assert "“elsewhere” is not one of your organisations" in response.content.decode()
    initiative.refresh_from_db()
    assert initiative.owner == organisation


def test_a_file_adds_no_story_without_its_portrait(client, agency_editor, organisation):
    story = TestimonialFactory(owner=organisation)
    client.force_login(agency_editor)
    rows = export_rows(client, "testimonial")
    rows[0]["slug"] = "a-new-story"
    response = preview(client, "testimonial", rows, language="nl")
    assert "Een nieuwe getuigenis heeft een portret nodig" in response.content.decode()
    assert list(Testimonial.objects.all()) == [story]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", ["nl", "fr", "de", "en"])
def test_the_import_page_links_the_columns_and_the_templates(client, agency_editor, kind, language):
    url = base(kind)[3]
    client.force_login(agency_editor)
    html = client.get(url + "import/", headers={"accept-language": language}).content.decode()
    for link in ("import/columns/", "import/template.csv", "import/template.xlsx"):
        assert f'href="{url}{link}"' in html
        assert client.get(url + link).status_code == 200
    columns = client.get(url + "import/columns/", headers={"accept-language": language})
    assert "<code>region</code>" in columns.content.decode()


@pytest.mark.parametrize("kind", KINDS)
def test_an_export_reads_a_constant_number_of_queries(
    client, agency_editor, organisation, kind, django_assert_max_num_queries
):
    factory = base(kind)[2]
    client.force_login(agency_editor)
    factory(owner=organisation)
    with django_assert_max_num_queries(30) as few:
        export_rows(client, kind)
    for _ in range(8):
        factory(owner=organisation)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(export_rows(client, kind)) == 9
