"""The status bar: the link to the provincial system (with the last contact's age), events waiting
to be sent, printer, clerk; compact, so the messages keep most of the width."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar, QWidget

from counter_app.core.timeutil import VN_TZ
from counter_app.services import queries
from counter_app.services.context import ServiceContext
from counter_app.ui.age import ago_text
from counter_app.ui.printing.printers import printer_state
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import sync_status_text

# The sync thread contacts the service at least once a minute (its idle pass); without an
# answer for longer than this, "connected" is no longer known, whatever was last heard.
STALE_AFTER = timedelta(seconds=150)
AGE_TICK_MS = 10_000  # the age is re-read from memory (no I/O) this often
PRINTER_MAX_PX = 150  # a long printer name is elided; the whole name is in the tooltip

ONLINE_STYLE = "QLabel { color: #1b7f3b; font-weight: bold; padding: 0 4px; }"
UNKNOWN_STYLE = "QLabel { color: #5f6368; padding: 0 4px; }"
STALE_STYLE = ("QLabel { color: #7a4a00; background-color: #fff4ce; font-weight: bold;"
               " padding: 0 6px; border-radius: 3px; }")
# Offline must be seen from across the desk: white on red, bold.
OFFLINE_STYLE = ("QLabel { color: white; background-color: #b42318; font-weight: bold;"
                 " padding: 0 6px; border-radius: 3px; }")


def _real_now() -> datetime:
    return datetime.now(VN_TZ)


class CounterStatusBar(QStatusBar):
    """Refreshed on events (a save, a sync status); only the contact's age is re-read by a timer."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None,
                 now: Callable[[], datetime] = _real_now) -> None:
        super().__init__(parent)
        self._ctx, self._tasks, self.clock = ctx, tasks, now
        self._online: bool | None = None
        self._known = False  # whether the sync thread has said anything yet
        self._last_contact: datetime | None = None
        self._last_success: datetime | None = None
        self._detail = ""
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: something runs in the background
        self.busy.setMaximumWidth(60)
        self.busy.setVisible(False)
        self.connection = QLabel()
        self.connection.setObjectName("connection")
        self.pending = QLabel()
        self.pending.setObjectName("pending")
        self.printer = QLabel()
        self.printer.setObjectName("printer")
        self.clerk = QLabel()
        self.clerk.setObjectName("clerk")
        for w in (self.busy, self.connection, self.pending, self.printer, self.clerk):
            self.addPermanentWidget(w)
        self.set_printer("")
        self.pending.setText(self.tr("Chờ gửi: …"))
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_TICK_MS)
        self._age_timer.timeout.connect(self.show_connection)
        self._age_timer.start()
        self.show_connection()
        tasks.sig_busy.connect(self.busy.setVisible)
        self.messageChanged.connect(self._on_message_changed)

    # --- the link -----------------------------------------------------------------------
    def set_sync_status(self, status: object) -> None:
        """What the sync thread last reported (a counter_app.sync.status.SyncStatus)."""
        self._known = True
        self._online = getattr(status, "online", None)
        self._last_contact = getattr(status, "last_contact_at", None) or self._last_contact
        self._last_success = getattr(status, "last_success_at", None) or self._last_success
        self._detail = sync_status_text(status)
        self.set_pending(getattr(status, "pending", 0), getattr(status, "set_aside", 0))
        if self._online is False:
            # A run cut short by the link may report counts from before the last save: what
            # waits is read from the store itself (off the GUI thread).
            self.refresh_counts()
        self.show_connection()

    def show_connection(self) -> None:
        """Redraw the indicator from what is known now (the age moves on by itself)."""
        now = self.clock()
        age = ago_text(self._last_contact, now)
        stale = self._last_contact is None or now - self._last_contact > STALE_AFTER
        if not self._known:
            text, style = self.tr("○ Chưa đồng bộ"), UNKNOWN_STYLE
        elif self._online is None:
            text, style = self.tr("… Đang kết nối"), UNKNOWN_STYLE
        elif not self._online:
            text, style = self.tr("✕ Mất kết nối · lần cuối {age}").format(age=age), OFFLINE_STYLE
        elif stale:
            text, style = self.tr("◐ Chưa rõ kết nối · {age}").format(age=age), STALE_STYLE
        else:
            text, style = self.tr("● Đã kết nối · {age}").format(age=age), ONLINE_STYLE
        self.connection.setText(text)
        self.connection.setStyleSheet(style)
        tip = [self._detail] if self._detail else []
        tip.append(self.tr("Liên lạc lần cuối với hệ thống tỉnh: {t}").format(t=_when(self._last_contact)))
        tip.append(self.tr("Đồng bộ thành công lần cuối: {t}").format(t=_when(self._last_success)))
        tip.append(self.tr("Dữ liệu luôn được lưu tại quầy trước; F10 xem chi tiết."))
        self.connection.setToolTip("\n".join(tip))

    # --- counts, printer, clerk ---------------------------------------------------------
    def set_pending(self, pending: int, rejected: int) -> None:
        text = self.tr("Chờ gửi: {n}").format(n=pending)
        if rejected:
            text += " · " + self.tr("bị từ chối: {n}").format(n=rejected)
        self.pending.setText(text)

    def set_printer(self, name: str) -> None:
        """The true state of the slip printer ("" = the system's default), not just its name."""
        state = printer_state(name)
        metrics = self.printer.fontMetrics()
        # A fault's label is a few words, never cut; a name may be (whole in the tooltip).
        self.printer.setText(metrics.elidedText(state.label, Qt.TextElideMode.ElideMiddle,
                                                PRINTER_MAX_PX) if state.ok else state.label)
        self.printer.setToolTip("\n".join(t for t in (state.label, state.detail) if t))
        self.printer.setStyleSheet("" if state.ok else "color: #b00020; font-weight: bold;")

    def set_clerk(self, full_name: str) -> None:
        self.clerk.setText(self.tr("Cán bộ: {name}").format(name=full_name))

    def refresh_counts(self) -> None:
        self._tasks.run(queries.outbox_counts, self._ctx, on_done=self._on_counts_done)

    def _on_counts_done(self, counts: dict[str, int]) -> None:
        self.set_pending(counts["pending"], counts.get("rejected", 0))


    # --- messages ----------------------------------------------------------------------
    def _on_message_changed(self, text: str) -> None:
        # A message shares the bar with the permanent fields: the least needed step aside
        # while it shows, so it is never cut off; they come back when it is cleared.
        spare = (self.clerk, self.printer)
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
        fields = [w for w in (self.busy, self.connection, self.pending, self.printer, self.clerk)
                  if not w.isHidden()]
        taken = sum(w.sizeHint().width() + 12 for w in fields)  # each with its frame
        return self.width() - taken - 40  # the size grip and the bar's own margins

def _when(moment: datetime | None) -> str:
    return moment.strftime("%H:%M:%S %d/%m/%Y") if moment else "—"
