"""A ReportTable as an XLSX workbook: typed cells, merged group headers, the official title block."""

from __future__ import annotations

import io
from datetime import date, datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from counter_app.core.report_table import Cell, Column, ReportTable
from counter_app.core.text import nfc
from counter_app.core.report_headers import groups, header_rows
from counter_app.printing.layout import MOTTO, MOTTO_2

FONT = "Times New Roman"  # what provincial offices' spreadsheets use; Excel has it everywhere
NUMBER_FORMATS = {"int": "#,##0", "percent": "0.0%", "date": "DD/MM/YYYY", "decimal": "#,##0.00"}
_THIN = Side(style="thin", color="000000")
BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
# Wider than this many characters of column width, a portrait A4 page would shrink the text.
PORTRAIT_CHARS = 100
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _font(bold: bool = False, italic: bool = False, size: float = 11) -> Font:
    return Font(name=FONT, bold=bold, italic=italic, size=size)


def _merge_line(ws: Worksheet, row: int, first: int, last: int, text: str, font: Font,
                align: Alignment = CENTER) -> None:
    cell = ws.cell(row=row, column=first, value=nfc(text))
    cell.font, cell.alignment = font, align
    if last > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=last)


def _title_block(ws: Worksheet, table: ReportTable, width: int) -> int:
    """The unit on the left, the national motto on the right, as the printed forms set them
    (one under the other for a one-column table); then the title and subtitles across the
    table. Returns the row the headers start on."""
    left = list(table.title_block)
    # The authority above the unit in plain type, the unit (and the form's number) in bold.
    left_fonts = [_font(bold=i > 0 or len(left) == 1) for i in range(len(left))]
    motto = [MOTTO, MOTTO_2]
    if width > 1:
        split = max(1, round(width * 0.4))
        for i, (text, font) in enumerate(zip(left, left_fonts)):
            _merge_line(ws, i + 1, 1, split, text, font)
        for i, text in enumerate(motto):
            _merge_line(ws, i + 1, split + 1, width, text, _font(bold=True))
        row = max(len(left), len(motto))
    else:
        for i, (text, font) in enumerate(zip(left + motto, left_fonts + [_font(bold=True)] * 2)):
            _merge_line(ws, i + 1, 1, 1, text, font)
        row = len(left) + len(motto)
    row += 2
    _merge_line(ws, row, 1, width, table.title, _font(bold=True, size=14))
    for line in table.subtitle:
        row += 1
        _merge_line(ws, row, 1, width, line, _font(italic=True))
    return row + 2


def _headers(ws: Worksheet, columns: tuple[Column, ...], top: int) -> int:
    """Header rows from ``top``; a group's name merged over its columns, lone headers merged
    down both rows. Returns the first data row."""
    depth = header_rows(columns)
    grouped = {i for g in groups(columns) for i in range(g.first, g.last + 1)}
    for i, column in enumerate(columns, 1):
        for r in range(top, top + depth):
            cell = ws.cell(row=r, column=i)
            cell.font, cell.alignment, cell.border, cell.fill = (
                _font(bold=True), CENTER, BORDER, HEADER_FILL)
        if depth == 2 and i - 1 in grouped:
            ws.cell(row=top + 1, column=i, value=nfc(column.header))
        else:
            ws.cell(row=top, column=i, value=nfc(column.header))
            if depth == 2:
                ws.merge_cells(start_row=top, start_column=i, end_row=top + 1, end_column=i)
    for g in groups(columns):
        ws.cell(row=top, column=g.first + 1, value=nfc(g.text))
        if g.last > g.first:
            ws.merge_cells(start_row=top, start_column=g.first + 1, end_row=top,
                           end_column=g.last + 1)
    return top + depth


def _value(cell: Cell) -> str | int | float | date | None:
    if isinstance(cell, str):
        return nfc(cell)
    if isinstance(cell, datetime):
        return cell.date()
    return cell


def _body_row(ws: Worksheet, row: int, cells: tuple[Cell, ...], columns: tuple[Column, ...],
              bold: bool) -> None:
    for i, (value, column) in enumerate(zip(cells, columns), 1):
        cell = ws.cell(row=row, column=i, value=_value(value))
        cell.border, cell.font = BORDER, _font(bold=bold)
        if column.kind in NUMBER_FORMATS:
            cell.number_format = NUMBER_FORMATS[column.kind]
        else:
            cell.alignment = Alignment(vertical="top", wrap_text=True)


def to_xlsx(table: ReportTable) -> bytes:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = (nfc(table.title).translate(_SHEET_FORBIDDEN).strip() or "Báo cáo")[:31]
    width = len(table.columns)
    header_top = _title_block(ws, table, width)
    first_data = _headers(ws, table.columns, header_top)
    row = first_data
    for cells in table.rows:
        _body_row(ws, row, cells, table.columns, bold=False)
        row += 1
    if table.total is not None:
        _body_row(ws, row, table.total, table.columns, bold=True)
        row += 1
    for note in table.notes:
        row += 1
        _merge_line(ws, row, 1, width, note, _font(italic=True, size=10),
                    Alignment(horizontal="left", vertical="top", wrap_text=True))
    for i, column in enumerate(table.columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = column.width + 2
    # The headers (and the row labels, when the first column names the rows) stay in view.
    frozen_col = 2 if width > 1 and table.columns[0].kind == "text" else 1
    ws.freeze_panes = ws.cell(row=first_data, column=frozen_col)
    ws.print_title_rows = f"{header_top}:{first_data - 1}"
    wide = table.landscape or sum(c.width for c in table.columns) > PORTRAIT_CHARS
    ws.page_setup.orientation = "landscape" if wide else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.properties.title = nfc(table.title)
    wb.properties.creator = "counter-app"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
