"""Keyboard-wedge scanners: a burst of fast keystrokes ending in Enter is a scan, not typing.

A 2D scanner reading a CCCD's QR code, or a barcode scanner reading a slip, types its content as
keystrokes a few milliseconds apart and presses Enter. The filter watches every key press of the
application; when Enter ends such a burst and the text has the shape of a known code, the Enter is
swallowed, whatever the burst typed into the focused field is put back as it was, and the text
is emitted. Anything else passes through untouched, so ordinary typing is never delayed.
"""

from __future__ import annotations

import time
from typing import Callable

import shiboken6

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

MAX_GAP_S = 0.05  # scanners send keys 1–20 ms apart; people don't type 20 keys at 50 ms
MIN_LENGTH = 8


class _Snapshot:
    """What the focused editor held before the burst began, to put back after a scan."""

    def __init__(self, widget: QObject | None) -> None:
        self.widget = widget
        self.text: str | None = None
        self.cursor = 0
        if isinstance(widget, QLineEdit):
            self.text, self.cursor = widget.text(), widget.cursorPosition()
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            self.text = widget.toPlainText()
        elif isinstance(widget, QAbstractSpinBox):
            self.text = widget.text()

    def restore(self) -> None:
        w, text = self.widget, self.text
        if text is None:
            return
        if isinstance(w, QLineEdit):
            w.setText(text)
            w.setCursorPosition(self.cursor)
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            w.setPlainText(text)
        elif isinstance(w, QAbstractSpinBox):
            w.lineEdit().setText(text)


class ScannerWedge(QObject):
    """Application-wide event filter; emits sig_scanned(text) for a recognised scan."""

    sig_scanned = Signal(str)

    def __init__(self, recognises: Callable[[str], bool], parent: QObject | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__(parent)
        self._recognises = recognises
        self._clock = clock
        self._chars: list[str] = []
        self._last = 0.0
        self._snapshot: _Snapshot | None = None
        self._last_event = 0
        self._last_target: QWidget | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress:
            return False
        # A key press reaches the filter first at the window (a QWindow), then at the widget it
        # lands on (and its parents only if that widget ignores it): look at widget deliveries.
        if not isinstance(watched, QWidget):
            return False
        # An event the widget ignored travels up to its parents: the same event, seen again.
        pointer = shiboken6.getCppPointer(event)[0]
        last = self._last_target
        if pointer == self._last_event and last is not None and watched is not last \
                and watched.isAncestorOf(last):  # (Qt counts a widget as its own ancestor)
            return False
        self._last_event, self._last_target = pointer, watched
        assert isinstance(event, QKeyEvent)
        now = self._clock()
        gap = now - self._last
        self._last = now
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = "".join(self._chars)
            self._chars = []
            snapshot, self._snapshot = self._snapshot, None
            if gap <= MAX_GAP_S and len(text) >= MIN_LENGTH and self._recognises(text):
                if snapshot is not None:
                    snapshot.restore()
                self.sig_scanned.emit(text)
                return True
            return False
        chars = event.text()
        if not chars or not chars.isprintable():
            if key not in (Qt.Key.Key_Shift, Qt.Key.Key_AltGr):
                self._chars, self._snapshot = [], None
            return False
        if gap > MAX_GAP_S or not self._chars:
            self._chars = []
            self._snapshot = _Snapshot(watched)
        self._chars.append(chars)
        return False
