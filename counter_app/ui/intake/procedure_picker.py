"""The procedure field: type a code or folded words, pick from a list under it with the keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout,
    QWidget,
)

from counter_app.core.procedures import Catalog, Duration, Procedure
from counter_app.ui.intake.common import ErrorLabel
from counter_app.ui.intake.procedure_search import ProcedureIndex

CODE_ROLE = Qt.ItemDataRole.UserRole
MAX_ROWS = 10
POPUP_MIN_WIDTH = 560
_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1,
          Qt.Key.Key_PageUp: -MAX_ROWS, Qt.Key.Key_PageDown: MAX_ROWS}


class ProcedurePicker(QWidget):
    """A line edit with a popup list; Up/Down/Enter choose, Esc closes, typing filters."""

    sig_picked = Signal(str)  # the clerk chose a procedure (its code)
    sig_changed = Signal()  # the text or the choice changed (the form autosaves)

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._index = ProcedureIndex(catalog)
        self._pinned: set[str] = set()
        self._code = ""
        self._quiet_focus = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName("procedure_edit")
        self.edit.setPlaceholderText(self.tr("Gõ mã hoặc tên thủ tục, ví dụ: chung thuc ban sao"))
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.edit.textEdited.connect(self._on_edit_text_edited)
        self.error = ErrorLabel(self)
        self.info = QLabel(self)
        self.info.setObjectName("procedure_info")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.info.hide()
        self.popup = QListWidget(self)
        self.popup.setObjectName("procedure_popup")
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setFrameShape(QFrame.Shape.Box)
        self.popup.setUniformItemSizes(True)
        self.popup.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.popup.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.popup.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.popup.setStyleSheet("QListWidget { background: palette(base); }"
                                 " QListWidget::item { padding: 3px 4px; }")
        self.popup.itemClicked.connect(self._on_popup_item_clicked)
        self.popup.hide()
        # The list moves to the window when shown (see _place_popup); it goes when we go.
        self.destroyed.connect(self.popup.deleteLater)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        lay.addWidget(self.edit)
        lay.addWidget(self.error)
        lay.addWidget(self.info)

    # ------------------------------------------------------------------ public
    def set_catalog(self, catalog: Catalog) -> None:
        """The catalog changed (a sync): search the new one; a pick no longer in it is dropped."""
        self._catalog = catalog
        self._index = ProcedureIndex(catalog)
        if self._code and self._code not in catalog:
            self.clear()

    def code(self) -> str:
        return self._code

    def procedure(self) -> Procedure | None:
        return self._catalog.get(self._code) if self._code else None

    def set_order(self, codes: list[str], pinned: set[str]) -> None:
        """Favourites first, then most used; refreshes the open list."""
        self._index.set_order(codes)
        self._pinned = set(pinned)
        if self.popup.isVisible():
            self._fill_popup(self._query())

    def visible_codes(self) -> list[str]:
        """Codes listed in the popup, top first (for tests and the status bar)."""
        items = (self.popup.item(i) for i in range(self.popup.count()))
        return [c for c in (it.data(CODE_ROLE) for it in items) if c]

    def open_popup(self) -> None:
        """Show the list for what is typed (all, in the counter's order, when nothing is)."""
        self._fill_popup(self._query())
        self._place_popup()

    def focus_for_error(self) -> None:
        """Take the focus without offering the list: a failed save sends it here while the
        form's layout is still moving to show the messages, and the list would open away
        from its field. ↓ or typing opens it."""
        self._quiet_focus = True
        try:
            self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self._quiet_focus = False

    def close_popup(self) -> None:
        self.popup.hide()

    def set_code(self, code: str) -> None:
        """Show `code` as chosen without announcing a pick (restoring a draft)."""
        self._code = code if code in self._catalog else ""
        self._show_choice()

    def clear(self) -> None:
        self._code = ""
        self.edit.clear()
        self.error.show_message("")
        self.close_popup()
        self._show_choice()

    def state(self) -> dict[str, Any]:
        return {"code": self._code, "query": "" if self._code else self.edit.text()}

    def set_state(self, state: dict[str, Any]) -> None:
        self.set_code(str(state.get("code", "")))
        if not self._code:
            self.edit.setText(str(state.get("query", "")))

    # ----------------------------------------------------------------- events
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is not self.edit:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._on_edit_key(event)
        if (kind == QEvent.Type.FocusIn and not self._code and not self.popup.isVisible()
                and not self._quiet_focus):
            self.open_popup()
        elif kind == QEvent.Type.FocusOut:
            self.close_popup()
            if self._code:
                self._show_choice()
        return False

    def _on_edit_key(self, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        shown = self.popup.isVisible()
        step = _STEPS.get(key)
        if shown and step is not None:
            row = min(max(self.popup.currentRow() + step, 0), self.popup.count() - 1)
            self.popup.setCurrentRow(row)
            return True
        if shown and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            item = self.popup.currentItem()
            if item is not None and item.data(CODE_ROLE):
                self._pick(item.data(CODE_ROLE))
            return True
        if key == Qt.Key.Key_Escape and (shown or self._text_differs()):
            self.close_popup()
            self._show_choice()
            return True
        if not shown and key == Qt.Key.Key_Down:
            self.open_popup()
            return True
        return False

    def _on_edit_text_edited(self, _text: str) -> None:
        self.error.show_message("")
        self.open_popup()
        self.sig_changed.emit()

    def _on_popup_item_clicked(self, item: QListWidgetItem) -> None:
        if item.data(CODE_ROLE):
            self._pick(item.data(CODE_ROLE))

    # ---------------------------------------------------------------- helpers
    def _query(self) -> str:
        return "" if self._code and not self._text_differs() else self.edit.text()

    def _display(self, code: str) -> str:
        return f"{code} · {self._catalog.by_code(code).name}"

    def _text_differs(self) -> bool:
        return bool(self._code) and self.edit.text() != self._display(self._code)

    def _pick(self, code: str) -> None:
        self._code = code
        self.close_popup()
        self.error.show_message("")
        self._show_choice()
        self.sig_picked.emit(code)
        self.sig_changed.emit()

    def _show_choice(self) -> None:
        proc = self.procedure()
        if proc is None:
            self.info.hide()
            return
        self.edit.setText(self._display(proc.code))
        self.edit.setCursorPosition(0)
        self.info.setText(self._describe(proc))
        self.info.show()

    def _describe(self, proc: Procedure) -> str:
        duration = duration_text(proc.duration)
        if proc.same_day_cutoff is not None:
            duration = self.tr("{duration} (nhận sau {time} trả vào ngày làm việc tiếp theo)").format(
                duration=duration, time=proc.same_day_cutoff.strftime("%H:%M"))
        meta = self.tr("Lĩnh vực: {field} · Thời hạn giải quyết: {duration} · "
                       "Cơ quan giải quyết: {agency}").format(
            field=proc.field, duration=duration, agency=proc.resolving_agency)
        return f"<b>{_html(proc.name)}</b><br><span style='color:#555'>{_html(meta)}</span>"

    def _fill_popup(self, query: str) -> None:
        self.popup.clear()
        found = self._index.search(query)
        for proc in found:
            star = "★ " if proc.code in self._pinned else ""
            item = QListWidgetItem(f"{star}{proc.code}  {proc.name}")
            item.setData(CODE_ROLE, proc.code)
            item.setToolTip(proc.name)
            self.popup.addItem(item)
        if not found:
            item = QListWidgetItem(self.tr("Không tìm thấy thủ tục phù hợp."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.popup.addItem(item)
        self.popup.setCurrentRow(0 if found else -1)

    def _place_popup(self) -> None:
        host = self.window()
        if self.popup.parentWidget() is not host:
            # A child of the window, not a separate popup window: focus stays in the field,
            # and the list shows in screenshots of the window.
            self.popup.setParent(host)
        pos = self.edit.mapTo(host, QPoint(0, self.edit.height()))
        width = min(max(self.edit.width(), POPUP_MIN_WIDTH), host.width() - pos.x() - 4)
        rows = max(1, min(self.popup.count(), MAX_ROWS))
        row_h = self.popup.sizeHintForRow(0) if self.popup.count() else 20
        height = min(rows * row_h + 2 * self.popup.frameWidth(), host.height() - pos.y() - 4)
        self.popup.setGeometry(pos.x(), pos.y(), width, max(height, row_h))
        self.popup.show()
        self.popup.raise_()
        item = self.popup.currentItem()
        if item is not None:
            self.popup.scrollToItem(item)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def duration_text(duration: Duration) -> str:
    """A statutory time as the clerk reads it: "3 ngày làm việc", "trong ngày" …"""
    value = f"{duration.value:g}"
    if duration.unit == "working_hours":
        return QCoreApplication.translate("ProcedurePicker", "{n} giờ làm việc").format(n=value)
    if duration.unit == "calendar_days":
        return QCoreApplication.translate("ProcedurePicker", "{n} ngày").format(n=value)
    if duration.value == 0:
        return QCoreApplication.translate("ProcedurePicker", "trong ngày")
    return QCoreApplication.translate("ProcedurePicker", "{n} ngày làm việc").format(n=value)
