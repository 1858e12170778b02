"""F9's scanner choices: a 2D scanner in virtual COM port (USB CDC) mode, its port and speed."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QWidget

from counter_app.services.preferences import SCANNER_BAUD_RATES, Preferences
from counter_app.ui.serial_scanner import available_ports


class ScannerBox(QGroupBox):
    """Off by default (the scanner types as a keyboard); on, it reads the chosen port."""

    def __init__(self, prefs: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Máy quét mã 2D"))
        self.serial = QCheckBox(self.tr("Máy quét nối qua cổng COM ảo (USB CDC), "
                                        "không gõ như bàn phím"), self)
        self.serial.setObjectName("scanner_serial")
        self.serial.setToolTip(self.tr(
            "Dùng khi máy quét không gõ được chữ tiếng Việt có dấu ở chế độ bàn phím."))
        self.port = QComboBox(self)
        self.port.setObjectName("scanner_port")
        self.port.setEditable(True)  # a port that is unplugged now may still be typed in
        ports = available_ports()
        if prefs.scanner_port and prefs.scanner_port not in ports:
            ports.insert(0, prefs.scanner_port)
        self.port.addItems(ports)
        self.port.setCurrentText(prefs.scanner_port)
        edit = self.port.lineEdit()
        if edit is not None:  # (editable: it has one)
            edit.setPlaceholderText(self.tr("ví dụ COM3 hoặc ttyACM0"))
        self.baud = QComboBox(self)
        self.baud.setObjectName("scanner_baud")
        for rate in SCANNER_BAUD_RATES:
            self.baud.addItem(str(rate), rate)
        self.baud.setCurrentIndex(max(0, self.baud.findData(prefs.scanner_baud)))
        form = QFormLayout(self)
        form.addRow("", self.serial)
        form.addRow(self.tr("Cổng COM:"), self.port)
        form.addRow(self.tr("Tốc độ (baud):"), self.baud)
        self.serial.toggled.connect(self._on_serial_toggled)
        self._on_serial_toggled(prefs.scanner_serial)
        self.serial.setChecked(prefs.scanner_serial)

    def values(self) -> dict[str, Any]:
        """The Preferences fields this box sets."""
        return {"scanner_serial": self.serial.isChecked(),
                "scanner_port": self.port.currentText().strip(),
                "scanner_baud": int(self.baud.currentData())}

    def _on_serial_toggled(self, on: bool) -> None:
        self.port.setEnabled(on)
        self.baud.setEnabled(on)
