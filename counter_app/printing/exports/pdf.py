"""A ReportTable as a PDF: the forms' national heading, a ruled table whose headers repeat, pages numbered."""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from counter_app.core.report_table import Cell, Column, ReportTable
from counter_app.core.vnformat import cell_text
from counter_app.printing.config import PrintConfig
from counter_app.printing.document import (
    FORM_MARGINS, PAGE_SIZES, Decorate, Margins, build_pdf, content_width, draw_text,
)
from counter_app.core.report_headers import groups, header_rows
from counter_app.printing.fonts import FONTS, register_fonts
from counter_app.printing.layout import esc, grid, header, para, styles, title, vspace

BASE_SIZE = 8.0
HEADING_SIZE = 9.0
CELL_PAD = 2.5
EMPTY = "(Không có số liệu trong khoảng thời gian này)"


def _config(table: ReportTable) -> PrintConfig:
    """The heading's names from the title block: the authority above, then the unit."""
    block = table.title_block
    if len(block) >= 2:
        return PrintConfig(unit_name=block[1], parent_name=block[0])
    return PrintConfig(unit_name=block[0] if block else "")


def paper(table: ReportTable) -> str:
    """A4 landscape when the table asks for it or its columns would not fit across A4."""
    if table.landscape:
        return "a4_landscape"
    char = stringWidth("0", FONTS.regular, BASE_SIZE * 0.92)
    natural = sum(c.width * char + 2 * CELL_PAD for c in table.columns)
    return "a4_landscape" if natural > content_width("a4") else "a4"


def _widths(columns: tuple[Column, ...], total: float) -> list[float]:
    weight = sum(max(c.width, 1) for c in columns)
    return [total * max(c.width, 1) / weight for c in columns]


def _header_cells(columns: tuple[Column, ...], head: ParagraphStyle,
                  ) -> tuple[list[list[Any]], list[tuple[tuple[int, int], tuple[int, int]]]]:
    depth = header_rows(columns)
    if depth == 1:
        return [[para(esc(c.header), head) for c in columns]], []
    grouped = {i: g for g in groups(columns) for i in range(g.first, g.last + 1)}
    top: list[Any] = []
    sub: list[Any] = []
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for i, column in enumerate(columns):
        g = grouped.get(i)
        if g is None:
            top.append(para(esc(column.header), head))
            sub.append("")
            spans.append(((i, 0), (i, 1)))
            continue
        top.append(para(esc(g.text), head) if i == g.first else "")
        sub.append(para(esc(column.header), head))
        if i == g.first and g.last > g.first:
            spans.append(((g.first, 0), (g.last, 0)))
    return [top, sub], spans


def _body_row(cells: tuple[Cell, ...], columns: tuple[Column, ...],
              text: ParagraphStyle, number: ParagraphStyle, bold: bool) -> list[Any]:
    out: list[Any] = []
    for value, column in zip(cells, columns):
        shown = esc(cell_text(value, column.kind))
        if not shown:
            out.append("")
            continue
        style = text if column.kind == "text" else number
        out.append(para(f"<b>{shown}</b>" if bold else shown, style))
    return out


def _decorate(footer: str, margins: Margins) -> Decorate:
    left, right, _, bottom = margins

    def decorate(canv: Canvas, number: int, total: int) -> None:
        w, _ = canv._pagesize
        canv.saveState()
        draw_text(canv, left, bottom / 2, footer)
        draw_text(canv, w - right, bottom / 2, f"Trang {number}/{total}", align="right")
        canv.restoreState()

    return decorate


def to_pdf(table: ReportTable) -> bytes:
    config = _config(table)
    register_fonts(config.fonts_path())
    size = paper(table)
    width = content_width(size)
    st = styles(BASE_SIZE)
    number = ParagraphStyle("number", parent=st.cell, alignment=TA_RIGHT)
    story: list[Flowable] = [header(config, width, styles(HEADING_SIZE), "",
                                    number=" ".join(table.title_block[2:]) or None,
                                    left_ratio=0.42 if size == "a4" else 0.45)]
    story += title(table.title, styles(10.0), *(esc(s) for s in table.subtitle))
    story.append(vspace(4))
    rows, spans = _header_cells(table.columns, st.cell_head)
    depth = len(rows)
    rows += [_body_row(r, table.columns, st.cell, number, bold=False) for r in table.rows]
    n = len(table.columns)
    if not table.rows:
        rows.append([para(esc(EMPTY), st.cell)] + [""] * (n - 1))
        spans.append(((0, depth), (n - 1, depth)))
    if table.total is not None:
        rows.append(_body_row(table.total, table.columns, st.cell, number, bold=True))
    story.append(grid(rows, _widths(table.columns, width), header_rows=depth, spans=spans,
                      pad=CELL_PAD))
    if table.notes:
        story.append(vspace(4))
        story += [para(f"<i>{esc(note)}</i>", st.small) for note in table.notes]
    margins = FORM_MARGINS[size]
    footer = " – ".join([table.title.replace("\n", " "), *table.subtitle[:1]])
    return build_pdf(story, config, pagesize=PAGE_SIZES[size], margins=margins,
                     decorate=_decorate(footer, margins), title_text=footer)
