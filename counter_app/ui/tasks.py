"""The one background-task helper: work runs on executors, results come back on the GUI thread.

The pattern of Anki's QueryOp / Orange's FutureWatcher: a task takes and returns plain data, never
touches a widget; its callbacks run on the GUI thread, delivered by a queued signal. The callbacks
(bound methods of widgets) stay on the GUI side, keyed by a number: the worker thread never holds
the last reference to a widget, so none is ever destroyed there (Qt objects die on their thread).
"""

from __future__ import annotations

import itertools
import logging
import traceback
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)
Callback = Callable[[Any], None]


class TaskRunner(QObject):
    """Runs reads on a small pool and writes on a single writer thread (one DB writer)."""

    sig_busy = Signal(bool)  # True while any task runs: the window shows progress
    sig_finished = Signal()  # after each task's callback ran (tests wait on it)
    _sig_done = Signal(object, int)

    def __init__(self, parent: QObject | None = None, readers: int = 2) -> None:
        super().__init__(parent)
        self._readers = ThreadPoolExecutor(readers, thread_name_prefix="ui-read")
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="ui-write")
        self._active = 0
        self._closed = False
        self._numbers = itertools.count()
        self._callbacks: dict[int, tuple[Callback | None, Callback | None]] = {}
        self._sig_done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def active(self) -> int:
        return self._active

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callback | None = None,
            on_error: Callback | None = None, write: bool = False, **kwargs: Any) -> Future[Any]:
        """Run `fn(*args, **kwargs)` off the GUI thread; call on_done(result) or on_error(exc).

        After shutdown (the window closed) a new task is not started: nothing is left to show it.
        """
        if self._closed:
            cancelled: Future[Any] = Future()
            cancelled.cancel()
            return cancelled
        pool = self._writer if write else self._readers
        self._active += 1
        if self._active == 1:
            self.sig_busy.emit(True)
        number = next(self._numbers)
        self._callbacks[number] = (on_done, on_error)
        future = pool.submit(fn, *args, **kwargs)
        future.add_done_callback(lambda f: self._sig_done.emit(f, number))
        return future

    def _deliver(self, future: Future[Any], number: int) -> None:
        self._active -= 1
        on_done, on_error = self._callbacks.pop(number)
        try:
            if self._closed:
                return  # results that arrive while the app closes: the widgets are gone
            exc = future.exception()
            if exc is not None:
                if on_error is not None:
                    on_error(exc)
                else:
                    log.error("background task failed: %s", "".join(
                        traceback.format_exception(type(exc), exc, exc.__traceback__)))
            elif on_done is not None:
                on_done(future.result())
        finally:
            if self._active == 0:
                self.sig_busy.emit(False)
            self.sig_finished.emit()

    def shutdown(self) -> None:
        """Finish queued writes (nothing a clerk saved is dropped), then stop."""
        self._closed = True
        self._writer.shutdown(wait=True)
        self._readers.shutdown(wait=True, cancel_futures=True)
