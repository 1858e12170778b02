"""Mẫu 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: one row per hand-over between bodies."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer

from counter_app.printing.config import PrintConfig
from counter_app.printing.data import ControlSheetData, Handover
from counter_app.printing.document import content_width, render_form
from counter_app.printing.fmt import place_date, vn_time
from counter_app.printing.fonts import register_fonts
from counter_app.printing.layout import (
    NO_PADDING, Styles, balanced, codes_row, esc, field, grid, header, para, styles, table, title,
    vspace,
)

TITLE = "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ"
PAPER = "a4"
BASE_SIZE = 10.0
NAME_PAD = 6.0  # points each side of a signer's name
COLUMNS = ("TÊN CƠ QUAN", "THỜI GIAN GIAO, NHẬN HỒ SƠ",
           "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn / đúng hạn / quá hạn)", "GHI CHÚ")


def _name_cell(name: str, width: float, st: Styles) -> Flowable:
    """A signer's printed name, bold, on one line when a smaller size allows (down to 80 %),
    else broken between words into two even lines."""
    size = st.cell.fontSize
    while size > st.cell.fontSize * 0.8 and stringWidth(name, st.fonts.bold, size) > width:
        size -= 0.25
    style = ParagraphStyle("signer", parent=st.cell_center, fontName=st.fonts.bold,
                           fontSize=size, leading=size * 1.25)
    return para(balanced(name, st.fonts.bold, size, width), style)


def _time_cell(h: Handover, width: float, st: Styles) -> list[Flowable]:
    """The time of the hand-over, then the giver and the receiver sign side by side, a rule
    between them so their names never read as one."""
    half = width / 2
    inner = half - 2 * NAME_PAD
    names = table([[para("Người giao", st.cell_center), para("Người nhận", st.cell_center)],
                   [Spacer(1, 10 * mm), Spacer(1, 10 * mm)],
                   [_name_cell(h.giver, inner, st), _name_cell(h.receiver, inner, st)]],
                  [half, half],
                  [*NO_PADDING, ("LEFTPADDING", (0, 0), (-1, -1), NAME_PAD),
                   ("RIGHTPADDING", (0, 0), (-1, -1), NAME_PAD), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                   ("LINEBEFORE", (1, 0), (1, -1), 0.4, colors.grey)])
    return [para(esc(vn_time(h.at)), st.cell_center), names]


def render_control(data: ControlSheetData, config: PrintConfig, reprint: int = 0) -> bytes:
    register_fonts(config.fonts_path())
    st = styles(BASE_SIZE)
    width = content_width(PAPER)
    date = data.received_at
    date_line = place_date(config.place_name, date) if date else f"{config.place_name}, ngày …"
    story: list[Flowable] = [header(config, width, st, date_line)]
    story += title(TITLE, st, "<i>(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)</i>")
    story.append(codes_row(data.code, config.lookup_url(data.code), width, st))
    story.append(vspace(4))
    story.append(field("Người nộp hồ sơ", data.applicant_name, st.normal, bold=True))
    story.append(field("Nội dung yêu cầu giải quyết", data.procedure_name, st.normal))
    story.append(field("Thời gian nhận hồ sơ", vn_time(data.received_at), st.normal))
    story.append(field("Thời gian hẹn trả kết quả", vn_time(data.appointment_at), st.normal,
                       bold=True))
    story.append(field("Cơ quan (bộ phận) giải quyết hồ sơ", data.resolving_unit, st.normal))
    story.append(field("Cơ quan phối hợp giải quyết hồ sơ", data.coordinating_units, st.normal))
    widths = [width * 0.25, width * 0.47, width * 0.15, width * 0.13]
    rows: list[list[object]] = [[para(c, st.cell_head) for c in COLUMNS]]
    for i, h in enumerate(data.handovers, 1):
        bodies = (f"<b>{i}. Giao:</b> {esc(h.giver_body)}<br/>"
                  f"<b>Nhận:</b> {esc(h.receiver_body)}")
        rows.append([para(bodies, st.cell), _time_cell(h, widths[1] - 5, st),
                     para(esc(h.result), st.cell_center), para(esc(h.note), st.cell)])
    story.append(grid(rows, widths))
    return render_form(story, config, paper=PAPER, code=data.code, reprint=reprint,
                       title_text=f"{TITLE} – {data.code}", subject=data.procedure_name)
