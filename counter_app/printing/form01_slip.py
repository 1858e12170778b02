"""Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: two copies (liên) on A4, or one per A5."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepTogether, Table

from counter_app.printing.codes import LASER, Device
from counter_app.printing.config import PrintConfig
from counter_app.printing.data import SlipData, fee_text
from counter_app.printing.fmt import place_date, two_digits, vn_time
from counter_app.printing.fonts import FONTS, register_fonts
from counter_app.printing.document import build_pdf, draw_reprint, draw_text
from counter_app.printing.layout import (
    Signature, Styles, codes_row, esc, field, grid, header, para, signatures, styles, title,
    vspace,
)

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
COPY_LABELS = ("Liên 1: Giao người nộp hồ sơ", "Liên 2: Lưu tại Bộ phận Một cửa")
AUTHORIZATION_NOTE = (
    "Khi đến nhận kết quả, đề nghị mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả này."
    " Trường hợp người khác nhận thay phải có giấy ủy quyền theo quy định và giấy tờ tùy thân"
    " của người nhận thay.")

BASE_SIZE = 8.5
MARGIN_X = 10 * mm
MARGIN_TOP = 13 * mm
MARGIN_BOTTOM = 11 * mm
FRAME_W = A5[0] - 2 * MARGIN_X
FRAME_H = A5[1] - MARGIN_TOP - MARGIN_BOTTOM


def desk_name(data: SlipData, config: PrintConfig) -> str:
    return data.receiving_unit or config.desk_name


def return_place(data: SlipData, config: PrintConfig) -> str:
    """Where the result is collected (item 6 of the slip)."""
    if data.return_method == "post":
        where = "Qua dịch vụ bưu chính công ích"
        return f"{where}, địa chỉ nhận: {data.return_address}" if data.return_address else where
    if data.return_method == "online":
        return "Trực tuyến, trên tài khoản của người nộp tại Cổng Dịch vụ công quốc gia"
    place = desk_name(data, config)
    return f"{place}, địa chỉ: {config.address}" if config.address else place


def book_line(data: SlipData) -> str:
    seq = str(data.book_seq) if data.book_seq is not None else "……"
    return f"Vào Sổ theo dõi hồ sơ, Quyển số: {data.book_no or '……'}, Số thứ tự: {seq}"


def applicant_block(data: SlipData, config: PrintConfig, st: Styles) -> list[Flowable]:
    a = data.applicant
    out: list[Flowable] = [
        para(f"{esc(desk_name(data, config))} tiếp nhận hồ sơ của: <b>{esc(a.name)}</b>",
             st.normal)]
    if a.organization:
        out.append(field("Tổ chức", a.organization, st.normal))
    if a.id_number:
        out.append(field("Số định danh cá nhân/CCCD", a.id_number, st.normal))
    out.append(field("Địa chỉ", a.address, st.normal))
    out.append(para(f"Số điện thoại: {esc(a.phone) or '……'}"
                    f"{'&nbsp;' * 4}Email: {esc(a.email) or '……'}", st.normal))
    if data.authorized is not None:
        p = data.authorized
        out.append(para(f"Người được ủy quyền nộp hồ sơ: <b>{esc(p.name)}</b>"
                        + (f", số định danh: {esc(p.id_number)}" if p.id_number else ""),
                        st.normal))
    out.append(para(f"Nội dung yêu cầu giải quyết: <b>{esc(data.procedure_name)}</b>", st.normal))
    return out


def numbered_items(data: SlipData, config: PrintConfig, st: Styles) -> list[tuple[str, str]]:
    """Items 2–7 of the slip as (label, escaped markup) pairs; item 1 is the component table."""
    appointment = vn_time(data.appointment_at)
    return [
        ("2. Số lượng hồ sơ", f"{two_digits(data.sets)} bộ"),
        ("3. Thời gian giải quyết hồ sơ theo quy định", esc(data.duration_text)),
        ("4. Thời gian nhận hồ sơ", esc(vn_time(data.received_at))),
        ("5. Thời gian trả kết quả giải quyết hồ sơ", f"<b>{esc(appointment)}</b>"),
        ("6. Đăng ký nhận kết quả tại", esc(return_place(data, config))),
        ("7. Phí, lệ phí", esc(fee_text(data.fee_vnd, data.fee_payment, data.fee_note))),
    ]


def components_table(data: SlipData, width: float, st: Styles) -> Table:
    counts_w = [width * 0.115, width * 0.135, width * 0.115]
    tt_w = width * 0.07
    head = [para(t, st.cell_head) for t in ("TT", "Tên giấy tờ", "Bản chính",
                                             "Bản chứng thực", "Bản photo")]
    rows: list[list[object]] = [head]

    def n(v: int) -> object:
        return para(str(v), st.cell_center) if v else ""

    for i, c in enumerate(data.components, 1):
        name = esc(c.name) + (f"<br/><i>{esc(c.note)}</i>" if c.note else "")
        rows.append([para(str(i), st.cell_center), para(name, st.cell),
                     n(c.original), n(c.certified), n(c.photo)])
    if not data.components:
        rows.append(["", para("(không có)", st.cell), "", "", ""])
    return grid(rows, [tt_w, width - tt_w - sum(counts_w), *counts_w])


def slip_story(data: SlipData, config: PrintConfig, width: float, st: Styles,
               device: Device = LASER) -> list[Flowable]:
    """The slip's content for a frame ``width`` wide (A5 portrait and each half of the A4)."""
    date_line = place_date(config.place_name, data.received_at)
    story: list[Flowable] = [header(config, width, st, date_line)]
    story += title(TITLE, st)
    story.append(codes_row(data.code, config.lookup_url(data.code, data.lookup_key), width, st, device))
    story.append(vspace(st.size * 0.4))
    story += applicant_block(data, config, st)
    story.append(para("1. Thành phần hồ sơ nộp gồm:", st.normal))
    story.append(components_table(data, width, st))
    story.append(vspace(st.size * 0.5))
    story += [para(f"{esc(label)}: {value}", st.normal)
              for label, value in numbered_items(data, config, st)]
    story.append(para(esc(book_line(data)), st.normal))
    if data.note:
        story.append(field("Ghi chú", data.note, st.normal))
    closing: list[Flowable] = [para(f"<i>Lưu ý: {esc(AUTHORIZATION_NOTE)}</i>", st.justify)]
    url = config.lookup_url(data.code, data.lookup_key)
    if url:
        closing.append(para(f"<i>Tra cứu tình trạng hồ sơ tại: {esc(url)}</i>", st.normal))
    closing.append(signatures([Signature("NGƯỜI NỘP HỒ SƠ", data.applicant.name),
                               Signature("NGƯỜI TIẾP NHẬN HỒ SƠ", data.clerk_name)],
                              width, st, space=14 * mm))
    # The signatures never stand alone at the top of a page.
    story.append(KeepTogether(closing))
    return story


