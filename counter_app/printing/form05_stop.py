"""Mẫu 05, Thông báo dừng giải quyết hồ sơ: the dossier ends without a result, and why."""

from __future__ import annotations

from reportlab.platypus import Flowable

from counter_app.printing.config import PrintConfig
from counter_app.printing.data import StopData
from counter_app.printing.fmt import place_date, vn_date
from counter_app.printing.fonts import register_fonts
from counter_app.printing.layout import contact_lines, esc, multiline, para, title
from counter_app.printing.letter import (
    closing, letter_head, letter_styles, recipient_line, render_letter,
)

TITLE = "THÔNG BÁO"
SUBTITLE = "Về việc dừng giải quyết hồ sơ"


def render_stop(data: StopData, config: PrintConfig, reprint: int = 0) -> bytes:
    register_fonts(config.fonts_path())
    st = letter_styles()
    unit = esc(data.issuing_unit or config.desk_name)
    number = f"Số: {data.number}" if data.number else "Số: ……/TB"
    story: list[Flowable] = [
        letter_head(config, st, place_date(config.place_name, data.issued_at), number)]
    story += title(TITLE, st, f"<b>{SUBTITLE}</b>")
    a = data.applicant
    story.append(recipient_line(a.name, st))
    story += contact_lines(a, st)
    received = f", ngày tiếp nhận {vn_date(data.received_at)}" if data.received_at else ""
    story.append(para(f"{unit} đã tiếp nhận hồ sơ của Ông/Bà, mã hồ sơ <b>{esc(data.code)}</b>"
                      f"{received}.", st.justify))
    story.append(para(f"Nội dung yêu cầu giải quyết: <b>{esc(data.procedure_name)}</b>.",
                      st.justify))
    basis = f"Căn cứ {esc(data.legal_basis)}, " if data.legal_basis else ""
    story.append(para(f"{basis}{unit} thông báo dừng giải quyết hồ sơ nêu trên.", st.justify))
    story += multiline("Lý do", data.reason, st)
    if data.guidance:
        story += multiline("Hướng dẫn", data.guidance, st)
    story.append(para("Xin thông báo để Ông/Bà được biết./.", st.justify))
    story.append(closing(data.recipients, data.signer_title or config.head_title,
                         data.signer_name or config.head_name, st))
    return render_letter(story, config, data.code, reprint,
                         title_text=f"{TITLE} {SUBTITLE.lower()} – {data.code}",
                         subject=data.procedure_name)
