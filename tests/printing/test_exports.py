"""Exports read back: XLSX cells equal the table (values and types), the PDF's text, the CSV's BOM."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PIL import Image

from counter_app.printing.exports import to_csv, to_pdf, to_xlsx
from tests.printing.pdfcheck import BASE14, fonts, norm, page_sizes, pdf_text, rasterize, reader
from tests.report_samples import COLUMNS, ROWS, TOTAL, form06_table, many_rows, narrow

A4_PORTRAIT_W = 595.27


def _sheet(data: bytes):
    return openpyxl.load_workbook(io.BytesIO(data)).active


def _find(ws, text: str) -> tuple[int, int]:
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == text:
                return cell.row, cell.column
    raise AssertionError(f"{text!r} not in the sheet")


def _as_read(value):
    """openpyxl reads a date cell back as a datetime at midnight."""
    return value.date() if isinstance(value, datetime) else value


# ------------------------------------------------------------------------------------ XLSX
def test_xlsx_body_and_total_equal_the_table_in_value_and_type():
    table = form06_table()
    ws = _sheet(to_xlsx(table))
    first_row, _ = _find(ws, "Đất đai")
    for offset, expected in enumerate((*ROWS, TOTAL)):
        cells = [ws.cell(first_row + offset, c + 1) for c in range(len(COLUMNS))]
        got = tuple(_as_read(c.value) for c in cells)
        assert got == expected
        for cell, value, column in zip(cells, expected, COLUMNS):
            if value is None:
                continue
            # XLSX keeps one number type: a float that is whole (1.0) reads back as 1.
            wanted = (int, float) if isinstance(value, float) else type(value)
            assert isinstance(_as_read(cell.value), wanted), (column.key, cell.value)
            assert column.kind == "text" or not isinstance(cell.value, str)
            if column.kind == "percent":
                assert "%" in cell.number_format
            if column.kind == "date":
                assert cell.is_date
            if column.kind == "int":
                assert cell.number_format == "#,##0"
    total_cells = [ws.cell(first_row + len(ROWS), c + 1) for c in range(len(COLUMNS))]
    assert all(c.font.bold for c in total_cells)
    assert not ws.cell(first_row, 2).font.bold


def test_xlsx_group_headers_are_merged_over_their_columns_and_the_header_is_frozen():
    ws = _sheet(to_xlsx(form06_table()))
    group_row, group_col = _find(ws, "Số hồ sơ nhận giải quyết")
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert (group_row, group_col) == (group_row, 2)
    assert f"B{group_row}:D{group_row}" in merged
    assert f"E{group_row}:G{group_row}" in merged and f"H{group_row}:I{group_row}" in merged
    # Lone columns span both header rows; the columns' own headers sit on the second.
    assert f"A{group_row}:A{group_row + 1}" in merged
    assert [ws.cell(group_row + 1, c).value for c in range(2, 5)] == [
        "Trực tuyến", "Trực tiếp, bưu chính", "Kỳ trước chuyển qua"]
    first_data, _ = _find(ws, "Đất đai")
    assert first_data == group_row + 2
    assert ws.freeze_panes == f"B{first_data}"
    assert ws.column_dimensions["A"].width >= COLUMNS[0].width
    assert ws.column_dimensions["A"].width > ws.column_dimensions["B"].width
    assert ws.page_setup.orientation == "landscape"


def test_xlsx_has_the_official_title_block_above_the_title():
    ws = _sheet(to_xlsx(form06_table()))
    motto_row, motto_col = _find(ws, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert ws.cell(motto_row + 1, motto_col).value == "Độc lập - Tự do - Hạnh phúc"
    unit_row, unit_col = _find(ws, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")
    assert unit_col < motto_col and ws.cell(unit_row, unit_col).font.bold
    title_row, _ = _find(ws, "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ")
    assert unit_row < title_row < _find(ws, "Lĩnh vực")[0]
    _find(ws, "Từ ngày 01/01/2026 đến ngày 31/01/2026")
    _find(ws, "Hồ sơ công dân rút: 3 (không tính vào số nhận).")


def test_xlsx_of_a_table_without_groups_has_one_header_row():
    ws = _sheet(to_xlsx(narrow()))
    header_row, _ = _find(ws, "Thủ tục")
    assert ws.cell(header_row, 2).value == "Số hồ sơ"
    assert ws.cell(header_row + 1, 1).value == "Chứng thực bản sao từ bản chính"
    assert ws.cell(header_row + 1, 2).value == 12000
    assert ws.page_setup.orientation == "portrait"


# ------------------------------------------------------------------------------------ PDF
def test_pdf_has_the_heading_headers_and_figures_in_vietnamese_grouping():
    pdf = to_pdf(form06_table())
    text = pdf_text(pdf)
    for expected in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Biểu số 06",
                     "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ", "Số hồ sơ nhận giải quyết",
                     "Kỳ trước chuyển qua", "Tỷ lệ đúng hạn", "Chứng thực", "Tổng cộng",
                     "2.345.678", "1.234", "98,4 %", "12,5", "02/01/2026", "Trang 1/1"):
        assert expected in text, expected
    assert not set(fonts(pdf)) & BASE14  # every glyph from the bundled font


def test_pdf_is_landscape_when_asked_or_too_wide_and_portrait_when_narrow():
    assert page_sizes(to_pdf(form06_table(landscape=True)))[0][0] > A4_PORTRAIT_W
    # Not asked, but twelve columns do not fit across a portrait A4 page.
    assert page_sizes(to_pdf(form06_table(landscape=False)))[0][0] > A4_PORTRAIT_W
    width, height = page_sizes(to_pdf(narrow()))[0]
    assert width == pytest.approx(A4_PORTRAIT_W, abs=1) and height > width


def test_pdf_repeats_the_header_on_every_page_and_numbers_the_pages():
    pdf = to_pdf(many_rows(120))
    pages = [norm(page.extract_text()) for page in reader(pdf).pages]
    assert len(pages) >= 3
    for number, page in enumerate(pages, 1):
        assert "Trực tiếp, bưu chính" in page and "Lĩnh vực" in page
        assert f"Trang {number}/{len(pages)}" in page
    assert "Lĩnh vực số 120" in pages[-1] and "Tổng cộng" in pages[-1]


def test_report_pdfs_are_rendered_to_png_for_people_to_look_at():
    """artifacts/print/report_*: a wide Biểu 06 over pages and a narrow portrait table."""
    out = Path(__file__).resolve().parents[2] / "artifacts" / "print"
    for stem, table in (("report_form06_pages", many_rows(60)), ("report_narrow", narrow())):
        pngs = rasterize(to_pdf(table), out, 80, stem=stem)
        assert pngs
        with Image.open(pngs[0]) as image:
            gray = image.convert("L")
        inked = sum(gray.point(lambda v: 255 if v < 128 else 0).histogram()[255:])
        assert inked / (gray.width * gray.height) > 0.005  # not a blank page


def test_pdf_of_an_empty_table_says_there_is_nothing():
    table = form06_table(rows=())
    assert "Không có số liệu" in pdf_text(to_pdf(table))


# ------------------------------------------------------------------------------------ CSV
def test_csv_starts_with_the_bom_and_round_trips_with_the_total():
    data = to_csv(form06_table())
    assert data.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert lines[0][0] == "Lĩnh vực"
    assert lines[0][2] == "Số hồ sơ nhận giải quyết - Trực tiếp, bưu chính"
    assert len(lines) == 1 + len(ROWS) + 1
    kinds = [c.kind for c in COLUMNS]
    parse = {"text": str, "int": int, "percent": float, "decimal": float,
             "date": date.fromisoformat}
    for line, expected in zip(lines[1:], (*ROWS, TOTAL)):
        got = tuple(None if v == "" else parse[k](v) for v, k in zip(line, kinds))
        assert got == expected
