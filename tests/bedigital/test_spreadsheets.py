"""Escaping cells that a spreadsheet would run as formulae, reversibly."""

import pytest

from bedigital.spreadsheets import escape_formula, unescape_formula

# Text a spreadsheet would run as a formula (OWASP CSV injection), and what the CSV carries.
PAYLOADS = {
    "=1+1": "'=1+1",
    '==HYPERLINK("http://x","y")': '\'==HYPERLINK("http://x","y")',
    "+1": "'+1",
    "-1": "'-1",
    "@SUM(1)": "'@SUM(1)",
    "\t=1": "'\t=1",
    "\r=1": "'\r=1",
    "\n=1": "'\n=1",
    "'=1": "''=1",  # so that removing the added apostrophe gives the text back
    "'t Stad": "'t Stad",  # an apostrophe that opens no formula is left alone
}


@pytest.mark.parametrize(("text", "exported"), PAYLOADS.items())
def test_escape_then_unescape_gives_the_text_back(text, exported):
    assert escape_formula(text) == exported
    assert unescape_formula(exported) == text


@pytest.mark.parametrize("value", ["", "Python", "'s avonds", "''", "a=1", 12, -1, None])
def test_what_opens_no_formula_is_left_alone(value):
    assert escape_formula(value) == value == unescape_formula(value)
