"""Forms rendered from stored dossiers: the slip carries the code; a reprint says it is one."""

from __future__ import annotations

import io

from pypdf import PdfReader

from counter_app.services import documents, intake, prints
from tests.services.helpers import draft


def _text(pdf: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_slip_then_reprint(ctx):
    code = intake.receive_dossier(ctx, draft(ctx)).code
    first = documents.prepare(ctx, code, "form01", "Nguyễn Thị Lan")
    text = _text(first.pdf)
    assert code in text and "Nguyễn Văn An" in text and "BẢN IN LẠI" not in text
    assert "Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa" in text  # demo print config
    prints.finish(ctx, first.record.id, "printed", printer="PDF")
    again = documents.prepare(ctx, code, "form01", "Nguyễn Thị Lan")
    assert again.record.copy_no == 2
    assert "BẢN IN LẠI LẦN 1" in _text(again.pdf)
    assert documents.reopen(ctx, first.record) == first.pdf


def test_refusal_and_supplement_notices(ctx):
    refused = intake.refuse_dossier(ctx, draft(ctx), "Hồ sơ không thuộc thẩm quyền").code
    assert "Hồ sơ không thuộc thẩm quyền" in _text(documents.prepare(ctx, refused, "form03", "Lan").pdf)
    asked = intake.request_supplement(ctx, draft(ctx, components=()),
                                      [intake.MissingItem("Bản chính giấy khai sinh")],
                                      "Thiếu bản chính").code
    assert "Bản chính giấy khai sinh" in _text(documents.prepare(ctx, asked, "form02", "Lan").pdf)
