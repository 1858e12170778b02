"""The sync panel (F10): the link, "sync now" and its outcome, what waits to be sent (with its age),
the scans being uploaded, what was rejected, and enrolling this PC with an enrollment code."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from counter_app.services import sync_queue, sync_setup
from counter_app.services.context import ServiceContext
from counter_app.services.sync_setup import SyncStatus
from counter_app.ui.age import duration_text
from counter_app.ui.sync_bridge import SyncBridge
from counter_app.ui.scroll import scrolled
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import error_text, sync_status_text

__all__ = ["SyncBridge", "SyncPanel", "OLD_PENDING"]

OLD_PENDING = timedelta(minutes=30)  # waiting this long while online: something is wrong
AGE_TICK_MS = 30_000
BUSY_PHASES = ("uploading", "sending", "pulling", "reference")
WARNING_STYLE = ("QLabel { color: white; background-color: #b42318; font-weight: bold;"
                 " padding: 4px 8px; border-radius: 3px; }")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.setItem(i, j, QTableWidgetItem(text))


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(1, round(n / 1e3))} KB"


class SyncPanel(QWidget):
    sig_message = Signal(str)
    sig_enrolled = Signal()

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, bridge: SyncBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks, self._bridge = ctx, tasks, bridge
        self._view: sync_queue.QueueView | None = None
        self._online: bool | None = None
        self._uploads: dict[str, tuple[int, int]] = {}  # sha256 → (bytes held, size)
        body = QWidget()
        layout = QVBoxLayout(body)
        scrolled(body, self)
        layout.addWidget(self._build_status())
        self.waiting = _table([self.tr("Mã hồ sơ"), self.tr("Sự kiện"), self.tr("Đã chờ"),
                               self.tr("Số lần thử"), self.tr("Lỗi gần nhất")])
        self.waiting_box = QGroupBox()
        QVBoxLayout(self.waiting_box).addWidget(self.waiting)
        self.scans = _table([self.tr("Mã hồ sơ"), self.tr("Thành phần"), self.tr("Dung lượng"),
                             self.tr("Đã gửi")])
        self.scans_box = QGroupBox()
        QVBoxLayout(self.scans_box).addWidget(self.scans)
        lists = QHBoxLayout()
        lists.addWidget(self.waiting_box, 3)
        lists.addWidget(self.scans_box, 2)
        layout.addLayout(lists, 1)
        layout.addWidget(self._build_aside(), 1)
        layout.addWidget(self._build_enroll())
        self._show_titles()
        self._age_timer = QTimer(self)
        self._age_timer.setInterval(AGE_TICK_MS)
        self._age_timer.timeout.connect(self._show_waiting)
        self._age_timer.start()
        bridge.sig_status.connect(self.show_status)
        bridge.sig_sync_started.connect(self._on_sync_started)
        bridge.sig_sync_done.connect(self._on_sync_done)
        self._tasks.run(sync_setup.is_enrolled, ctx.store, on_done=self._on_enrolled_known)

    def _build_status(self) -> QGroupBox:
        self.state = QLabel(self.tr("Chưa đồng bộ lần nào."))
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("syncWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.counts = QLabel()
        self.outcome = QLabel()
        self.outcome.setObjectName("syncOutcome")
        self.outcome.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("Đồng bộ &ngay (Ctrl+Shift+Y)"))
        self.sync_button.clicked.connect(self._on_sync_clicked)
        box = QGroupBox(self.tr("Đồng bộ với hệ thống tỉnh"))
        lay = QVBoxLayout(box)
        for w in (self.state, self.warning, self.progress, self.counts):
            lay.addWidget(w)
        row = QHBoxLayout()
        row.addWidget(self.outcome, 1)
        row.addWidget(self.sync_button)
        lay.addLayout(row)
        return box

    def _build_aside(self) -> QGroupBox:
        self.aside = _table([self.tr("Mã hồ sơ"), self.tr("Loại sự kiện"),
                             self.tr("Lý do bị từ chối")])
        self.retry_button = QPushButton(self.tr("&Gửi lại các sự kiện bị từ chối"))
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.aside_box = QGroupBox()
        lay = QVBoxLayout(self.aside_box)
        lay.addWidget(self.aside)
        lay.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignRight)
        return self.aside_box

    def _build_enroll(self) -> QGroupBox:
        self.url = QLineEdit()
        self.url.setObjectName("enrollUrl")
        self.url.setPlaceholderText("https://motcua.tinh.gov.vn")
        self.code = QLineEdit()
        self.code.setObjectName("enrollCode")
        self.device_name = QLineEdit(self.tr("Quầy {n}").format(n=self._ctx.device.counter_no))
        self.enroll_button = QPushButton(self.tr("Đăng &ký máy với hệ thống tỉnh"))
        self.enroll_button.clicked.connect(self._on_enroll_clicked)
        self.enroll_error = QLabel()
        self.enroll_error.setStyleSheet("color: #b00020;")
        self.enroll_box = QGroupBox(self.tr("Đăng ký máy (mã do quản trị cấp)"))
        form = QFormLayout(self.enroll_box)
        form.addRow(self.tr("Địa chỉ hệ thống tỉnh:"), self.url)
        form.addRow(self.tr("Mã đăng ký:"), self.code)
        form.addRow(self.tr("Tên máy:"), self.device_name)
        form.addRow(self.enroll_error, self.enroll_button)
        return self.enroll_box

    def focus_first(self) -> None:
        self.sync_button.setFocus()
        self.refresh()

    # --- status ----------------------------------------------------------------------------
    def show_status(self, s: SyncStatus) -> None:
        self.state.setText(sync_status_text(s))  # says when the next attempt is, once
        self._online = s.online
        busy = s.phase in BUSY_PHASES
        self.progress.setVisible(busy and s.total > 0)
        if s.total:
            self.progress.setRange(0, s.total)
            self.progress.setValue(min(s.done, s.total))
        parts = [self.tr("Chờ gửi: {n}").format(n=s.pending),
                 self.tr("Bị từ chối: {n}").format(n=s.set_aside)]
        if s.report is not None:
            parts.append(self.tr("Lần gần nhất: gửi {sent}, nhận {changes} cập nhật, {files} tệp")
                         .format(sent=s.report.sent, changes=s.report.changes_applied,
                                 files=s.report.files_uploaded))
        self.counts.setText(" · ".join(parts))
        if s.phase == "uploading" and s.item:
            self._uploads[s.item] = (s.done, s.total)
            self._show_scans()
        if s.report is not None:
            self.refresh()  # a run ended: what waits has changed
        else:
            self._show_warning()

    def set_context(self, ctx: ServiceContext) -> None:
        """A new snapshot (enrollment or a sync changed the device or reference data)."""
        self._ctx = ctx

    def refresh(self) -> None:
        """Re-read what waits (off the GUI thread); after a run, a save, or when shown."""
        self._tasks.run(sync_queue.queue_view, self._ctx.store, on_done=self._on_view_loaded)

    def _on_view_loaded(self, view: sync_queue.QueueView) -> None:
        self._view = view
        held = {s.sha256 for s in view.scans}
        self._uploads = {sha: p for sha, p in self._uploads.items() if sha in held}
        self._show_titles()
        self._show_waiting()
        self._show_scans()
        _fill(self.aside, [[r.code, self._event_label(r.type), r.reason] for r in view.rejected])
        self.retry_button.setEnabled(bool(view.rejected))

    def _show_titles(self) -> None:
        view = self._view
        self.waiting_box.setTitle(self.tr("Chờ gửi lên hệ thống tỉnh ({n}), cũ nhất trước").format(
            n=view.waiting_total if view else 0))
        self.scans_box.setTitle(self.tr("Tệp quét chờ gửi ({n})").format(
            n=len(view.scans) if view else 0))
        self.aside_box.setTitle(self.tr("Bị hệ thống tỉnh từ chối ({n}): để riêng, không chặn "
                                        "các sự kiện khác").format(
            n=view.rejected_total if view else 0))

    def _show_waiting(self) -> None:
        if self._view is None:
            return
        now = self._ctx.now()
        _fill(self.waiting, [[e.code, self._event_label(e.type),
                              duration_text((now - e.occurred_at).total_seconds()),
                              str(e.attempts), e.last_error] for e in self._view.waiting])
        self._show_warning()

    def _show_warning(self) -> None:
        oldest = self._view.oldest_at if self._view else None
        waited = self._ctx.now() - oldest if oldest else None
        late = bool(self._online) and waited is not None and waited > OLD_PENDING
        if late and waited is not None:
            self.warning.setText(self.tr(
                "Có sự kiện đã chờ gửi {age} dù quầy đang kết nối hệ thống tỉnh: hãy bấm "
                "Đồng bộ ngay; nếu vẫn không gửi được, báo quản trị.").format(
                age=duration_text(waited.total_seconds())))
        self.warning.setVisible(late)

    def _show_scans(self) -> None:
        if self._view is None:
            return
        rows = []
        for scan in self._view.scans:
            done, total = self._uploads.get(scan.sha256, (0, scan.size))
            sent = (self.tr("{p}% ({done}/{total})").format(
                p=int(100 * done / total), done=_size(done), total=_size(total))
                if scan.sha256 in self._uploads and total else self.tr("chưa gửi"))
            rows.append([scan.code, scan.component, _size(scan.size), sent])
        _fill(self.scans, rows)

    def _event_label(self, type_: str) -> str:
        labels = {
            "dossier.received": self.tr("Tiếp nhận"),
            "dossier.refused": self.tr("Từ chối tiếp nhận"),
            "dossier.supplement_requested": self.tr("Yêu cầu bổ sung"),
            "dossier.supplement_received": self.tr("Nhận bổ sung"),
            "dossier.returned": self.tr("Trả kết quả"),
            "dossier.withdrawn": self.tr("Rút hồ sơ"),
            "dossier.attachment_added": self.tr("Tệp quét"),
        }
        return labels.get(type_, type_)

    # --- actions ----------------------------------------------------------------------------
    def _on_sync_clicked(self) -> None:
        self._bridge.sync_now()

    def _on_sync_started(self) -> None:
        self.sync_button.setEnabled(False)
        self.outcome.setText(self.tr("Đang đồng bộ…"))

    def _on_sync_done(self, ok: bool, text: str) -> None:
        self.sync_button.setEnabled(True)
        self.outcome.setText(text)
        self.outcome.setStyleSheet("" if ok else "color: #b00020;")

    def _on_retry_clicked(self) -> None:
        self._tasks.run(sync_setup.retry_set_aside, self._ctx.store, write=True,
                        on_done=self._on_requeued)

    def _on_requeued(self, _count: int) -> None:
        self.refresh()
        self._bridge.sync_now()

    def _on_enroll_clicked(self) -> None:
        self.enroll_button.setEnabled(False)
        self.enroll_error.setText(self.tr("Đang đăng ký…"))
        self._tasks.run(sync_setup.enroll_counter, self._ctx.store, self.url.text(),
                        self.code.text(), self.device_name.text(), write=True,
                        on_done=self._on_enroll_done, on_error=self._on_enroll_error)

    def _on_enroll_done(self, _device: Any) -> None:
        self.enroll_button.setEnabled(True)
        self.enroll_error.clear()
        self.enroll_box.setVisible(False)
        self.sig_enrolled.emit()
        self._bridge.sync_now()

    def _on_enroll_error(self, exc: BaseException) -> None:
        self.enroll_button.setEnabled(True)
        self.enroll_error.setText(error_text(exc))

    def _on_enrolled_known(self, enrolled: bool) -> None:
        self.enroll_box.setVisible(not enrolled)
        self.sync_button.setEnabled(True)
        self.refresh()
