"""Reading an uploaded CSV or XLSX file into a header and rows of text cells.

Problems with the file as a whole (its type, encoding, size, columns) are raised as
FileProblem with a message for the editor; problems with single rows are the rows' own.
The apostrophe our exports put before formula-like text ("'+359 …") is taken off again.
"""

import csv
import datetime
import io
import zipfile
from decimal import Decimal

from django.utils.translation import gettext as _

from core.spreadsheets import without_formula_guard
from directory.imports.columns import allowed_columns, header_name, required_columns

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000


class FileProblem(Exception):
    pass


def file_kind(name, head):
    """ "xlsx" or "csv", from the name and the first bytes (an XLSX file is a ZIP archive)."""
    lowered = (name or "").lower()
    if lowered.endswith(".xlsx"):
        if not head.startswith(b"PK"):
            raise FileProblem(_("The file is named .xlsx but is not an Excel workbook."))
        return "xlsx"
    if lowered.endswith((".csv", ".txt")):
        if head.startswith(b"PK"):
            raise FileProblem(_("The file is named .csv but is a ZIP archive or workbook."))
        return "csv"
    raise FileProblem(_("Choose a CSV file (.csv) or an Excel workbook (.xlsx)."))


def _cell_text(value):
    if value is None:
        return ""
    if isinstance(value, str):
        return without_formula_guard(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, Decimal | int):
        return str(value)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value)


def _csv_rows(data):
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FileProblem(
            _("The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again.")
        ) from None
    first_line = content.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        for cells in csv.reader(io.StringIO(content, newline=""), delimiter=delimiter):
            yield [without_formula_guard(cell) for cell in cells]
    except csv.Error as error:
        raise FileProblem(_("The CSV file cannot be read: %(error)s") % {"error": error}) from None


def _xlsx_rows(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise FileProblem(_("The Excel workbook cannot be read.")) from None
    try:
        sheet = workbook.worksheets[0]
        for values in sheet.iter_rows(values_only=True):
            yield [_cell_text(value) for value in values]
    finally:
        workbook.close()


def read_table(data, name, record_type, language):
    """The checked header and the non-empty rows as (row number, {column: text})."""
    if len(data) > MAX_BYTES:
        raise FileProblem(
            _("The file is larger than %(size)d MB: split it into smaller files.")
            % {"size": MAX_BYTES // (1024 * 1024)}
        )
    kind = file_kind(name, data[:4])
    rows = iter(_csv_rows(data) if kind == "csv" else _xlsx_rows(data))
    header = None
    for raw_header in rows:
        if any(cell.strip() for cell in raw_header):
            header = [header_name(cell) for cell in raw_header]
            break
    if header is None:
        raise FileProblem(_("The file is empty."))
    check_header(header, record_type, language)
    table, number = [], 1
    for number, cells in enumerate(rows, start=2):
        if not any((cell or "").strip() for cell in cells):
            continue
        if len(table) == MAX_ROWS:
            raise FileProblem(
                _("The file has more than %(count)d rows: split it into smaller files.")
                % {"count": MAX_ROWS}
            )
        if any(cell.strip() for cell in cells[len(header) :]):
            raise FileProblem(
                _("Row %(row)d has more cells than the header has columns.") % {"row": number}
            )
        padded = [*cells, *[""] * (len(header) - len(cells))]
        table.append((number, {name: padded[i] for i, name in enumerate(header) if name}))
    if not table:
        raise FileProblem(_("The file has a header but no rows."))
    return table


def check_header(header, record_type, language):
    named = [name for name in header if name]
    allowed = allowed_columns(record_type, language)
    duplicates = sorted({name for name in named if named.count(name) > 1})
    if duplicates:
        raise FileProblem(
            _("These columns appear more than once: %(columns)s")
            % {"columns": ", ".join(duplicates)}
        )
    unknown = [name for name in named if name not in allowed]
    if unknown:
        raise FileProblem(
            _("Unknown columns: %(columns)s. The documented columns are: %(allowed)s")
            % {"columns": ", ".join(unknown), "allowed": ", ".join(allowed)}
        )
    missing = [name for name in required_columns(language) if name not in named]
    if missing:
        raise FileProblem(
            _("Required columns are missing: %(columns)s") % {"columns": ", ".join(missing)}
        )
