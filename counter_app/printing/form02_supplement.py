"""Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: everything missing, said once, in writing."""

from __future__ import annotations

from reportlab.platypus import Flowable

from counter_app.printing.config import PrintConfig
from counter_app.printing.data import SupplementData
from counter_app.printing.document import content_width, render_form
from counter_app.printing.fmt import place_date
from counter_app.printing.fonts import register_fonts
from counter_app.printing.layout import (
    Signature, codes_row, contact_lines, esc, grid, header, multiline, para, signatures, styles,
    title, vspace,
)

TITLE = "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ"
PAPER = "a4"
BASE_SIZE = 10.0


def render_supplement(data: SupplementData, config: PrintConfig, reprint: int = 0) -> bytes:
    register_fonts(config.fonts_path())
    st = styles(BASE_SIZE)
    width = content_width(PAPER)
    number = f"Số: {data.number}" if data.number else "Số: ……/PYCBS"
    story: list[Flowable] = [
        header(config, width, st, place_date(config.place_name, data.issued_at), number)]
    story += title(TITLE, st)
    if data.code:
        story.append(codes_row(data.code, config.lookup_url(data.code), width, st))
    story.append(vspace(4))
    a = data.applicant
    story.append(para(f"Hồ sơ của: <b>{esc(a.name)}</b>", st.normal))
    story.append(para(f"Nội dung yêu cầu giải quyết: <b>{esc(data.procedure_name)}</b>",
                      st.normal))
    story += contact_lines(a, st)
    story.append(para("Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", st.normal))
    rows: list[list[object]] = [[para(t, st.cell_head) for t in (
        "TT", "Nội dung cần bổ sung, hoàn thiện", "Hướng dẫn cụ thể")]]
    for i, item in enumerate(data.items, 1):
        rows.append([para(str(i), st.cell_center), para(esc(item.name), st.cell),
                     para(esc(item.detail), st.cell)])
    if not data.items:
        rows.append(["", para("……", st.cell), ""])
    story.append(grid(rows, [width * 0.07, width * 0.48, width * 0.45]))
    story.append(vspace(4))
    story += multiline("Lý do", data.reason, st)
    if data.guidance:
        story += multiline("Hướng dẫn", data.guidance, st)
    who = esc(data.clerk_name) or "……"
    phone = esc(data.contact_phone or config.phone) or "……"
    story.append(para(
        f"Trong quá trình bổ sung, hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ với {who}"
        f", số điện thoại {phone} để được hướng dẫn.", st.justify))
    story.append(para("<i>Các nội dung cần bổ sung, hoàn thiện được hướng dẫn một lần, đầy đủ"
                      " trong Phiếu này.</i>", st.justify))
    story.append(signatures([Signature("NGƯỜI NỘP HỒ SƠ", a.name),
                             Signature("NGƯỜI HƯỚNG DẪN", data.clerk_name)], width, st))
    return render_form(story, config, paper=PAPER, code=data.code, reprint=reprint,
                       title_text=f"{TITLE} – {data.code}", subject=data.procedure_name)
