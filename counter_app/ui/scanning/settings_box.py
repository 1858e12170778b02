"""F9: the counter's scanning choices (network scanners, scan-to-folder share, default settings)."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QWidget,
)


from counter_app.services import scans
from counter_app.services.context import ServiceContext
from counter_app.ui.intake.background import guarded
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import error_text


class ScanSettingsBox(QGroupBox):
    """Loads its choices itself; `save()` is called by the settings page's Save."""

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks = ctx, tasks
        self._choices = scans.ScanChoices()
        self.setTitle(self.tr("Máy quét tài liệu (số hóa)"))
        self.addresses = QLineEdit(self)
        self.addresses.setObjectName("escl_addresses")
        self.addresses.setPlaceholderText(self.tr("ví dụ http://192.168.1.50 (cách nhau bằng dấu phẩy)"))
        self.folder = QLineEdit(self)
        self.folder.setObjectName("watch_folder")
        self.folder.setPlaceholderText(self.tr("thư mục máy quét lưu bản quét vào (không bắt buộc)"))
        browse = QPushButton(self.tr("Chọn…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.resolution = QComboBox(self)
        for dpi in (150, 200, 300):
            self.resolution.addItem(f"{dpi} dpi", dpi)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("Khay nạp giấy (ADF)"), "adf")
        self.source.addItem(self.tr("Mặt kính"), "flatbed")
        self.duplex = QCheckBox(self.tr("Quét hai mặt"), self)
        self.color_output = QCheckBox(self.tr("Giữ màu trong tệp gửi"), self)
        self.error = QLabel(self)
        self.error.setObjectName("scan_settings_error")
        self.error.setStyleSheet("color: #a8071a;")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Máy quét mạng (eSCL):"), self.addresses)
        form.addRow(self.tr("Thư mục nhận bản quét:"), folder_row)
        form.addRow(self.tr("Độ phân giải:"), self.resolution)
        form.addRow(self.tr("Nguồn giấy:"), self.source)
        form.addRow("", self.duplex)
        form.addRow("", self.color_output)
        form.addRow("", self.error)
        tasks.run(scans.load_choices, ctx, on_done=guarded(self, self._on_loaded))

    def _on_loaded(self, choices: scans.ScanChoices) -> None:
        self._choices = choices
        self.addresses.setText(", ".join(choices.escl_addresses))
        self.folder.setText(choices.watch_folder)
        s = choices.settings
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(s.resolution)))
        self.source.setCurrentIndex(max(0, self.source.findData(s.source)))
        self.duplex.setChecked(s.duplex)
        self.color_output.setChecked(s.color_output)

    def choices(self) -> scans.ScanChoices:
        addresses = tuple(a.rstrip("/") for a in re.split(r"[,\s]+", self.addresses.text()) if a)
        settings = replace(self._choices.settings, resolution=int(self.resolution.currentData()),
                           source=self.source.currentData(), duplex=self.duplex.isChecked(),
                           color_output=self.color_output.isChecked())
        return replace(self._choices, escl_addresses=addresses, settings=settings,
                       watch_folder=self.folder.text().strip())

    def save(self) -> None:
        choices = self.choices()
        self.error.clear()
        self._tasks.run(scans.save_choices, self._ctx, choices, write=True,
                        on_done=guarded(self, lambda _r: self._on_saved(choices)),
                        on_error=guarded(self, self._on_save_error))

    def _on_saved(self, choices: scans.ScanChoices) -> None:
        self._choices = choices

    def _on_save_error(self, exc: BaseException) -> None:
        self.error.setText(error_text(exc))

    def _on_browse_clicked(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Thư mục nhận bản quét"),
                                                self.folder.text())
        if path:
            self.folder.setText(path)


