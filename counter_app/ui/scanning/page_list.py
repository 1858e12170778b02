"""The batch's thumbnails: reorder by drag or Ctrl+←/→, rotate (R), delete (Delete); blank pages flagged."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

from counter_app.services.scanners import Page, rotate

PAGE_ROLE = Qt.ItemDataRole.UserRole
FLAG = QColor("#fff1b8")


class PageList(QListWidget):
    """Pages in batch order. Every change emits sig_changed so the panel re-counts sizes."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scan_pages")
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(120, 160))
        self.setGridSize(QSize(150, 205))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Snap)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setWordWrap(True)
        self.model().rowsMoved.connect(lambda *_: self._renumber())

    # ------------------------------------------------------------------ pages
    def pages(self) -> list[Page]:
        return [self.item(i).data(PAGE_ROLE) for i in range(self.count())]

    def add_page(self, page: Page, row: int | None = None) -> None:
        item = QListWidgetItem()
        self._fill(item, page)
        if row is None:
            self.addItem(item)
        else:
            self.insertItem(row, item)
        self._renumber()

    def replace_page(self, row: int, page: Page) -> None:
        self._fill(self.item(row), page)
        self._renumber()

    def _fill(self, item: QListWidgetItem, page: Page) -> None:
        image = QImage.fromData(page.thumbnail, "PNG")
        item.setIcon(QIcon(QPixmap.fromImage(image)))
        item.setData(PAGE_ROLE, page)
        item.setBackground(FLAG if page.blank else QColor(Qt.GlobalColor.transparent))
        item.setToolTip(self.tr("Trang có vẻ để trắng: xem lại rồi giữ hoặc xóa (Delete).")
                        if page.blank else "")

    def _renumber(self) -> None:
        for i in range(self.count()):
            item = self.item(i)
            page: Page = item.data(PAGE_ROLE)
            caption = self.tr("Trang %s") % (i + 1)
            if page.separator is not None:
                caption = self.tr("Tờ phân cách – TP %s") % page.separator.component_index
            elif page.blank:
                caption += " – " + self.tr("trắng?")
            item.setText(caption)
        self.sig_changed.emit()

    def blank_rows(self) -> list[int]:
        return [i for i, p in enumerate(self.pages()) if p.blank and p.separator is None]

    # ------------------------------------------------------------------ editing
    def selected_rows(self) -> list[int]:
        return sorted(self.row(i) for i in self.selectedItems())

    def delete_selected(self) -> None:
        for row in reversed(self.selected_rows()):
            self.takeItem(row)
        self._renumber()

    def rotate_selected(self, quarter_turns: int = 1) -> None:
        for row in self.selected_rows():
            self.replace_page(row, rotate(self.item(row).data(PAGE_ROLE), quarter_turns))

    def move_selected(self, step: int) -> None:
        rows = self.selected_rows()
        if not rows or rows[0] + step < 0 or rows[-1] + step >= self.count():
            return
        for row in (reversed(rows) if step > 0 else rows):
            item = self.takeItem(row)
            self.insertItem(row + step, item)
        self.setCurrentRow(rows[0] + step)  # clears the selection and selects that page
        for row in rows:
            self.item(row + step).setSelected(True)
        self._renumber()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key, mods = event.key(), event.modifiers()
        ctrl = mods & Qt.KeyboardModifier.ControlModifier
        if key == Qt.Key.Key_Delete:
            self.delete_selected()
        elif key == Qt.Key.Key_R and not ctrl:
            self.rotate_selected(-1 if mods & Qt.KeyboardModifier.ShiftModifier else 1)
        elif ctrl and key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.move_selected(-1)
        elif ctrl and key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.move_selected(1)
        else:
            super().keyPressEvent(event)
