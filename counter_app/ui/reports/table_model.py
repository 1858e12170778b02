"""A ReportTable as a Qt model (rows then the bold total) and a header that shows its groups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, QSize
from PySide6.QtGui import QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

from counter_app.core.report_headers import Group, groups
from counter_app.core.report_table import Cell, Column, ReportTable
from counter_app.core.vnformat import cell_text

Index = QModelIndex | QPersistentModelIndex
EMPTY = ReportTable(title="", columns=(), rows=())
# Kinds whose cells are counts of dossiers: a clerk can open the list behind them.
FIGURE_KINDS = ("int",)


class ReportTableModel(QAbstractTableModel):
    """Read-only: the table's rows, then its total (bold); figures right-aligned, grouped 1.234."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table = EMPTY

    def set_table(self, table: ReportTable | None) -> None:
        self.beginResetModel()
        self.table = table if table is not None else EMPTY
        self.endResetModel()

    def is_total(self, row: int) -> bool:
        return self.table.total is not None and row == len(self.table.rows)

    def cells(self, row: int) -> tuple[Cell, ...]:
        if self.is_total(row):
            assert self.table.total is not None
            return self.table.total
        return self.table.rows[row]

    def row_key(self, row: int) -> str:
        """The row's key for drill-down; "" for the total row (every row of the table)."""
        if self.is_total(row):
            return ""
        keys = self.table.row_keys
        return keys[row] if keys else str(row)

    def column(self, index: int) -> Column:
        return self.table.columns[index]

    def is_figure(self, index: Index) -> bool:
        """A count of dossiers, not empty: what Enter or a double-click opens."""
        if not index.isValid():
            return False
        value = self.cells(index.row())[index.column()]
        return self.column(index.column()).kind in FIGURE_KINDS and isinstance(value, int)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self.table.rows) + (1 if self.table.total is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or section >= len(self.table.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.table.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.column(index.column())
        value = self.cells(index.row())[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, column.kind)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignLeft if column.kind == "text"
                          else Qt.AlignmentFlag.AlignRight)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self.is_figure(index):
            return self.tr("Enter hoặc nhấp đúp: xem danh sách hồ sơ")
        return None


class GroupHeaderView(QHeaderView):
    """Two tiers when the table has groups: a group's name across its columns, each column's
    own header beneath; a column without a group takes both tiers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._groups: tuple[Group, ...] = ()
        self._grouped: dict[int, Group] = {}
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSectionsClickable(False)
        self.setHighlightSections(False)

    def set_columns(self, columns: tuple[Column, ...]) -> None:
        self._groups = groups(columns)
        self._grouped = {i: g for g in self._groups for i in range(g.first, g.last + 1)}
        self.updateGeometry()
        self.viewport().update()

    def group_of(self, section: int) -> str:
        """The group header shown above ``section`` ("" when it stands alone)."""
        group = self._grouped.get(section)
        return group.text if group is not None else ""

    def group_rect(self, section: int) -> QRect:
        """Where the group over ``section`` is painted (viewport coordinates); empty if none."""
        group = self._grouped.get(section)
        if group is None:
            return QRect()
        left = self.sectionViewportPosition(group.first)
        right = self.sectionViewportPosition(group.last) + self.sectionSize(group.last)
        return QRect(left, 0, right - left, self._band())

    def _band(self) -> int:
        return self.fontMetrics().height() + 10 if self._groups else 0

    def sizeHint(self) -> QSize:
        # Two lines for a column's own header (they wrap), plus the group band.
        size = super().sizeHint()
        size.setHeight(2 * self.fontMetrics().height() + 12 + self._band())
        return size

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:  # noqa: N802,N803
        if logicalIndex in self._grouped:
            rect = rect.adjusted(0, self._band(), 0, 0)
        super().paintSection(painter, rect, logicalIndex)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        painter = QPainter(self.viewport())
        try:
            for group in self._groups:
                option = QStyleOptionHeader()
                self.initStyleOption(option)
                option.rect = self.group_rect(group.first)
                option.text = group.text
                option.textAlignment = Qt.AlignmentFlag.AlignCenter
                option.section = group.first
                option.position = QStyleOptionHeader.SectionPosition.Middle
                self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        finally:
            painter.end()
