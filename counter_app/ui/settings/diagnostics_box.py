"""F9's "Thu thập chẩn đoán": a zip for the IT officer, made on the task runner with progress."""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QDir, Signal, qVersion
from PySide6.QtWidgets import (
    QFileDialog, QGroupBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget,
)

from counter_app.services import diagnostics
from counter_app.services.context import ServiceContext
from counter_app.ui.tasks import TaskRunner


class DiagnosticsBox(QGroupBox):
    """Asks where to save, then builds the zip off the GUI thread and says where it went."""

    sig_message = Signal(str)
    sig_done = Signal(str)  # the zip's path, or "" when it failed (tests wait on it)
    _sig_progress = Signal(int, int)  # emitted from the worker: Qt queues it to the GUI thread

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self._tasks = ctx, tasks
        self.setTitle(self.tr("Hỗ trợ kỹ thuật"))
        explain = QLabel(self.tr(
            "Gói chẩn đoán (tệp zip) gồm nhật ký, phiên bản, cấu hình và tình trạng đồng bộ, "
            "để gửi cho cán bộ công nghệ thông tin. Không có số định danh, số điện thoại hay "
            "nội dung hồ sơ."))
        explain.setWordWrap(True)
        self.button = QPushButton(self.tr("Thu thập c&hẩn đoán…"))
        self.button.setObjectName("collect_diagnostics")
        self.button.clicked.connect(self.collect)
        self.progress = QProgressBar()
        self.progress.setObjectName("diagnostics_progress")
        self.progress.setVisible(False)
        self.result = QLabel()
        self.result.setObjectName("diagnostics_result")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.progress, 1)
        column = QVBoxLayout(self)
        column.addWidget(explain)
        column.addLayout(row)
        column.addWidget(self.result)
        self._sig_progress.connect(self._on_progress)

    def collect(self) -> None:
        suggested = Path(QDir.homePath()) / diagnostics.default_name(self.ctx.now())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lưu gói chẩn đoán"), str(suggested), self.tr("Tệp zip (*.zip)"))
        if not name:
            return  # the clerk cancelled: nothing to do
        target = Path(name)
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        self.button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the first step says how many there are
        self.progress.setVisible(True)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Đang thu thập chẩn đoán…"))
        versions = {"qt": qVersion(), "pyside6": PySide6.__version__}
        self._tasks.run(diagnostics.collect, self.ctx, target, ui_versions=versions,
                        progress=self._sig_progress.emit,
                        on_done=self._on_done, on_error=self._on_error)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _on_done(self, path: Path) -> None:
        self.button.setEnabled(True)
        self.progress.setVisible(False)
        text = self.tr("Đã lưu gói chẩn đoán: {path}").format(path=path)
        self.result.setText(text)
        self.sig_message.emit(text)
        self.sig_done.emit(str(path))

    def _on_error(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.progress.setVisible(False)
        self.result.setStyleSheet("color: #b00020;")
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        self.result.setText(self.tr("Không lưu được gói chẩn đoán: {reason}. Hãy chọn thư mục "
                                    "khác (ví dụ USB hoặc Tài liệu).").format(reason=reason))
        self.sig_done.emit("")
