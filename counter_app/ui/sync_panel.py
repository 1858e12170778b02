"""The sync panel: the link to the provincial system, what waits, what was set aside, "sync now",
and enrolling this PC with an enrollment code."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from counter_app.services import sync_setup
from counter_app.services.context import ServiceContext
from counter_app.services.errors import ServiceError
from counter_app.storage import outbox
from counter_app.sync.status import SyncStatus
from counter_app.sync.worker import SyncWorker
from counter_app.ui.tasks import TaskRunner


class SyncBridge(QObject):
    """Owns the sync thread; its callbacks (on that thread) become a signal on the GUI thread."""

    sig_status = Signal(object)  # SyncStatus

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None,
                 start: Callable[..., SyncWorker] = sync_setup.start_worker) -> None:
        super().__init__(parent)
        self._ctx, self._start = ctx, start
        self.worker: SyncWorker | None = None
        self.last: SyncStatus | None = None
        self.sig_status.connect(self._remember)

    def start(self) -> None:
        if self.worker is None and sync_setup.is_enrolled(self._ctx.store):
            self.worker = self._start(self._ctx, on_progress=self.sig_status.emit)

    def sync_now(self) -> None:
        if self.worker is None:
            self.start()
        if self.worker is not None:
            self.worker.sync_now()

    def stop(self) -> None:
        if self.worker is not None:
            self.worker.stop()
            self.worker = None

    def _remember(self, status: SyncStatus) -> None:
        self.last = status


class SyncPanel(QWidget):
    sig_message = Signal(str)
    sig_enrolled = Signal()

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, bridge: SyncBridge,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks, self._bridge = ctx, tasks, bridge
        self.state = QLabel(self.tr("Chưa đồng bộ lần nào."))
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.counts = QLabel()
        self.sync_button = QPushButton(self.tr("Đồng bộ &ngay"))
        self.sync_button.clicked.connect(self._on_sync_clicked)
        status_box = QGroupBox(self.tr("Đồng bộ với hệ thống tỉnh"))
        box = QVBoxLayout(status_box)
        for w in (self.state, self.progress, self.counts):
            box.addWidget(w)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sync_button)
        box.addLayout(row)

        self.aside = QTableWidget(0, 3)
        self.aside.setHorizontalHeaderLabels([self.tr("Mã hồ sơ"), self.tr("Loại sự kiện"),
                                              self.tr("Lý do bị từ chối")])
        self.aside.horizontalHeader().setStretchLastSection(True)
        self.aside.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.retry_button = QPushButton(self.tr("&Gửi lại các sự kiện bị từ chối"))
        self.retry_button.clicked.connect(self._on_retry_clicked)
        aside_box = QGroupBox(self.tr("Sự kiện bị hệ thống tỉnh từ chối (để riêng, không chặn các sự kiện khác)"))
        lay = QVBoxLayout(aside_box)
        lay.addWidget(self.aside)
        lay.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignRight)

        self.url = QLineEdit()
        self.url.setObjectName("enrollUrl")
        self.url.setPlaceholderText("https://motcua.tinh.gov.vn")
        self.code = QLineEdit()
        self.code.setObjectName("enrollCode")
        self.device_name = QLineEdit(self.tr("Quầy {n}").format(n=ctx.device.counter_no))
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

        layout = QVBoxLayout(self)
        layout.addWidget(status_box)
        layout.addWidget(aside_box, 1)
        layout.addWidget(self.enroll_box)
        bridge.sig_status.connect(self.show_status)
        self._tasks.run(sync_setup.is_enrolled, ctx.store, on_done=self._on_enrolled_known)

    def focus_first(self) -> None:
        self.sync_button.setFocus()

    # --- status ----------------------------------------------------------------------------
    def show_status(self, s: SyncStatus) -> None:
        self.state.setText(s.message)
        busy = s.phase in ("uploading", "sending", "pulling", "reference")
        self.progress.setVisible(busy and s.total > 0)
        if s.total:
            self.progress.setRange(0, s.total)
            self.progress.setValue(min(s.done, s.total))
        report = s.report
        parts = [self.tr("Chờ gửi: {n}").format(n=s.pending),
                 self.tr("Bị từ chối: {n}").format(n=s.set_aside)]
        if report is not None:
            parts.append(self.tr("Lần gần nhất: gửi {sent}, nhận {changes} cập nhật, {files} tệp")
                         .format(sent=report.sent, changes=report.changes_applied,
                                 files=report.files_uploaded))
        if s.next_attempt_at is not None and not s.online:
            parts.append(self.tr("Thử lại lúc {t}").format(t=f"{s.next_attempt_at:%H:%M:%S}"))
        self.counts.setText(" · ".join(parts))
        if s.phase in ("idle", "error", "offline"):
            self.refresh_set_aside()

    def refresh_set_aside(self) -> None:
        self._tasks.run(_set_aside_rows, self._ctx, on_done=self._on_set_aside_loaded)

    def _on_set_aside_loaded(self, rows: list[tuple[str, str, str]]) -> None:
        self.aside.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                self.aside.setItem(i, j, QTableWidgetItem(text))
        self.retry_button.setEnabled(bool(rows))

    # --- actions ----------------------------------------------------------------------------
    def _on_sync_clicked(self) -> None:
        self._bridge.sync_now()
        self.sig_message.emit(self.tr("Đang đồng bộ…"))

    def _on_retry_clicked(self) -> None:
        self._tasks.run(sync_setup.retry_set_aside, self._ctx.store, write=True,
                        on_done=lambda n: (self._bridge.sync_now(), self.refresh_set_aside()))

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
        self.enroll_error.setText(exc.message if isinstance(exc, ServiceError) else str(exc))

    def _on_enrolled_known(self, enrolled: bool) -> None:
        self.enroll_box.setVisible(not enrolled)
        self.sync_button.setEnabled(True)
        self.refresh_set_aside()


def _set_aside_rows(ctx: ServiceContext) -> list[tuple[str, str, str]]:
    with ctx.store.reading() as session:
        return [(e.dossier_code, e.type, e.last_error or "") for e in outbox.set_aside(session)]
