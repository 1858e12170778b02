"""UI test fixtures: offscreen Qt, a demo counter, the task runner, screenshots under artifacts/."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from counter_app.ui.tasks import TaskRunner  # noqa: E402

SCREENS = Path(__file__).resolve().parents[2] / "artifacts" / "screens"


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp):
    """As in the app (counter_app.app.run_gui): the cycle collector runs on the GUI thread only."""
    from counter_app.ui.gc_guard import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture
def tasks(qtbot):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def type_text(qtbot, widget, text: str) -> int:
    """Type `text` key by key into `widget` (QTest's keyClicks cannot type Vietnamese letters).

    Returns the number of keystrokes, for the keystroke-budget tests.
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown,
                                                     Qt.KeyboardModifier.NoModifier, ch))
    return len(text)


def wait_idle(qtbot, tasks: TaskRunner, timeout: int = 10_000) -> None:
    """Wait until every background task has delivered its result to the GUI thread."""
    qtbot.waitUntil(lambda: tasks.active == 0, timeout=timeout)


def screenshot(widget, name: str) -> Path:
    """Save what the widget shows, for a reviewer to look at (artifacts/ is not committed)."""
    SCREENS.mkdir(parents=True, exist_ok=True)
    path = SCREENS / f"{name}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


@pytest.fixture
def english(tmp_path):
    """The English translation, compiled from the committed .ts and installed for one test."""
    import subprocess

    from PySide6.QtCore import QCoreApplication, QTranslator

    from tests.ui.test_translation import TS, _lrelease

    qm = tmp_path / "en.qm"
    subprocess.run([str(_lrelease()), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    yield translator
    app.removeTranslator(translator)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A UI test that timed out waiting (a signal, a condition) reports every thread's stack:
    a hang seen only on CI then leaves its cause in the log."""
    if call.excinfo is not None and call.excinfo.typename == "TimeoutError":
        import faulthandler
        import tempfile

        with tempfile.TemporaryFile("w+") as dump:
            faulthandler.dump_traceback(file=dump, all_threads=True)
            dump.seek(0)
            item.add_report_section(call.when, "every thread's stack at the timeout", dump.read())
    yield
