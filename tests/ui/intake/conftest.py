"""Fixtures of the intake slice tests: a shown slice on the demo counter, a key-counting keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counter_app.services.preferences import Preferences
from counter_app.ui.intake import IntakeSlice
from tests.services.helpers import CERTIFIED_COPY
from tests.ui.conftest import type_text, wait_idle

QR = "038203012345||Nguyễn Văn An|15032003|Nam|Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa|01072021"
RECEIVED_CODE = "000.00.06.H56-251117-0001"
COUNTER_PREFS = Preferences(favourites=(CERTIFIED_COPY,))


class Keyboard:
    """Presses keys where the focus is, like a clerk, and counts them (Ctrl+Enter is one)."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot
        self.count = 0

    @staticmethod
    def focus():
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self._qtbot.keyClick(self.focus(), key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        self.count += type_text(self._qtbot, self.focus(), text)

    def tab(self) -> None:
        self.press(Qt.Key.Key_Tab)

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)

    def ctrl(self, key: Qt.Key) -> None:
        self.press(key, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def keys(qtbot) -> Keyboard:
    return Keyboard(qtbot)


@pytest.fixture
def make_slice(qtbot, ctx, tasks):
    """Build an IntakeSlice as the main window would, shown at 1366×768 and active."""
    made: list[IntakeSlice] = []

    def make(prefs: Preferences = COUNTER_PREFS, *, owned: bool = True) -> IntakeSlice:
        """`owned=False`: the test destroys the widget itself (qtbot won't close it)."""
        widget = IntakeSlice(ctx, tasks, prefs)
        if owned:
            qtbot.addWidget(widget)
        widget.resize(1366, 768)
        widget.show()
        widget.activateWindow()
        qtbot.waitUntil(widget.isActiveWindow)
        wait_idle(qtbot, tasks)  # the usage counts for the picker's order
        made.append(widget)
        return widget

    yield make
    import shiboken6
    for widget in made:
        if shiboken6.isValid(widget):
            widget.flush_draft()
    wait_idle(qtbot, tasks)


def type_into(qtbot, widget, text: str) -> None:
    """Focus a field and type into it (for tests about one field, not about the keystrokes)."""
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    type_text(qtbot, widget, text)


def receive(qtbot, keys: Keyboard, slice_) -> str:
    """Ctrl+Enter and wait for the stored code."""
    with qtbot.waitSignal(slice_.sig_dossier_saved, timeout=10_000) as saved:
        keys.ctrl(Qt.Key.Key_Return)
    return saved.args[0]


