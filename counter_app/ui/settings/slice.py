"""The settings page: what this counter is, and the choices a clerk or supervisor may change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSpinBox, QVBoxLayout, QWidget,
)

from counter_app.services import preferences
from counter_app.services.context import ServiceContext
from counter_app.services.preferences import Preferences
from counter_app.ui.printing.printers import default_printer, installed_printers, printer_state
from counter_app.ui.scanning.settings_box import ScanSettingsBox
from counter_app.ui.scroll import scrolled
from counter_app.ui.settings.diagnostics_box import DiagnosticsBox
from counter_app.ui.settings.scanner_box import ScannerBox
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import error_text

LAYOUTS = ("a4_two_copies", "a5", "thermal80")


class SettingsSlice(QWidget):
    sig_saved = Signal(object)  # the new Preferences
    sig_message = Signal(str)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, prefs: Preferences,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks, self._prefs = ctx, tasks, prefs
        d = ctx.device
        unit = QGroupBox(self.tr("Đơn vị và quầy"))
        info = QFormLayout(unit)
        info.addRow(self.tr("Đơn vị:"), QLabel(f"{d.unit_name} ({d.unit_code})"))
        info.addRow(self.tr("Quầy số:"), QLabel(str(d.counter_no)))
        info.addRow(self.tr("Dải số mã hồ sơ:"), QLabel(", ".join(
            f"{lane.first:04d}–{lane.last:04d}" for lane in d.lanes)))
        hours = ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in ctx.calendar.office_hours)
        info.addRow(self.tr("Giờ làm việc:"), QLabel(hours))
        info.addRow(self.tr("Thư mục dữ liệu:"), QLabel(str(ctx.store.path.parent)))

        choices = QGroupBox(self.tr("Tùy chọn"))
        form = QFormLayout(choices)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("Tiếng Việt"), "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        form.addRow(self.tr("&Ngôn ngữ (khi khởi động lại):"), self.language)
        self.idle = QSpinBox()
        self.idle.setObjectName("idle")
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" phút"))
        self.idle.setValue(prefs.idle_lock_minutes)
        form.addRow(self.tr("&Tự khóa màn hình sau:"), self.idle)
        self.printer = QComboBox()
        self.printer_state = QLabel()
        self.printer_state.setObjectName("printer_state")
        self.printer_state.setWordWrap(True)
        self._fill_printers(prefs.slip_printer)
        self.printer.currentIndexChanged.connect(self._on_printer_changed)
        printer_box = QWidget()  # the choice and, under it, the state of that printer
        printer_box.setFocusProxy(self.printer)
        column = QVBoxLayout(printer_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.printer)
        column.addWidget(self.printer_state)
        form.addRow(self.tr("Máy in &phiếu hẹn:"), printer_box)
        self.layout_box = QComboBox()
        for key, label in zip(LAYOUTS, (self.tr("A4, hai liên"), self.tr("A5, mỗi liên một trang"),
                                        self.tr("Máy in nhiệt 80 mm"))):
            self.layout_box.addItem(label, key)
        self.layout_box.setCurrentIndex(max(0, self.layout_box.findData(prefs.slip_layout)))
        form.addRow(self.tr("&Khổ phiếu hẹn:"), self.layout_box)
        self.direct = QCheckBox(self.tr("In phiếu hẹn ngay khi tiếp nhận, không hỏi"))
        self.direct.setChecked(prefs.print_without_dialog)
        form.addRow("", self.direct)
        self.favourites = QLineEdit(", ".join(prefs.favourites))
        self.favourites.setObjectName("favourites")
        self.favourites.setPlaceholderText(self.tr("mã thủ tục, cách nhau bởi dấu phẩy"))
        form.addRow(self.tr("Thủ tục &ưu tiên:"), self.favourites)
        self.scanner = ScannerBox(prefs)
        self.scan_box = ScanSettingsBox(ctx, tasks)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.save_button = QPushButton(self.tr("&Lưu cài đặt"))
        self.save_button.clicked.connect(self._on_save_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.save_button)
        page = QWidget()
        page.setMaximumWidth(900)
        inner = QVBoxLayout(page)
        inner.addWidget(unit)
        inner.addWidget(choices)
        inner.addWidget(self.scanner)
        inner.addWidget(self.scan_box)
        inner.addLayout(buttons)
        self.diagnostics = DiagnosticsBox(ctx, tasks)
        self.diagnostics.sig_message.connect(self.sig_message)
        inner.addWidget(self.diagnostics)
        inner.addStretch(1)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(page)
        layout.addStretch(1)
        scrolled(body, self)

    def _fill_printers(self, configured: str) -> None:
        """The printers there really are; a configured one that is gone stays, marked missing."""
        installed = installed_printers()
        default = default_printer()
        self.printer.addItem(self.tr("Máy in mặc định của hệ thống ({name})").format(
            name=default) if default else self.tr("Máy in mặc định của hệ thống (chưa có)"), "")
        for name in installed:
            self.printer.addItem(name, name)
        if configured and configured not in installed:
            self.printer.addItem(self.tr("{name} (không tìm thấy)").format(name=configured),
                                 configured)
        self.printer.setCurrentIndex(max(0, self.printer.findData(configured)))
        self._on_printer_changed()

    def _on_printer_changed(self, _index: int = 0) -> None:
        state = printer_state(self.printer.currentData() or "")
        self.printer_state.setText(state.detail)
        self.printer_state.setStyleSheet("" if state.ok else "color: #b00020;")

    def focus_first(self) -> None:
        self.language.setFocus()

    def _collect(self) -> Preferences:
        favs = tuple(c.strip() for c in self.favourites.text().split(",") if c.strip())
        return replace(self._prefs, language=self.language.currentData(),
                       idle_lock_minutes=self.idle.value(), slip_printer=self.printer.currentData(),
                       slip_layout=self.layout_box.currentData(),
                       print_without_dialog=self.direct.isChecked(), favourites=favs,
                       **self.scanner.values())

    def _on_save_clicked(self) -> None:
        prefs = self._collect()
        self.scan_box.save()
        self.save_button.setEnabled(False)
        self._tasks.run(preferences.save, self._ctx, prefs, write=True,
                        on_done=lambda _: self._on_saved(prefs), on_error=self._on_save_error)

    def _on_saved(self, prefs: Preferences) -> None:
        self._prefs = prefs
        self.save_button.setEnabled(True)
        self.error.clear()
        self.sig_saved.emit(prefs)
        self.sig_message.emit(self.tr("Đã lưu cài đặt."))

    def _on_save_error(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.error.setText(error_text(exc))
