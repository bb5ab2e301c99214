"""Cells for every CSV or XLSX file the site writes: text is never run as a formula.

Excel, LibreOffice and Google Sheets run a cell that starts with "=", "+", "-" or "@" as a
formula (and skip a leading tab or carriage return before deciding), so a provider called
`=HYPERLINK("https://…", "Open")` or an import row of `-1+1+cmd|' /C calc'!A0` would become
a link or a command on the computer of the editor who opens the download. As OWASP advises
for CSV injection, such text is written with a leading apostrophe, which spreadsheets read
as "this cell is text".

The rule goes by type, not by look: only text (str, and lazy translations) is changed.
Numbers (int, float, Decimal), booleans, dates and None pass through untouched, so a count
or a coordinate stays a numeric cell in XLSX and is written plainly in CSV, -5 included.
Text that merely looks like a number ("-5", "+359 2 …") is still text, from a person or a
file: it gets the apostrophe too, since "-2+3" or "+1+cmd|…" look just as harmless. Code
that means a number passes a number. In XLSX the apostrophe is part of the text (not Excel's
hidden quote prefix), so the cell stays harmless if the workbook is saved again as CSV.

The directory import reads its own exports back, so `without_formula_guard` takes off an
apostrophe this rule could have added (text typed as "'=…" loses its apostrophe too).
"""

from django.utils.functional import Promise

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"


def spreadsheet_cell(value):
    """The value to write into a CSV or XLSX cell: text starting like a formula gets a "'"."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return GUARD + value
    return value


def without_formula_guard(text):
    """The text a cell held before `spreadsheet_cell` (for files read back in)."""
    if text[:1] == GUARD and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


class SpreadsheetCellsMixin:
    """For Wagtail views with SpreadsheetExportMixin (reports, form submissions, listings).

    Wagtail leaves CSV cells as they are (its security policy leaves formulas to the program
    that opens the file) and only stops openpyxl storing "=…" as a formula in XLSX; this
    passes every exported value through `spreadsheet_cell`, after Wagtail's own preprocessing
    (lists joined, dates made naive), so numbers stay numbers; and the headings, which for
    form submissions are the form's field labels. Put it before the view class.
    """

    def preprocess_field_value(self, field, value, export_format):
        return spreadsheet_cell(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        return spreadsheet_cell(super().get_heading(queryset, field))
