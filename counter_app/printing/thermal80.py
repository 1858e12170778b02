"""Mẫu 01 on an 80 mm thermal roll: one copy for the applicant, the page as long as the content."""

from __future__ import annotations

import math
from urllib.parse import urlsplit

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from counter_app.printing.codes import THERMAL_203, barcode, qr_symbol
from counter_app.printing.config import PrintConfig
from counter_app.printing.data import ComponentLine, SlipData
from counter_app.printing.fmt import place_date, vn_time
from counter_app.printing.fonts import FONTS, register_fonts
from counter_app.printing.form01_slip import (
    AUTHORIZATION_NOTE, TITLE, applicant_block, book_line, numbered_items, signer_name,
)
from counter_app.printing.document import build_pdf, reprint_label
from counter_app.printing.layout import (
    MOTTO, MOTTO_2, Signature, Styles, balanced, esc, field, para, rule, signatures, styles,
    vspace,
)

PAPER_W = 80 * mm
MARGIN_X = 4 * mm  # 72 mm printable: the 576 dots of an 80 mm head at 203 dpi
MARGIN_Y = 4 * mm
CONTENT_W = PAPER_W - 2 * MARGIN_X
BASE_SIZE = 8.0
DOT = inch / THERMAL_203.dpi
MAX_PAGE_H = 14400.0  # PDF's largest page side (200 in); a longer slip would paginate


def _centered_header(config: PrintConfig, st: Styles, date_line: str) -> list[Flowable]:
    size = st.size
    while size > 5 and stringWidth(MOTTO, FONTS.bold, size) > CONTENT_W:
        size -= 0.25
    center = ParagraphStyle("thermal_head", parent=st.center, fontSize=size,
                            leading=size * 1.3, spaceAfter=0)
    out: list[Flowable] = []
    if config.parent_name.strip():
        out.append(para(esc(config.parent_name.upper()), center))
    out.append(para(f"<b>{esc(config.unit_name.upper())}</b>", center))
    out.append(rule(CONTENT_W * 0.3))
    out.append(para(f"<b>{MOTTO}</b>", center))
    out.append(para(f"<b>{MOTTO_2}</b>", center))
    out.append(rule(stringWidth(MOTTO_2, FONTS.bold, size)))
    out.append(para(f"<i>{esc(date_line)}</i>", center))
    return out


def _component_lines(components: tuple[ComponentLine, ...], st: Styles) -> list[Flowable]:
    out: list[Flowable] = []
    for i, c in enumerate(components, 1):
        counts = [f"{label}: {n}" for label, n in (("bản chính", c.original),
                  ("bản chứng thực", c.certified), ("bản photo", c.photo)) if n]
        text = f"<b>{i}.</b> {esc(c.name)}"
        if counts:
            text += f" ({', '.join(counts)})"
        if c.note:
            text += f" <i>– {esc(c.note)}</i>"
        out.append(para(text, st.normal))
    return out or [para("(không có)", st.normal)]


def _codes_block(data: SlipData, config: PrintConfig, st: Styles) -> list[Flowable]:
    """The barcode across the roll (bars across the print head, never along it), then the
    code, the appointment and the lookup QR code."""
    big = ParagraphStyle("big", parent=st.center, fontSize=st.size * 1.15,
                         leading=st.size * 1.45)
    bars = barcode(data.code, CONTENT_W, THERMAL_203)
    bars.hAlign = "CENTER"
    out: list[Flowable] = [
        bars,
        para("Mã hồ sơ:", st.center), para(f"<b>{esc(data.code)}</b>", big), vspace(2 * mm),
        para("Hẹn trả kết quả:", st.center),
        para(f"<b>{esc(vn_time(data.appointment_at))}</b>", big),
    ]
    url = config.lookup_url(data.code, data.lookup_key)
    if url:
        qr = qr_symbol(url, THERMAL_203)
        qr.hAlign = "CENTER"
        out += [vspace(2 * mm), qr, para("<i>Quét mã QR để tra cứu hồ sơ</i>", st.center)]
    return out


def thermal_story(data: SlipData, config: PrintConfig, st: Styles,
                  reprint: int = 0) -> list[Flowable]:
    story: list[Flowable] = []
    if reprint > 0:
        # The border is drawn outside the text by its padding: indent it by as much, so the
        # box stays inside the 72 mm the head prints.
        mark = ParagraphStyle("reprint", parent=st.center_bold, borderWidth=0.8,
                              borderColor="black", borderPadding=2, spaceAfter=4,
                              leftIndent=3, rightIndent=3)
        story.append(Paragraph(reprint_label(reprint), mark))
    story += _centered_header(config, st, place_date(config.place_name, data.received_at))
    title_size = st.size * 1.2
    story.append(para(f"<b>{balanced(TITLE, FONTS.bold, title_size, CONTENT_W)}</b>",
                      ParagraphStyle("thermal_title", parent=st.center, fontSize=title_size,
                                     leading=st.size * 1.5, spaceBefore=3, spaceAfter=1)))
    story.append(para("<i>(Liên giao người nộp hồ sơ)</i>", st.center))
    story += _codes_block(data, config, st)
    story.append(vspace(2 * mm))
    story += applicant_block(data, config, st)
    story.append(para("1. Thành phần hồ sơ nộp gồm:", st.normal))
    story += _component_lines(data.components, st)
    story += [para(f"{esc(label)}: {value}", st.normal)
              for label, value in numbered_items(data, config, st)]
    story.append(para(esc(book_line(data)), st.normal))
    if data.note:
        story.append(field("Ghi chú", data.note, st.normal))
    story.append(para(f"<i>Lưu ý: {esc(AUTHORIZATION_NOTE)}</i>", st.normal))
    url = config.lookup_url(data.code, data.lookup_key)
    if url:
        # The whole URL would break mid-word on 72 mm; the QR code carries it.
        site = urlsplit(url).netloc
        story.append(para(f"<i>Tra cứu hồ sơ: quét mã QR, hoặc vào {esc(site)} và nhập mã"
                          " hồ sơ.</i>", st.normal))
    small_sign = styles(st.size * 0.9)
    story.append(signatures([Signature("NGƯỜI NỘP HỒ SƠ", signer_name(data)),
                             Signature("NGƯỜI TIẾP NHẬN", data.clerk_name)],
                            CONTENT_W, small_sign, space=12 * mm))
    return story


def story_height(story: list[Flowable], width: float) -> float:
    """An upper bound of the height ``story`` takes in one frame ``width`` wide: the frame
    collapses adjacent spaces, this sums them, so the content always fits the page."""
    total = 0.0
    last = len(story) - 1
    for i, f in enumerate(story):
        _, h = f.wrap(width, 1e6)
        total += h
        if i > 0:
            total += f.getSpaceBefore()
        if i < last:
            total += f.getSpaceAfter()
    return total


def render_thermal(data: SlipData, config: PrintConfig, reprint: int = 0) -> bytes:
    """The slip on a roll 80 mm wide; the page height is the content's, in whole dots."""
    register_fonts(config.fonts_path())
    st = styles(BASE_SIZE)
    story = thermal_story(data, config, st, reprint)
    height = story_height(story, CONTENT_W)
    page_h = min(math.ceil((height + 2 * MARGIN_Y + 2) / DOT) * DOT, MAX_PAGE_H)
    return build_pdf(list(story), config,
                     pagesize=(PAPER_W, page_h), margins=(MARGIN_X, MARGIN_X, MARGIN_Y, MARGIN_Y),
                     decorate=None,
                     title_text=f"{TITLE} – {data.code}", subject=data.procedure_name)
