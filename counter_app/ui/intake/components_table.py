"""The dossier's components as a checklist: handed in or not, and how many copies of each kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QApplication, QHeaderView, QLabel, QSpinBox,
    QStyledItemDelegate, QStyleOptionViewItem, QTableView, QVBoxLayout, QWidget,
)

from counter_app.core.procedures import COPY_KINDS, Procedure
from counter_app.ui.intake.common import ErrorLabel
from counter_app.ui.intake.draft_codec import COUNT_KINDS

COL_SUBMITTED, COL_NAME, COL_ORIGINAL, COL_CERTIFIED, COL_PHOTO = range(5)
COUNT_COLUMNS = {COL_ORIGINAL: "original", COL_CERTIFIED: "certified", COL_PHOTO: "photo"}
MAX_COPIES = 999
Index = QModelIndex | QPersistentModelIndex


def default_rows(procedure: Procedure) -> list[dict[str, Any]]:
    """One row per ComponentSpec: required ones ticked; every row at least one copy."""
    rows = []
    for spec in procedure.components:
        counts: dict[str, int] = {kind: spec.count(kind) for kind in COPY_KINDS}
        if not any(counts.values()):
            counts["original"] = 1
        rows.append({"name": spec.name, "required": spec.required, "submitted": spec.required,
                     "note": spec.note, **counts})
    return rows


class ComponentsModel(QAbstractTableModel):
    """Rows as plain dicts (the same shape the draft codec stores)."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[dict[str, Any]] = []
        self._headers = [self.tr("Đã nộp"), self.tr("Thành phần hồ sơ"), self.tr("Bản chính"),
                         self.tr("Bản chứng thực"), self.tr("Bản photo")]

    def rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in self._rows]

    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [dict(r) for r in rows]
        self.endResetModel()
        self.sig_changed.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_SUBMITTED:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in COUNT_COLUMNS:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self._rows[index.row()], index.column()
        if col == COL_SUBMITTED:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if row["submitted"] else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Dấu cách: đánh dấu đã nộp hoặc bỏ đánh dấu")
            return None
        if col == COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row['name']} *" if row["required"] else row["name"]
            if role == Qt.ItemDataRole.FontRole and row["required"]:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                kind = self.tr("Bắt buộc") if row["required"] else self.tr("Không bắt buộc")
                return f"{row['name']}\n{kind}" + (f"\n{row['note']}" if row["note"] else "")
            return None
        kind = COUNT_COLUMNS[col]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row[kind]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and (row[kind] == 0 or not row["submitted"]):
            return QBrush(QColor("#9aa0a6"))
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 (Qt override)
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, col = self._rows[index.row()], index.column()
        if col == COL_SUBMITTED and role == Qt.ItemDataRole.CheckStateRole:
            row["submitted"] = Qt.CheckState(value) == Qt.CheckState.Checked
            if row["submitted"] and not any(row[k] for k in COUNT_KINDS):
                row["original"] = 1
        elif col in COUNT_COLUMNS and role == Qt.ItemDataRole.EditRole:
            try:
                count = int(value)
            except (TypeError, ValueError):
                return False
            row[COUNT_COLUMNS[col]] = min(max(count, 0), MAX_COPIES)
            # Typing a count means the paper is on the desk.
            row["submitted"] = any(row[k] for k in COUNT_KINDS)
        else:
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_PHOTO))
        self.sig_changed.emit()
        return True


class _CountDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, MAX_COPIES)
        spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        return spin


class ComponentsView(QTableView):
    """Arrows move, a digit starts editing a count, Space ticks; Tab leaves the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setItemDelegate(_CountDelegate(self))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        model = self.model()
        if model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#80868b"))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.tr("Chọn thủ tục để hiện danh sách thành phần hồ sơ."))
            painter.end()

    def commit_open_editor(self) -> None:
        """Keep what is typed in a cell when the clerk saves without leaving it first."""
        editor = QApplication.focusWidget()
        if (self.state() == QAbstractItemView.State.EditingState and editor is not None
                and self.isAncestorOf(editor)):
            self.commitData(editor)
            self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class ComponentsPanel(QWidget):
    """The checklist with its legend and an error line."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ComponentsModel(self)
        self.model.sig_changed.connect(self.sig_changed)
        self.model.modelReset.connect(self._fit_rows)
        self.model.dataChanged.connect(self._fit_rows)
        self.view = ComponentsView(self)
        self.view.setObjectName("components_view")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_SUBMITTED, *COUNT_COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.legend = QLabel(self.tr("* Thành phần bắt buộc. Dấu cách đánh dấu đã nộp; "
                                     "gõ số để sửa số bản."), self)
        self.legend.setStyleSheet("color:#5f6368;")
        self.legend.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.error.setObjectName("error_components")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(3)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.legend)
        lay.addWidget(self.error)

    def set_procedure(self, procedure: Procedure | None) -> None:
        self.model.set_rows(default_rows(procedure) if procedure is not None else [])
        self.error.show_message("")

    def state(self) -> list[dict[str, Any]]:
        return self.model.rows()

    def set_state(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)

    def missing_required(self) -> list[str]:
        """Required components not ticked (the supplement request starts from these)."""
        return [r["name"] for r in self.model.rows()
                if r["required"] and not (r["submitted"] and any(r[k] for k in COUNT_KINDS))]

    def focus_first_count(self) -> None:
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, COL_ORIGINAL))
        self.view.setFocus()

    def _fit_rows(self) -> None:
        self.view.resizeRowsToContents()
