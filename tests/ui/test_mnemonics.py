"""No two things reachable at the same time share an Alt+letter: menus, labels with buddies,
buttons, group boxes and tabs of every screen of the main window, every menu, every dialog."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from counter_app.services import auth
from counter_app.ui.intake.outcome_dialogs import RefusalDialog, SupplementDialog
from counter_app.ui.login.dialog import LoginDialog
from counter_app.ui.main_window import MainWindow
from counter_app.ui.shortcuts import ShortcutSheet
from tests.ui.intake.conftest import COUNTER_PREFS


def _alt(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().upper()


def _texts(widget: QWidget) -> list[str]:
    """The mnemonic-bearing texts a widget itself carries."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(i) for i in range(widget.count())]
    return []


def clashes(root: QWidget, extra: list[str] = ()) -> dict[str, list[str]]:
    """Alt+letters used more than once among what is visible in `root` now (plus `extra`)."""
    used: dict[str, list[str]] = defaultdict(list)
    for text in extra:
        if _alt(text):
            used[_alt(text)].append(text)
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QMenu):
            continue  # a menu's items are a scope of their own (only while it is open)
        for text in _texts(w):
            if _alt(text):
                used[_alt(text)].append(text)
    for sc in root.findChildren(QShortcut):  # Alt+letter shortcuts take the same keys
        parent = sc.parent()
        if isinstance(parent, QWidget) and (parent is root or parent.isVisibleTo(root)):
            key = sc.key().toString().upper()
            if key.startswith("ALT+") and len(key) == 5:
                used[key].append(f"shortcut {key}")
    return {k: v for k, v in used.items() if len(v) > 1}


def menu_clashes(menu: QMenu) -> dict[str, list[str]]:
    used: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if _alt(action.text()):
            used[_alt(action.text())].append(action.text())
    return {k: v for k, v in used.items() if len(v) > 1}


@pytest.fixture(params=["vi", "en"])
def language(request):
    if request.param == "en":
        request.getfixturevalue("english")
    return request.param


@pytest.fixture
def window(qtbot, ctx, tasks, clock, language):
    clerk = auth.add_clerk(ctx.store, "lan", "Nguyễn Thị Lan", "clerk", "mật-khẩu-1", clock())
    win = MainWindow(ctx, tasks, COUNTER_PREFS, clerk)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def test_each_screen_of_the_main_window_has_distinct_mnemonics(qtbot, window):
    menus = [a.text() for a in window.menuBar().actions()]
    found = {}
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        page = clashes(window, menus)
        if page:
            found[window.tabs.tabText(i)] = page
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_each_menu_has_distinct_mnemonics(window):
    found = {a.text(): menu_clashes(a.menu()) for a in window.menuBar().actions()
             if a.menu() is not None and menu_clashes(a.menu())}
    assert not found, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_lock_screen_has_distinct_mnemonics(qtbot, window):
    window.lock()
    assert not clashes(window.lock_overlay)


def test_every_dialog_has_distinct_mnemonics(qtbot, ctx, tasks, window):
    dialogs = [LoginDialog(ctx, tasks), ShortcutSheet(window),
               RefusalDialog("Nguyễn Văn An", "Chứng thực bản sao"),
               SupplementDialog("Nguyễn Văn An", "Chứng thực bản sao",
                                ["Bản chính giấy khai sinh"])]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert not clashes(dialog), (type(dialog).__name__, clashes(dialog))
