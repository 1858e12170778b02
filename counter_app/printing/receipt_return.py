"""Receipt of the result handed over (biên nhận trả kết quả): who took it, when, what."""

from __future__ import annotations

from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from counter_app.printing.config import PrintConfig
from counter_app.printing.data_receipts import ReturnReceiptData
from counter_app.printing.document import content_width, render_form
from counter_app.printing.fmt import money, place_date, vn_time
from counter_app.printing.fonts import register_fonts
from counter_app.printing.layout import (
    Signature, codes_row, esc, field, grid, header, para, signatures, styles, title, vspace,
)

TITLE = "BIÊN NHẬN TRẢ KẾT QUẢ GIẢI QUYẾT HỒ SƠ"
BASE_SIZE = {"a5": 8.5, "a4": 10.0}


def render_return_receipt(data: ReturnReceiptData, config: PrintConfig, reprint: int = 0,
                          paper: Literal["a5", "a4"] = "a5") -> bytes:
    register_fonts(config.fonts_path())
    st = styles(BASE_SIZE[paper])
    width = content_width(paper)
    story: list[Flowable] = [header(config, width, st,
                                    place_date(config.place_name, data.returned_at))]
    story += title(TITLE, st)
    story.append(codes_row(data.code, config.lookup_url(data.code), width, st))
    story.append(vspace(4))
    a = data.applicant
    story.append(field("Người nộp hồ sơ", a.name, st.normal, bold=True))
    story.append(field("Nội dung yêu cầu giải quyết", data.procedure_name, st.normal))
    story.append(field("Thời gian nhận hồ sơ", vn_time(data.received_at), st.normal))
    story.append(field("Thời gian hẹn trả kết quả", vn_time(data.appointment_at), st.normal))
    story.append(field("Thời gian trả kết quả", vn_time(data.returned_at), st.normal, bold=True))
    rows: list[list[object]] = [[para("TT", st.cell_head),
                                 para("Kết quả giải quyết được trả", st.cell_head)]]
    rows += [[para(str(i), st.cell_center), para(esc(r), st.cell)]
             for i, r in enumerate(data.results, 1)]
    if not data.results:
        rows.append(["", para("……", st.cell)])
    story.append(grid(rows, [width * 0.08, width * 0.92]))
    story.append(vspace(4))
    receiver_name = a.name
    if data.method == "post":
        story.append(para("Hình thức trả: qua dịch vụ bưu chính công ích"
                          + (f", số vận đơn: <b>{esc(data.waybill)}</b>" if data.waybill else ""),
                          st.normal))
        story.append(field("Địa chỉ nhận", a.address, st.normal))
    elif data.receiver is not None:
        r = data.receiver
        receiver_name = r.name
        story.append(para(f"Người nhận thay: <b>{esc(r.name)}</b>"
                          + (f", số định danh cá nhân: {esc(r.id_number)}" if r.id_number else ""),
                          st.normal))
        story.append(field("Theo giấy ủy quyền", data.authorization, st.normal))
    else:
        story.append(para("Người nhận: người nộp hồ sơ"
                          + (f", số định danh cá nhân: {esc(a.id_number)}" if a.id_number else ""),
                          st.normal))
    if data.fee_collected_vnd:
        story.append(field("Phí, lệ phí đã thu khi trả kết quả", money(data.fee_collected_vnd),
                           st.normal))
    if data.note:
        story.append(field("Ghi chú", data.note, st.normal))
    story.append(signatures([Signature("NGƯỜI NHẬN KẾT QUẢ", "" if data.method == "post"
                                       else receiver_name),
                             Signature("NGƯỜI TRẢ KẾT QUẢ", data.clerk_name)], width, st,
                            space=14 * mm))
    return render_form(story, config, paper=paper, code=data.code, reprint=reprint,
                       title_text=f"{TITLE} – {data.code}", subject=data.procedure_name)
