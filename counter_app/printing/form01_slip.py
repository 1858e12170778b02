"""Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: two copies (liên) on A4, or one per A5."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepTogether, Table

from counter_app.core.text import nfc
from counter_app.printing.codes import LASER, Device, barcode, qr_symbol
from counter_app.printing.config import PrintConfig
from counter_app.printing.data import SlipData, fee_text
from counter_app.printing.fmt import place_date, two_digits, vn_time
from counter_app.printing.fonts import FONTS, register_fonts
from counter_app.printing.document import build_pdf, draw_reprint, draw_text
from counter_app.printing.layout import (
    NO_PADDING, Signature, Styles, esc, field, grid, header, para, signatures, styles, table,
    title, vspace,
)

TITLE = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
COPY_LABELS = ("Liên 1: Giao người nộp hồ sơ", "Liên 2: Lưu tại Bộ phận Một cửa")
AUTHORIZATION_NOTE = (
    "Khi đến nhận kết quả, đề nghị mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả này."
    " Trường hợp người khác nhận thay phải có giấy ủy quyền theo quy định và giấy tờ tùy thân"
    " của người nhận thay.")

BASE_SIZE = 8.5
# A typical dossier is set at the first size that fits one sheet per copy; a genuinely long
# one at BASE_SIZE over several sheets, each later sheet under a continuation header.
FIT_SIZES = (8.5, 8.0, 7.5)
MARGIN_X = 10 * mm
MARGIN_TOP = 11 * mm
MARGIN_BOTTOM = 9 * mm
# A laser printer cannot reach the outer 1/6 inch (4.2 mm) of the sheet: the copy label, the
# reprint mark and the foot line sit in the margin, but inside that band's edge.
UNPRINTABLE = 4.2 * mm
LABEL_TOP = 7.8 * mm  # baseline of the copy label, from the top edge (cap height ≈ 2 mm)
FOOT_BASELINE = 5.6 * mm  # the foot line's baseline, above the descenders' 1 mm
CONTINUATION_H = 12 * mm
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


def signer_name(data: SlipData) -> str:
    """Who signs as "Người nộp hồ sơ": the authorized person who handed the dossier in, else
    the applicant (chủ hồ sơ) in person."""
    return data.authorized.name if data.authorized is not None else data.applicant.name


def applicant_block(data: SlipData, config: PrintConfig, st: Styles) -> list[Flowable]:
    """The dossier's owner (chủ hồ sơ) and, when someone else hands it in, the submitter."""
    a = data.applicant
    proxy = data.authorized
    owner = " (chủ hồ sơ)" if proxy is not None else ""
    out: list[Flowable] = [
        para(f"{esc(desk_name(data, config))} tiếp nhận hồ sơ của: <b>{esc(a.name)}</b>{owner}",
             st.normal)]
    if a.organization:
        out.append(field("Tổ chức", a.organization, st.normal))
    if a.id_number:
        out.append(field("Số định danh cá nhân/CCCD", a.id_number, st.normal))
    out.append(field("Địa chỉ", a.address, st.normal))
    out.append(para(f"Số điện thoại: {esc(a.phone) or '……'}"
                    f"{'&nbsp;' * 4}Email: {esc(a.email) or '……'}", st.normal))
    if proxy is not None:
        text = f"Người nộp hồ sơ (được ủy quyền): <b>{esc(proxy.name)}</b>"
        if proxy.id_number:
            text += f", số định danh cá nhân: {esc(proxy.id_number)}"
        if data.authorization:
            text += f"; giấy ủy quyền: {esc(data.authorization)}"
        out.append(para(text, st.normal))
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
    counts_w = [width * 0.095, width * 0.11, width * 0.095]
    tt_w = width * 0.055
    head = [para(t, st.cell_head) for t in ("TT", "Tên giấy tờ", "Bản chính",
                                             "Bản chứng thực", "Bản photo")]
    rows: list[list[object]] = [head]

    def n(v: int) -> object:
        return para(str(v), st.cell_center) if v else ""

    for i, c in enumerate(data.components, 1):
        name = esc(c.name) + (f" <i>({esc(c.note)})</i>" if c.note else "")
        rows.append([para(str(i), st.cell_center), para(name, st.cell),
                     n(c.original), n(c.certified), n(c.photo)])
    if not data.components:
        rows.append(["", para("(không có)", st.cell), "", "", ""])
    return grid(rows, [tt_w, width - tt_w - sum(counts_w), *counts_w], pad=2)


def _codes_and_applicant(data: SlipData, config: PrintConfig, width: float, st: Styles,
                         device: Device) -> Flowable:
    """Barcode, code and applicant on the left, the lookup QR code on the right (the QR is as
    tall as that column, so no height is lost beside it)."""
    url = config.lookup_url(data.code, data.lookup_key)
    qr = qr_symbol(url, device) if url else None
    qr_w = qr.width + 2 * mm if qr is not None else 0.0
    left: list[Flowable] = [
        barcode(data.code, width - qr_w, device, height=10 * mm),
        para(f"Mã hồ sơ: <b>{esc(data.code)}</b>", st.center),
        *applicant_block(data, config, st)]
    if qr is None:
        return KeepTogether(left)
    return table([[left, qr]], [width - qr_w, qr_w],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                  *NO_PADDING])


