"""Refusal (Mẫu 03) and supplement request (Mẫu 02) from the keyboard, and the duplicate warning."""

from __future__ import annotations

from datetime import datetime

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import text

from counter_app.core.dossier import Status
from counter_app.core.identity import parse_cccd_qr
from counter_app.core.timeutil import VN_TZ
from counter_app.services import intake, queries, returns
from tests.back_office import report_progress
from tests.services.helpers import AN, CERTIFIED_COPY, draft
from tests.ui.conftest import wait_idle
from tests.ui.intake.conftest import QR, RECEIVED_CODE

ORIGINAL = "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao"


def _stored(ctx) -> int:
    with ctx.store.reading() as session:
        return session.execute(text("SELECT count(*) FROM dossiers")).scalar()


def _scanned_and_picked(s, keys) -> None:
    s.fill_from_cccd(parse_cccd_qr(QR))
    keys.enter()
    assert s.picker.code() == CERTIFIED_COPY


def _closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _open_dialog(qtbot, keys, key: Qt.Key) -> QDialog:
    keys.ctrl(key)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
    dialog = QApplication.activeModalWidget()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_refusal_needs_a_reason(make_slice, keys, qtbot, ctx):
    s = make_slice()
    _scanned_and_picked(s, keys)
    dialog = _open_dialog(qtbot, keys, Qt.Key.Key_R)
    ok = dialog.findChild(type(dialog.ok_button), "ok")
    error = dialog.reason_error
    assert not ok.isEnabled()
    assert error.isVisible() and error.text() == "Phải ghi rõ lý do từ chối tiếp nhận hồ sơ."
    keys.ctrl(Qt.Key.Key_Return)  # blocked: still open, nothing stored
    assert dialog.isVisible() and _stored(ctx) == 0
    keys.type("Không thuộc thẩm quyền")
    assert ok.isEnabled() and not error.isVisible()
    keys.press(Qt.Key.Key_Escape)  # Esc closes without refusing
    qtbot.waitUntil(lambda: _closed(dialog))
    assert _stored(ctx) == 0 and s.applicant.name_edit.text() == "Nguyễn Văn An"


def test_refusal_with_reason_is_stored(make_slice, keys, qtbot, ctx):
    s = make_slice()
    _scanned_and_picked(s, keys)
    notices = []
    s.sig_notice_ready.connect(notices.append)
    dialog = _open_dialog(qtbot, keys, Qt.Key.Key_R)
    keys.type("Thủ tục không thuộc thẩm quyền của xã.")
    with qtbot.waitSignal(s.sig_dossier_saved, timeout=10_000) as saved:
        keys.ctrl(Qt.Key.Key_Return)
    assert _closed(dialog)
    stored = queries.find_by_code(ctx, saved.args[0])
    assert stored.status is Status.REFUSED and int(stored.status) == 3
    assert stored.details["refusal"]["reason"] == "Thủ tục không thuộc thẩm quyền của xã."
    assert s.result_banner.text() == (
        f"Đã lưu phiếu từ chối tiếp nhận hồ sơ {saved.args[0]} (Mẫu 03).")
    assert [n.code for n in notices] == [saved.args[0]]
    assert s.applicant.name_edit.text() == ""  # ready for the next citizen


def test_supplement_request_lists_missing_items(make_slice, keys, qtbot, ctx):
    s = make_slice()
    _scanned_and_picked(s, keys)
    view = s.components.view
    view.setFocus()
    view.setCurrentIndex(s.components.model.index(0, 0))
    keys.press(Qt.Key.Key_Space)  # the original was not brought
    dialog = _open_dialog(qtbot, keys, Qt.Key.Key_B)
    # Pre-filled: the missing required component and a reason; the clerk adds a line.
    assert dialog.items.toPlainText() == ORIGINAL
    assert dialog.ok_button.isEnabled()
    assert keys.focus() is dialog.items
    keys.enter()
    keys.type("Bản sao cần chứng thực (2 bản)")
    keys.tab()
    keys.tab()  # past the reason to the guidance
    keys.type("Mang bản chính đến bộ phận một cửa trong giờ hành chính.")
    with qtbot.waitSignal(s.sig_dossier_saved, timeout=10_000) as saved:
        keys.ctrl(Qt.Key.Key_Return)
    stored = queries.find_by_code(ctx, saved.args[0])
    assert stored.status is Status.SUPPLEMENT_REQUIRED and int(stored.status) == 5
    request = stored.details["supplement_request"]
    assert [m["name"] for m in request["missing"]] == [ORIGINAL, "Bản sao cần chứng thực (2 bản)"]
    assert request["reason"] == "Hồ sơ chưa đủ thành phần theo quy định."
    assert request["guidance"] == "Mang bản chính đến bộ phận một cửa trong giờ hành chính."
    assert stored.appointment_at is None
    assert "(Mẫu 02)" in s.result_banner.text()


