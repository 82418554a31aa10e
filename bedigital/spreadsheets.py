"""Files that people open in a spreadsheet (CSV, XLSX) carry data, never formulas.

A cell starting with =, +, -, @, a tab or a carriage return is run as a formula by Excel,
LibreOffice and Google Sheets (https://owasp.org/www-community/attacks/CSV_Injection; ASVS
1.2.10 adds the null character; a line feed is escaped too, because XLSX turns a carriage
return into one).
Exports put an apostrophe in front of such a cell, as OWASP recommends and as spreadsheets
themselves show text typed that way; imports take exactly that apostrophe off again, so an
exported file imports back unchanged. Apostrophes already leading up to one of those
characters are part of what gets escaped ("'=1" is exported as "''=1"), which keeps the two
directions exact inverses.
"""

import csv
import re

import tablib
from import_export.formats import base_formats

FORMULA_START = re.compile(r"'*[=+\-@\t\r\n\0]")


def escape_formula(value):
    """`value`, with an apostrophe in front if a spreadsheet would run it as a formula."""
    if isinstance(value, str) and FORMULA_START.match(value):
        return "'" + value
    return value


def unescape_formula(value):
    """What `escape_formula` was given: takes off the one apostrophe it adds."""
    if isinstance(value, str) and value.startswith("'") and FORMULA_START.match(value):
        return value[1:]
    return value


class QuotedCSV(csv.excel):
    """Every cell in quotes, as OWASP also recommends: spreadsheets in Belgian locales split
    on ";", and an unquoted "a;=1+1" would open as a second cell starting with "="."""

    quoting = csv.QUOTE_ALL


def map_cells(dataset: tablib.Dataset, function) -> tablib.Dataset:
    rows = ([function(cell) for cell in row] for row in dataset)
    return tablib.Dataset(*rows, headers=dataset.headers, title=dataset.title)


class SpreadsheetFormat:
    """A django-import-export format that escapes cells on export and unescapes on import.
    It replaces the library's IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT, which deletes one
    leading "=" (so "==HYPERLINK(…)" stays live and "=1+1" is lost) and writes empty cells
    as "None"."""

    def export_data(self, dataset, **kwargs):
        return super().export_data(map_cells(dataset, escape_formula), **kwargs)

    def create_dataset(self, in_stream, *args, **kwargs):
        return map_cells(super().create_dataset(in_stream, *args, **kwargs), unescape_formula)


class CSV(SpreadsheetFormat, base_formats.CSV):
    def export_data(self, dataset, **kwargs):
        return super().export_data(dataset, dialect=QuotedCSV, **kwargs)


class XLSX(SpreadsheetFormat, base_formats.XLSX):
    """openpyxl writes a string starting with "=" as a formula; an escaped one as text."""
