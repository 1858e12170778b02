"""Search and work queues (tra cứu, hàng đợi công việc): quick filters, text search, a lazy table."""

from __future__ import annotations

from datetime import datetime
from functools import partial
from typing import Sequence

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressBar, QPushButton,
    QTableView, QVBoxLayout, QWidget,
)

from counter_app.services.context import ServiceContext
from counter_app.services.queries import DossierSummary, quick_counts, search_page
from counter_app.ui.search.model import DossierTableModel, enter_list
from counter_app.ui.shortcuts import add_shortcut
from counter_app.ui.tasks import TaskRunner

# Long enough to skip the searches of a fast typist's burst, short enough that results are
# painted within 100 ms of the last key (a name search costs a few ms on a million dossiers).
DEBOUNCE_MS = 40
PAGE_SIZE = 200
# Fusion barely marks a checked push button; the active queue must be obvious at a glance.
# Both states styled, so the size hint (padding) is the same checked or not.
CHECKED_STYLE = ("QPushButton { padding: 4px 10px; border: 1px solid #9a9a9a; border-radius: 3px;"
                 " background-color: #f7f7f7; }"
                 " QPushButton:hover { background-color: #e8eef6; }"
                 " QPushButton:checked { background-color: #0b5cab; color: white;"
                 " border-color: #084a8a; }")


class _SearchBox(QLineEdit):
    """The search field; ↓ moves into the results so the keyboard never has to leave."""

    sig_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Down:
            self.sig_down.emit()
            return
        super().keyPressEvent(event)


