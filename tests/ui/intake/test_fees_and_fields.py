"""Defects 6 and 14 of issue 11: every catalog fee is due, the procedure's own fields, gender, Ctrl+N."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut

import shiboken6

from counter_app.core.identity import parse_cccd_qr
from counter_app.services import drafts, queries
from tests.ui.conftest import wait_idle
from counter_app.ui.intake import IntakeSlice
from tests.ui.intake.conftest import COUNTER_PREFS, QR, receive

LAND = "1.013831"  # lệ phí cấp GCN 50.000 + phí thẩm định 500.000
RECORD = "3.000333"  # lý lịch tư pháp: 200.000, and 5.000 a Phiếu from the third
BIRTH = "1.001193"


def _scan_and_pick(s, keys, code: str) -> None:
    """A scanned CCCD, then the procedure typed by its code and chosen with Enter."""
    s.fill_from_cccd(parse_cccd_qr(QR))
    keys.type(code)
    assert s.picker.visible_codes()[0] == code
    keys.enter()
    assert s.picker.code() == code


def test_two_flat_fees_make_the_default_fee(make_slice, keys, qtbot, ctx):
    s = make_slice()
    _scan_and_pick(s, keys, LAND)
    assert s.options.fee.value() == 550_000  # not only the first fee (50.000)
    assert s.options.fee_payment.currentData() == "before"
    assert not s.options.copies.isVisible() and not s.options.pages.isVisible()
    hint = s.options.fee_hint.text()
    assert "Lệ phí cấp Giấy chứng nhận: 50.000 đồng/giấy" in hint
    assert "Phí thẩm định hồ sơ cấp Giấy chứng nhận: 500.000 đồng/hồ sơ" in hint
    stored = queries.find_by_code(ctx, receive(qtbot, keys, s))
    assert stored.fee_vnd == 550_000
    assert [line["amount_vnd"] for line in stored.details["fee_detail"]["lines"]] == [
        50_000, 500_000]


def test_certified_copy_pages_come_from_the_catalog_tiers(make_slice, keys, qtbot, ctx):
    s = make_slice()
    s.fill_from_cccd(parse_cccd_qr(QR))
    keys.enter()  # the favourite: certified copy; the keys go on to the copies
    assert keys.focus() is s.options.copies
    keys.type("2")
    keys.tab()
    keys.type("3")
    assert s.options.fee.value() == 10_000  # 2 × (2 × 2.000 + 1.000)
    assert "từ trang thứ 3: 1.000 đồng; tối đa 200.000 đồng/bản" in s.options.fee_hint.text()
    s.options.pages.setValue(500)
    assert s.options.fee.value() == 400_000  # capped at 200.000 a copy
    s.options.pages.setValue(3)
    stored = queries.find_by_code(ctx, receive(qtbot, keys, s))
    detail = stored.details["fee_detail"]
    assert (stored.fee_vnd, detail["copies"], detail["pages"]) == (10_000, 2, 3)


def test_a_per_copy_fee_asks_how_many(make_slice, keys, ctx):
    s = make_slice()
    _scan_and_pick(s, keys, RECORD)
    assert s.options.copies.isVisible() and not s.options.pages.isVisible()
    assert s.options._copies_label.text() == "Số lượng cần &cấp (phiếu)"
    assert keys.focus() is s.options.copies
    assert s.options.fee.value() == 200_000
    keys.type("3")
    assert s.options.fee.value() == 205_000


def test_gender_comes_from_the_cccd_fourth_digit(make_slice, keys, qtbot):
    s = make_slice()
    s.applicant.id_edit.setFocus()
    keys.type("038303012345")  # 4th digit 3: a woman born 2000–2099
    keys.tab()
    assert s.applicant.gender_combo.currentData() == "Nữ"
    assert s.applicant.error_text("id_number") == ""
    # A gender the clerk already chose is not overwritten: the mismatch is shown instead.
    s.applicant.id_edit.clear()
    s.applicant.gender_combo.setCurrentIndex(s.applicant.gender_combo.findData("Nam"))
    s.applicant.id_edit.setFocus()
    keys.type("038303012345")
    keys.tab()
    assert s.applicant.gender_combo.currentData() == "Nam"
    assert "giới tính Nữ" in s.applicant.error_text("id_number")


def test_birth_registration_records_the_child(make_slice, keys, qtbot, ctx, tasks):
    s = make_slice()
    assert not s.proc_fields.isVisible()
    _scan_and_pick(s, keys, BIRTH)
    assert s.proc_fields.isVisible()
    labels = [s.proc_fields._grid.itemAtPosition(2 * r, c).widget().text()
              for r in range(3) for c in (0, 1)]
    assert labels[0] == "Họ, chữ đệm, tên người được khai sinh *"
    assert keys.focus() is s.proc_fields.widget_for("child_full_name")  # the keys go on there
    keys.type("Nguyễn Thị Bình")
    keys.tab()
    keys.type("01112025")
    keys.tab()
    assert s.proc_fields.widget_for("child_birth_date").text() == "01/11/2025"
    keys.ctrl(Qt.Key.Key_Return)  # gender and place of birth are still missing
    wait_idle(qtbot, tasks)
    assert s.proc_fields.error_text("child_gender") == "Chưa nhập giới tính của trẻ."
    assert s.proc_fields.error_text("child_birth_place") == "Chưa nhập nơi sinh của trẻ."
    assert keys.focus() is s.proc_fields.widget_for("child_gender")  # the first in form order
    keys.type("N")  # Nam
    keys.tab()
    keys.type("Trạm y tế xã Quảng Phú")
    stored = queries.find_by_code(ctx, receive(qtbot, keys, s))
    assert stored.details["procedure_fields"] == {
        "child_full_name": "Nguyễn Thị Bình", "child_birth_date": "2025-11-01",
        "child_gender": "Nam", "child_birth_place": "Trạm y tế xã Quảng Phú"}
    assert not s.proc_fields.isVisible()  # the next citizen starts clean


def _choose(s, keys, code: str) -> None:
    s.picker.edit.setFocus()
    s.picker.edit.selectAll()
    keys.type(code)
    keys.enter()
    assert s.picker.code() == code


def test_procedure_fields_survive_a_change_of_procedure_and_a_crash(make_slice, keys, qtbot,
                                                                   ctx, tasks):
    s = make_slice(owned=False)
    _scan_and_pick(s, keys, BIRTH)
    keys.type("Nguyễn Thị Bình")
    _choose(s, keys, "1.000894")  # marriage: both parties, no child
    assert s.proc_fields.widget_for("child_full_name") is None
    assert s.proc_fields.widget_for("female_id_number") is not None
    _choose(s, keys, BIRTH)  # and back: nothing typed is lost
    assert s.proc_fields.widget_for("child_full_name").text() == "Nguyễn Thị Bình"
    keys.tab()
    with qtbot.waitSignal(s.sig_draft_saved, timeout=5000):
        keys.type("01112025")  # the child's birth date
    typed = s.form_state()
    assert typed["fields"] == {"child_full_name": "Nguyễn Thị Bình",
                               "child_birth_date": "01112025"}
    qtbot.waitUntil(lambda: drafts.load_draft(ctx, "intake") == typed, timeout=5000)

    s.close()  # a crash: nothing more is saved
    s.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(s))
    wait_idle(qtbot, tasks)
    again = IntakeSlice(ctx, tasks, COUNTER_PREFS)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.sig_draft_restored, timeout=5000) as restored:
        again.restore_draft()
    assert restored.args == [True]
    assert again.picker.code() == BIRTH and not again.proc_fields.isHidden()
    assert again.proc_fields.widget_for("child_full_name").text() == "Nguyễn Thị Bình"
    assert again.form_state() == typed


def test_ctrl_n_clears_the_form(make_slice, keys, qtbot, ctx, tasks):
    s = make_slice()
    s.fill_from_cccd(parse_cccd_qr(QR))
    keys.enter()
    with qtbot.waitSignal(s.sig_draft_saved, timeout=5000):
        keys.type("2")
    keys.ctrl(Qt.Key.Key_N)
    wait_idle(qtbot, tasks)
    assert s.applicant.name_edit.text() == "" and s.picker.code() == ""
    assert drafts.load_draft(ctx, "intake") is None
    assert keys.focus() is s.applicant.name_edit
    assert "Ctrl+N" in s.clear_button.text()


def test_ctrl_n_is_used_by_nothing_else_in_the_window(qtbot, ctx, tasks):
    from counter_app.services.auth import Clerk
    from counter_app.services.preferences import Preferences
    from counter_app.ui.main_window import MainWindow

    window = MainWindow(ctx, tasks, Preferences(), Clerk("clerk01", "Lê Nhung", "clerk"))
    qtbot.addWidget(window)
    keys = [a.shortcut() for a in window.findChildren(QAction)]
    keys += [sc.key() for sc in window.findChildren(QShortcut)]
    window.close()
    ctrl_n = QKeySequence("Ctrl+N")
    assert [k for k in keys if k.matches(ctrl_n) == QKeySequence.SequenceMatch.ExactMatch] == [
        ctrl_n]


def test_the_clerk_picks_the_statutory_time_case(make_slice, keys, qtbot, ctx):
    # Issue 14, item 8: 1.010041 is ½ working day when the data is in the national database,
    # 3 working days when it must be verified; the clerk picks the case at intake.
    s = make_slice()
    _scan_and_pick(s, keys, "1.010041")
    combo = s.options.duration_case
    assert combo.isVisibleTo(s) and combo.count() == 2
    assert combo.currentData() == "csdl"  # the usual case first
    assert "0.5 ngày làm việc" in combo.itemText(0) and "3 ngày làm việc" in combo.itemText(1)
    combo.setCurrentIndex(1)
    stored = queries.find_by_code(ctx, receive(qtbot, keys, s))
    assert stored.details["duration_case"] == "xac_minh"
    # Monday 09:00 + 3 working days = Thursday 09:00 (not ½ day: Monday 14:45)
    assert (stored.appointment_at.day, stored.appointment_at.hour) == (20, 9)


def test_a_procedure_with_one_time_shows_no_case(make_slice, keys):
    s = make_slice()
    _scan_and_pick(s, keys, LAND)
    assert not s.options.duration_case.isVisibleTo(s)
