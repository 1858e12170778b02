"""Scanners in virtual COM port (USB CDC) mode: each line read from the port is one scan.

Many 2D scanners cannot type Vietnamese letters as a keyboard; desks set them to serial mode,
where the QR content arrives as UTF-8 bytes on a port (COM3, /dev/ttyACM0). QSerialPort reads it
on the GUI thread without blocking (readyRead); a line ends at CR or LF, or when the scanner
stops sending for a moment (scanners set to send no terminator).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtSerialPort import QSerialPort, QSerialPortInfo

END_OF_SCAN_MS = 150  # no byte for this long ends a scan that has no terminator
_LINE_ENDS = (b"\r", b"\n")
_MAX_BUFFER = 64 * 1024  # a line this long is noise on the wire, not a scan


def available_ports() -> list[str]:
    """The serial ports of this PC by name (COM3, ttyACM0), for the settings page."""
    return [info.portName() for info in QSerialPortInfo.availablePorts()]


class SerialScanner(QObject):
    """Open one port; emit sig_scanned(text) per line, sig_failed(message) when the port fails."""

    sig_scanned = Signal(str)
    sig_failed = Signal(str)

    def __init__(self, parent: QObject | None = None, end_of_scan_ms: int = END_OF_SCAN_MS) -> None:
        super().__init__(parent)
        self._port = QSerialPort(self)
        self._port.readyRead.connect(self._on_port_ready_read)
        self._port.errorOccurred.connect(self._on_port_error_occurred)
        self._buffer = b""
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(end_of_scan_ms)
        self._quiet.timeout.connect(self._on_quiet_timeout)

    @property
    def is_open(self) -> bool:
        return self._port.isOpen()

    def configure(self, enabled: bool, port: str, baud: int) -> bool:
        """(Re)open `port` at `baud`, or close when not `enabled`; False (and sig_failed) on failure."""
        if enabled and self._port.isOpen() and self._port.portName() == port.strip() \
                and self._port.baudRate() == baud:
            return True  # unchanged: keep the port, and any scan on its way
        self.close()
        if not enabled:
            return True
        if not port.strip():
            self.sig_failed.emit(self.tr("Máy quét cổng COM: chưa chọn cổng."))
            return False
        self._port.setPortName(port.strip())
        self._port.setBaudRate(baud)
        self._port.setDataBits(QSerialPort.DataBits.Data8)
        self._port.setParity(QSerialPort.Parity.NoParity)
        self._port.setStopBits(QSerialPort.StopBits.OneStop)
        self._port.setFlowControl(QSerialPort.FlowControl.NoFlowControl)
        if not self._port.open(QSerialPort.OpenModeFlag.ReadOnly):
            self.sig_failed.emit(self.tr("Không mở được cổng {port} của máy quét: {why}").format(
                port=port.strip(), why=self._port.errorString()))
            return False
        return True

    def close(self) -> None:
        self._quiet.stop()
        self._buffer = b""
        if self._port.isOpen():
            self._port.close()

    # ------------------------------------------------------------------ slots
    def _on_port_ready_read(self) -> None:
        self._buffer += bytes(self._port.readAll().data())
        while True:
            ends = [i for i in (self._buffer.find(e) for e in _LINE_ENDS) if i >= 0]
            if not ends:
                break
            cut = min(ends)
            line, self._buffer = self._buffer[:cut], self._buffer[cut + 1:]
            self._emit(line)
        if len(self._buffer) > _MAX_BUFFER:
            self._buffer = b""
        if self._buffer:
            self._quiet.start()
        else:
            self._quiet.stop()

    def _on_quiet_timeout(self) -> None:
        line, self._buffer = self._buffer, b""
        self._emit(line)

    def _emit(self, raw: bytes) -> None:
        # Some scanners frame the content with STX/ETX or end it with a Tab.
        text = raw.decode("utf-8", errors="replace").strip(" \t\x02\x03\x00")
        if text:
            self.sig_scanned.emit(text)

    def _on_port_error_occurred(self, error: QSerialPort.SerialPortError) -> None:
        if error in (QSerialPort.SerialPortError.NoError, QSerialPort.SerialPortError.TimeoutError):
            return
        if error == QSerialPort.SerialPortError.OpenError or not self._port.isOpen():
            return  # configure() reports a port that would not open
        name = self._port.portName()
        message = self.tr("Máy quét ở cổng {port} ngừng hoạt động ({why}); hãy cắm lại máy quét "
                          "rồi lưu lại cài đặt ở F9.").format(port=name, why=self._port.errorString())
        self.close()
        self.sig_failed.emit(message)
