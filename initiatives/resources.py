"""Import and export of initiatives, one per row (CSV or XLSX): the portal's one path for
an organisation's content (bedigital.imports), with the strategic objective by its number."""

from bedigital.imports import OwnedContentResource, import_columns

from .models import Initiative

EXAMPLE = {
    "slug": "coding-club-example",
    "status": "draft",
    "objective": "1",
    "audiences": "students_girls",
    "title_nl": "Codeerclub voor vrouwen",
    "title_fr": "Club de code pour les femmes",
    "title_de": "Programmierclub für Frauen",
    "title_en": "Coding club for women",
    "summary_fr": "Chaque semaine, des femmes apprennent à programmer ensemble.",
}


class InitiativeResource(OwnedContentResource):
    foreign_keys = {"objective": "number"}

    class Meta(OwnedContentResource.Meta):
        model = Initiative
        fields = import_columns(Initiative)
