"""Keyboard shortcuts: one way to register a slice's own (with what it does), and the sheet (F1)
generated from every action and registered shortcut of the window, so it is never out of date."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QTableWidget, QTableWidgetItem, QTabWidget,
    QVBoxLayout, QWidget,
)

SCREEN_SHARE = 0.9  # the sheet never grows past this share of the screen


def add_shortcut(parent: QWidget, keys: str | QKeySequence, slot: Callable[[], object],
                 description: str,
                 context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
                 ) -> QShortcut:
    """A shortcut of `parent` (by default: while the focus is inside it), described for the sheet."""
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(context)
    shortcut.setWhatsThis(description)
    shortcut.activated.connect(slot)
    return shortcut


def key_text(sequence: QKeySequence) -> str:
    """As printed on the keyboard: "Ctrl+Enter" for both Enter keys."""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText).replace("Return", "Enter")


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def registered_shortcuts(window: QWidget, tabs: QTabWidget | None,
                         everywhere: str) -> list[tuple[str, str, str]]:
    """(keys, what it does, where) for every action with a shortcut and every described
    QShortcut under `window`; "where" is the tab holding the shortcut, else `everywhere`."""
    rows: list[tuple[str, str, str]] = []
    for action in window.findChildren(QAction):
        if not action.shortcut().isEmpty() and action.text():
            rows.append((key_text(action.shortcut()), _plain(action.text()), everywhere))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.whatsThis() and not shortcut.key().isEmpty():
            rows.append((key_text(shortcut.key()), shortcut.whatsThis(),
                         _where(shortcut, tabs) or everywhere))
    unique: list[tuple[str, str, str]] = []
    for row in rows:
        if row not in unique:
            unique.append(row)
    screens = [tabs.tabText(i) for i in range(tabs.count())] if tabs is not None else []
    # Everywhere first, then screen by screen in the order of the tabs (sorted() is stable).
    return sorted(unique, key=lambda r: screens.index(r[2]) + 1 if r[2] in screens else 0)


def undescribed_shortcuts(window: QWidget) -> list[str]:
    """Shortcuts nobody would find on the sheet (a test keeps this list empty)."""
    return [key_text(s.key()) for s in window.findChildren(QShortcut) if not s.whatsThis()]


def _where(shortcut: QShortcut, tabs: QTabWidget | None) -> str:
    if tabs is None:
        return ""
    parent = shortcut.parent()
    for i in range(tabs.count()):
        page = tabs.widget(i)
        if isinstance(parent, QWidget) and (parent is page or page.isAncestorOf(parent)):
            return tabs.tabText(i)
    return ""


class ShortcutSheet(QDialog):
    """Help → Phím tắt (F1): what every key does, where; sized to show it all without scrolling."""

    def __init__(self, window: QWidget, tabs: QTabWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent if parent is not None else window)
        self.setWindowTitle(self.tr("Phím tắt"))
        everywhere = self.tr("Mọi màn hình")
        rows = registered_shortcuts(window, tabs, everywhere) + [
            ("Enter", self.tr("Sang ô tiếp theo / xác nhận"), everywhere),
            ("Tab / Shift+Tab", self.tr("Ô tiếp theo / ô trước"), everywhere),
            ("Esc", self.tr("Hủy, đóng hộp thoại"), everywhere),
            (self.tr("Quét QR thẻ CCCD"), self.tr("Điền thông tin người nộp"), everywhere),
            (self.tr("Quét mã vạch phiếu hẹn"), self.tr("Mở hồ sơ để trả kết quả"), everywhere),
        ]
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Phím"), self.tr("Chức năng"),
                                              self.tr("Dùng ở")])
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Đóng (Esc)"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._fit(layout.contentsMargins().left() * 2, buttons.sizeHint().height()
                  + layout.spacing() + layout.contentsMargins().top() * 2)

    def _fit(self, margin_w: int, extra_h: int) -> None:
        """As large as the table's content (within the screen), never a fixed guess."""
        table = self.table
        frame = table.frameWidth() * 2
        width = sum(table.columnWidth(c) for c in range(table.columnCount())) + frame
        height = (table.horizontalHeader().sizeHint().height() + frame
                  + sum(table.rowHeight(r) for r in range(table.rowCount())))
        screen = self.screen().availableGeometry()
        if height + extra_h > screen.height() * SCREEN_SHARE:
            width += table.verticalScrollBar().sizeHint().width()
        self.resize(min(width + margin_w, int(screen.width() * SCREEN_SHARE)),
                    min(height + extra_h, int(screen.height() * SCREEN_SHARE)))
