"""django-import-export's import, for people: one bad row no longer blocks the good ones.

The preview lists each invalid row with its errors in the editor's language; she may import
the valid rows at once, and download a file of just the invalid ones to fix and import
again. import-export already skips invalid rows when importing for real (without
`rollback_on_validation_errors`); its preview only refused to offer the confirmation.
"""

import tablib
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import get_language_info, ngettext, override
from django.utils.translation import gettext as _
from import_export import resources, widgets

from .conflicts import field_label
from .i18n import LANGUAGE_CODES, localized
from .models import Organisation
from .spreadsheets import CSV
from .vocabularies import VOCABULARY_CHOICES

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


class PortalResource(resources.ModelResource):
    """An import whose every message is in the editor's language."""

    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
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


def invalid_rows_dataset(result) -> tablib.Dataset:
    """The invalid rows as they were read, each with its errors in a last column."""
    dataset = tablib.Dataset(headers=[*result.diff_headers, ERRORS_COLUMN])
    for row in result.invalid_rows:
        # As read (an XLSX date is a date): text, so that the session can keep it.
        values = ["" if value in ("---", None) else str(value) for value in row.values]
        errors = [
            f"{field}: {message}" if field != "__all__" else message
            for field, messages_ in row.error_dict.items()
            for message in messages_
        ]
        dataset.append([*values, " / ".join(errors)])
    return dataset


class ImportForPeopleMixin:
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
        return [invalid, columns, *super().get_urls()]

    def import_example(self, request) -> dict:
        """An example value per column (the import template's row)."""
        return {}

    def import_columns_view(self, request):
        """Every column of an import file: what it holds, its allowed codes with their
        labels in the four languages, and an example."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        resource = self.get_import_resource_classes(request)[0](
            **self.get_import_resource_kwargs(request)
        )
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
                    _("Download them to correct them"),
                ),
            )
        return response
