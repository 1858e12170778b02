"""A scanner's burst ending in Enter is taken as a scan, from any field, without leaving a trace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from counter_app.ui.wedge import ScannerWedge
from tests.ui.conftest import type_text

QR = "038203012345||Nguyễn Văn An|15032003|Nam|Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa|01072021"


class FakeClock:
    def __init__(self):
        self.t = 100.0
        self.step = 0.005

    def __call__(self):
        self.t += self.step
        return self.t


def _setup(qtbot):
    w = QWidget()
    lay = QVBoxLayout(w)
    name, other = QLineEdit(), QLineEdit()
    lay.addWidget(name)
    lay.addWidget(other)
    qtbot.addWidget(w)
    w.show()
    name.setText("Trần")
    name.setFocus()
    clock = FakeClock()
    wedge = ScannerWedge(lambda t: t.count("|") == 6, clock=clock)
    QApplication.instance().installEventFilter(wedge)
    return w, name, wedge, clock


def test_burst_is_a_scan_and_the_field_is_restored(qtbot):
    w, name, wedge, _ = _setup(qtbot)
    try:
        with qtbot.waitSignal(wedge.sig_scanned, timeout=1000) as got:
            type_text(qtbot, name, QR)
            qtbot.keyClick(name, Qt.Key.Key_Return)
        assert got.args == [QR]
        assert name.text() == "Trần"
    finally:
        QApplication.instance().removeEventFilter(wedge)


def test_slow_typing_is_not_a_scan(qtbot):
    w, name, wedge, clock = _setup(qtbot)
    clock.step = 0.2  # a person typing
    try:
        with qtbot.assertNotEmitted(wedge.sig_scanned):
            type_text(qtbot, name, QR)
            qtbot.keyClick(name, Qt.Key.Key_Return)
        assert name.text() == "Trần" + QR
    finally:
        QApplication.instance().removeEventFilter(wedge)


def test_unrecognised_burst_passes_through(qtbot):
    w, name, wedge, _ = _setup(qtbot)
    try:
        with qtbot.assertNotEmitted(wedge.sig_scanned):
            type_text(qtbot, name, " Thị Bích Ngọc")
            qtbot.keyClick(name, Qt.Key.Key_Return)
        assert name.text() == "Trần Thị Bích Ngọc"
    finally:
        QApplication.instance().removeEventFilter(wedge)


def test_burst_into_a_widget_that_ignores_keys_is_read_once(qtbot):
    """A read-only field passes keys up to its parents: each key must still count once."""
    w, name, wedge, _ = _setup(qtbot)
    name.setReadOnly(True)
    try:
        with qtbot.waitSignal(wedge.sig_scanned, timeout=1000) as got:
            type_text(qtbot, name, QR)
            qtbot.keyClick(name, Qt.Key.Key_Return)
        assert got.args == [QR]
    finally:
        QApplication.instance().removeEventFilter(wedge)
