"""Import and export of an organisation's content (trainings, initiatives, stories), for
people, with django-import-export: one item per row, found by its slug.

- One path for every kind of content (`OwnedContentResource`): organisations by their slug
  (an agency imports into her own), vocabulary terms by code, texts one column per language;
  each row is one write and one version in the item's history, like a save in the admin.
- One bad row no longer blocks the good ones (`ImportForPeopleMixin`): the preview lists each
  invalid row with its errors in the editor's language; she may import the valid rows at
  once, and download a file of just the invalid ones to fix and import again. import-export
  already skips invalid rows when importing for real (without
  `rollback_on_validation_errors`); its preview only refused to offer the confirmation.
- A columns page and CSV/XLSX templates say what each column takes.
"""

import tablib
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db.models import BooleanField, FileField
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.translation import get_language_info, ngettext, override
from django.utils.translation import gettext as _
from import_export import resources, widgets
from import_export.admin import ImportExportMixin

from .conflicts import field_label
from .history import IMPORTED, revision
from .i18n import LANGUAGE_CODES, localized
from .models import Organisation, Term
from .spreadsheets import CSV, XLSX
from .vocabularies import VOCABULARY_CHOICES
from .writes import write

ERRORS_COLUMN = "errors"


def in_words(widget_class, message, example=None):
    """`widget_class`, whose unreadable values raise `message` in the editor's language
    instead of import-export's English ("Value could not be parsed using defined formats")
    or Python's ("[<class 'decimal.ConversionSyntax'>]")."""

    class Widget(widget_class):
        def clean(self, value, row=None, **kwargs):
            try:
                return super().clean(value, row, **kwargs)
            except (ValueError, ArithmeticError):
                raise ValueError(message() % {"value": value, "example": example}) from None

    Widget.__name__ = widget_class.__name__
    return Widget


class YesNoWidget(widgets.BooleanWidget):
    """1/0 as exported, and yes/no as people write them in the four languages; anything else
    is an error, not a silent "no" (import-export read "oui" or "ja" as False)."""

    YES = {"1", "true", "yes", "y", "oui", "ja", "j", "x"}
    NO = {"0", "false", "no", "n", "non", "nee", "nein"}

    def clean(self, value, row=None, **kwargs):
        if value in self.NULL_VALUES:
            return None
        text = str(value).strip().lower()
        if isinstance(value, bool) or text in self.YES | self.NO:
            return value if isinstance(value, bool) else text in self.YES
        if isinstance(value, int | float) and value in (0, 1):
            return bool(value)
        raise ValueError(
            _("“%(value)s” is neither yes nor no: write 1 for yes, 0 for no.") % {"value": value}
        )


class PortalResource(resources.ModelResource):
    """An import whose every message is in the editor's language."""

    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        "BooleanField": YesNoWidget,
        "DateTimeField": in_words(
            widgets.DateTimeWidget,
            lambda: _("“%(value)s” is not a date and time: write it like %(example)s."),
            "2026-12-01 09:00:00",
        ),
        "DateField": in_words(
            widgets.DateWidget,
            lambda: _("“%(value)s” is not a date: write it like %(example)s."),
            "2026-12-01",
        ),
        "DecimalField": in_words(
            widgets.DecimalWidget,
            lambda: _("“%(value)s” is not a number: write it like %(example)s."),
            "12.50",
        ),
        **{
            name: in_words(
                widgets.IntegerWidget,
                lambda: _("“%(value)s” is not a whole number: write it like %(example)s."),
                "20",
            )
            for name in ("IntegerField", "PositiveIntegerField", "PositiveSmallIntegerField")
        },
    }


