"""The dashboard's two charts (Qt Charts): daily intake, and early / on time / late per day or week."""

from __future__ import annotations

import math
from typing import Sequence

from PySide6.QtCharts import (
    QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView, QStackedBarSeries, QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from counter_app.services.dashboard import PeriodPoint

INTAKE_COLOR = QColor("#0b5cab")
EARLY_COLOR = QColor("#2e7d32")
ON_TIME_COLOR = QColor("#1e88e5")
LATE_COLOR = QColor("#c62828")
MAX_LABELS = 8  # more bars than this: only every n-th bar is labelled (a label needs ~45 px)



def _labels(points: Sequence[PeriodPoint]) -> list[tuple[int, str]]:
    """(bar index, "dd/MM") of the bars that get a label: every n-th, and the last."""
    step = max(1, -(-len(points) // MAX_LABELS))
    picked = [i for i in range(len(points)) if i % step == 0]
    if points and picked[-1] != len(points) - 1:
        if len(points) - 1 - picked[-1] <= step / 2:
            picked.pop()  # too close to the last one: its label would overlap
        picked.append(len(points) - 1)
    return [(i, points[i].start.strftime("%d/%m")) for i in picked]


class DashboardChart(QChartView):
    """A bar chart whose series are replaced at each refresh (no animation: paints at once)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # Bar i stands at x = i; a category axis labels chosen bars only, so thirty days
        # need not squeeze thirty labels (Qt would elide each to "…").
        self._x = QCategoryAxis()
        self._x.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self._y = QValueAxis()
        self._y.setLabelFormat("%d")
        chart.addAxis(self._x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self._y, Qt.AlignmentFlag.AlignLeft)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(200)

    def _replace(self, series: QBarSeries | QStackedBarSeries,
                 labels: list[tuple[int, str]], count: int) -> None:
        # The axes live as long as the chart: an axis taken off a chart keeps being painted.
        chart = self.chart()
        chart.removeAllSeries()
        chart.addSeries(series)
        for old in self._x.categoriesLabels():
            self._x.remove(old)
        for index, text in labels:
            self._x.append(text, index)
        self._x.setRange(-0.5, max(count, 1) - 0.5)
        sets = series.barSets()
        heights = [sum(s.at(i) for s in sets) if isinstance(series, QStackedBarSeries)
                   else max((s.at(i) for s in sets), default=0.0) for i in range(count)]
        top = max(heights, default=0.0)
        step = max(1, math.ceil(top / 5))  # whole dossiers, at most six ticks
        self._y.setTickType(QValueAxis.TickType.TicksDynamic)
        self._y.setTickAnchor(0)
        self._y.setTickInterval(step)
        self._y.setRange(0, max(step * math.ceil(top / step), step))
        series.attachAxis(self._x)
        series.attachAxis(self._y)

    def values(self) -> dict[str, list[float]]:
        """What the bars show, by set label (tests read the chart as a clerk reads it)."""
        out: dict[str, list[float]] = {}
        for series in self.chart().series():
            for bar_set in series.barSets():  # type: ignore[attr-defined]
                out[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
        return out


class IntakeChart(DashboardChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)

    def show_points(self, points: Sequence[PeriodPoint], weekly: bool) -> None:
        received = QBarSet(self.tr("Tiếp nhận"))
        received.setColor(INTAKE_COLOR)
        received.append([float(p.intake) for p in points])
        series = QBarSeries()
        series.append(received)
        title = self.tr("Hồ sơ tiếp nhận theo tuần") if weekly else self.tr(
            "Hồ sơ tiếp nhận theo ngày")
        self.chart().setTitle(title)
        self.chart().legend().setVisible(False)
        self._replace(series, _labels(points), len(points))


class TimelinessChart(DashboardChart):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)  # the title says the period's unit, when shown

    def show_points(self, points: Sequence[PeriodPoint], weekly: bool) -> None:
        series = QStackedBarSeries()
        for label, color, values in ((self.tr("Trước hạn"), EARLY_COLOR, [p.early for p in points]),
                                     (self.tr("Đúng hạn"), ON_TIME_COLOR,
                                      [p.on_time for p in points]),
                                     (self.tr("Trễ hạn"), LATE_COLOR, [p.late for p in points])):
            bar_set = QBarSet(label)
            bar_set.setColor(color)
            bar_set.append([float(v) for v in values])
            series.append(bar_set)
        title = self.tr("Kết quả giải quyết theo tuần: trước / đúng / trễ hạn") if weekly else (
            self.tr("Kết quả giải quyết theo ngày: trước / đúng / trễ hạn"))
        self.chart().setTitle(title)
        self._replace(series, _labels(points), len(points))
