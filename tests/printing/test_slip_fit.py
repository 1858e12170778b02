"""Mẫu 01 to the letter: one sheet per copy for every catalog procedure, the right signer."""

from __future__ import annotations

from dataclasses import replace

import pytest

from counter_app.core.dossier import AuthorizedPerson
from counter_app.printing import SLIP_LAYOUTS, SlipData, render_form01
from counter_app.services import intake
from counter_app.services.context import ServiceContext
from tests.printing.pdfcheck import norm, page_sizes, pdf_text, reader, text_positions
from tests.printing.samples import (
    CATALOG, CLERK, CODE, CONFIG, LONGEST, NAME, PROXY, short_slip, slip, typical_slip,
)
from tests.services.helpers import CERTIFIED_COPY, draft

OWNER = "Nguyễn Văn An"


def test_the_catalog_has_the_names_the_issue_quotes() -> None:
    certified = CATALOG.by_code("2.000815")
    assert certified.name == ("Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ"
                              " chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận")
    assert len(LONGEST.name) > 200


@pytest.mark.parametrize("code", [p.code for p in CATALOG])
def test_a_typical_slip_of_every_procedure_fits_one_sheet_per_copy(code: str) -> None:
    """With the real name and someone submitting for the owner (the longer case)."""
    data = typical_slip(CATALOG.by_code(code), PROXY)
    a4 = render_form01(data, CONFIG, "a4_two_copies")
    a5 = render_form01(data, CONFIG, "a5")
    assert len(page_sizes(a4)) == 1, "A4: both copies on one sheet"
    assert len(page_sizes(a5)) == 2, "A5: one sheet per copy"
    for pdf in (a4, a5):
        text = pdf_text(pdf)
        assert norm(data.procedure_name) in text
        assert PROXY.name in text and CLERK in text  # the signatures are on the sheet
        assert "Trang 1/2" not in text


@pytest.mark.parametrize("layout", ["a4_two_copies", "a5"])
def test_a_long_dossier_repeats_the_code_and_header_on_later_sheets(layout: str) -> None:
    pdf = render_form01(slip(25), CONFIG, layout)
    pages = [norm(p.extract_text()) for p in reader(pdf).pages]
    copy_pages = pages if layout == "a4_two_copies" else pages[:len(pages) // 2]
    assert len(copy_pages) >= 2
    for text in copy_pages[1:]:
        assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ (tiếp theo)" in text
        assert f"Mã hồ sơ: {CODE}" in text
        assert norm(CONFIG.unit_name) in text
    # The header is at the top of the sheet: above it only the copy label and the unit.
    runs = text_positions(pdf, 1)
    heading_y = max(y for y, t in runs if "(tiếp theo)" in t)
    above = {norm(t) for y, t in runs if y > heading_y + 0.5}
    assert above and above <= {"Liên 1: Giao người nộp hồ sơ", "Liên 2: Lưu tại Bộ phận Một cửa",
                               norm(CONFIG.unit_name)}, above


def _signature_names(pdf: bytes, page: int = 0) -> list[str]:
    """Text printed below the "NGƯỜI NỘP HỒ SƠ" role of the first copy on the page."""
    runs = text_positions(pdf, page)
    role_y = max(y for y, t in runs if "NGƯỜI NỘP HỒ SƠ" in t)
    return [norm(t) for y, t in runs if y < role_y - 1]


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_the_signature_block_names_the_person_who_hands_the_dossier_in(layout: str) -> None:
    data = replace(short_slip(), authorized=PROXY, authorization="Giấy ủy quyền số 45/2025")
    pdf = render_form01(data, CONFIG, layout)
    below = " ".join(_signature_names(pdf))
    assert PROXY.name in below and CLERK in below
    assert OWNER not in below, "the owner did not sign: the person who handed it in did"
    text = pdf_text(pdf)
    assert f"tiếp nhận hồ sơ của: {OWNER} (chủ hồ sơ)" in text
    assert (f"Người nộp hồ sơ (được ủy quyền): {PROXY.name}, số định danh cá nhân:"
            f" {PROXY.id_number}; giấy ủy quyền: Giấy ủy quyền số 45/2025") in text


@pytest.mark.parametrize("layout", SLIP_LAYOUTS)
def test_the_owner_signs_when_they_hand_it_in_themselves(layout: str) -> None:
    pdf = render_form01(short_slip(), CONFIG, layout)
    assert OWNER in " ".join(_signature_names(pdf))
    assert "chủ hồ sơ" not in pdf_text(pdf) and "được ủy quyền" not in pdf_text(pdf)


def test_the_slip_of_a_stored_dossier_names_its_submitter(ctx: ServiceContext) -> None:
    proxy = AuthorizedPerson("Trần Văn Bình", "038301098765", "Giấy ủy quyền số 45/2025")
    result = intake.receive_dossier(ctx, draft(ctx, authorized=proxy))
    data = SlipData.from_dossier(result.dossier, ctx.procedure(CERTIFIED_COPY), CLERK,
                                 "01/2025", 1)
    assert data.authorized is not None and data.authorized.name == "Trần Văn Bình"
    assert data.authorization == "Giấy ủy quyền số 45/2025"
    pdf = render_form01(data, CONFIG, "a5")
    assert "Trần Văn Bình" in " ".join(_signature_names(pdf))
    assert result.dossier.applicant.full_name not in " ".join(_signature_names(pdf))
    assert NAME not in pdf_text(pdf)
