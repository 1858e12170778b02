"""Brings a ScanJob's callbacks (its own plain thread) to the GUI thread as queued signals."""

from __future__ import annotations


from PySide6.QtCore import QObject, Qt, Signal

from counter_app.services.scanners import JobCallbacks, ScanJob, Scanner, ScanSettings


class ScanBridge(QObject):
    """At most one batch at a time; `sig_done` always comes last, after any page or error."""

    sig_page = Signal(object)  # scanning.pipeline.Page
    sig_error = Signal(object)  # scanning.model.ScanError
    sig_done = Signal(int)  # pages delivered
    _sig_page = Signal(object)
    _sig_error = Signal(object)
    _sig_done = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._job: ScanJob | None = None
        queued = Qt.ConnectionType.QueuedConnection
        self._sig_page.connect(self.sig_page, queued)
        self._sig_error.connect(self.sig_error, queued)
        self._sig_done.connect(self._on_job_done, queued)

    @property
    def running(self) -> bool:
        return self._job is not None

    def start(self, scanner: Scanner, device_id: str, settings: ScanSettings,
              limit: int | None = None) -> None:
        """Scan on a plain thread; `limit` stops after that many pages (rescanning one page)."""
        if self._job is not None:
            return
        pages_left = [limit]

        def on_page(page: object) -> None:
            self._sig_page.emit(page)
            if pages_left[0] is not None:
                pages_left[0] -= 1
                if pages_left[0] <= 0:
                    job.cancel()

        job = ScanJob(scanner, device_id, settings,
                      JobCallbacks(on_page, self._sig_error.emit, self._sig_done.emit))
        self._job = job
        job.start()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def wait(self, timeout: float = 10.0) -> None:
        """For closing the window: let the scanning thread finish (it was cancelled)."""
        if self._job is not None:
            self._job.join(timeout)

    def _on_job_done(self, count: int) -> None:
        self._job = None
        self.sig_done.emit(count)


