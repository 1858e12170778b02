"""The composition root starts the desk on a demo store: login, window, draft restore, sync off."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QDialog

from counter_app import app as app_module
from counter_app.services.auth import Clerk
from counter_app.ui.login.dialog import LoginDialog
from counter_app.ui.main_window import MainWindow


def test_run_gui_opens_the_window_after_login(qtbot, tmp_path, monkeypatch):
    shown: list[MainWindow] = []
    hooks: list[object] = []

    def fake_login(self: LoginDialog) -> int:
        assert self.username.text() == "demo"  # the demo counter pre-fills its account
        self.clerk = Clerk("demo", "Cán bộ tiếp nhận (demo)", "clerk")
        return QDialog.DialogCode.Accepted

    def fake_exec() -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        shown.append(window)
        assert window.isVisible() and window.tabs.currentWidget() is window.intake
        assert window.sync.worker is None  # a demo store that is not enrolled does not sync
        hooks.append(sys.excepthook)
        window.close()
        return 0

    monkeypatch.setattr(LoginDialog, "exec", fake_login)
    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(tmp_path / "data", demo=True) == 0
    assert shown and "Quầy 1" in shown[0].windowTitle()
    # While the window was open, an exception no slot caught went to the clerk and the log.
    assert getattr(hooks[0], "__self__", None).__class__.__name__ == "ErrorReporter"
    assert sys.excepthook is not hooks[0]  # and the hook is gone with the window
    assert (tmp_path / "data" / "counter-app.log").exists()