def test_buttons_disabled_while_saving_and_no_double_submit(make_slice, keys, qtbot, ctx,
                                                             tasks):
    s = make_slice()
    _scanned_and_picked(s, keys)
    with qtbot.waitSignal(s.sig_dossier_saved, timeout=10_000):
        keys.ctrl(Qt.Key.Key_Return)
        assert not s.receive_button.isEnabled() and not s.refuse_button.isEnabled()
        keys.ctrl(Qt.Key.Key_Return)  # a second press while saving does nothing
    wait_idle(qtbot, tasks)
    assert _stored(ctx) == 1 and s.receive_button.isEnabled()


def test_duplicate_warning_shows_the_open_dossier(make_slice, keys, qtbot, ctx, tasks):
    earlier = intake.receive_dossier(ctx, draft(ctx)).code  # the same person, same procedure
    assert earlier == RECEIVED_CODE
    s = make_slice()
    s.fill_from_cccd(parse_cccd_qr(QR))
    wait_idle(qtbot, tasks)
    assert not s.duplicate_banner.isVisible()  # no procedure yet
    keys.enter()
    qtbot.waitUntil(s.duplicate_banner.isVisible)
    assert earlier in s.duplicate_banner.text()
    assert s.duplicate_banner.text().startswith("Lưu ý: người nộp đang có hồ sơ chưa giải quyết")
    # Only a warning: the clerk may still receive.
    with qtbot.waitSignal(s.sig_dossier_saved, timeout=10_000) as saved:
        keys.ctrl(Qt.Key.Key_Return)
    assert saved.args[0] == "000.00.06.H56-251117-0002"
    assert not s.duplicate_banner.isVisible()  # the next citizen starts clean


def test_authorized_representative(make_slice, keys, qtbot, ctx, tasks):
    s = make_slice()
    _scanned_and_picked(s, keys)
    o = s.options
    assert not o.auth_name.isVisible()
    o.authorized.setFocus()
    keys.press(Qt.Key.Key_Space)  # "Người nộp thay (ủy quyền)" reveals who and by what paper
    assert o.auth_name.isVisible() and o.auth_document.isVisible()
    keys.tab()
    keys.type("Lê Thị Hoa")
    keys.tab()
    keys.type("001304012345")
    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert _stored(ctx) == 0
    assert o.error_text("authorized.document") == "Chưa nhập giấy ủy quyền (số, ngày)."
    assert keys.focus() is o.auth_document
    keys.type("Giấy ủy quyền số 12/2025, ngày 10/11/2025")
    with qtbot.waitSignal(s.sig_dossier_saved, timeout=10_000) as saved:
        keys.ctrl(Qt.Key.Key_Return)
    stored = queries.find_by_code(ctx, saved.args[0])
    assert stored.authorized.full_name == "Lê Thị Hoa"
    assert stored.authorized.id_number == "001304012345"
    assert stored.authorized.document == "Giấy ủy quyền số 12/2025, ngày 10/11/2025"


def test_old_cmnd_from_the_card_goes_to_the_note(make_slice, keys, ctx, qtbot):
    s = make_slice()
    qr = QR.replace("||", "|123456789|")
    s.fill_from_cccd(parse_cccd_qr(qr))
    assert s.options.note.text() == "Số CMND cũ: 123456789"
    s.fill_from_cccd(parse_cccd_qr(qr))  # a second scan does not repeat it
    assert s.options.note.text() == "Số CMND cũ: 123456789"
    keys.enter()
    with qtbot.waitSignal(s.sig_dossier_saved, timeout=10_000) as saved:
        keys.ctrl(Qt.Key.Key_Return)
    assert queries.find_by_code(ctx, saved.args[0]).note == "Số CMND cũ: 123456789"


def test_same_procedure_twice_on_one_day_is_warned(make_slice, keys, qtbot, ctx, tasks, clock):
    """The citizen's certified copy this morning was already handed back (no longer open): the
    clerk is still told it was filed today, and may receive again."""
    earlier = intake.receive_dossier(ctx, draft(ctx)).code
    report_progress(ctx, earlier, Status.RESULT_READY,
                    datetime(2025, 11, 17, 10, 0, tzinfo=VN_TZ))
    clock.set(2025, 11, 17, 10, 30)
    returns.return_result(ctx, earlier, returns.Recipient("applicant", id_number=AN.id_number))
    clock.set(2025, 11, 17, 14, 0)
    s = make_slice()
    s.fill_from_cccd(parse_cccd_qr(QR))
    keys.enter()
    qtbot.waitUntil(s.duplicate_banner.isVisible)
    assert s.duplicate_banner.text() == (
        f"Lưu ý: hôm nay người nộp đã nộp hồ sơ cùng thủ tục tại đơn vị: {earlier} lúc 09:00. "
        "Kiểm tra để tránh tiếp nhận trùng; vẫn có thể tiếp nhận tiếp.")
    with qtbot.waitSignal(s.sig_dossier_saved, timeout=10_000) as saved:
        keys.ctrl(Qt.Key.Key_Return)
    assert saved.args[0].endswith("-0002")
