"""Mẫu 07, Sổ theo dõi hồ sơ: a landscape table for a date range, its header on every page."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from counter_app.core.text import nfc
from counter_app.printing.config import PrintConfig
from counter_app.printing.data import TrackingBookData, TrackingRow
from counter_app.printing.document import content_width, render_form
from counter_app.printing.fmt import short_datetime, two_digits, vn_date
from counter_app.printing.fonts import FONTS, register_fonts
from counter_app.printing.layout import Styles, esc, grid, header, para, styles, title

TITLE = "SỔ THEO DÕI HỒ SƠ"
PAPER = "a4_landscape"
BASE_SIZE = 8.0
# (heading, width in mm); the last column takes what is left. Headings under RETURN_GROUP
# sit beneath one spanning cell "Trả kết quả cho cá nhân, tổ chức".
COLUMNS: tuple[tuple[str, float], ...] = (
    ("STT", 8), ("Mã hồ sơ", 38), ("Tên thủ tục hành chính", 37), ("Số lượng hồ sơ (bộ)", 11),
    ("Tên cá nhân, tổ chức", 26), ("Địa chỉ, số điện thoại", 38), ("Nhận hồ sơ", 18),
    ("Hẹn trả kết quả", 18), ("Nhận kết quả từ cơ quan giải quyết", 18),
    ("Ngày, giờ", 18), ("Người giao (ký)", 13), ("Người nhận (ký, ghi rõ họ tên)", 17),
    ("Ghi chú", 0),
)
RETURN_GROUP = "Trả kết quả cho cá nhân, tổ chức"
RETURN_COLS = (9, 10, 11)


def _widths(total: float) -> list[float]:
    fixed = [w * mm for _, w in COLUMNS[:-1]]
    return fixed + [total - sum(fixed)]


def _code_style(rows: tuple[TrackingRow, ...], width: float, st: Styles) -> ParagraphStyle:
    """The code cell's size: the longest code on one line (a code must never break)."""
    size = st.cell.fontSize
    longest = max((nfc(r.code) for r in rows), key=len, default="")
    while size > 5 and stringWidth(longest, FONTS.regular, size) > width - 5:
        size -= 0.25
    return ParagraphStyle("code", parent=st.cell, fontSize=size, leading=size * 1.25)


def _row(r: TrackingRow, st: Styles, code_style: ParagraphStyle) -> list[object]:
    def cell(text: str, center: bool = False) -> object:
        return para(esc(text), st.cell_center if center else st.cell) if text else ""

    contact = esc(r.address) + (f"<br/>ĐT: {esc(r.phone)}" if r.phone else "")
    return [cell(str(r.seq), True), para(esc(r.code), code_style), cell(r.procedure_name),
            cell(two_digits(r.sets), True), cell(r.applicant_name),
            para(contact, st.cell) if contact else "",
            cell(short_datetime(r.received_at), True), cell(short_datetime(r.appointment_at), True),
            cell(short_datetime(r.resolved_at), True), cell(short_datetime(r.returned_at), True),
            "", cell(r.returned_to, True), cell(r.note)]


def render_tracking_book(data: TrackingBookData, config: PrintConfig, reprint: int = 0) -> bytes:
    register_fonts(config.fonts_path())
    st = styles(BASE_SIZE)
    width = content_width(PAPER)
    period = f"Từ ngày {vn_date(data.date_from)} đến ngày {vn_date(data.date_to)}"
    story: list[Flowable] = [header(config, width, styles(9.0), "", left_ratio=0.45)]
    subtitles = [f"Quyển số: {esc(data.book_no)}" if data.book_no else "",
                 f"Lĩnh vực: {esc(data.field)}" if data.field else "", period]
    story += title(TITLE, styles(10.0), " – ".join(s for s in subtitles if s))
    widths = _widths(width)
    n = len(COLUMNS)
    top: list[object] = []
    sub: list[object] = []
    for i, (heading, _) in enumerate(COLUMNS):
        if i in RETURN_COLS:
            top.append(para(RETURN_GROUP, st.cell_head) if i == RETURN_COLS[0] else "")
            sub.append(para(heading, st.cell_head))
        else:
            top.append(para(heading, st.cell_head))
            sub.append("")
    numbers = [para(f"({i})", st.cell_center) for i in range(1, n + 1)]
    spans = [((i, 0), (i, 1)) for i in range(n) if i not in RETURN_COLS]
    spans.append(((RETURN_COLS[0], 0), (RETURN_COLS[-1], 0)))
    code_style = _code_style(data.rows, widths[1], st)
    rows = [top, sub, numbers] + [_row(r, st, code_style) for r in data.rows]
    if not data.rows:
        rows.append([para("(Không có hồ sơ trong khoảng thời gian này)", st.cell)]
                    + [""] * (n - 1))
        spans.append(((0, 3), (n - 1, 3)))
    story.append(grid(rows, widths, header_rows=3, spans=spans, pad=2))
    return render_form(story, config, paper=PAPER, code="", reprint=reprint,
                       title_text=f"{TITLE} – {period}", footer=f"{TITLE} – {period}")
