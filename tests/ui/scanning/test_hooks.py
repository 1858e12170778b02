"""The scan panel reached from the dossier card (F3) and from intake (F6 after saving)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.scanning.pipeline import process
from counter_app.services import intake, scans
from counter_app.ui.returns import ReturnsSlice
from counter_app.ui.scanning.dialog import ScanDialog
from tests.scanning import pages as P
from tests.services.helpers import draft
from counter_app.core.identity import parse_cccd_qr
from tests.ui.conftest import type_text, wait_idle
from tests.ui.intake.conftest import receive
from tests.ui.intake.test_validation import QR


def _dialog() -> ScanDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ScanDialog) and w.isVisible()]
    return found[0] if found else None


def test_f6_on_the_dossier_card_opens_the_scan_panel_and_the_card_shows_digitized(
        qtbot, ctx, tasks, sane_test_device) -> None:
    code = intake.receive_dossier(ctx, draft(ctx)).code
    w = ReturnsSlice(ctx, tasks)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.focus_first()
    type_text(qtbot, w.code_edit, code)
    qtbot.keyClick(w.code_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, tasks)
    assert "đã số hóa" not in w.card.components.text()

    qtbot.keyClick(w.code_edit, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: _dialog() is not None)
    dialog = _dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.panel.target is not None and dialog.panel.target.code == code)
    wait_idle(qtbot, tasks)
    dialog.panel.pages.add_page(process(P.text_page(lines=5)))
    with qtbot.waitSignal(dialog.panel.sig_attached, timeout=30_000):
        dialog.panel.attach()
    wait_idle(qtbot, tasks)
    qtbot.waitUntil(lambda: "đã số hóa" in w.card.components.text())
    assert scans.scan_target(ctx, code).digitized[0]
    dialog.close()
    qtbot.waitUntil(lambda: _dialog() is None)


def test_f6_in_intake_scans_the_dossier_just_saved(qtbot, ctx, tasks, make_slice, keys,
                                                    sane_test_device) -> None:
    widget = make_slice()
    with qtbot.waitSignal(widget.sig_message) as said:
        keys.press(Qt.Key.Key_F6)
    assert "F6" in said.args[0] and _dialog() is None  # nothing saved yet: no window
    widget.fill_from_cccd(parse_cccd_qr(QR))
    keys.enter()
    code = receive(qtbot, keys, widget)
    keys.press(Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: _dialog() is not None)
    dialog = _dialog()
    qtbot.waitUntil(lambda: dialog.panel.target is not None)
    assert dialog.panel.target.code == code
    wait_idle(qtbot, tasks)
    dialog.close()
