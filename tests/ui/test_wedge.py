"""A scanner's burst ending in Enter is taken as a scan, from any field, without leaving a trace."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from counter_app.core.identity import find_cccd_qr

from counter_app.ui.wedge import ScannerWedge
from tests.ui.conftest import type_text

QR = "038203012345||Nguyễn Văn An|15032003|Nam|Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa|01072021"


class FakeClock:
    def __init__(self):
        self.t = 100.0
        self.step = 0.005
        self.script: list[float] = []  # exact times to give, one per key press, when set

    def __call__(self):
        if self.script:
            return self.script.pop(0)
        self.t += self.step
        return self.t


def _stamped(widget, stamps_ms, text, terminator=Qt.Key.Key_Return):
    """Key events as the windowing system sends them: each with the time it was typed (ms)."""
    keys = [(Qt.Key.Key_unknown, ch) for ch in text]
    keys.append((terminator, "\t" if terminator == Qt.Key.Key_Tab else "\r"))
    for (key, ch), stamp in zip(keys, stamps_ms, strict=True):
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
            event.setTimestamp(stamp)
            QApplication.sendEvent(widget, event)


def _every(ms, n, start=1_000_000):
    return [start + i * ms for i in range(n)]


def _setup(qtbot, locate=find_cccd_qr):
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
    wedge = ScannerWedge(lambda t: t.count("|") == 6, clock=clock, locate=locate)
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
    w, name, wedge, clock = _setup(qtbot, locate=None)  # (no recovery of QR text on Enter)
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


def test_gaps_are_timed_from_the_events_not_from_when_they_are_processed(qtbot):
    """A busy GUI thread delivers a burst late and in clumps: the scanner's timing still counts."""
    w, name, wedge, clock = _setup(qtbot)
    clock.step = 0.2  # processed 200 ms apart …
    try:
        with qtbot.waitSignal(wedge.sig_scanned, timeout=1000) as got:
            _stamped(name, _every(5, len(QR) + 1), QR)  # … though typed 5 ms apart
        assert got.args == [QR]
        assert name.text() == "Trần"
    finally:
        QApplication.instance().removeEventFilter(wedge)


@pytest.mark.parametrize("stamped", [True, False])
def test_a_late_enter_and_a_slow_key_still_make_a_scan(qtbot, stamped):
    w, name, wedge, clock = _setup(qtbot)
    stamps = _every(5, len(QR) + 1)
    slow = len(QR) - 3  # a key near the end arrives 250 ms late (the rest alone is no QR)
    stamps[slow:] = [t + 250 for t in stamps[slow:]]
    stamps[-1] += 300  # and the scanner pauses 300 ms before its Enter
    if not stamped:  # events without a timestamp: the same times from the clock
        clock.script, stamps = [t / 1000 for t in stamps], [0] * len(stamps)
    try:
        with qtbot.waitSignal(wedge.sig_scanned, timeout=1000) as got:
            _stamped(name, stamps, QR)
        assert got.args == [QR]
        assert name.text() == "Trần"
    finally:
        QApplication.instance().removeEventFilter(wedge)


def test_a_tab_terminated_scan_is_a_scan_and_focus_stays(qtbot):
    w, name, wedge, _ = _setup(qtbot)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    try:
        with qtbot.waitSignal(wedge.sig_scanned, timeout=1000) as got:
            _stamped(name, _every(5, len(QR) + 1), QR, terminator=Qt.Key.Key_Tab)
        assert got.args == [QR]
        assert name.text() == "Trần" and QApplication.focusWidget() is name
    finally:
        QApplication.instance().removeEventFilter(wedge)


def test_a_person_typing_with_real_timestamps_is_not_a_scan(qtbot):
    w, name, wedge, _ = _setup(qtbot)
    try:
        with qtbot.assertNotEmitted(wedge.sig_scanned):
            _stamped(name, _every(180, len(" Thị Bích Ngọc") + 1), " Thị Bích Ngọc")
        assert name.text() == "Trần Thị Bích Ngọc"
    finally:
        QApplication.instance().removeEventFilter(wedge)


def test_a_scan_that_landed_as_text_is_taken_back_on_enter(qtbot):
    """Too slow to tell from typing, the content sits in the field; Enter recovers it."""
    w, name, wedge, clock = _setup(qtbot)
    name.setText("Trần ")
    clock.step = 0.3  # no timestamps and slow: nothing marks it as a burst
    try:
        type_text(qtbot, name, QR)
        assert name.text() == "Trần " + QR  # landed as raw text …
        with qtbot.waitSignal(wedge.sig_scanned, timeout=1000) as got:
            qtbot.keyClick(name, Qt.Key.Key_Return)
        assert got.args == [QR]  # … and goes where a scan goes
        assert name.text() == "Trần "  # the field as it was before the scan
    finally:
        QApplication.instance().removeEventFilter(wedge)


def test_enter_in_a_field_without_qr_content_is_left_alone(qtbot):
    w, name, wedge, clock = _setup(qtbot)
    clock.step = 0.3
    try:
        type_text(qtbot, name, " 038203012345 | Nam")
        with qtbot.assertNotEmitted(wedge.sig_scanned):
            qtbot.keyClick(name, Qt.Key.Key_Return)
        assert name.text() == "Trần 038203012345 | Nam"
    finally:
        QApplication.instance().removeEventFilter(wedge)
