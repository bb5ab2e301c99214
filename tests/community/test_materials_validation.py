"""The upload checks, with real files of every kind and the usual disguises."""

import io
import struct
import zipfile
import zlib

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation

import pytest
from PIL import Image

from community.materials import samples
from community.materials.validation import check_quota, check_upload


def upload(name, data):
    return SimpleUploadedFile(name, data)


def error_of(name, data):
    with pytest.raises(ValidationError) as caught, translation.override("en"):
        check_upload(upload(name, data))
    return caught.value


def message(error):
    with translation.override("en"):
        return " ".join(error.messages)


def png_header_only(width, height):
    """A PNG whose header claims width×height; enough for Pillow to read its size."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("name", "data", "kind", "content_type"),
    [
        ("plan.pdf", samples.pdf_bytes("Plan", ["text"]), "pdf", "application/pdf"),
        (
            "plan.docx",
            samples.docx_bytes(["text"]),
            "docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            "table.xlsx",
            samples.xlsx_bytes([["a", 1]]),
            "xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        (
            "slides.pptx",
            samples.pptx_bytes("Slides"),
            "pptx",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ),
        ("text.odt", samples.odt_bytes(["text"]), "odt", "application/vnd.oasis.opendocument.text"),
        ("chart.png", samples.png_bytes(), "png", "image/png"),
        ("photo.jpg", samples.jpeg_bytes(), "jpg", "image/jpeg"),
        ("photo.JPEG", samples.jpeg_bytes(), "jpg", "image/jpeg"),
    ],
)
def test_real_files_of_every_allowed_kind_pass(name, data, kind, content_type):
    checked = check_upload(upload(name, data))
    assert checked.kind == kind
    assert checked.content_type == content_type
    assert checked.original_filename == name
    assert checked.size > 0


def test_html_renamed_pdf_is_refused_as_not_a_real_pdf():
    error = error_of("report.pdf", b"<!DOCTYPE html><html><script>alert(1)</script></html>")
    assert error.code == "content_mismatch"
    assert "This file is not a real PDF file" in message(error)


def test_svg_renamed_png_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    error = error_of("chart.png", svg)
    assert error.code == "content_mismatch"
    assert "not a real PNG file" in message(error)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("setup.exe", b"MZ\x90\x00\x03" + b"\x00" * 100),
        ("notes.txt", b"plain notes"),
        ("chart.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
        ("page.html", b"<html></html>"),
        ("no-extension", samples.pdf_bytes("x")),
    ],
)
def test_other_types_are_refused_whatever_they_contain(name, data):
    error = error_of(name, data)
    assert error.code == "type_not_allowed"
    assert "PDF, DOCX, ODT, PPTX, XLSX, JPG, PNG" in message(error)


def test_pdf_named_docx_is_told_its_real_type():
    error = error_of("plan.docx", samples.pdf_bytes("x"))
    assert error.code == "extension_mismatch"
    assert "This file is a PDF file, but its name ends in .docx" in message(error)
    assert ".pdf" in message(error)


def test_a_plain_zip_named_docx_is_not_a_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert error_of("plan.docx", buffer.getvalue()).code == "content_mismatch"


def test_odt_needs_the_right_mimetype_entry():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<x/>")
    assert error_of("sheet.odt", buffer.getvalue()).code == "content_mismatch"


@override_settings(COMMUNITY_UPLOAD_MAX_BYTES=1000)
def test_oversized_file_names_its_size_and_the_limit():
    error = error_of("big.pdf", b"%PDF-1.4\n" + b"0" * 5000)
    assert error.code == "too_large"
    assert "This file is 4.9\xa0KB; files can be at most 1000\xa0bytes." == message(error)


@override_settings(COMMUNITY_UPLOAD_MAX_BYTES=100_000)
def test_zip_bomb_is_refused_without_unpacking():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\x00" * 2_000_000)  # 20× the limit
    data = buffer.getvalue()
    assert len(data) < 100_000
    error = error_of("bomb.docx", data)
    assert error.code == "zip_bomb"


def test_zip_with_too_many_entries_is_refused():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        for index in range(2001):
            archive.writestr(f"word/p{index}.xml", "")
    assert error_of("many.docx", buffer.getvalue()).code == "zip_bomb"


def test_encrypted_office_file_is_refused():
    data = bytearray(samples.docx_bytes(["secret"]))
    # Set the "encrypted" flag bit in every local and central directory header.
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) != -1:
            data[start + offset] |= 0x1
            start += 4
    error = error_of("secret.docx", bytes(data))
    assert error.code == "encrypted"
    assert "password" in message(error)


def test_image_over_the_pixel_limit_is_refused_before_decoding():
    data = png_header_only(10_000, 10_000)  # 100 million pixels, a few bytes on disk
    assert len(data) < 200
    error = error_of("huge.png", data)
    assert error.code == "too_many_pixels"
    assert "at most 40 million" in message(error)


def test_decompression_bomb_is_refused():
    # Over twice Pillow's own limit: Pillow raises DecompressionBombError on open().
    error = error_of("bomb.png", png_header_only(20_000, 20_000))
    assert error.code == "too_many_pixels"


@override_settings(COMMUNITY_IMAGE_MAX_PIXELS=10_000)
def test_pixel_limit_follows_the_setting():
    assert error_of("chart.png", samples.png_bytes()).code == "too_many_pixels"


def test_truncated_image_is_refused_as_damaged():
    data = samples.jpeg_bytes()[:200]
    error = error_of("photo.jpg", data)
    assert error.code == "broken_image"


def test_photo_is_saved_again_without_exif_or_gps():
    original = samples.jpeg_bytes(gps=True)
    with Image.open(io.BytesIO(original)) as photo:
        assert 0x8825 in photo.getexif()
    checked = check_upload(upload("photo.jpg", original))
    checked.file.seek(0)
    with Image.open(checked.file) as cleaned:
        assert cleaned.format == "JPEG"
        assert dict(cleaned.getexif()) == {}
        assert cleaned.size == (320, 240)


@override_settings(COMMUNITY_MEMBER_QUOTA_BYTES=10 * 1024 * 1024)
def test_quota_message_says_how_much_is_left():
    with pytest.raises(ValidationError) as caught, translation.override("en"):
        check_quota(used=9 * 1024 * 1024, size=2 * 1024 * 1024)
    assert caught.value.code == "quota"
    text = message(caught.value)
    assert "storage space of 10.0\xa0MB" in text
    assert "you have 1.0\xa0MB left" in text
    check_quota(used=8 * 1024 * 1024, size=2 * 1024 * 1024)  # exactly full is fine
