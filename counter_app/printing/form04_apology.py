"""Mẫu 04, Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết (at most once per dossier)."""

from __future__ import annotations

from reportlab.platypus import Flowable

from counter_app.printing.config import PrintConfig
from counter_app.printing.data import ApologyData
from counter_app.printing.fmt import place_date, vn_date, vn_time
from counter_app.printing.fonts import register_fonts
from counter_app.printing.layout import esc, multiline, para, title
from counter_app.printing.letter import (
    closing, letter_head, letter_styles, recipient_line, render_letter,
)

# The annex's own name of the form: "Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết".
TITLE = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN\nTHỜI GIAN GIẢI QUYẾT"


def render_apology(data: ApologyData, config: PrintConfig, reprint: int = 0) -> bytes:
    register_fonts(config.fonts_path())
    st = letter_styles()
    unit = esc(data.issuing_unit or config.desk_name)
    name = esc(data.applicant.name)
    number = f"Số: {data.number}" if data.number else "Số: ……"
    story: list[Flowable] = [
        letter_head(config, st, place_date(config.place_name, data.issued_at), number)]
    story += title(TITLE, st)
    story.append(recipient_line(data.applicant.name, st))
    story.append(para(
        f"Ngày {vn_date(data.received_at)}, {unit} tiếp nhận hồ sơ của Ông/Bà {name},"
        f" mã hồ sơ <b>{esc(data.code)}</b>.", st.justify))
    story.append(para(f"Nội dung yêu cầu giải quyết: <b>{esc(data.procedure_name)}</b>.",
                      st.justify))
    story.append(para("Thời hạn trả kết quả ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả: "
                      f"{esc(vn_time(data.old_appointment))}.", st.justify))
    story.append(para(f"Tuy nhiên, đến nay {esc(data.late_unit)} chưa giải quyết xong hồ sơ"
                      " của Ông/Bà theo đúng thời hạn.", st.justify))
    story += multiline("Lý do", data.reason, st)
    story.append(para(
        f"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {unit} xin lỗi Ông/Bà và đề nghị gia hạn"
        " thời gian giải quyết hồ sơ; kết quả giải quyết hồ sơ sẽ được trả cho Ông/Bà vào"
        f" <b>{esc(vn_time(data.new_appointment))}</b>.", st.justify))
    story.append(para("Xin trân trọng cảm ơn sự hợp tác của Ông/Bà./.", st.justify))
    story.append(closing(data.recipients, data.signer_title or config.head_title,
                         data.signer_name or config.head_name, st))
    return render_letter(story, config, data.code, reprint,
                         title_text=f"{' '.join(TITLE.split())} – {data.code}",
                         subject=data.procedure_name)
