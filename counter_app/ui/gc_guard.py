"""Python's cycle collector runs on the GUI thread only.

A reference cycle that holds Qt objects (a widget and a lambda connected to it, a dialog and
its bound-method callbacks…) is freed by whichever thread happens to trigger the collector.
On a worker thread (the task runner's readers and writer, the sync thread, a scan job) that
deletes widgets, pixmaps and painter resources under the GUI thread's feet: Qt objects must
die on the thread they live in. It showed as an intermittent SIGSEGV in QPainter::fillRect
(QWidgetPrivate::paintBackground) while a reader thread verified a password, and as a scan
thread that never came back (docs/decisions.md). So the automatic collector is switched off
and a timer on the GUI thread runs it, generation by generation, with Python's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class GuiThreadCollector(QObject):
    """Create on the GUI thread, once per application; `stop()` gives collection back to Python."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 250) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self.collections = 0  # how many times it collected (diagnostics, tests)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self.start()

    def start(self) -> None:
        self._was_enabled = gc.isenabled() or self._was_enabled
        gc.disable()
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        t0, t1, t2 = self._thresholds
        c0, c1, c2 = gc.get_count()
        if c0 <= t0:
            return
        generation = 2 if c2 > t2 else 1 if c1 > t1 else 0
        gc.collect(generation)
        self.collections += 1

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
