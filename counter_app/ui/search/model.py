"""The dossier list's Qt model: pages of rows fetched lazily in the background, newest first."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableView

from counter_app.core.dossier import is_overdue
from counter_app.services.queries import DossierSummary
from counter_app.ui.tasks import TaskRunner
from counter_app.ui.messages import error_text, status_text

# fetch(quick, query, after_id, limit, now) → a page of rows with id < after_id, newest first.
PageFetcher = Callable[[str, str, "int | None", int, datetime], Sequence[DossierSummary]]
Index = QModelIndex | QPersistentModelIndex

OVERDUE_TEXT = QColor("#a8071a")
OVERDUE_BACKGROUND = QColor("#fdecec")
READY_TEXT = QColor("#135200")


def format_time(value: datetime | None) -> str:
    return "" if value is None else value.strftime("%d/%m/%Y %H:%M")


class DossierTableModel(QAbstractTableModel):
    """Rows arrive a page at a time (canFetchMore/fetchMore), keyed on the last id shown.

    Each `reset` starts a new generation; a page that comes back for an older generation (a query
    the clerk has typed past) is dropped, so stale results never mix with the current ones.
    """

    sig_loading = Signal(bool)
    sig_loaded = Signal(int, bool)  # rows held, whether more remain
    sig_failed = Signal(str)

    COLUMNS = ("code", "applicant", "id_number", "procedure", "received", "appointment", "status")

    def __init__(self, tasks: TaskRunner, fetch: PageFetcher, now: Callable[[], datetime],
                 page_size: int = 200, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._fetch = fetch
        self._now_fn = now
        self.page_size = page_size
        self._rows: list[DossierSummary] = []
        self._quick = "all"
        self._query = ""
        self._now = now()
        self._generation = 0
        self._loading = False
        self._has_more = False
        self._headers = (self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Số định danh"),
                         self.tr("Thủ tục"),
                         self.tr("Tiếp nhận"), self.tr("Hẹn trả"), self.tr("Trạng thái"))

    # ------------------------------------------------------------------ state
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def generation(self) -> int:
        return self._generation

    def row_at(self, row: int) -> DossierSummary:
        return self._rows[row]

    def codes(self) -> list[str]:
        return [r.code for r in self._rows]

    def reset(self, quick: str, query: str) -> None:
        """Show a new list: forget the rows, bump the generation, fetch the first page."""
        self.beginResetModel()
        self._generation += 1
        self._quick, self._query = quick, query
        self._now = self._now_fn()  # one `now` for every page of this list (overdue, today)
        self._rows = []
        self._has_more = True
        self._loading = False
        self.endResetModel()
        self.sig_loaded.emit(0, True)
        self.fetchMore(QModelIndex())

    # ------------------------------------------------------------------ lazy loading
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._set_loading(True)
        generation = self._generation
        after = self._rows[-1].id if self._rows else None
        self._tasks.run(self._fetch, self._quick, self._query, after, self.page_size, self._now,
                        on_done=lambda rows: self._on_page_done(generation, rows),
                        on_error=lambda exc: self._on_page_error(generation, exc))

    def _on_page_done(self, generation: int, rows: Sequence[DossierSummary]) -> None:
        if generation != self._generation:
            return  # an older query's page: the list has moved on
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self._has_more = len(rows) >= self.page_size
        self._set_loading(False)
        self.sig_loaded.emit(len(self._rows), self._has_more)

    def _on_page_error(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._has_more = False
        self._set_loading(False)
        self.sig_failed.emit(error_text(exc))

    def _set_loading(self, value: bool) -> None:
        if self._loading != value:
            self._loading = value
            self.sig_loading.emit(value)

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def is_overdue(self, row: int) -> bool:
        r = self._rows[row]
        return is_overdue(r.status, r.appointment_at, self._now)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        col = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col, index.row())
        if role == Qt.ItemDataRole.ToolTipRole and col in ("procedure", "applicant"):
            return r.procedure_name if col == "procedure" else self._applicant_tip(r)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.is_overdue(index.row()):
                return QBrush(OVERDUE_TEXT)
            if col == "status" and r.status == 9:
                return QBrush(READY_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole and self.is_overdue(index.row()):
            return QBrush(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.UserRole:
            return r.code
        return None

    def _display(self, r: DossierSummary, col: str, row: int) -> str:
        if col == "code":
            return r.code
        if col == "applicant":
            return r.applicant_name
        if col == "id_number":  # tells namesakes apart
            return r.applicant_id_number or ""
        if col == "procedure":
            return r.procedure_name
        if col == "received":
            return format_time(r.received_at)
        if col == "appointment":
            return format_time(r.appointment_at)
        label = status_text(r.status)
        return self.tr("%s – quá hạn") % label if self.is_overdue(row) else label

    def _applicant_tip(self, r: DossierSummary) -> str:
        parts = [r.applicant_name]
        if r.applicant_id_number:
            parts.append(self.tr("Số định danh: %s") % r.applicant_id_number)
        if r.applicant_phone:
            parts.append(self.tr("Điện thoại: %s") % r.applicant_phone)
        return "\n".join(parts)


def enter_list(view: QTableView, model: DossierTableModel) -> None:
    """Move the keyboard into a dossier list, on its first row when none is current."""
    if model.rowCount() == 0:
        return
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    if not view.currentIndex().isValid():
        view.setCurrentIndex(model.index(0, 0))
        view.selectRow(0)
