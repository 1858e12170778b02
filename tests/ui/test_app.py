"""The composition root starts the desk on a demo store: the login window first (typable while
the store opens behind it), then the window, draft restore, sync off."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from counter_app import app as app_module
from counter_app.services import setup
from counter_app.services.auth import Clerk
from counter_app.storage.db import StoreError
from counter_app.ui.login.dialog import LoginDialog
from counter_app.ui.main_window import MainWindow


def _close_main_window(shown: list[str], hooks: list[object]):
    def fake_exec() -> int:
        window = next(w for w in QApplication.topLevelWidgets()  # not an earlier test's
                      if isinstance(w, MainWindow) and w.isVisible())
        shown.append(window.windowTitle())
        assert window.tabs.currentWidget() is window.intake
        assert window.sync.worker is None  # a demo store that is not enrolled does not sync
        hooks.append(sys.excepthook)
        window.close()
        window.deleteLater()
        return 0
    return staticmethod(fake_exec)


def test_run_gui_opens_the_window_after_login(qtbot, tmp_path, monkeypatch):
    shown: list[str] = []
    hooks: list[object] = []

    def fake_login(self: LoginDialog) -> int:
        assert self.username.text() == "demo"  # the demo counter pre-fills its account
        qtbot.waitUntil(lambda: self.ready, timeout=20_000)
        self.clerk = Clerk("demo", "Cán bộ tiếp nhận (demo)", "clerk")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(LoginDialog, "exec", fake_login)
    monkeypatch.setattr(QApplication, "exec", _close_main_window(shown, hooks))
    assert app_module.run_gui(tmp_path / "data", demo=True) == 0
    assert shown and "Quầy 1" in shown[0]
    # While the window was open, an exception no slot caught went to the clerk and the log.
    assert getattr(hooks[0], "__self__", None).__class__.__name__ == "ErrorReporter"
    assert sys.excepthook is not hooks[0]  # and the hook is gone with the window
    assert (tmp_path / "data" / "counter-app.log").exists()


def test_the_login_window_takes_the_clerks_typing_while_the_store_opens(
        qtbot, tmp_path, monkeypatch):
    opening = threading.Event()
    may_open = threading.Event()
    real_open = setup.open_counter

    def slow_open(*args, **kwargs):  # a big store on a slow disk: it opens when the test says
        opening.set()
        assert may_open.wait(30)
        return real_open(*args, **kwargs)

    def login_exec(self: LoginDialog) -> int:
        try:
            qtbot.waitUntil(opening.is_set, timeout=10_000)
            assert self.isVisible() and not self.ready
            assert "Đang mở dữ liệu" in self.unit.text()
            assert QApplication.focusWidget() is self.password  # "demo" is filled in
            qtbot.keyClicks(self.password, "demo1234")
            qtbot.keyClick(self.password, Qt.Key.Key_Return)
            assert self.clerk is None and not self.buttons.isEnabled()
            assert "sẽ đăng nhập ngay khi mở xong" in self.error.text()
            assert self.password.text() == "demo1234"  # nothing typed was dropped
        finally:
            may_open.set()
        with qtbot.waitSignal(self.accepted, timeout=30_000):
            pass  # the login asked for before the store opened is checked once it has
        assert self.clerk is not None and self.clerk.username == "demo"
        assert "Quầy số 1" in self.unit.text()
        return self.result()

    shown: list[str] = []
    monkeypatch.setattr(setup, "open_counter", slow_open)
    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    monkeypatch.setattr(QApplication, "exec", _close_main_window(shown, []))
    assert app_module.run_gui(tmp_path / "data", demo=True) == 0
    assert shown


def test_a_store_that_cannot_open_says_why_and_exits(qtbot, tmp_path, monkeypatch):
    said: list[str] = []

    def too_new(*args, **kwargs):
        raise StoreError("Cơ sở dữ liệu do phiên bản mới hơn tạo ra.")

    def login_exec(self: LoginDialog) -> int:
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
        return self.result()

    monkeypatch.setattr(setup, "open_counter", too_new)
    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text: said.append(text)))
    assert app_module.run_gui(tmp_path / "data", demo=True) == 2
    assert said == ["Cơ sở dữ liệu do phiên bản mới hơn tạo ra."]


def test_the_login_window_follows_the_counters_language_once_the_store_is_open(
        qtbot, tmp_path, monkeypatch):
    from dataclasses import replace

    from PySide6.QtCore import QTranslator

    from counter_app.paths import resources_dir
    from counter_app.services import preferences

    ctx = setup.open_counter(tmp_path / "data", resources_dir(), demo=True)
    preferences.save(ctx, replace(preferences.load(ctx), language="en"))
    ctx.store.close()
    seen: list[str] = []

    def login_exec(self: LoginDialog) -> int:
        seen.append(self.windowTitle())  # painted before the store told the language
        qtbot.waitUntil(lambda: self.ready, timeout=20_000)
        # The language change reaches the widgets as an event, just after.
        qtbot.waitUntil(lambda: self.windowTitle() != seen[0], timeout=5000)
        seen.append(self.windowTitle())
        seen.append(self.ok_button.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(LoginDialog, "exec", login_exec)
    app = QApplication.instance()
    try:
        assert app_module.run_gui(tmp_path / "data", demo=True) == 0
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
    assert seen[0] == "Đăng nhập — Bộ phận một cửa"
    assert seen[1:] == ["Sign in — One-stop desk", "Sign in"], seen