class SearchSlice(QWidget):
    """Find any dossier and work through today's queues; Enter or double-click opens a row."""

    sig_open_code = Signal(str)
    sig_message = Signal(str)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, parent: QWidget | None = None,
                 page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = DossierTableModel(tasks, self._fetch, ctx.now, page_size, self)
        self._tasks = tasks
        self._filters: dict[str, QPushButton] = {}
        self._labels: dict[str, str] = {}
        self._counts_generation = 0
        self._build()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self.search_box.textChanged.connect(self._on_search_box_text_changed)
        self.search_box.returnPressed.connect(self._on_search_box_return)
        self.search_box.sig_down.connect(self._on_search_box_down)
        self.view.activated.connect(self._on_view_activated)
        self.model.sig_loading.connect(self._on_model_loading)
        self.model.sig_loaded.connect(self._on_model_loaded)
        self.model.sig_failed.connect(self._on_model_failed)
        self.model.reset("all", "")
        self.refresh_counts()

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        self.search_box = _SearchBox(self)
        self.search_box.setPlaceholderText(
            self.tr("Tìm theo mã hồ sơ, họ tên (gõ không dấu cũng được), số CCCD hoặc số điện thoại"))
        self.search_box.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Tìm hồ sơ:"), self)
        search_label.setBuddy(self.search_box)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_box, 1)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Lọc nhanh:"), self))
        specs = (("received_today", self.tr("Tiếp nhận hôm nay")),
                 ("due_today", self.tr("Đến hạn hôm nay")),
                 ("ready", self.tr("Chờ trả kết quả")),
                 ("overdue", self.tr("Quá hạn")),
                 ("supplement", self.tr("Chờ bổ sung")))
        for n, (key, label) in enumerate(specs, start=1):
            self._labels[key] = label
            button = QPushButton(self._filter_text(key, None), self)
            button.setCheckable(True)
            button.setStyleSheet(CHECKED_STYLE)
            button.setToolTip(self.tr("Bấm lần nữa để bỏ lọc."))
            button.clicked.connect(partial(self._on_filter_clicked, key))
            add_shortcut(self, f"Alt+{n}", button.click,
                         self.tr("Lọc nhanh: {filter} (bấm lần nữa để bỏ lọc)").format(filter=label))
            filters.addWidget(button)
            self._filters[key] = button
        filters.addStretch(1)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)  # the overdue background must stay readable
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        widths = (195, 180, 110, 0, 125, 125, 260)  # 0: the procedure takes what is left
        for col, width in enumerate(widths):
            if width:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(col, width)
            else:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: a page is being read
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(12)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.count_label = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.busy)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    # ------------------------------------------------------------------ interface
    def set_context(self, ctx: ServiceContext) -> None:
        """A new snapshot (enrollment or a sync changed the device or reference data)."""
        self._ctx = ctx

    def _fetch(self, quick: str, query: str, after_id: int | None, limit: int,
               now: datetime) -> Sequence[DossierSummary]:
        return search_page(self._ctx, quick, query, after_id, limit, now)  # one snapshot per page

    def refresh(self) -> None:
        """Reload the list and the filters' counts (a dossier was saved, a sync brought changes)."""
        self._reload_list()
        self.refresh_counts()

    def _reload_list(self) -> None:
        self._debounce.stop()
        self.model.reset(self.current_filter(), self.search_box.text())

    def refresh_counts(self) -> None:
        """Count each quick filter off the GUI thread; a late answer to an older call is dropped."""
        self._counts_generation += 1
        generation = self._counts_generation
        self._tasks.run(quick_counts, self._ctx, self._ctx.now(),
                        on_done=lambda counts: self._on_counts_done(generation, counts))

    def _on_counts_done(self, generation: int, counts: dict[str, int]) -> None:
        if generation != self._counts_generation:
            return
        for key, button in self._filters.items():
            button.setText(self._filter_text(key, counts.get(key)))

    def _filter_text(self, key: str, count: int | None) -> str:
        n = list(self._labels).index(key) + 1
        shown = "…" if count is None else f"{count:,}".replace(",", ".")
        return self.tr("{label}: {count}  (Alt+{n})").format(label=self._labels[key],
                                                             count=shown, n=n)

    def focus_first(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def current_filter(self) -> str:
        return next((k for k, b in self._filters.items() if b.isChecked()), "all")

    def set_filter(self, key: str) -> None:
        """Check one quick filter ("all" for none) and reload."""
        for k, button in self._filters.items():
            button.setChecked(k == key)
        self.refresh()

    # ------------------------------------------------------------------ slots
    def _on_filter_clicked(self, key: str) -> None:
        # A checked filter clicked again is switched off: back to every dossier.
        self.set_filter(key if self._filters[key].isChecked() else "all")

    def _on_search_box_text_changed(self, _text: str) -> None:
        self._debounce.start()  # restarts: search once the clerk pauses

    def _on_debounce_timeout(self) -> None:
        self._reload_list()  # the counts do not depend on what is typed

    def _on_search_box_return(self) -> None:
        self._reload_list()

    def _on_search_box_down(self) -> None:
        enter_list(self.view, self.model)

    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.sig_open_code.emit(self.model.row_at(index.row()).code)

    def _on_model_loading(self, loading: bool) -> None:
        self.busy.setVisible(loading)
        if loading:
            self.count_label.setText(self.tr("Đang tải danh sách hồ sơ…")
                                     if self.model.rowCount() == 0 else self._count_text())

    def _on_model_loaded(self, rows: int, more: bool) -> None:
        if not self.model.loading:
            self.count_label.setText(self._count_text())

    def _on_model_failed(self, message: str) -> None:
        text = self.tr("Không đọc được danh sách hồ sơ: %s") % message
        self.count_label.setText(text)
        self.sig_message.emit(text)

    def _count_text(self) -> str:
        n = self.model.rowCount()
        if n == 0:
            return self.tr("Không có hồ sơ nào phù hợp.")
        if self.model.has_more:
            return self.tr("Đã tải %s hồ sơ; cuộn xuống để xem thêm.") % f"{n:,}".replace(",", ".")
        return self.tr("Có %s hồ sơ.") % f"{n:,}".replace(",", ".")
