"""The scan panel of one dossier: scanner and choices, live thumbnails, page editing, attach to components."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLabel, QProgressBar,
    QPushButton, QVBoxLayout, QWidget,
)

from counter_app.services import scans
from counter_app.services.scanners import (
    SUFFIXES, DeviceInfo, FolderScanner, FolderWatch, FolderWatcher, Page, ScanError, Scanner,
    ScanSettings, registry)
from counter_app.services.context import ServiceContext
from counter_app.services.errors import ServiceError
from counter_app.ui.intake.background import guarded
from counter_app.ui.scanning.bridge import ScanBridge
from counter_app.ui.scanning.messages import scan_error_text
from counter_app.ui.scanning.page_list import PageList
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import error_text

RED, GREEN = "#a8071a", "#135200"
ScannerFactory = Callable[[Sequence[str]], list[Scanner]]


def _kb(size: int) -> str:
    return f"{size / 1024:,.0f} KB".replace(",", ".")


class ScanPanel(QWidget):
    """Pages stay in the panel until they are attached: a jam, an error or a failed save
    never loses them."""

    sig_attached = Signal(str)  # dossier code, after pages were attached
    sig_busy = Signal(bool)
    _sig_folder_file = Signal(str)  # from the folder watcher's thread

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner,
                 scanners: ScannerFactory = registry.default_scanners,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks, self._factory = ctx, tasks, scanners
        self._scanners: list[Scanner] = []
        self._target: scans.ScanTarget | None = None
        self._choices = scans.ScanChoices()
        self._replace_row: int | None = None
        self._delivered = 0
        self._watcher: FolderWatcher | None = None
        self._pending_files: list[str] = []
        self._sig_folder_file.connect(self._on_folder_file, Qt.ConnectionType.QueuedConnection)
        self.bridge = ScanBridge(self)
        self.bridge.sig_page.connect(self._on_bridge_page)
        self.bridge.sig_error.connect(self._on_bridge_error)
        self.bridge.sig_done.connect(self._on_bridge_done)
        self._build()
        self._shortcuts()
        self._update_actions()
        tasks.run(scans.load_choices, ctx, on_done=guarded(self, self._on_choices_loaded))

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.device = QComboBox(self)
        self.device.setObjectName("scan_device")
        self.device.setMinimumWidth(260)
        self.find_button = QPushButton(self.tr("Tìm máy quét"), self)
        self.resolution = QComboBox(self)
        for dpi in (150, 200, 300):
            self.resolution.addItem(f"{dpi} dpi", dpi)
        self.mode = QComboBox(self)
        for key, text in (("color", self.tr("Màu (tự chọn đen trắng/xám khi lưu)")),
                          ("grey", self.tr("Xám")), ("bw", self.tr("Đen trắng"))):
            self.mode.addItem(text, key)
        self.source = QComboBox(self)
        self.source.addItem(self.tr("Khay nạp giấy (ADF)"), "adf")
        self.source.addItem(self.tr("Mặt kính"), "flatbed")
        self.duplex = QCheckBox(self.tr("Quét hai mặt"), self)
        self.color_output = QCheckBox(self.tr("Giữ màu trong tệp gửi"), self)

        choices = QGridLayout()
        choices.addWidget(QLabel(self.tr("Máy quét:"), self), 0, 0)
        choices.addWidget(self.device, 0, 1, 1, 3)
        choices.addWidget(self.find_button, 0, 4)
        choices.addWidget(QLabel(self.tr("Độ phân giải:"), self), 1, 0)
        choices.addWidget(self.resolution, 1, 1)
        choices.addWidget(self.mode, 1, 2)
        choices.addWidget(self.source, 1, 3)
        choices.addWidget(self.duplex, 2, 1)
        choices.addWidget(self.color_output, 2, 2, 1, 2)

        self.scan_button = QPushButton(self.tr("Quét  (F6)"), self)
        self.scan_button.setObjectName("scan_button")
        self.cancel_button = QPushButton(self.tr("Dừng  (Esc)"), self)
        self.import_button = QPushButton(self.tr("Nhập tệp…  (Ctrl+O)"), self)
        self.rescan_button = QPushButton(self.tr("Quét lại trang  (Shift+F6)"), self)
        self.rotate_button = QPushButton(self.tr("Xoay  (R)"), self)
        self.delete_button = QPushButton(self.tr("Xóa trang  (Delete)"), self)
        self.separators_button = QPushButton(self.tr("In tờ phân cách…"), self)
        actions = QHBoxLayout()
        for b in (self.scan_button, self.cancel_button, self.import_button, self.rescan_button,
                  self.rotate_button, self.delete_button, self.separators_button):
            actions.addWidget(b)
        actions.addStretch(1)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(8)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("scan_status")
        self.watching = QLabel(self)
        self.watching.setObjectName("scan_watching")
        self.watching.setStyleSheet("color: #595959;")
        self.message = QLabel(self)
        self.message.setObjectName("scan_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        self.pages = PageList(self)
        self.pages.sig_changed.connect(self._on_pages_changed)

        self.component = QComboBox(self)
        self.component.setObjectName("scan_component")
        self.component.setMinimumWidth(320)
        label = QLabel(self.tr("Đính kèm vào &thành phần:"), self)
        label.setBuddy(self.component)
        self.size_label = QLabel(self)
        self.size_label.setObjectName("scan_size")
        self.attach_button = QPushButton(self.tr("Đính kèm  (Ctrl+Enter)"), self)
        self.attach_button.setObjectName("attach_button")
        bottom = QHBoxLayout()
        bottom.addWidget(label)
        bottom.addWidget(self.component, 1)
        bottom.addWidget(self.size_label)
        bottom.addWidget(self.attach_button)

        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addLayout(actions)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.watching)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)

        self.find_button.clicked.connect(self.find_devices)
        self.scan_button.clicked.connect(self.scan)
        self.cancel_button.clicked.connect(self.cancel)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.rescan_button.clicked.connect(self.rescan_selected)
        self.rotate_button.clicked.connect(lambda: self.pages.rotate_selected(1))
        self.delete_button.clicked.connect(self.pages.delete_selected)
        self.separators_button.clicked.connect(self.print_separators)
        self.attach_button.clicked.connect(self.attach)

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("F6", self.scan), ("Shift+F6", self.rescan_selected),
                           ("Esc", self.cancel), ("Ctrl+O", self._on_import_clicked),
                           ("Ctrl+Return", self.attach), ("Ctrl+Enter", self.attach)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # ------------------------------------------------------------------ interface
    def set_dossier(self, code: str) -> None:
        self._tasks.run(scans.scan_target, self._ctx, code,
                        on_done=guarded(self, self._on_target_loaded),
                        on_error=guarded(self, self._on_task_error))

    @property
    def target(self) -> scans.ScanTarget | None:
        return self._target

    def settings(self) -> ScanSettings:
        return ScanSettings(resolution=int(self.resolution.currentData()),
                            mode=self.mode.currentData(), source=self.source.currentData(),
                            duplex=self.duplex.isChecked(),
                            color_output=self.color_output.isChecked())

    def find_devices(self) -> None:
        self._scanners = self._factory(self._choices.escl_addresses)
        self.status.setText(self.tr("Đang tìm máy quét…"))
        self._tasks.run(registry.find_devices, self._scanners,
                        on_done=guarded(self, self._on_devices_found))

    def scan(self) -> None:
        self._start(limit=None)

    def rescan_selected(self) -> None:
        rows = self.pages.selected_rows()
        if len(rows) != 1:
            self._say(self.tr("Chọn một trang để quét lại."), RED)
            return
        self._replace_row = rows[0]
        self._start(limit=1)

    def cancel(self) -> None:
        if self.bridge.running:
            self.bridge.cancel()
            self.status.setText(self.tr("Đang dừng…"))

    def import_files(self, paths: Sequence[str]) -> None:
        if paths and not self.bridge.running:
            self._begin(FolderScanner([Path(p) for p in paths]), "folder", None)

    def attach(self) -> None:
        if self._target is None or self.bridge.running:
            return
        pages = self.pages.pages()
        if not pages:
            self._say(self.tr("Chưa có trang nào để đính kèm."), RED)
            return
        component = self.component.currentData() or ""
        self.attach_button.setEnabled(False)
        self._say(self.tr("Đang lưu bản quét…"), "inherit")
        self._tasks.run(scans.attach_batch, self._ctx, self._target, component, pages,
                        write=True, on_done=guarded(self, self._on_attached),
                        on_error=guarded(self, self._on_attach_error))

    def print_separators(self) -> None:
        if self._target is not None:
            self._tasks.run(scans.separator_sheets, self._ctx, self._target.code,
                            on_done=guarded(self, self._on_separators_ready),
                            on_error=guarded(self, self._on_task_error))

    def shutdown(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        self.bridge.cancel()
        self.bridge.wait()

    def watch_folder(self, folder: str, debounce: float = 2.0) -> None:
        """Import what a scanner saves into `folder` (its scan-to-folder share) as it arrives;
        a file is read once it has stopped changing for `debounce` seconds."""
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        if not folder:
            return
        if not Path(folder).is_dir():
            self._say(self.tr("Không vào được thư mục nhận bản quét %s.") % folder, RED)
            return
        self._watcher = FolderWatcher(FolderWatch(folder, debounce),
                                      lambda path: self._sig_folder_file.emit(str(path)),
                                      interval=min(0.5, debounce / 2))
        self._watcher.start()
        self.watching.setText(self.tr("Đang theo dõi thư mục %s: bản quét lưu vào đó tự hiện ở "
                                      "đây.") % folder)

    # ------------------------------------------------------------------ scanning
    def _start(self, limit: int | None) -> None:
        if self.bridge.running:
            return
        device_id = self.device.currentData()
        if not device_id:
            self._say(self.tr("Chưa chọn máy quét. Nhấn “Tìm máy quét” rồi chọn một máy."), RED)
            self._replace_row = None
            return
        try:
            scanner, inner = registry.split(device_id, self._scanners)
        except ScanError as exc:
            self._say(scan_error_text(exc, 0), RED)
            return
        settings = self.settings()
        if limit == 1:
            settings = replace(settings, duplex=False)
        self._remember(device_id, settings)
        self._begin(scanner, inner, settings, limit)

    def _begin(self, scanner: Scanner, device_id: str, settings: ScanSettings | None,
               limit: int | None = None) -> None:
        self._delivered = 0
        self.message.clear()
        self.bridge.start(scanner, device_id, settings or self.settings(), limit)
        self.status.setText(self.tr("Đang quét…"))
        self._update_actions()
        self.sig_busy.emit(True)

    def _remember(self, device_id: str, settings: ScanSettings) -> None:
        choices = scans.ScanChoices(device_id, settings, self._choices.escl_addresses)
        if choices != self._choices:
            self._choices = choices
            self._tasks.run(scans.save_choices, self._ctx, choices, write=True)

    def _on_bridge_page(self, page: Page) -> None:
        self._delivered += 1
        if self._replace_row is not None and self._replace_row < self.pages.count():
            self.pages.replace_page(self._replace_row, page)
            self._replace_row = None
        else:
            self.pages.add_page(page)
            self.pages.scrollToBottom()
        self.status.setText(self.tr("Đang quét… đã nhận %s trang.") % self._delivered)

    def _on_bridge_error(self, error: ScanError) -> None:
        self._say(scan_error_text(error, self.pages.count()), RED)

    def _on_folder_file(self, path: str) -> None:
        self._pending_files.append(path)
        if not self.bridge.running:
            paths, self._pending_files = self._pending_files, []
            self.import_files(paths)

    def _on_bridge_done(self, count: int) -> None:
        self._replace_row = None
        self.status.setText(self.tr("Đã quét %s trang. Tổng cộng %s trang chờ đính kèm.")
                            % (count, self.pages.count()))
        self._update_actions()
        self.sig_busy.emit(False)
        if self._pending_files:  # files the watched folder received during this batch
            paths, self._pending_files = self._pending_files, []
            self.import_files(paths)

    # ------------------------------------------------------------------ results
    def _on_choices_loaded(self, choices: scans.ScanChoices) -> None:
        self._choices = choices
        s = choices.settings
        for combo, value in ((self.resolution, s.resolution), (self.mode, s.mode),
                             (self.source, s.source)):
            index = combo.findData(value)
            if index >= 0:
                combo.setCurrentIndex(index)
        self.duplex.setChecked(s.duplex)
        self.color_output.setChecked(s.color_output)
        self.watch_folder(choices.watch_folder)
        self.find_devices()

    def _on_devices_found(self, devices: list[DeviceInfo]) -> None:
        self.device.clear()
        for d in devices:
            # A driver's name is the scanner's own; the folder "device" is ours, so it is said.
            name = self.tr("Tệp trên máy") if d.backend == FolderScanner.backend else d.name
            self.device.addItem(f"{name} ({d.backend}: {d.id})", registry.qualified(d))

        index = self.device.findData(self._choices.device)
        if index >= 0:
            self.device.setCurrentIndex(index)
        self.status.setText(self.tr("Tìm thấy %s máy quét.") % len(devices) if devices else
                            self.tr("Không tìm thấy máy quét nào. Kiểm tra máy đã bật và cắm cáp, "
                                    "hoặc dùng Nhập tệp…"))
        self._update_actions()

    def _on_target_loaded(self, target: scans.ScanTarget) -> None:
        self._target = target
        current = self.component.currentData()
        self.component.clear()
        for name, done in zip(target.components, target.digitized):
            self.component.addItem(("✓ " if done else "") + name, name)
        index = self.component.findData(current)
        self.component.setCurrentIndex(max(index, 0))
        self._update_actions()

    def _on_attached(self, result: scans.BatchResult) -> None:
        self.pages.clear()
        self._on_pages_changed()
        names = "; ".join(f"{a.component} ({a.pages})" for a in result.attached)
        text = self.tr("Đã đính kèm và đánh dấu đã số hóa: %s.") % names
        if result.foreign_separators:
            text += " " + self.tr("Có tờ phân cách của hồ sơ khác trong xấp giấy; các trang sau "
                                  "nó vẫn được đính kèm vào hồ sơ này.")
        self._say(text, GREEN)
        if self._target is not None:
            self.sig_attached.emit(self._target.code)
            self.set_dossier(self._target.code)

    def _on_attach_error(self, exc: BaseException) -> None:
        self._update_actions()
        if isinstance(exc, ServiceError):
            self._say(error_text(exc), RED)
        else:
            self._say(self.tr("Chưa lưu được bản quét (các trang vẫn còn ở đây): %s") % error_text(exc), RED)

    def _on_task_error(self, exc: BaseException) -> None:
        self._say(error_text(exc), RED)

    def _on_separators_ready(self, pdf: bytes) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        from counter_app.ui.printing.qt_print import PrintError, make_printer, print_pdf
        try:
            printer = make_printer()
        except PrintError as exc:
            self._say(str(exc), RED)
            return
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(pdf, printer)
        except PrintError as exc:
            self._say(str(exc), RED)

    # ------------------------------------------------------------------ state
    def _on_pages_changed(self) -> None:
        pages = self.pages.pages()
        kept = [p for p in pages if p.separator is None]
        self.size_label.setText(self.tr("%s trang, gửi đi %s") % (len(kept), _kb(sum(p.size for p in kept))))
        blanks = self.pages.blank_rows()
        if blanks:
            self.status.setText(self.tr("Trang có vẻ để trắng (tô vàng, chưa xóa): %s. Xem lại rồi "
                                        "giữ hoặc xóa.") % ", ".join(str(r + 1) for r in blanks))
        self._update_actions()

    def _update_actions(self) -> None:
        running = self.bridge.running
        has_pages = self.pages.count() > 0
        self.progress.setVisible(running)
        self.scan_button.setEnabled(not running and self.device.count() > 0)
        self.cancel_button.setEnabled(running)
        self.import_button.setEnabled(not running)
        self.rescan_button.setEnabled(not running and has_pages and self.device.count() > 0)
        self.attach_button.setEnabled(not running and has_pages and self._target is not None)
        self.separators_button.setEnabled(self._target is not None)

    def _say(self, text: str, color: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {color};")

    def _on_import_clicked(self) -> None:
        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Nhập bản quét từ tệp"), "", self.tr("Bản quét (%s)") % patterns)
        self.import_files(paths)

