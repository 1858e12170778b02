"""The sync thread as the GUI sees it: its statuses as a signal, and "sync now" with an outcome."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from counter_app.services import sync_setup
from counter_app.services.context import ServiceContext
from counter_app.services.sync_setup import SyncReport, SyncStatus, SyncWorker
from counter_app.ui.intake.background import guarded
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import report_error_text


class SyncBridge(QObject):
    """Owns the sync thread; its callbacks (on that thread) become a signal on the GUI thread."""

    sig_status = Signal(object)  # SyncStatus
    sig_sync_started = Signal()  # the clerk asked to sync now, and the thread was poked
    sig_sync_done = Signal(bool, str)  # how that request ended (ok, text for the clerk)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QObject | None = None,
                 start: Callable[..., SyncWorker] = sync_setup.start_worker) -> None:
        super().__init__(parent)
        self._ctx, self._tasks = ctx, tasks
        self._checking = False  # whether this PC is enrolled is being read (task runner)
        self._now_wanted = False  # the clerk asked to sync while that read was under way
        self._stopped = False  # the window closed: an answer arriving now starts nothing
        self.start_worker = start  # a test may pass options (backoff) through it
        self.worker: SyncWorker | None = None
        self.last: SyncStatus | None = None
        self._awaiting = 0  # the number of the "sync now" request still to answer, 0: none
        self.sig_status.connect(self._on_status)

    @property
    def syncing_now(self) -> bool:
        return self._awaiting > 0

    def start(self) -> None:
        """Start the sync thread if this PC is enrolled (read off the GUI thread)."""
        self._stopped = False
        if self.worker is None and not self._checking:
            self._checking = True
            self._tasks.run(sync_setup.is_enrolled, self._ctx.store,
                            on_done=guarded(self, self._on_enrolled_known),
                            on_error=guarded(self, self._on_check_failed))

    def _on_enrolled_known(self, enrolled: bool) -> None:
        self._checking = False
        if self._stopped:
            return
        if enrolled and self.worker is None:
            self.worker = self.start_worker(self._ctx, on_progress=self.sig_status.emit)
        if self._now_wanted:
            self._now_wanted = False
            self._poke()

    def _on_check_failed(self, _exc: BaseException) -> None:
        self._on_enrolled_known(False)

    def sync_now(self) -> None:
        if self.worker is not None:
            self._poke()
            return
        self._now_wanted = True  # answered once the enrollment read is back
        self.start()

    def _poke(self) -> None:
        if self.worker is None:
            self.sig_sync_done.emit(False, self.tr(
                "Quầy chưa đăng ký với hệ thống tỉnh nên chưa đồng bộ được; "
                "đăng ký máy ở màn hình Đồng bộ (F10)."))
            return
        self._awaiting = self.worker.sync_now()
        self.sig_sync_started.emit()

    def stop(self) -> None:
        self._stopped = True
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    def _on_status(self, status: SyncStatus) -> None:
        self.last = status
        report = status.report
        if self._awaiting and report is not None and status.answered >= self._awaiting:
            self._awaiting = 0
            self.sig_sync_done.emit(report.ok, self.outcome_text(report))

    def outcome_text(self, report: SyncReport) -> str:
        if not report.ok:
            return self.tr("Chưa đồng bộ được: {reason}").format(reason=report_error_text(report))
        text = self.tr("Đồng bộ xong: đã gửi {sent} sự kiện, nhận {changes} cập nhật, "
                       "còn chờ gửi {pending}.").format(sent=report.sent,
                                                        changes=report.changes_applied,
                                                        pending=report.pending)
        if report.set_aside:
            text += " " + self.tr("{n} sự kiện bị từ chối: xem F10.").format(n=report.set_aside)
        return text
