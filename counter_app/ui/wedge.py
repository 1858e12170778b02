"""Keyboard-wedge scanners: a burst of fast keystrokes ending in Enter is a scan, not typing.

A 2D scanner reading a CCCD's QR code, or a barcode scanner reading a slip, types its content as
keystrokes a few milliseconds apart and presses Enter. The filter watches every key press of the
application; when Enter ends such a burst and the text has the shape of a known code, the Enter is
swallowed, whatever the burst typed into the focused field is put back as it was, and the text
is emitted. Anything else passes through untouched, so ordinary typing is never delayed.

Gaps are measured between the key events' own timestamps (when the keyboard sent them), not
when they are processed: a busy GUI thread delivers a burst late and in clumps. A late Enter
(scanners that pause before their suffix) and a few slow keys inside a long burst are tolerated.
When a scan still lands as text in a line edit, Enter in that field finds the QR-shaped run in
it (``locate``), takes it out of the field and emits it like a scan.
"""

from __future__ import annotations

import time
from typing import Callable

import shiboken6

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

MAX_GAP_S = 0.05  # scanners send keys 1–20 ms apart; people don't type 20 keys at 50 ms
MAX_STALL_S = 0.5  # one key of an established burst may come this late (USB, input method)
MAX_STALLS = 3
MAX_ENTER_GAP_S = 0.5  # some scanners pause before the Enter they add after the content
MIN_LENGTH = 8

Locator = Callable[[str], "tuple[int, int] | None"]


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
        if text is None or not shiboken6.isValid(w):  # the editor went away during the burst
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
                 clock: Callable[[], float] = time.monotonic,
                 locate: Locator | None = None) -> None:
        super().__init__(parent)
        self._recognises = recognises
        self._locate = locate
        self._clock = clock  # only for key events that carry no timestamp (synthesized ones)
        self._chars: list[str] = []
        self._stalls = 0
        self._last = 0.0
        self._snapshot: _Snapshot | None = None
        self._last_event = 0
        self._last_target = 0  # the address of the widget the last key event landed on
        self._last_ancestors: frozenset[int] = frozenset()  # … and of its parents

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress:
            return False
        # A key press reaches the filter first at the window (a QWindow), then at the widget it
        # lands on (and its parents only if that widget ignores it): look at widget deliveries.
        if not isinstance(watched, QWidget):
            return False
        # An event the widget ignored travels up to its parents: the same event, seen again.
        # Only addresses are kept, never the widget: it may be deleted before the next key (a
        # dialog closed with Esc), and touching a deleted widget crashes the whole app.
        pointer = shiboken6.getCppPointer(event)[0]
        here = shiboken6.getCppPointer(watched)[0]
        if pointer == self._last_event and here != self._last_target \
                and here in self._last_ancestors:
            return False
        self._last_event, self._last_target = pointer, here
        self._last_ancestors = _ancestors(watched)
        assert isinstance(event, QKeyEvent)
        now = self._event_time(event)
        gap = now - self._last
        if gap < 0:  # a stamped and an unstamped event: two clocks, no gap to speak of
            gap = float("inf")
        self._last = now
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
            return self._on_terminator(watched, key, gap)
        chars = event.text()
        if not chars or not chars.isprintable():
            if key not in (Qt.Key.Key_Shift, Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock):
                self._forget()
            return False
        if self._chars and gap <= MAX_GAP_S:
            pass
        elif (self._chars and gap <= MAX_STALL_S and len(self._chars) >= MIN_LENGTH
              and self._stalls < MAX_STALLS):
            self._stalls += 1  # a slow key inside a scan, not a person starting to type
        else:
            self._chars, self._stalls = [], 0
            self._snapshot = _Snapshot(watched)
        self._chars.append(chars)
        return False

    def _event_time(self, event: QKeyEvent) -> float:
        stamp = event.timestamp()  # milliseconds, from the windowing system
        return stamp / 1000 if stamp else self._clock()

    def _forget(self) -> None:
        self._chars, self._stalls, self._snapshot = [], 0, None

    def _on_terminator(self, watched: QWidget, key: int, gap: float) -> bool:
        text = "".join(self._chars)
        snapshot = self._snapshot
        self._forget()
        if gap <= MAX_ENTER_GAP_S and len(text) >= MIN_LENGTH and self._recognises(text):
            if snapshot is not None:
                snapshot.restore()
            self.sig_scanned.emit(text)
            return True
        if key == Qt.Key.Key_Tab:
            return False  # Tab ends a scan only for scanners set to send it; else it moves on
        return self._recover_from_field(watched)

    def _recover_from_field(self, watched: QWidget) -> bool:
        """A scan typed too slowly to be told from typing: Enter finds it in the line edit."""
        if self._locate is None or not isinstance(watched, QLineEdit) or watched.isReadOnly():
            return False
        text = watched.text()
        span = self._locate(text)
        if span is None:
            return False
        start, end = span
        watched.setText(text[:start] + text[end:])
        watched.setCursorPosition(start)
        self.sig_scanned.emit(text[start:end])
        return True


def _ancestors(widget: QWidget) -> frozenset[int]:
    """The addresses of `widget`'s parent widgets (a propagated key event climbs them)."""
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(shiboken6.getCppPointer(parent)[0])
        parent = parent.parentWidget()
    return frozenset(found)
