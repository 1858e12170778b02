"""The last line of defence: an exception no code caught reaches the clerk and the log."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("counter_app")


class ErrorReporter(QObject):
    """Installed as sys.excepthook (and threading.excepthook) by the composition root.

    Logs the whole traceback, then shows the clerk what failed in a message box on the GUI
    thread (an exception raised on another thread is carried there by a queued signal).
    """

    sig_reported = Signal(str)  # the message shown (tests wait on it)
    _sig_show = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self._previous = (sys.excepthook, threading.excepthook)
        self._sig_show.connect(self._on_show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> ErrorReporter:
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def excepthook(self, kind: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        log.error("unhandled exception:\n%s", details)
        self._sig_show.emit(f"{kind.__name__}: {exc}", details)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        self.excepthook(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _on_show(self, summary: str, details: str) -> None:
        text = self.tr("Phần mềm gặp lỗi không lường trước; thao tác vừa rồi có thể chưa xong. "
                       "Dữ liệu đã lưu không bị mất. Hãy thử lại; nếu lỗi lặp lại, báo cho quản "
                       "trị kèm nội dung dưới đây.\n\n{error}").format(error=summary)
        if self.box is not None and self.box.isVisible():
            self.box.setText(text)  # one box for a burst of errors, showing the latest
        else:
            self.box = QMessageBox(QMessageBox.Icon.Critical, self.tr("Lỗi"), text,
                                   QMessageBox.StandardButton.Ok, QApplication.activeWindow())
            self.box.button(QMessageBox.StandardButton.Ok).setText(self.tr("Đóng"))
            self.box.setDetailedText(details)
            self.box.open()
        self.sig_reported.emit(text)