class OrganisationWidget(widgets.ForeignKeyWidget):
    """An organisation by its slug, among `choices` (an agency imports into its own)."""

    def __init__(self, choices=None):
        super().__init__(Organisation, field="slug")
        self.choices = Organisation.objects.all() if choices is None else choices

    def get_queryset(self, value, row, *args, **kwargs):
        return self.choices

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except Organisation.DoesNotExist:
            if Organisation.objects.filter(slug=value).exists():
                raise ValueError(
                    _("“%(value)s” is not one of your organisations: %(allowed)s.")
                    % {"value": value, "allowed": ", ".join(o.slug for o in self.choices)}
                ) from None
            message = _("There is no organisation “%(value)s”.") % {"value": value}
            raise ValueError(message) from None


class TermsWidget(widgets.ManyToManyWidget):
    """Codes of a controlled vocabulary, separated by commas."""

    def __init__(self, vocabulary, required=False):
        super().__init__(Term, separator=",", field="code")
        self.vocabulary, self.required = vocabulary, required

    @cached_property
    def terms(self) -> dict:
        """The whole vocabulary, read once per import (a few dozen codes at most)."""
        return {term.code: term for term in Term.objects.filter(vocabulary=self.vocabulary)}

    def clean(self, value, row=None, **kwargs):
        codes = [code.strip() for code in str(value or "").split(",") if code.strip()]
        if not codes and self.required:
            raise ValueError(_("Give at least one code."))
        unknown = [code for code in codes if code not in self.terms]
        if unknown:
            raise ValueError(
                _("Unknown code: %(codes)s. Use: %(allowed)s.")
                % {"codes": ", ".join(unknown), "allowed": ", ".join(self.terms)}
            )
        return [self.terms[code] for code in codes]

    def render(self, value, obj=None, **kwargs):
        return ", ".join(term.code for term in value.all()) if value is not None else ""


def import_columns(model, *, exclude=()) -> list[str]:
    """The columns of a file of `model`'s items: the slug, its organisations, its other facts,
    its vocabulary codes, then each text once per language. Files, images, ids, timestamps
    and links to other content are left to the admin."""
    fields = [f for f in model._meta.get_fields() if f.concrete and f.name not in exclude]
    translated = {f.translated_field.name for f in fields if hasattr(f, "translated_field")}
    facts, terms, texts = [], [], []
    for field in fields:
        if field.name in translated or field.primary_key or not field.editable:
            continue
        if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
            continue
        if isinstance(field, FileField):
            continue
        if hasattr(field, "translated_field"):
            texts.append(field)
        elif field.many_to_many:
            if field.related_model in (Term, Organisation):
                terms.append(field.name)
        elif field.name != "slug":
            facts.append(field.name)
    organisations = [n for n in facts if model._meta.get_field(n).related_model is Organisation]
    facts = [n for n in facts if n not in organisations]
    order = {code: position for position, code in enumerate(LANGUAGE_CODES)}
    texts.sort(key=lambda f: (fields.index(f.translated_field), order[f.language]))
    return ["slug", *organisations, *facts, *terms, *[f.name for f in texts]]


