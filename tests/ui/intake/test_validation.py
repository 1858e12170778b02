"""Each rule broken shows the validators' Vietnamese message under its field, and nothing is stored."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from counter_app.core.identity import (
    IdentityError, normalize_phone, validate_cccd, validate_email,
)
from counter_app.core.identity import parse_cccd_qr
from tests.services.helpers import CERTIFIED_COPY
from tests.ui.conftest import wait_idle
from tests.ui.intake.conftest import QR, type_into


def _message(fn, *args) -> str:
    with pytest.raises(IdentityError) as caught:
        fn(*args)
    return str(caught.value)


def _stored(ctx) -> int:
    with ctx.store.reading() as session:
        return session.execute(text("SELECT count(*) FROM dossiers")).scalar()


def _valid_intake(s, keys) -> None:
    """A complete certified-copy intake (as after a scan and Enter on the favourite)."""
    s.fill_from_cccd(parse_cccd_qr(QR))
    keys.enter()
    assert s.picker.code() == CERTIFIED_COPY


BAD_CENTURY = "038003012345"  # 4th digit 0: born 1900–1999, but the birth date says 2003

CASES = {
    "id_century": ("id_number", BAD_CENTURY, lambda: _message(
        validate_cccd, BAD_CENTURY, date(2003, 3, 15), "Nam")),
    "phone": ("phone", "0912 345", lambda: _message(normalize_phone, "0912 345")),
    "email": ("email", "an.nguyen@@example.vn",
              lambda: _message(validate_email, "an.nguyen@@example.vn")),
    "future_birth": ("birth_date", "01/01/2030",
                     lambda: "Ngày sinh không được sau ngày hôm nay."),
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_field_message_shows_when_left_and_blocks_receive(case, make_slice, keys, qtbot,
                                                               ctx, tasks):
    field, typed, expected = CASES[case]
    s = make_slice()
    _valid_intake(s, keys)
    if field == "birth_date":  # a CCCD would disagree with any future year: use an old CMND
        s.applicant.id_edit.setText("038123456")
    edit = s.applicant.widget_for(field)
    edit.clear()
    type_into(qtbot, edit, typed)
    keys.tab()  # leaving the field checks it (the ID against the birth date read from the card)
    message = expected()
    label = s.findChild(type(s.applicant._errors[field]), f"error_applicant_{field}")
    assert label.isVisible() and label.text() == message

    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert _stored(ctx) == 0
    assert s.applicant.error_text(field) == message  # the services say the same
    assert keys.focus() is edit  # the first bad field has the focus
    assert s.applicant.name_edit.text() == "Nguyễn Văn An"  # the form is kept


def test_messages_in_vietnamese(make_slice, keys, qtbot):
    s = make_slice()
    for field, typed, _ in CASES.values():
        type_into(qtbot, s.applicant.widget_for(field), typed)
        keys.tab()
    assert "không khớp năm sinh" in s.applicant.error_text("id_number") or \
        "phải là hai số cuối" in s.applicant.error_text("id_number")
    assert "quá ngắn" in s.applicant.error_text("phone")
    assert "đúng một ký tự @" in s.applicant.error_text("email")
    assert s.applicant.error_text("birth_date") == "Ngày sinh không được sau ngày hôm nay."


def test_birth_date_that_is_no_date(make_slice, keys, qtbot, ctx, tasks):
    """31/02 is typed in the right form: the message says the day does not exist."""
    s = make_slice()
    _valid_intake(s, keys)
    s.applicant.birth_edit.clear()
    type_into(qtbot, s.applicant.birth_edit, "31/02/2003")
    keys.tab()
    no_such_day = "Ngày 31/02/2003 không có thật: tháng 2/2003 chỉ có 28 ngày."
    assert s.applicant.error_text("birth_date") == no_such_day
    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert _stored(ctx) == 0
    assert s.applicant.error_text("birth_date") == no_such_day
    assert keys.focus() is s.applicant.birth_edit


def test_birth_date_in_another_form_asks_for_day_month_year(make_slice, keys, qtbot):
    s = make_slice()
    type_into(qtbot, s.applicant.birth_edit, "2003-03-15")
    keys.tab()
    assert s.applicant.error_text("birth_date") == (
        "Ngày sinh không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, ví dụ 15/03/2003.")


def test_missing_name_is_reported_on_receive(make_slice, keys, qtbot, ctx, tasks):
    s = make_slice()
    _valid_intake(s, keys)
    s.applicant.name_edit.clear()
    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert _stored(ctx) == 0
    assert s.applicant.error_text("full_name") == "Chưa nhập họ tên người nộp."
    label = s.findChild(type(s.applicant._errors["full_name"]), "error_applicant_full_name")
    assert label.isVisible()
    assert keys.focus() is s.applicant.name_edit


def test_missing_required_component_and_no_procedure(make_slice, keys, qtbot, ctx, tasks):
    s = make_slice()
    s.fill_from_cccd(parse_cccd_qr(QR))
    keys.press(Qt.Key.Key_Escape)  # close the list without choosing
    keys.ctrl(Qt.Key.Key_Return)
    assert s.picker.error.text() == "Chưa chọn thủ tục hành chính."
    assert keys.focus() is s.picker.edit
    keys.press(Qt.Key.Key_Down)  # opens the list again
    keys.enter()
    view = s.components.view
    view.setFocus()
    view.setCurrentIndex(s.components.model.index(0, 0))
    keys.press(Qt.Key.Key_Space)  # the required original is not on the desk
    assert s.components.missing_required() == [
        "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao"]
    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert _stored(ctx) == 0
    assert s.components.error.text().startswith("Thiếu thành phần bắt buộc: Bản chính giấy tờ")
    assert keys.focus() is view


def test_post_return_needs_an_address(make_slice, keys, qtbot, ctx, tasks):
    s = make_slice()
    _valid_intake(s, keys)
    assert not s.options.return_address.isVisible()
    s.applicant.address_edit.clear()
    s.options.return_method.setFocus()
    keys.press(Qt.Key.Key_Down)  # Qua bưu chính công ích
    assert s.options.return_address.isVisible()
    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert _stored(ctx) == 0
    assert s.options.error_text("return_address") == (
        "Chưa nhập địa chỉ nhận kết quả qua bưu chính.")
    assert keys.focus() is s.options.return_address


def test_ctrl_enter_without_procedure_keeps_every_error(make_slice, keys, qtbot, ctx, tasks):
    """No procedure chosen: the messages already shown stay, the first bad field has the focus,
    and the procedure list does not open on its own (away from its field)."""
    s = make_slice()
    s.fill_from_cccd(parse_cccd_qr(QR))
    keys.press(Qt.Key.Key_Escape)  # close the list without choosing
    type_into(qtbot, s.applicant.phone_edit, "0912 345")
    keys.tab()
    phone_message = _message(normalize_phone, "0912 345")
    assert s.applicant.error_text("phone") == phone_message
    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert _stored(ctx) == 0
    assert s.applicant.error_text("phone") == phone_message  # still there
    assert s.picker.error.text() == "Chưa chọn thủ tục hành chính."
    assert keys.focus() is s.applicant.phone_edit  # the phone comes before the procedure
    assert not s.picker.popup.isVisible()


def test_only_the_procedure_missing_focuses_it_and_the_list_opens_under_it(make_slice, keys,
                                                                           qtbot, tasks):
    s = make_slice()
    s.fill_from_cccd(parse_cccd_qr(QR))
    keys.press(Qt.Key.Key_Escape)
    s.applicant.name_edit.setFocus()
    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert keys.focus() is s.picker.edit
    assert not s.picker.popup.isVisible()
    for _ in range(3):  # let the layout settle as the window system would
        QApplication.processEvents()
    keys.press(Qt.Key.Key_Down)  # the clerk asks for the list: right under the field
    assert s.picker.popup.isVisible()
    under = s.picker.edit.mapTo(s.window(), QPoint(0, s.picker.edit.height()))
    assert s.picker.popup.geometry().topLeft() == under


def test_focus_goes_to_the_first_invalid_field_in_form_order(make_slice, keys, qtbot, ctx,
                                                             tasks):
    """A missing name and a date that does not exist: both shown, the name (first) focused."""
    s = make_slice()
    _valid_intake(s, keys)
    s.applicant.name_edit.clear()
    s.applicant.birth_edit.setText("31/02/2003")
    s.options.note.setFocus()
    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert _stored(ctx) == 0
    assert s.applicant.error_text("full_name") == "Chưa nhập họ tên người nộp."
    assert s.applicant.error_text("birth_date") == (
        "Ngày 31/02/2003 không có thật: tháng 2/2003 chỉ có 28 ngày.")
    assert keys.focus() is s.applicant.name_edit
