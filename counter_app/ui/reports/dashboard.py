"""The supervisor's dashboard (bảng điều hành): tiles, lists and charts, refreshed in the background."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpinBox,
    QSplitter,
    QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from counter_app.services import dashboard as service
from counter_app.services.auth import Clerk
from counter_app.services.context import ServiceContext
from counter_app.services.dashboard import Dashboard, DashboardSettings
from counter_app.services.errors import ServiceError
from counter_app.ui.messages import error_text
from counter_app.ui.reports.dashboard_charts import IntakeChart, TimelinessChart
from counter_app.ui.reports.dashboard_parts import DossierListView, Tile, late_text, when_text
from counter_app.ui.shortcuts import add_shortcut
from counter_app.ui.tasks import TaskRunner

AUTO_REFRESH_MS = 3 * 60 * 1000  # every three minutes while the dashboard is shown


class DashboardSlice(QWidget):
    """The figures a supervisor watches; a clerk's account is told it may not see them.

    Every read runs on the task runner; a refresh asked for while one runs is done once it ends.
    Refreshes on first show, F5, the "Làm mới" button, a change of period or of N, and every
    AUTO_REFRESH_MS while visible (a hidden dashboard is refreshed when shown again).
    """

    sig_open_code = Signal(str)  # a dossier code chosen in a list (the window opens it)
    sig_message = Signal(str)
    sig_loaded = Signal()  # figures shown (tests and the benchmark wait on it)

    def __init__(self, ctx: ServiceContext, tasks: TaskRunner, clerk: Clerk,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx, self._tasks, self._clerk = ctx, tasks, clerk
        self.allowed = clerk.role in service.DASHBOARD_ROLES
        self.data: Dashboard | None = None
        self._loading = False
        self._again = False
        self._stale = True
        self._generation = 0
        layout = QVBoxLayout(self)
        if not self.allowed:
            self.denied = QLabel(self.tr(
                "Bảng điều hành chỉ dành cho giám sát viên và quản trị viên. Tài khoản {name} "
                "không có quyền xem; xin liên hệ quản trị viên nếu cần.").format(
                    name=clerk.full_name))
            self.denied.setWordWrap(True)
            layout.addWidget(self.denied)
            layout.addStretch(1)
            return
        self._build(layout)
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_REFRESH_MS)
        self.timer.timeout.connect(self._on_timer)
        self.timer.start()
        add_shortcut(self, "F5", self.refresh, self.tr("Làm mới bảng điều hành"))
        self._tasks.run(service.load_settings, ctx, on_done=self._on_settings_loaded,
                        on_error=self._show_error)

    # ------------------------------------------------------------------ building
    def _build(self, layout: QVBoxLayout) -> None:
        bar = QHBoxLayout()
        title = QLabel(self.tr("<b>Bảng điều hành</b>"))
        self.as_of = QLabel("")
        self.period = QComboBox()
        for days in service.PERIODS:
            self.period.addItem(self.tr("{n} ngày gần nhất").format(n=days), days)
        self.period.setCurrentIndex(service.PERIODS.index(30))
        self.period.setToolTip(self.tr("Kỳ của các biểu đồ"))
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.days = QSpinBox()
        self.days.setRange(*service.UNCOLLECTED_DAYS_RANGE)
        self.days.setValue(DashboardSettings().uncollected_days)
        self.days.setSuffix(self.tr(" ngày"))
        self.days.setToolTip(self.tr("Kết quả chờ lâu hơn số ngày này được liệt kê là chưa nhận"))
        self.days.editingFinished.connect(self._on_days_edited)
        days_label = QLabel(self.tr("Chưa nhận kết quả quá:"))
        days_label.setBuddy(self.days)
        self.refresh_button = QPushButton(self.tr("Làm mới (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate: a refresh is in flight
        self.busy.setMaximumWidth(120)
        self.busy.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.busy.setTextVisible(False)
        self.busy.setVisible(False)
        self.error = QLabel("")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        for w in (title, self.as_of):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.busy, QLabel(self.tr("Kỳ:")), self.period, days_label, self.days,
                  self.refresh_button):
            bar.addWidget(w)
        layout.addLayout(bar)
        layout.addWidget(self.error)

        tiles = QGridLayout()
        self.tile_intake = Tile(self.tr("Tiếp nhận hôm nay"))
        self.tile_due_today = Tile(self.tr("Đến hạn hôm nay, chưa có kết quả"))
        self.tile_due_next = Tile(self.tr("Đến hạn ngày làm việc tới"))
        self.tile_overdue = Tile(self.tr("Quá hạn, đang giải quyết"))
        self.tile_uncollected = Tile(self.tr("Có kết quả, chưa đến nhận"))
        self.tile_digitized = Tile(self.tr("Tỷ lệ số hóa hồ sơ tiếp nhận trong kỳ"))
        for i, tile in enumerate((self.tile_intake, self.tile_due_today, self.tile_due_next,
                                  self.tile_overdue, self.tile_uncollected, self.tile_digitized)):
            tiles.addWidget(tile, 0, i)
        layout.addLayout(tiles)

        split = QSplitter()
        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        self.intake_chart = IntakeChart()
        self.timeliness_chart = TimelinessChart()
        charts_layout.addWidget(self.intake_chart)
        charts_layout.addWidget(self.timeliness_chart)
        self.lists = QTabWidget()
        self.due_today_list = DossierListView(self.tr("Trạng thái"))
        self.due_next_list = DossierListView(self.tr("Trạng thái"))
        self.overdue_list = DossierListView(self.tr("Trễ (giờ làm việc)"))
        self.uncollected_list = DossierListView(self.tr("Có kết quả lúc"))
        self.counters = QTableWidget(0, 3)
        self.counters.setHorizontalHeaderLabels([self.tr("Quầy"), self.tr("Cán bộ"),
                                                 self.tr("Số hồ sơ")])
        self.counters.verticalHeader().setVisible(False)
        self.counters.horizontalHeader().setStretchLastSection(True)
        for view in (self.due_today_list, self.due_next_list, self.overdue_list,
                     self.uncollected_list):
            view.sig_open_code.connect(self.sig_open_code)
            self.lists.addTab(view, "")
        self.lists.addTab(self.counters, self.tr("Hôm nay theo quầy, cán bộ"))
        split.addWidget(charts)
        split.addWidget(self.lists)
        split.setSizes([560, 800])
        layout.addWidget(split, 1)

    # ------------------------------------------------------------------ the slice's API
    def set_context(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self._stale = True

    def focus_first(self) -> None:
        (self.refresh_button if self.allowed else self).setFocus()

    def refresh(self) -> None:
        """Read every figure again in the background; at most one read in flight."""
        if not self.allowed:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self._again = False
        self._stale = False
        self._generation += 1
        self.busy.setVisible(True)
        self.refresh_button.setEnabled(False)
        choice = DashboardSettings(self.days.value())
        self._tasks.run(service.load, self._ctx, self._clerk.role, self.period.currentData(),
                        choice, on_done=partial(self._on_loaded, self._generation),
                        on_error=self._on_failed)

    @property
    def loading(self) -> bool:
        return self._loading

    # ------------------------------------------------------------------ reactions
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.allowed and self._stale:
            self.refresh()

    def _on_timer(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    def _on_settings_loaded(self, choice: DashboardSettings) -> None:
        if choice.uncollected_days != self.days.value():
            self.days.setValue(choice.uncollected_days)
            if self.data is not None or self._loading:
                self.refresh()

    def _on_days_edited(self) -> None:
        if self.data is not None and self.days.value() == self.data.uncollected_days:
            return
        self._tasks.run(service.save_settings, self._ctx, self._clerk.role,
                        DashboardSettings(self.days.value()), write=True,
                        on_error=self._show_error)
        self.refresh()

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        text = error_text(exc) if isinstance(exc, ServiceError) else self.tr(
            "Không đọc được số liệu của bảng điều hành: {error}").format(error=exc)
        self.error.setText(text)
        self.sig_message.emit(text)

    def _on_loaded(self, generation: int, data: Dashboard) -> None:
        if generation == self._generation:
            self.error.setText("")
            self.show_dashboard(data)
        self._finish()
        self.sig_loaded.emit()

    def _finish(self) -> None:
        self._loading = False
        self.busy.setVisible(False)
        self.refresh_button.setEnabled(True)
        if self._again:
            self.refresh()

    # ------------------------------------------------------------------ showing
    def show_dashboard(self, d: Dashboard) -> None:
        self.data = d
        self.as_of.setText(self.tr("số liệu lúc {time}").format(time=when_text(d.as_of)))
        channel_names = {"direct": self.tr("Trực tiếp"), "online": self.tr("Trực tuyến"),
                         "postal": self.tr("Bưu chính")}
        self.tile_intake.show_figure(str(d.intake_today), " · ".join(
            f"{channel_names.get(c, c)} {n}" for c, n in d.by_channel.items()))
        self.tile_due_today.show_figure(str(d.due_today.total), d.as_of.strftime("%d/%m/%Y"))
        self.tile_due_next.show_figure(str(d.due_next.total),
                                       d.next_working_day.strftime("%d/%m/%Y"))
        worst = (late_text(d.overdue.items[0].late_hours, d.day_hours) if d.overdue.items else "")
        self.tile_overdue.show_figure(str(d.overdue.total), self.tr(
            "trễ nhất {late}").format(late=worst) if worst else "", alert=d.overdue.total > 0)
        self.tile_uncollected.show_figure(str(d.uncollected.total), self.tr(
            "quá {n} ngày").format(n=d.uncollected_days))
        rate = d.digitization_rate
        self.tile_digitized.show_figure(
            "—" if rate is None else f"{rate * 100:.1f} %".replace(".", ","),
            self.tr("{scanned}/{received} hồ sơ có bản số hóa").format(
                scanned=d.digitized_in_period, received=d.received_in_period))
        status = [i.status.label_vi for i in d.due_today.items]
        self.due_today_list.show_items(d.due_today.items, status)
        self.due_next_list.show_items(d.due_next.items, [i.status.label_vi for i in d.due_next.items])
        self.overdue_list.show_items(d.overdue.items,
                                     [late_text(i.late_hours, d.day_hours) for i in d.overdue.items])
        self.uncollected_list.show_items(d.uncollected.items,
                                         [when_text(i.resolved_at) for i in d.uncollected.items])
        for view, text, lst in (
                (self.due_today_list, self.tr("Đến hạn hôm nay ({n})"), d.due_today),
                (self.due_next_list, self.tr("Đến hạn {day} ({n})"), d.due_next),
                (self.overdue_list, self.tr("Quá hạn ({n})"), d.overdue),
                (self.uncollected_list, self.tr("Chưa nhận kết quả ({n})"), d.uncollected)):
            self.lists.setTabText(self.lists.indexOf(view), text.format(
                n=lst.total, day=d.next_working_day.strftime("%d/%m")))
        self.counters.setRowCount(len(d.by_counter))
        for row, c in enumerate(d.by_counter):
            counter = self.tr("Quầy {n}").format(n=c.counter_no) if c.counter_no else self.tr(
                "Không rõ")
            clerk = c.clerk or self.tr("(không ghi nhận)")
            for col, text in enumerate((counter, clerk, str(c.count))):
                self.counters.setItem(row, col, QTableWidgetItem(text))
        weekly = d.bucket == "week"
        self.intake_chart.show_points(d.points, weekly)
        self.timeliness_chart.show_points(d.points, weekly)
