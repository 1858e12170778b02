"""The status bar: link to the provincial system, events waiting to be sent, last sync, printer, clerk."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from counter_app.services import queries
from counter_app.services.context import ServiceContext
from counter_app.ui.printing.printers import printer_state
from counter_app.ui.tasks import TaskRunner


class CounterStatusBar(QStatusBar):
    """Refreshed on events (a save, a sync report), never by polling."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks = ctx, tasks
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: something runs in the background
        self.busy.setMaximumWidth(90)
        self.busy.setVisible(False)
        self.connection = QLabel()
        self.connection.setObjectName("connection")
        self.pending = QLabel()
        self.pending.setObjectName("pending")
        self.last_sync = QLabel()
        self.printer = QLabel()
        self.clerk = QLabel()
        for w in (self.busy, self.connection, self.pending, self.last_sync, self.printer, self.clerk):
            self.addPermanentWidget(w)
        self.set_connection(False, None)
        self.set_printer("")
        self.pending.setText(self.tr("Chờ gửi: …"))
        tasks.sig_busy.connect(self.busy.setVisible)
        self.messageChanged.connect(self._on_message_changed)

    def set_connection(self, online: bool, last_sync: datetime | None) -> None:
        self.connection.setText(self.tr("● Đã kết nối hệ thống tỉnh") if online
                                else self.tr("○ Ngoại tuyến — dữ liệu lưu tại quầy"))
        self.connection.setStyleSheet("color: #1b7f3b;" if online else "color: #a15c00;")
        self.last_sync.setText(self.tr("Đồng bộ lần cuối: {t}").format(
            t=last_sync.strftime("%H:%M %d/%m") if last_sync else "—"))

    def set_sync_status(self, status: object) -> None:
        """What the sync thread last reported (a counter_app.sync.status.SyncStatus)."""
        online = getattr(status, "online", None)
        self.set_connection(bool(online), getattr(status, "last_success_at", None))
        if online is None:
            self.connection.setText(self.tr("… Đang kết nối hệ thống tỉnh"))
        pending, aside = getattr(status, "pending", 0), getattr(status, "set_aside", 0)
        text = self.tr("Chờ gửi: {n}").format(n=pending)
        if aside:
            text += " · " + self.tr("bị từ chối: {n}").format(n=aside)
        self.pending.setText(text)
        self.connection.setToolTip(getattr(status, "message", ""))

    def set_printer(self, name: str) -> None:
        """The true state of the slip printer ("" = the system's default), not just its name."""
        state = printer_state(name)
        self.printer.setText(state.label)
        self.printer.setToolTip(state.detail)
        self.printer.setStyleSheet("" if state.ok else "color: #b00020; font-weight: bold;")

    def _on_message_changed(self, text: str) -> None:
        # A message shares the bar with the permanent fields: the least needed step aside
        # while it shows, so it is never cut off; they come back when it is cleared.
        spare = (self.last_sync, self.clerk, self.printer)
        for label in spare:
            label.setVisible(True)
        self.setToolTip(text)
        for label in spare:
            if self._message_room() >= self.fontMetrics().horizontalAdvance(text):
                break
            label.setVisible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._on_message_changed(self.currentMessage())  # more room may bring fields back

    def _message_room(self) -> int:
        fields = [w for w in (self.busy, self.connection, self.pending, self.last_sync,
                              self.printer, self.clerk) if not w.isHidden()]
        taken = sum(w.sizeHint().width() + 12 for w in fields)  # each with its frame
        return self.width() - taken - 40  # the size grip and the bar's own margins

    def set_clerk(self, full_name: str) -> None:
        self.clerk.setText(self.tr("Cán bộ: {name}").format(name=full_name))

    def refresh_counts(self) -> None:
        self._tasks.run(queries.outbox_counts, self._ctx, on_done=self._on_counts_done)

    def _on_counts_done(self, counts: dict[str, int]) -> None:
        text = self.tr("Chờ gửi: {n}").format(n=counts["pending"])
        if counts.get("rejected"):
            text += " · " + self.tr("bị từ chối: {n}").format(n=counts["rejected"])
        self.pending.setText(text)