class OwnedContentResource(PortalResource):
    """Rows of an organisation's content, within the editor's reach: she finds, updates and
    adds only her organisations' items, owned by one of them."""

    # Foreign keys other than organisations: the column holds this field of the row it names.
    foreign_keys: dict = {}

    class Meta:
        import_id_fields = ["slug"]
        clean_model_instances = True  # model validation: choices, URLs, one language…
        skip_unchanged = False

    def __init__(self, user=None, **kwargs):
        super().__init__(**kwargs)
        self.user = user
        self.choice_codes = {}  # column: its allowed codes (status, cost, region…)
        model = self._meta.model
        for name, field in self.fields.items():
            try:
                model_field = model._meta.get_field(field.attribute or "")
            except FieldDoesNotExist:
                continue
            if getattr(model_field, "choices", None) and not model_field.is_relation:
                self.choice_codes[name] = [str(code) for code, _label in model_field.flatchoices]
            related = model_field.related_model
            if model_field.many_to_many and related is Term:
                vocabulary = model_field.remote_field.limit_choices_to["vocabulary"]
                field.widget = TermsWidget(vocabulary, required=not model_field.blank)
            elif model_field.many_to_many and related is Organisation:
                field.widget = widgets.ManyToManyWidget(Organisation, separator=",", field="slug")
            if model_field.many_to_one:
                field.attribute = model_field.name  # the item, not its id ("owner_id")
            if model_field.many_to_one and related is Organisation:
                mine = name == "owner" and user is not None
                field.widget = OrganisationWidget(
                    Organisation.objects.editable_by(user) if mine else None
                )
            elif model_field.many_to_one:
                field.widget = widgets.ForeignKeyWidget(related, self.foreign_keys.get(name, "pk"))

    def term_fields(self) -> list[str]:
        model = self._meta.model
        return [
            name
            for name, field in self.fields.items()
            if field.attribute
            and any(f.name == field.attribute and f.many_to_many for f in model._meta.get_fields())
        ]

    def get_queryset(self):
        items = self._meta.model._default_manager.all()
        if self.user is not None:
            items = items.editable_by(self.user)
        return self.with_related(items)

    def with_related(self, items):
        """`items` with what their rows show, read in a few queries whatever their number."""
        keys = [
            f.name
            for f in self._meta.model._meta.get_fields()
            if f.many_to_one and f.concrete and f.name in self.fields
        ]
        return items.select_related(*keys).prefetch_related(*self.term_fields())

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        """A code that is not one of the column's is said like a wrong vocabulary code, with
        the codes to use, not as Django's "Value 'cheap' is not a valid choice"."""
        codes = self.choice_codes.get(field.column_name)
        value = row.get(field.column_name) if codes else None
        if value not in (None, "") and str(value).strip() not in codes:
            raise ValueError(
                _("Unknown code: %(codes)s. Use: %(allowed)s.")
                % {"codes": str(value).strip(), "allowed": ", ".join(codes)}
            )
        return super().import_field(field, instance, row, is_m2m, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        """Check the many-to-many cells before saving, so that a wrong code is reported
        on its row and column like any other mistake."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        for name in self.term_fields():
            if name in row:
                try:
                    self.fields[name].clean(row, **kwargs)
                except ValueError as error:
                    errors[name] = ValidationError(str(error))
        if errors:
            raise ValidationError(errors)

    def import_row(self, row, instance_loader, **kwargs):
        # Each imported row is a version in the item's history and one write, like a save
        # in the admin.
        with write(), revision(self.user, IMPORTED):
            return super().import_row(row, instance_loader, **kwargs)


def template_dataset(resource, example: dict) -> tablib.Dataset:
    """The headers and one example row: what an agency fills in to import. `example` gives
    some cells; the others take her organisation, a first allowed value or today."""
    model = resource._meta.model
    mine = Organisation.objects.editable_by(resource.user).order_by("slug").first()
    today = timezone.localdate()
    row = {}
    for name, field in resource.fields.items():
        if name in example:
            row[name] = example[name]
            continue
        try:
            model_field = model._meta.get_field(field.attribute or "")
        except FieldDoesNotExist:
            continue
        if model_field.related_model is Organisation and not model_field.many_to_many:
            row[name] = mine.slug if mine else ""
        elif model_field.choices:
            row[name] = model_field.choices[0][0]
        elif model_field.get_internal_type() == "DateTimeField":
            row[name] = f"{today:%Y-%m-%d} 09:00:00"
        elif model_field.get_internal_type() == "DateField" and not model_field.null:
            row[name] = today.isoformat()
    headers = resource.get_export_headers()
    dataset = tablib.Dataset(headers=headers)
    dataset.append([row.get(header, "") for header in headers])
    return dataset


def invalid_rows_dataset(result) -> tablib.Dataset:
    """The invalid rows as they were read, each with its errors in a last column."""
    dataset = tablib.Dataset(headers=[*result.diff_headers, ERRORS_COLUMN])
    for row in result.invalid_rows:
        # As read (an XLSX date is a date): text, so that the session can keep it.
        values = ["" if value in ("---", None) else str(value) for value in row.values]
        errors = [  # in her language, with its punctuation, as the preview shows them
            _("%(column)s: %(message)s") % {"column": field, "message": message}
            if field != "__all__"
            else message
            for field, messages_ in row.error_dict.items()
            for message in messages_
        ]
        dataset.append([*values, " / ".join(errors)])
    return dataset


class ImportForPeopleMixin:
    """What import-export's admin needs for people: the invalid rows to download, a page of
    columns, CSV and Excel templates; the file's rows within the editor's reach."""

    formats = [CSV, XLSX]  # formulae escaped on export, unescaped on import
    import_template_name = "admin/portal/import.html"

    def get_resource_kwargs(self, request, *args, **kwargs):
        return {**super().get_resource_kwargs(request, *args, **kwargs), "user": request.user}

    def get_export_queryset(self, request):
        resource = self.get_export_resource_classes(request)[0](
            **self.get_export_resource_kwargs(request)
        )
        return resource.with_related(super().get_export_queryset(request))

    def template_resource(self, request):
        return self.get_import_resource_classes(request)[0](
            **self.get_import_resource_kwargs(request)
        )

    def import_template_view(self, request, fmt):
        """A file with the columns and one example row, to fill in and import."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        formats = {f().get_extension(): f() for f in self.formats}
        if fmt not in formats:
            raise Http404
        file_format = formats[fmt]
        dataset = template_dataset(self.template_resource(request), self.import_example_cells())
        response = HttpResponse(
            file_format.export_data(dataset), content_type=file_format.get_content_type()
        )
        name = f"{self.opts.model_name}s-template.{fmt}"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    def invalid_rows_session_key(self):
        return f"invalid-import-rows:{self.opts.label_lower}"

    def invalid_rows_url(self):
        return reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_import_invalid_rows")

    def get_urls(self):
        info = (self.opts.app_label, self.opts.model_name)
        invalid = path(
            "import/invalid-rows.csv",
            self.admin_site.admin_view(self.invalid_rows_view),
            name=f"{info[0]}_{info[1]}_import_invalid_rows",
        )
        columns = path(
            "import/columns/",
            self.admin_site.admin_view(self.import_columns_view),
            name=f"{info[0]}_{info[1]}_import_columns",
        )
        template = path(
            "import/template.<str:fmt>",
            self.admin_site.admin_view(self.import_template_view),
            name=f"{info[0]}_{info[1]}_import_template",
        )
        return [invalid, columns, template, *super().get_urls()]

    def import_example_cells(self) -> dict:
        """Cells of the templates' example row (the others are filled in for her)."""
        return {}

    def import_example(self, request) -> dict:
        """An example value per column (the import template's row)."""
        example = template_dataset(self.template_resource(request), self.import_example_cells())
        return dict(zip(example.headers, example[0], strict=True))

    def import_columns_view(self, request):
        """Every column of an import file: what it holds, its allowed codes with their
        labels in the four languages, and an example."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        resource = self.template_resource(request)
        example = self.import_example(request)
        columns, grouped = [], {}
        for field in resource.get_import_fields():
            name = field.column_name
            model_field = self.model_field(field.attribute)
            original = getattr(model_field, "translated_field", None)
            if original is not None:  # title_nl, title_fr…: one entry
                if original.name in grouped:
                    grouped[original.name]["names"].append(name)
                    grouped[original.name]["example"] = grouped[original.name][
                        "example"
                    ] or example.get(name, "")
                    continue
                column = grouped[original.name] = {
                    "names": [name],
                    "label": _("%(field)s, one column per language")
                    % {"field": original.verbose_name},
                    "help": original.help_text,
                }
            else:
                column = {
                    "names": [name],
                    "label": field_label(model_field) if model_field else name,
                    "help": getattr(model_field, "help_text", ""),
                    "codes": self.allowed_codes(request, model_field),
                    "many": getattr(model_field, "many_to_many", False),
                    "yes_no": isinstance(model_field, BooleanField),
                }
            column["example"] = example.get(name, "")
            columns.append(column)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Columns of an import file"),
            "subtitle": None,
            "opts": self.opts,
            "columns": columns,
            # Each language named in itself, above the labels written in it.
            "languages": [(code, get_language_info(code)["name_local"]) for code in LANGUAGE_CODES],
        }
        return TemplateResponse(request, "admin/portal/import_columns.html", context)

    def model_field(self, attribute):
        try:
            field = self.model._meta.get_field(attribute or "")
        except FieldDoesNotExist:
            return None
        return None if field.auto_created and not field.concrete else field  # a reverse key

    def allowed_codes(self, request, model_field):
        """(code, labels in each language) that a column accepts; empty for free text."""
        if model_field is None:
            return []
        if model_field.choices:
            choices = [(code, label) for code, label in model_field.flatchoices if code != ""]
        elif model_field.many_to_many and (model_field.remote_field.limit_choices_to or {}).get(
            "vocabulary"
        ):
            vocabulary = model_field.remote_field.limit_choices_to["vocabulary"]
            choices = VOCABULARY_CHOICES[vocabulary].choices
        elif model_field.is_relation and model_field.related_model is Organisation:
            mine = Organisation.objects.editable_by(request.user)
            return [
                (o.slug, [(code, str(localized(o, "name", code))) for code in LANGUAGE_CODES])
                for o in mine
            ]
        elif model_field.many_to_many and getattr(model_field.related_model, "import_code", None):
            # other content named by a stable code (an occupation by its ESCO code)
            related = model_field.related_model
            rows = []
            for item in related.objects.published().order_by(related.import_code):
                labels = []
                for language in LANGUAGE_CODES:
                    with override(language):
                        labels.append((language, str(item)))
                rows.append((getattr(item, related.import_code), labels))
            return rows
        else:
            return []
        rows = []
        for code, label in choices:
            labels = []
            for language in LANGUAGE_CODES:
                with override(language):
                    labels.append((language, str(label)))
            rows.append((code, labels))
        return rows

    def import_action(self, request, **kwargs):
        response = super().import_action(request, **kwargs)
        context = getattr(response, "context_data", None) or {}
        result = context.get("result")
        if result is None or not result.has_validation_errors() or result.has_errors():
            return response
        request.session[self.invalid_rows_session_key()] = invalid_rows_dataset(result).dict
        for row in result.invalid_rows:  # named by its slug too: "row 2" is row 3 in Excel
            row.slug = dict(zip(result.diff_headers, row.values, strict=False)).get("slug")
        context["invalid_rows_url"] = self.invalid_rows_url()
        context["valid_count"] = len(result.valid_rows())
        if context["valid_count"]:
            context["partial_confirm_form"] = self.create_confirm_form(
                request, import_form=context["form"]
            )
        return response

    def invalid_rows_view(self, request):
        """The invalid rows of the editor's last preview, as a CSV file to fix."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        rows = request.session.get(self.invalid_rows_session_key())
        if not rows:
            raise Http404(_("There are no invalid rows from your last import to download."))
        dataset = tablib.Dataset(headers=list(rows[0]))
        for row in rows:
            dataset.append(list(row.values()))
        response = HttpResponse(CSV().export_data(dataset), content_type="text/csv")
        name = f"{self.opts.model_name}-invalid-rows.csv"
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response

    def process_result(self, result, request):
        response = super().process_result(result, request)
        if result.has_validation_errors():
            count = len(result.invalid_rows)
            url = self.invalid_rows_url()
            messages.warning(
                request,
                format_html(
                    '{} <a href="{}" download>{}</a>',
                    ngettext(
                        "%(count)d row was not imported because of errors.",
                        "%(count)d rows were not imported because of errors.",
                        count,
                    )
                    % {"count": count},
                    url,
                    ngettext("Download it to correct it", "Download them to correct them", count),
                ),
            )
        return response


class SpreadsheetAdmin(ImportForPeopleMixin, ImportExportMixin):
    """Import and export for an admin of an organisation's content (put it first)."""
