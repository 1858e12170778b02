"""Looks for updates in the background: an hour after start, then every six hours.

Each pass runs on a thread of its own (a capped download may take an hour; the task runner's
readers stay free for the clerk). What it downloads is staged for the next start; the clerk is
told once, in the status bar. Closing the window stops a download; its bytes are kept and the
next pass resumes it.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from counter_app.services import updates
from counter_app.services.updates import UpdatePass, UpdateSettings

log = logging.getLogger(__name__)
FIRST_CHECK_MS = 60 * 60 * 1000
EVERY_MS = 6 * 60 * 60 * 1000


class UpdateBridge(QObject):
    sig_staged = Signal(str)  # a version is ready for the next start
    sig_pass_done = Signal(object)  # UpdatePass (tests wait on it)

    def __init__(self, settings: UpdateSettings | None, parent: QObject | None = None,
                 first_ms: int = FIRST_CHECK_MS, every_ms: int = EVERY_MS) -> None:
        super().__init__(parent)
        self.settings = settings
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None
        self._told: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)
        self._every = every_ms
        self._result = _Relay()
        self._result.sig_done.connect(self._on_done)
        if settings is not None:
            self._timer.start(first_ms)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def check_now(self) -> None:
        if self.settings is None or self.running or self._cancel.is_set():
            return
        settings, relay, cancel = self.settings, self._result, self._cancel

        def work() -> None:
            try:
                outcome = updates.check_and_stage(settings, cancel=cancel)
            except Exception as exc:  # noqa: BLE001 (a pass never takes the app down)
                log.exception("update pass failed")
                outcome = UpdatePass(error=str(exc))
            relay.sig_done.emit(outcome)

        self._thread = threading.Thread(target=work, name="updates", daemon=True)
        self._thread.start()

    def _on_done(self, outcome: UpdatePass) -> None:
        if outcome.error:
            log.warning("update pass: %s", outcome.error)
        if outcome.staged and outcome.available and outcome.available not in self._told:
            self._told.add(outcome.available)
            self.sig_staged.emit(outcome.available)
        if not self._cancel.is_set():
            self._timer.start(self._every)
        self.sig_pass_done.emit(outcome)

    def stop(self, wait_s: float = 2.0) -> None:
        """Stop timers and any download (its bytes stay for the next run)."""
        self._cancel.set()
        self._timer.stop()
        if self._thread is not None:
            self._thread.join(wait_s)


class _Relay(QObject):
    """Lives on the GUI thread: an emit from the pass's thread arrives queued."""

    sig_done = Signal(object)
