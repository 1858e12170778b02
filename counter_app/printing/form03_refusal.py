"""Mẫu 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ: the specific reason, in writing."""

from __future__ import annotations

from reportlab.platypus import Flowable

from counter_app.printing.config import PrintConfig
from counter_app.printing.data import RefusalData
from counter_app.printing.document import content_width, render_form
from counter_app.printing.fmt import place_date
from counter_app.printing.fonts import register_fonts
from counter_app.printing.layout import (
    Signature, codes_row, contact_lines, esc, header, multiline, para, signatures, styles, title,
    vspace,
)

TITLE = "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ"
PAPER = "a4"
BASE_SIZE = 10.0


def render_refusal(data: RefusalData, config: PrintConfig, reprint: int = 0) -> bytes:
    register_fonts(config.fonts_path())
    st = styles(BASE_SIZE)
    width = content_width(PAPER)
    desk = esc(data.receiving_unit or config.desk_name)
    number = f"Số: {data.number}" if data.number else "Số: ……/PTC"
    story: list[Flowable] = [
        header(config, width, st, place_date(config.place_name, data.issued_at), number)]
    story += title(TITLE, st)
    if data.code:
        story.append(codes_row(data.code, config.lookup_url(data.code), width, st))
    story.append(vspace(4))
    a = data.applicant
    story.append(para(f"{desk} tiếp nhận hồ sơ của: <b>{esc(a.name)}</b>", st.normal))
    story += contact_lines(a, st)
    story.append(para(f"Nội dung yêu cầu giải quyết: <b>{esc(data.procedure_name)}</b>",
                      st.normal))
    story.append(para(
        f"Qua nghiên cứu, đối chiếu với các quy định hiện hành, {desk} từ chối tiếp nhận,"
        " giải quyết hồ sơ này với lý do cụ thể như sau:", st.justify))
    story += multiline("Lý do", data.reason, st)
    if data.guidance:
        story += multiline("Hướng dẫn", data.guidance, st)
    story.append(para("Xin thông báo cho Ông/Bà được biết và thực hiện./.", st.normal))
    story.append(signatures([Signature("NGƯỜI NỘP HỒ SƠ", a.name),
                             Signature("NGƯỜI TIẾP NHẬN HỒ SƠ", data.clerk_name)], width, st))
    return render_form(story, config, paper=PAPER, code=data.code, reprint=reprint,
                       title_text=f"{TITLE} – {data.code}", subject=data.procedure_name)
