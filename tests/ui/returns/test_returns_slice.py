"""Handing a result back at the counter: open by the slip's code, check who takes it, record it."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.core.dossier import Status
from counter_app.core.timeutil import VN_TZ
from counter_app.services import intake, queries
from counter_app.storage import outbox
from counter_app.ui.returns import ReturnsSlice
from tests.back_office import report_progress
from tests.services.helpers import draft
from tests.ui.conftest import screenshot, type_text, wait_idle

CTRL = Qt.KeyboardModifier.ControlModifier


def _ready(ctx, clock) -> str:
    code = intake.receive_dossier(ctx, draft(ctx)).code
    report_progress(ctx, code, Status.RESULT_READY,
                    datetime(2025, 11, 17, 14, 0, tzinfo=VN_TZ))
    clock.set(2025, 11, 17, 16, 0)
    return code


@pytest.fixture
def slice_(qtbot, ctx, tasks):
    w = ReturnsSlice(ctx, tasks)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    w.focus_first()
    return w


def _open(qtbot, tasks, w, code: str) -> None:
    type_text(qtbot, w.code_edit, code)
    qtbot.keyClick(w.code_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)


def _events(ctx, code):
    with ctx.store.reading() as s:
        return outbox.for_dossier(s, code)


def test_applicant_takes_the_result(qtbot, ctx, clock, tasks, slice_):
    code = _ready(ctx, clock)
    _open(qtbot, tasks, slice_, code)
    assert slice_.card.code.text() == code
    assert "Nguyễn Văn An" in slice_.card.applicant.text()
    assert "Đã có kết quả" in slice_.card.status.text()
    assert slice_.recipient.isVisible() and slice_.recipient.confirm.isEnabled()
    assert slice_.recipient.kind() == "applicant"
    # The clerk checks the ID card shown, then Enter in that field confirms.
    assert QApplication.focusWidget() is slice_.recipient.applicant_id.edit
    with qtbot.waitSignal(slice_.sig_dossier_saved, timeout=5000) as saved:
        type_text(qtbot, slice_.recipient.applicant_id.edit, "038203012345")
        qtbot.keyClick(slice_.recipient.applicant_id.edit, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert saved.args == [code]
    stored = queries.find_by_code(ctx, code)
    assert stored.status is Status.RETURNED
    assert stored.returned_at == datetime(2025, 11, 17, 16, 0, tzinfo=VN_TZ)
    assert "Đã trả kết quả" in slice_.card.status.text()
    assert not slice_.recipient.isVisible()
    # The citizen is offered the rating screen (tests/ui/rating); Esc skips it.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is slice_.rating_dialog)
    with qtbot.waitSignal(slice_.rating_dialog.finished, timeout=5000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    wait_idle(qtbot, tasks)
    # Ready for the next citizen: the code field is empty and has the focus.
    assert slice_.code_edit.text() == ""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is slice_.code_edit)
    events = _events(ctx, code)
    assert [e.type for e in events][-2:] == ["dossier.returned", "dossier.rated"]
    assert events[-2].payload["recipient"]["kind"] == "applicant"


def test_authorized_person_needs_every_field(qtbot, ctx, clock, tasks, slice_):
    code = _ready(ctx, clock)
    _open(qtbot, tasks, slice_, code)
    # Alt+Q, the radio's mnemonic (a button clicks itself a moment after its mnemonic).
    qtbot.keyClick(slice_.recipient.applicant_id.edit, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: slice_.recipient.kind() == "authorized", timeout=2000)
    assert QApplication.focusWidget() is slice_.recipient.auth_name.edit
    type_text(qtbot, slice_.recipient.auth_name.edit, "Phạm Văn Cường")
    type_text(qtbot, slice_.recipient.auth_id.edit, "038095001234")
    qtbot.keyClick(slice_.recipient.auth_id.edit, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, tasks)
    error = slice_.recipient.auth_doc.error
    assert error.isVisible() and "giấy ủy quyền" in error.text()
    assert not slice_.recipient.auth_name.error.isVisible()
    assert QApplication.focusWidget() is slice_.recipient.auth_doc.edit
    assert queries.find_by_code(ctx, code).status is Status.RESULT_READY  # nothing stored
    screenshot(slice_, "returns_authorized_error")

    with qtbot.waitSignal(slice_.sig_dossier_saved, timeout=5000):
        type_text(qtbot, slice_.recipient.auth_doc.edit, "Giấy ủy quyền số 12/UQ ngày 17/11/2025")
        assert not error.isVisible()  # typing clears the message
        qtbot.keyClick(slice_.recipient.auth_doc.edit, Qt.Key.Key_Return, CTRL)
    wait_idle(qtbot, tasks)
    assert queries.find_by_code(ctx, code).status is Status.RETURNED
    assert _events(ctx, code)[-1].payload["recipient"] == {
        "kind": "authorized", "full_name": "Phạm Văn Cường", "id_number": "038095001234",
        "authorization": "Giấy ủy quyền số 12/UQ ngày 17/11/2025"}


def test_wrong_id_of_the_applicant_is_shown_next_to_the_field(qtbot, ctx, clock, tasks, slice_):
    code = _ready(ctx, clock)
    _open(qtbot, tasks, slice_, code)
    type_text(qtbot, slice_.recipient.applicant_id.edit, "001203099999")
    qtbot.keyClick(slice_.recipient.applicant_id.edit, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert "không khớp" in slice_.recipient.applicant_id.error.text()
    assert slice_.recipient.applicant_id.error.isVisible()
    assert slice_.recipient.confirm.isEnabled()
    assert queries.find_by_code(ctx, code).status is Status.RESULT_READY


def test_postal_return_records_the_waybill(qtbot, ctx, clock, tasks, slice_):
    code = _ready(ctx, clock)
    _open(qtbot, tasks, slice_, code)
    qtbot.keyClick(slice_.recipient.applicant_id.edit, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: slice_.recipient.kind() == "post", timeout=2000)
    type_text(qtbot, slice_.recipient.waybill.edit, "ec 123 456 789 vn")
    with qtbot.waitSignal(slice_.sig_dossier_saved, timeout=5000):
        qtbot.keyClick(slice_.recipient.waybill.edit, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert _events(ctx, code)[-1].payload["recipient"]["waybill"] == "EC123456789VN"


def test_not_ready_shows_status_and_appointment_without_confirm(qtbot, ctx, clock, tasks, slice_):
    result = intake.receive_dossier(ctx, draft(ctx, code="1.004873"))  # 3 working days
    _open(qtbot, tasks, slice_, result.code)
    assert not slice_.recipient.isVisible()
    assert not slice_.recipient.confirm.isEnabled()
    assert slice_.progress.isVisible()
    assert "Đã tiếp nhận" in slice_.progress.status.text()
    assert result.appointment_at.strftime("%H:%M, %d/%m/%Y") in slice_.progress.appointment.text()
    assert "Còn trong hạn" in slice_.progress.deadline.text()
    assert slice_.progress.report.text() == "Chưa có thông tin từ cơ quan giải quyết."
    # Ctrl+Enter does nothing here.
    with qtbot.assertNotEmitted(slice_.sig_dossier_saved):
        qtbot.keyClick(slice_.code_edit, Qt.Key.Key_Return, CTRL)
        wait_idle(qtbot, tasks)
    assert queries.find_by_code(ctx, result.code).status is Status.RECEIVED


def test_overdue_dossier_is_red_with_the_back_office_note(qtbot, ctx, clock, tasks, slice_):
    result = intake.receive_dossier(ctx, draft(ctx, code="1.004873"))
    report_progress(ctx, result.code, Status.PROCESSING,
                    datetime(2025, 11, 17, 10, 0, tzinfo=VN_TZ),
                    note="Đang chờ xác minh tại UBND xã Quảng Phú.")
    clock.set(2025, 11, 25, 10, 30)  # well past the appointment
    _open(qtbot, tasks, slice_, result.code)
    deadline = slice_.progress.deadline.text()
    assert "quá hạn" in deadline and "#a8071a" in deadline
    assert slice_.progress.report.text() == "Đang chờ xác minh tại UBND xã Quảng Phú."
    screenshot(slice_, "returns_not_ready")


def test_suspended_dossier_is_not_called_overdue(qtbot, ctx, clock, tasks, slice_):
    result = intake.receive_dossier(ctx, draft(ctx, code="1.004873"))
    report_progress(ctx, result.code, Status.SUPPLEMENT_REQUIRED,
                    datetime(2025, 11, 17, 10, 0, tzinfo=VN_TZ))
    clock.set(2025, 11, 25, 10, 30)
    _open(qtbot, tasks, slice_, result.code)
    assert "quá hạn" not in slice_.progress.deadline.text().replace("không tính là quá hạn", "")
    assert "tạm dừng" in slice_.progress.deadline.text()


def test_unknown_code_says_so(qtbot, ctx, tasks, slice_):
    _open(qtbot, tasks, slice_, "000.00.06.H56-251117-0999")
    assert slice_.message.isVisible()
    assert "Không tìm thấy hồ sơ" in slice_.message.text()
    assert "000.00.06.H56-251117-0999" in slice_.message.text()
    assert not slice_.body.isVisible()


def test_scanned_code_with_cr_opens_and_escape_clears(qtbot, ctx, clock, tasks, slice_):
    code = _ready(ctx, clock)
    with qtbot.waitSignal(tasks.sig_finished, timeout=5000):
        slice_.open_code(f"  {code}\r\n")
    assert slice_.card.code.text() == code and slice_.body.isVisible()
    screenshot(slice_, "returns_ready")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not slice_.body.isVisible()
    assert slice_.code_edit.text() == ""
    assert QApplication.focusWidget() is slice_.code_edit


def test_scanned_cccd_fills_the_recipient(qtbot, ctx, clock, tasks, slice_):
    assert not slice_.fill_identity("038203012345")  # nothing open: not ours
    code = _ready(ctx, clock)
    _open(qtbot, tasks, slice_, code)
    assert slice_.fill_identity("038203012345", "Nguyễn Văn An")
    assert slice_.recipient.applicant_id.text() == "038203012345"
    slice_.recipient.set_kind("authorized")
    assert slice_.fill_identity("038095001234", "Phạm Văn Cường")
    assert slice_.recipient.auth_name.text() == "Phạm Văn Cường"
    assert QApplication.focusWidget() is slice_.recipient.auth_doc.edit


def test_after_the_return_the_panel_says_returned_not_cannot(qtbot, ctx, clock, tasks, slice_):
    code = _ready(ctx, clock)
    _open(qtbot, tasks, slice_, code)
    with qtbot.waitSignal(slice_.sig_dossier_saved, timeout=5000):
        qtbot.keyClick(slice_.recipient.applicant_id.edit, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert slice_.progress.isVisible()
    assert slice_.progress.title() == "Đã trả kết quả"
    assert "Chưa thể" not in slice_.progress.title()


def test_a_not_found_message_does_not_outlive_the_dossier_opened_next(qtbot, ctx, clock, tasks,
                                                                      slice_):
    code = _ready(ctx, clock)
    said = []
    slice_.sig_message.connect(said.append)
    _open(qtbot, tasks, slice_, code[:-4] + "0999")
    assert "Không tìm thấy" in slice_.message.text() and "Không tìm thấy" in said[-1]
    slice_.code_edit.selectAll()
    _open(qtbot, tasks, slice_, code)
    assert slice_.card.code.text() == code
    assert not slice_.message.isVisible()
    assert "Không tìm thấy" not in said[-1]  # the status bar shows the last message said
    assert code in said[-1]


def test_the_short_code_of_this_unit_opens_the_dossier(qtbot, ctx, clock, tasks, slice_):
    code = _ready(ctx, clock)
    unit, day, seq = code.rsplit("-", 2)
    _open(qtbot, tasks, slice_, f"{day}-{seq}")
    assert slice_.card.code.text() == code and slice_.recipient.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    _open(qtbot, tasks, slice_, str(int(seq)))  # the number alone: today's dossier
    assert slice_.card.code.text() == code
    assert slice_.code_edit.text() == code
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    _open(qtbot, tasks, slice_, "12-34")
    assert "không đúng dạng" in slice_.message.text() and not slice_.body.isVisible()


def test_f3_lists_the_ready_dossiers_and_enter_opens_one(qtbot, ctx, clock, tasks, slice_):
    first, second, waiting = (intake.receive_dossier(ctx, draft(ctx, code=c)).code
                              for c in ("2.000815", "2.000815", "1.004873"))
    for code in (first, second):  # the third is still being processed
        report_progress(ctx, code, Status.RESULT_READY,
                        datetime(2025, 11, 17, 14, 0, tzinfo=VN_TZ))
    clock.set(2025, 11, 17, 16, 0)
    qtbot.keyClick(slice_.code_edit, Qt.Key.Key_Escape)  # the next citizen: the list reloads
    wait_idle(qtbot, tasks)
    assert slice_.ready.isVisible()
    listed = slice_.ready.model.codes()
    assert listed == [second, first] and waiting not in listed
    assert "2 hồ sơ chờ trả" in slice_.ready.count_label.text()
    screenshot(slice_, "returns_ready_list")
    # ↓ from the code field goes into the list, ↓ again to the next row, Enter opens it.
    qtbot.keyClick(slice_.code_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is slice_.ready.view
    qtbot.keyClick(slice_.ready.view, Qt.Key.Key_Down)
    qtbot.keyClick(slice_.ready.view, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert slice_.card.code.text() == first and slice_.recipient.isVisible()
    assert not slice_.ready.isVisible()
    with qtbot.waitSignal(slice_.sig_dossier_saved, timeout=5000):
        qtbot.keyClick(slice_.recipient.applicant_id.edit, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    qtbot.keyClick(slice_.code_edit, Qt.Key.Key_Escape)
    wait_idle(qtbot, tasks)
    assert slice_.ready.model.codes() == [second]  # the one handed back has left the list
