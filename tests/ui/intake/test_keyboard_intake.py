"""A whole intake with the keyboard only: typed by hand, or from a CCCD scan within 8 keystrokes."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.core.dossier import Status
from counter_app.core.identity import parse_cccd_qr
from counter_app.core.timeutil import VN_TZ
from counter_app.services import drafts, queries
from counter_app.ui.wedge import ScannerWedge
from tests.services.helpers import CERTIFIED_COPY
from tests.ui.conftest import type_text, wait_idle
from tests.ui.intake.conftest import QR, RECEIVED_CODE, receive

FIVE_PM = datetime(2025, 11, 17, 17, 0, tzinfo=VN_TZ)


def _assert_form_cleared(s) -> None:
    assert all(v == "" for v in s.applicant.state().values())
    assert s.picker.code() == "" and s.picker.edit.text() == ""
    assert s.components.state() == []
    assert QApplication.focusWidget() is s.applicant.name_edit


def test_full_intake_typed_with_the_keyboard(make_slice, keys, qtbot, ctx, tasks):
    s = make_slice()
    s.focus_first()
    keys.type("Nguyễn Văn An")
    keys.tab()
    keys.type("038203012345")
    keys.enter()  # Enter moves on like Tab
    keys.type("15032003")
    keys.tab()
    assert s.applicant.birth_edit.text() == "15/03/2003"
    assert keys.focus() is s.applicant.gender_combo
    assert s.applicant.gender_combo.currentData() == "Nam"  # from the number's 4th digit
    keys.tab()
    keys.type("Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa")
    keys.enter()
    keys.type("0912 345 678")
    keys.tab()
    keys.type("an.nguyen@example.vn")
    keys.tab()
    assert keys.focus() is s.picker.edit and s.picker.popup.isVisible()
    keys.type("chung thuc ban sao")
    assert s.picker.visible_codes()[0] == CERTIFIED_COPY
    keys.enter()
    # Components prefilled from the catalog; the keys go on to the copies to certify.
    rows = s.components.state()
    assert rows[0]["submitted"] and rows[0]["required"] and rows[0]["original"] == 1
    assert not rows[1]["submitted"]
    assert keys.focus() is s.options.copies
    keys.type("2")
    code = receive(qtbot, keys, s)

    assert code == RECEIVED_CODE
    stored = queries.find_by_code(ctx, code)
    assert stored is not None and stored.status is Status.RECEIVED
    assert stored.appointment_at == FIVE_PM
    assert stored.procedure_code == CERTIFIED_COPY
    a = stored.applicant
    assert (a.full_name, a.id_number, a.birth_date, a.gender) == (
        "Nguyễn Văn An", "038203012345", date(2003, 3, 15), "Nam")
    assert (a.phone, a.email) == ("0912345678", "an.nguyen@example.vn")
    assert a.address == "Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa"
    assert [c.name for c in stored.components] == [
        "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao"]
    assert (stored.fee_vnd, stored.fee_payment) == (4000, "before")  # 2 copies × 2.000 đồng
    assert s.result_banner.isVisible()
    assert s.result_banner.text() == (
        "Đã tiếp nhận hồ sơ 000.00.06.H56-251117-0001 · Hẹn trả 17:00 17/11/2025")
    _assert_form_cleared(s)
    wait_idle(qtbot, tasks)
    assert drafts.load_draft(ctx, "intake") is None


class _ScannerClock:
    """A scanner's keys come 5 ms apart, whatever the test machine's speed."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        self.t += 0.005
        return self.t


def test_cccd_scan_then_at_most_eight_keystrokes_to_receive(make_slice, keys, qtbot, ctx):
    s = make_slice()
    app = QApplication.instance()
    wedge = ScannerWedge(lambda text: text.count("|") == 6, clock=_ScannerClock())
    wedge.sig_scanned.connect(lambda text: s.fill_from_cccd(parse_cccd_qr(text)))
    app.installEventFilter(wedge)
    slips = []
    s.sig_slip_ready.connect(slips.append)
    try:
        s.focus_first()
        with qtbot.waitSignal(wedge.sig_scanned, timeout=2000):
            type_text(qtbot, s.applicant.name_edit, QR)
            qtbot.keyClick(s.applicant.name_edit, Qt.Key.Key_Return)
        assert s.applicant.state() == {
            "full_name": "Nguyễn Văn An", "id_number": "038203012345",
            "birth_date": "15/03/2003", "gender": "Nam",
            "address": "Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa", "phone": "", "email": ""}
        # Focus waits in the procedure picker with the counter's favourite selected.
        assert keys.focus() is s.picker.edit and s.picker.popup.isVisible()
        assert s.picker.popup.currentItem().data(Qt.ItemDataRole.UserRole) == CERTIFIED_COPY

        keys.enter()  # 1: the certified copy
        keys.type("2")  # 2: copies to certify
        keys.enter()  # 3: on to pages per copy
        keys.type("3")  # 4: pages
        code = receive(qtbot, keys, s)  # 5: Ctrl+Enter
    finally:
        app.removeEventFilter(wedge)

    assert keys.count <= 8, keys.count
    assert code == RECEIVED_CODE
    stored = queries.find_by_code(ctx, code)
    assert stored.appointment_at == FIVE_PM
    assert stored.applicant.full_name == "Nguyễn Văn An"
    assert stored.applicant.birth_date == date(2003, 3, 15)
    # 2 copies × (2 pages × 2.000 + 1 page × 1.000 đồng)
    assert stored.fee_vnd == 10_000
    assert [r.code for r in slips] == [RECEIVED_CODE]
    assert slips[0].appointment_at == FIVE_PM