class _CopiesCanvas(Canvas):
    """Lays the slip out once, then prints each page twice: copy 2 is copy 1's page stream
    again (beside it on A4, after it on A5), so the copies can never differ."""

    two_up = True
    code = ""
    reprint = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        page_w = self._pagesize[0]
        if self.two_up:
            half = page_w / 2
            for part, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                code = list(state["_code"])
                self._code = ["q", *code, "Q", "q", f"1 0 0 1 {half:.3f} 0 cm", *code, "Q"]
                self._label(0, MARGIN_X, part, total)
                self._label(1, half + MARGIN_X, part, total)
                self.saveState()
                self.setDash(3, 3)
                self.setLineWidth(0.4)
                self.line(half, 6 * mm, half, self._pagesize[1] - 6 * mm)
                self.restoreState()
                Canvas.showPage(self)
        else:
            for copy in (0, 1):
                for part, state in enumerate(self._pages, 1):
                    self.__dict__.update(state)
                    self._code = list(state["_code"])
                    self._label(copy, MARGIN_X, part, total)
                    Canvas.showPage(self)
        Canvas.save(self)

    def _label(self, copy: int, x0: float, part: int, total: int) -> None:
        """Copy (liên) on top, reprint mark, code and page of the copy at the foot."""
        page_h = self._pagesize[1]
        right = x0 + FRAME_W
        self.saveState()
        draw_text(self, right, page_h - MARGIN_TOP / 2 - 2, COPY_LABELS[copy], 7.5,
                  align="right", font=FONTS.italic)
        draw_reprint(self, self.reprint, x0 + 50 * mm, page_h - 4 * mm, 7)
        draw_text(self, x0, MARGIN_BOTTOM / 2 - 2, f"Mã hồ sơ: {self.code}", 7)
        if total > 1:
            draw_text(self, right, MARGIN_BOTTOM / 2 - 2, f"Trang {part}/{total}", 7,
                      align="right")
        self.restoreState()


def render_slip(data: SlipData, config: PrintConfig, layout: str = "a4_two_copies",
                reprint: int = 0) -> bytes:
    """A4 landscape with the two copies side by side (cut along the dashed line), or A5."""
    if layout not in ("a4_two_copies", "a5"):
        raise ValueError(f"unknown slip layout {layout!r}")
    register_fonts(config.fonts_path())
    st = styles(BASE_SIZE)
    two_up = layout == "a4_two_copies"
    pagesize = landscape(A4) if two_up else A5
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, FRAME_H, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="copy")

    def canvasmaker(*args: Any, **kwargs: Any) -> Canvas:
        canv = _CopiesCanvas(*args, **kwargs)
        canv.two_up, canv.code, canv.reprint = two_up, data.code, reprint
        return canv

    return build_pdf(slip_story(data, config, FRAME_W, st), config, pagesize=pagesize,
                     margins=(MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM), decorate=None,
                     title_text=f"{TITLE} – {data.code}", subject=data.procedure_name,
                     frames=[frame], canvasmaker=canvasmaker)
