"""Screenshots at 1366×768 for a reviewer: empty, filled, with errors, received, picker open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.core.identity import parse_cccd_qr
from tests.ui.conftest import screenshot as _screenshot
from tests.ui.conftest import wait_idle
from tests.ui.intake.conftest import QR, RECEIVED_CODE, receive, type_into


def screenshot(widget, name):
    for _ in range(5):  # let nested layouts settle (hidden rows give their room back)
        QApplication.processEvents()
    return _screenshot(widget, name)


def test_screens(make_slice, keys, qtbot, tasks):
    s = make_slice()
    s.focus_first()
    assert screenshot(s, "intake_empty").exists()

    s.fill_from_cccd(parse_cccd_qr(QR))
    assert screenshot(s, "intake_picker").exists()
    keys.enter()
    type_into(qtbot, s.applicant.phone_edit, "0912 345 678")
    keys.tab()
    s.options.copies.setFocus()
    keys.type("2")
    assert s.options.copies.value() == 2
    keys.tab()
    keys.type("3")
    assert screenshot(s, "intake_filled").exists()

    type_into(qtbot, s.applicant.phone_edit, "99")
    s.applicant.name_edit.clear()
    s.components.view.setFocus()
    s.components.view.setCurrentIndex(s.components.model.index(0, 0))
    keys.press(Qt.Key.Key_Space)  # the required original is not on the desk
    keys.ctrl(Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert s.applicant.error_text("full_name")
    assert screenshot(s, "intake_errors").exists()

    type_into(qtbot, s.applicant.name_edit, "Nguyễn Văn An")
    s.applicant.phone_edit.clear()
    keys.ctrl(Qt.Key.Key_B)  # the supplement request (the original is still missing)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    dialog = QApplication.activeModalWidget()
    assert screenshot(dialog, "intake_supplement_dialog").exists()
    dialog.reject()
    s.activateWindow()  # what the window system does when a dialog closes
    qtbot.waitUntil(s.isActiveWindow)

    s.components.view.setFocus()
    keys.press(Qt.Key.Key_Space)
    assert receive(qtbot, keys, s) == RECEIVED_CODE
    assert screenshot(s, "intake_received").exists()
