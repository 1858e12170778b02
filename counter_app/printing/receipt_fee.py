"""Receipt of fees and charges (biên lai thu phí, lệ phí) collected at the counter."""

from __future__ import annotations

from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from counter_app.printing.config import PrintConfig
from counter_app.printing.data_receipts import FeeReceiptData
from counter_app.printing.document import content_width, render_form
from counter_app.printing.fmt import amount_in_words, money, place_date
from counter_app.printing.fonts import register_fonts
from counter_app.printing.layout import (
    Signature, codes_row, esc, field, grid, header, para, signatures, styles, title, vspace,
)

TITLE = "BIÊN LAI THU PHÍ, LỆ PHÍ"
NOT_AN_E_RECEIPT = ("Bản in từ phần mềm một cửa để người nộp giữ, không phải biên lai điện tử;"
                    " biên lai thu phí, lệ phí theo Nghị định số 123/2020/NĐ-CP do đơn vị thu"
                    " phát hành.")
BASE_SIZE = {"a5": 8.5, "a4": 10.0}


def render_fee_receipt(data: FeeReceiptData, config: PrintConfig, reprint: int = 0,
                       paper: Literal["a5", "a4"] = "a5") -> bytes:
    register_fonts(config.fonts_path())
    st = styles(BASE_SIZE[paper])
    width = content_width(paper)
    ids = [f"Mẫu số: {esc(data.form_symbol)}" if data.form_symbol else "",
           f"Ký hiệu: {esc(data.serial)}" if data.serial else "",
           f"Số: {esc(data.number)}" if data.number else ""]
    story: list[Flowable] = [header(config, width, st,
                                    place_date(config.place_name, data.issued_at))]
    story += title(TITLE, st, " – ".join(i for i in ids if i),
                   f"<i>{esc(data.copy_label)}</i>" if data.copy_label else "")
    story.append(field("Đơn vị thu", config.desk_name or config.unit_name, st.normal))
    story.append(field("Mã số thuế", config.tax_code, st.normal))
    if data.code:
        story.append(codes_row(data.code, "", width, st))
    story.append(vspace(4))
    story.append(field("Họ tên người nộp", data.payer.name, st.normal, bold=True))
    story.append(field("Địa chỉ", data.payer.address, st.normal))
    story.append(field("Nội dung thu", f"Phí, lệ phí giải quyết thủ tục hành chính: "
                                       f"{data.procedure_name}", st.normal))
    rows: list[list[object]] = [[para(t, st.cell_head) for t in (
        "TT", "Tên phí, lệ phí", "Số lượng", "Số tiền (đồng)")]]
    for i, line in enumerate(data.lines, 1):
        qty = f"{line.quantity} {line.per}".strip()
        rows.append([para(str(i), st.cell_center), para(esc(line.name), st.cell),
                     para(esc(qty), st.cell_center),
                     para(esc(money(line.amount_vnd).removesuffix(" đồng")), st.cell_center)])
    rows.append(["", para("<b>Tổng cộng</b>", st.cell), "",
                 para(f"<b>{esc(money(data.total_vnd).removesuffix(' đồng'))}</b>",
                      st.cell_center)])
    story.append(grid(rows, [width * 0.08, width * 0.54, width * 0.16, width * 0.22]))
    story.append(vspace(4))
    story.append(para(f"Số tiền bằng chữ: <b>{esc(amount_in_words(data.total_vnd))}</b>",
                      st.normal))
    story.append(field("Hình thức thanh toán", data.method, st.normal))
    if data.note:
        story.append(field("Ghi chú", data.note, st.normal))
    if data.e_receipt_code:
        story.append(field("Mã tra cứu biên lai điện tử", data.e_receipt_code, st.normal))
    else:
        story.append(para(f"<i>{esc(NOT_AN_E_RECEIPT)}</i>", st.small))
    story.append(signatures([Signature("NGƯỜI NỘP TIỀN", data.payer.name),
                             Signature("NGƯỜI THU TIỀN", data.collector_name)], width, st,
                            space=14 * mm))
    return render_form(story, config, paper=paper, code=data.code, reprint=reprint,
                       title_text=f"{TITLE} – {data.code}", subject=data.procedure_name)