def slip_story(data: SlipData, config: PrintConfig, width: float, st: Styles,
               device: Device = LASER) -> list[Flowable]:
    """The slip's content for a frame ``width`` wide (A5 portrait and each half of the A4)."""
    date_line = place_date(config.place_name, data.received_at)
    story: list[Flowable] = [header(config, width, st, date_line, date_beside=True)]
    story += title(TITLE, st)
    story.append(_codes_and_applicant(data, config, width, st, device))
    story.append(para("1. Thành phần hồ sơ nộp gồm:", st.normal))
    story.append(components_table(data, width, st))
    story.append(vspace(st.size * 0.4))
    items = numbered_items(data, config, st)
    # Items 2 and 3 share a paragraph: the count of sets is a few words.
    story.append(para(f"{esc(items[0][0])}: {items[0][1]}.&nbsp;&nbsp; "
                      f"{esc(items[1][0])}: {items[1][1]}", st.normal))
    story += [para(f"{esc(label)}: {value}", st.normal) for label, value in items[2:]]
    story.append(para(esc(book_line(data)), st.normal))
    if data.note:
        story.append(field("Ghi chú", data.note, st.normal))
    story.append(para(f"<i>Lưu ý: {esc(AUTHORIZATION_NOTE)}</i>", st.small))
    closing: list[Flowable] = []
    url = config.lookup_url(data.code, data.lookup_key)
    if url:
        closing.append(para(f"<i>Tra cứu hồ sơ: {esc(url)}</i>", st.small))
    closing.append(signatures([Signature("NGƯỜI NỘP HỒ SƠ", signer_name(data)),
                               Signature("NGƯỜI TIẾP NHẬN HỒ SƠ", data.clerk_name)],
                              width, st, space=12 * mm))
    # The signatures never stand alone at the top of a page.
    story.append(KeepTogether(closing))
    return story


class _CopiesCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped here
    """Lays the slip out once, then prints each page twice: copy 2 is copy 1's page stream
    again (beside it on A4, after it on A5), so the copies can never differ."""

    two_up = True
    code = ""
    unit = ""
    reprint = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    @property
    def sheets(self) -> list[dict[str, Any]]:
        """The pages laid out for one copy."""
        return self._pages

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
        draw_text(self, right, page_h - LABEL_TOP, COPY_LABELS[copy], 7.5,
                  align="right", font=FONTS.italic)
        draw_reprint(self, self.reprint, x0 + 50 * mm, page_h - UNPRINTABLE - 0.8 * mm, 7)
        if part > 1:  # a later sheet of a long dossier: whose it is, before anything else
            top = page_h - MARGIN_TOP
            draw_text(self, x0 + FRAME_W / 2, top - 8, self.unit, 7.5, align="center",
                      font=FONTS.bold)
            draw_text(self, x0 + FRAME_W / 2, top - 18, f"{TITLE} (tiếp theo)", 7.5,
                      align="center", font=FONTS.bold)
            draw_text(self, x0 + FRAME_W / 2, top - 28, f"Mã hồ sơ: {self.code}", 7.5,
                      align="center")
            self.setLineWidth(0.5)
            self.line(x0, top - CONTINUATION_H + 2, right, top - CONTINUATION_H + 2)
        draw_text(self, x0, FOOT_BASELINE, f"Mã hồ sơ: {self.code}", 7)
        if total > 1:
            draw_text(self, right, FOOT_BASELINE, f"Trang {part}/{total}", 7,
                      align="right")
        self.restoreState()


def render_slip(data: SlipData, config: PrintConfig, layout: str = "a4_two_copies",
                reprint: int = 0) -> bytes:
    """A4 landscape with the two copies side by side (cut along the dashed line), or A5.

    Set at the largest of FIT_SIZES that keeps each copy on one sheet; a dossier too long
    even at the smallest is set at BASE_SIZE over as many sheets as it needs.
    """
    if layout not in ("a4_two_copies", "a5"):
        raise ValueError(f"unknown slip layout {layout!r}")
    for size in FIT_SIZES:
        pdf, sheets = _render(data, config, layout, reprint, size)
        if sheets == 1:
            return pdf
    return _render(data, config, layout, reprint, BASE_SIZE)[0]


def _render(data: SlipData, config: PrintConfig, layout: str, reprint: int,
            size: float) -> tuple[bytes, int]:
    """The PDF at base ``size`` and the number of sheets each copy takes."""
    register_fonts(config.fonts_path())
    st = styles(size)
    two_up = layout == "a4_two_copies"
    pagesize = landscape(A4) if two_up else A5
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, FRAME_H, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, id="copy")
    later = Frame(MARGIN_X, MARGIN_BOTTOM, FRAME_W, FRAME_H - CONTINUATION_H, leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0, id="later")
    made: list[_CopiesCanvas] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> Canvas:
        canv = _CopiesCanvas(*args, **kwargs)
        canv.two_up, canv.code, canv.reprint = two_up, data.code, reprint
        canv.unit = nfc(config.unit_name.upper())
        made.append(canv)
        return canv

    pdf = build_pdf(slip_story(data, config, FRAME_W, st), config, pagesize=pagesize,
                    margins=(MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM), decorate=None,
                    title_text=f"{TITLE} – {data.code}", subject=data.procedure_name,
                    frames=[frame], later_frames=[later], canvasmaker=canvasmaker)
    return pdf, len(made[-1].sheets)
