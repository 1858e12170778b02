"""The dossiers whose result is ready (status 9), listed on F3 to pick one with the keyboard."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget,
)

from counter_app.services import queries
from counter_app.services.context import ServiceContext
from counter_app.services.queries import DossierSummary
from counter_app.ui.search.model import DossierTableModel, enter_list
from counter_app.ui.tasks import TaskRunner


class ReadyList(QGroupBox):
    """Newest first, paged as the search list is; Enter or a double-click opens the row."""

    sig_open_code = Signal(str)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setTitle(self.tr("Hồ sơ đã có kết quả, chờ trả"))
        self.model = DossierTableModel(tasks, self._fetch, ctx.now, parent=self)
        self.view = QTableView(self)
        self.view.setObjectName("ready_list")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list, arrows move in it
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        widths = {"code": 200, "applicant": 200, "received": 130, "appointment": 130}
        for col, name in enumerate(self.model.COLUMNS):
            if name == "procedure":
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            elif name == "status":  # every row is "result ready": the title says it once
                self.view.setColumnHidden(col, True)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, widths.get(name, 140))
        self.count_label = QLabel(self)
        self.count_label.setObjectName("ready_count")
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.view.activated.connect(self._on_view_activated)
        self.model.sig_loaded.connect(self._on_model_loaded)
        self.model.sig_failed.connect(self._on_model_failed)

    def _fetch(self, _quick: str, _query: str, after_id: int | None, limit: int,
               now: datetime) -> Sequence[DossierSummary]:
        return queries.search_page(self._ctx, "ready", "", after_id, limit, now)

    def set_context(self, ctx: ServiceContext) -> None:
        """A new snapshot (enrollment or a sync changed the device or reference data)."""
        self._ctx = ctx

    def refresh(self) -> None:
        self.model.reset("ready", "")

    def enter(self) -> None:
        """Move the keyboard into the list, on its first row when none is current."""
        enter_list(self.view, self.model)

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_open_code.emit(self.model.row_at(index.row()).code)

    def _on_model_loaded(self, rows: int, more: bool) -> None:
        if self.model.loading:
            return
        if rows == 0 and more:
            self.count_label.setText(self.tr("Đang tải danh sách hồ sơ chờ trả…"))
        elif rows == 0:
            self.count_label.setText(self.tr("Chưa có hồ sơ nào chờ trả kết quả."))
        elif more:
            self.count_label.setText(self.tr("Đã tải {n} hồ sơ; cuộn xuống để xem thêm. "
                                             "↓ để chọn, Enter để mở.").format(n=rows))
        else:
            self.count_label.setText(self.tr("{n} hồ sơ chờ trả. ↓ để chọn, Enter để mở.")
                                     .format(n=rows))

    def _on_model_failed(self, message: str) -> None:
        self.count_label.setText(self.tr("Không đọc được danh sách hồ sơ: {e}").format(e=message))
