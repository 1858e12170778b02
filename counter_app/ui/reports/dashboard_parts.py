"""The dashboard's tiles (a big figure and its caption) and dossier lists (Enter opens a code)."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QFrame, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget,
)

from counter_app.services.dashboard import Listed

TILE_STYLE = ("QFrame#tile { border: 1px solid #c8d2dc; border-radius: 4px; background: #f7f9fb; }"
              " QFrame#tile[alert=\"true\"] { border-color: #c62828; background: #fdecea; }")



def late_text(hours: float, day_hours: float) -> str:
    """Working time past the appointment: "3,5 giờ", "2 ngày 1,5 giờ" (working days of the calendar)."""
    if day_hours <= 0:
        return QCoreApplication.translate("DashboardParts", "{h} giờ").format(h=_number(hours))
    days, rest = divmod(round(hours * 2) / 2, day_hours)
    if days and rest:
        return QCoreApplication.translate("DashboardParts", "{d} ngày {h} giờ").format(
            d=int(days), h=_number(rest))
    if days:
        return QCoreApplication.translate("DashboardParts", "{d} ngày").format(d=int(days))
    return QCoreApplication.translate("DashboardParts", "{h} giờ").format(h=_number(rest))


def _number(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")  # Vietnamese decimal comma


def when_text(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%H:%M %d/%m/%Y")


class Tile(QFrame):
    """One figure: the number large, what it counts below, a detail line under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setStyleSheet(TILE_STYLE)
        self.setMinimumHeight(112)  # the figure, a two-line caption and a two-line detail
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        self.value = QLabel("…")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption)
        self.caption.setWordWrap(True)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setStyleSheet("color: #555;")
        for w in (self.value, self.caption, self.detail):
            layout.addWidget(w)

    def show_figure(self, value: str, detail: str = "", alert: bool = False) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.setProperty("alert", "true" if alert else "false")
        self.style().unpolish(self)
        self.style().polish(self)


class DossierListView(QTableWidget):
    """Code, procedure, applicant, appointment and one more column; Enter or double-click opens."""

    sig_open_code = Signal(str)

    def __init__(self, last_column: str, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels([self.tr("Mã hồ sơ"), self.tr("Thủ tục"),
                                        self.tr("Người nộp"), self.tr("Hẹn trả"), last_column])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 200)
        header.resizeSection(2, 160)
        header.resizeSection(3, 120)
        header.resizeSection(4, 120)
        self.doubleClicked.connect(lambda index: self._open(index.row()))

    def show_items(self, items: Sequence[Listed], last: Sequence[str]) -> None:
        self.setRowCount(len(items))
        for row, (item, extra) in enumerate(zip(items, last)):
            for col, text in enumerate((item.code, item.procedure_name, item.applicant_name,
                                        when_text(item.appointment_at), extra)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.setItem(row, col, cell)

    def codes(self) -> list[str]:
        return [self.item(r, 0).text() for r in range(self.rowCount())]

    def _open(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.sig_open_code.emit(self.item(row, 0).text())

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._open(self.currentRow())
            return
        super().keyPressEvent(event)
