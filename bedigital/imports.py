"""django-import-export's import, for people: one bad row no longer blocks the good ones.

The preview lists each invalid row with its errors in the editor's language; she may import
the valid rows at once, and download a file of just the invalid ones to fix and import
again. import-export already skips invalid rows when importing for real (without
`rollback_on_validation_errors`); its preview only refused to offer the confirmation.
"""

import tablib
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .spreadsheets import CSV

ERRORS_COLUMN = "errors"


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
        return [invalid, *super().get_urls()]

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
