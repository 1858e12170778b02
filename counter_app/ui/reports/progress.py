"""Work that takes more than a moment: a busy bar and "Hủy" while it runs, the result or nothing."""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from counter_app.ui.tasks import TaskRunner


class RunProgress(QWidget):
    """Runs one cancellable task at a time through the TaskRunner and shows it is running.

    The task gets a ``threading.Event`` as its last argument and may stop when it is set. A
    cancelled run's result (or error) is dropped whether the task stopped or not: after "Hủy"
    nothing of it reaches the screen. Starting a new run cancels the one before.
    """

    sig_started = Signal()
    sig_finished = Signal()   # a run delivered its result or error
    sig_cancelled = Signal()

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._generation = 0
        self._cancel: threading.Event | None = None
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # the services cannot say how far they are: a busy bar
        self.bar.setTextVisible(False)
        # Esc is the screen's to bind (the focus is anywhere on it while this runs).
        self.cancel_button = QPushButton(self.tr("Hủy (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel_button)
        self.hide()

    @property
    def running(self) -> bool:
        return self._cancel is not None

    def run_with_progress(self, text: str, fn: Callable[..., Any], *args: Any,
                          on_done: Callable[[Any], None],
                          on_error: Callable[[BaseException], None]) -> threading.Event:
        """Run ``fn(*args, cancel)`` off the GUI thread; returns the run's cancel event."""
        self._drop_current()
        self._generation += 1
        generation = self._generation
        cancel = threading.Event()
        self._cancel = cancel
        self.label.setText(text)
        self.show()
        self.cancel_button.setFocus()
        self.sig_started.emit()
        self._tasks.run(fn, *args, cancel,
                        on_done=lambda result: self._deliver(generation, on_done, result),
                        on_error=lambda exc: self._deliver(generation, on_error, exc))
        return cancel

    def cancel(self) -> None:
        if not self.running:
            return
        self._drop_current()
        self.hide()
        self.sig_cancelled.emit()

    def _drop_current(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
            self._generation += 1

    def _deliver(self, generation: int, callback: Callable[[Any], None], value: Any) -> None:
        if generation != self._generation:
            return  # cancelled, or overtaken by a newer run
        self._cancel = None
        self.hide()
        callback(value)
        self.sig_finished.emit()
