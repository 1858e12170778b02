"""An exception no code caught reaches the clerk as a message box in Vietnamese and the log."""

from __future__ import annotations

import logging
import sys
import threading

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from counter_app.ui.errors import ErrorReporter


@pytest.fixture
def reporter(qapp):
    installed = ErrorReporter().install()
    yield installed
    installed.uninstall()
    if installed.box is not None:
        installed.box.close()


@pytest.mark.qt_no_exception_capture
def test_exception_in_a_slot_shows_a_message_and_is_logged(qtbot, reporter, caplog):
    window = QWidget()
    qtbot.addWidget(window)
    action = QAction(window)

    def broken_slot() -> None:
        raise TypeError("expected str, bytes or os.PathLike object, not bool")

    action.triggered.connect(broken_slot)
    window.show()
    with caplog.at_level(logging.ERROR), qtbot.waitSignal(reporter.sig_reported, timeout=5000):
        action.trigger()  # as a menu item or its shortcut would
    box = reporter.box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Phần mềm gặp lỗi không lường trước" in box.text()
    assert "TypeError" in box.text() and "not bool" in box.text()
    assert "broken_slot" in box.detailedText()  # the whole traceback, for support
    assert "broken_slot" in caplog.text and "TypeError" in caplog.text


@pytest.mark.qt_no_exception_capture
def test_exception_on_a_worker_thread_reaches_the_gui(qtbot, reporter, caplog):
    def work() -> None:
        raise RuntimeError("mất kết nối máy quét")

    with caplog.at_level(logging.ERROR), qtbot.waitSignal(reporter.sig_reported, timeout=5000):
        thread = threading.Thread(target=work)
        thread.start()
        thread.join()
    assert "mất kết nối máy quét" in reporter.box.text()
    assert "mất kết nối máy quét" in caplog.text


def test_uninstall_restores_the_previous_hooks(qapp):
    before = sys.excepthook
    reporter = ErrorReporter().install()
    assert sys.excepthook == reporter.excepthook
    reporter.uninstall()
    assert sys.excepthook is before
