"""Service indicators (Decision 766/QĐ-TTg) from counted figures: pure formulas and their table.

Each formula and its source is in docs/reports.md. A share whose denominator is zero is None
(shown empty), never 0 %: "nothing to measure" is not "everything failed".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime, time, timedelta

from counter_app.core.calendar import OfficePeriod, WorkCalendar
from counter_app.core.report_table import Cell, Column, ReportTable
from counter_app.core.stats import Form06Row

RATING_CRITERIA = 11  # RULES.md: 11 criteria scored 0/1/2, and an overall level 1–5
CRITERION_MAX = 2
SATISFIED_FROM = 4  # overall level 4 (hài lòng) or 5 (rất hài lòng)


@dataclass(frozen=True)
class IndicatorInputs:
    """What the store counted for one group (a counter, the unit, a field, a procedure)."""

    received: int = 0           # Biểu 06 received_total (new in the period + carried over)
    received_new: int = 0       # received in the period (base of the digitization shares)
    resolved: int = 0           # Biểu 06 resolved_total
    resolved_in_time: int = 0   # resolved early + on time
    in_progress: int = 0        # Biểu 06 in_progress_total
    overdue: int = 0            # Biểu 06 in_progress_overdue (at the end, or now)
    digitized: int = 0          # received in the period with a component digitized
    reused: int = 0             # received in the period with a component reused
    resolved_new: int = 0       # resolved in the period (base of results digitized)
    result_digitized: int = 0   # of those, with the result digitized
    ratings: int = 0            # ratings given (not skipped)
    satisfied: int = 0          # of those, overall level ≥ SATISFIED_FROM
    criteria_points: int = 0    # sum of every criterion's score over the ratings
    working_hours: float = 0.0  # sum of received → resolved in working hours
    timed: int = 0              # dossiers in working_hours

    def plus(self, other: IndicatorInputs) -> IndicatorInputs:
        return IndicatorInputs(*(getattr(self, f.name) + getattr(other, f.name)
                                 for f in fields(self)))


def progress_inputs(row: Form06Row) -> IndicatorInputs:
    """Biểu 06's figures of one group as the inputs of the progress indicators: resolved and
    in progress (and overdue) are Biểu 06's, on the counter and at the central service."""
    return IndicatorInputs(received=row.received_total, resolved=row.resolved_total,
                           resolved_in_time=row.resolved_early + row.resolved_on_time,
                           in_progress=row.in_progress_total, overdue=row.in_progress_overdue)


def share(part: int, whole: int) -> float | None:
    return None if whole <= 0 else part / whole


@dataclass(frozen=True)
class Indicators:
    """The indicators of one group; None where there is nothing to measure."""

    in_time_share: float | None
    overdue: int
    overdue_share: float | None
    digitized_share: float | None
    result_digitized_share: float | None
    reused_share: float | None
    satisfied_share: float | None
    criteria_score: float | None
    average_working_hours: float | None


def compute(x: IndicatorInputs) -> Indicators:
    """The formulas of docs/reports.md."""
    return Indicators(
        in_time_share=share(x.resolved_in_time, x.resolved),
        overdue=x.overdue,
        overdue_share=share(x.overdue, x.in_progress),
        digitized_share=share(x.digitized, x.received_new),
        result_digitized_share=share(x.result_digitized, x.resolved_new),
        reused_share=share(x.reused, x.received_new),
        satisfied_share=share(x.satisfied, x.ratings),
        criteria_score=share(x.criteria_points, x.ratings * RATING_CRITERIA * CRITERION_MAX),
        average_working_hours=None if x.timed <= 0 else x.working_hours / x.timed,
    )


def rating_inputs(criteria: Sequence[int], overall: int) -> IndicatorInputs:
    """One rating as figures; scores outside 0..2 or a level outside 1..5 raise ValueError."""
    if len(criteria) != RATING_CRITERIA or any(not 0 <= c <= CRITERION_MAX for c in criteria):
        raise ValueError(f"a rating has {RATING_CRITERIA} criteria scored 0..{CRITERION_MAX}")
    if not 1 <= overall <= 5:
        raise ValueError("the overall level is 1..5")
    return IndicatorInputs(ratings=1, satisfied=int(overall >= SATISFIED_FROM),
                           criteria_points=sum(criteria))


class WorkingTime:
    """Office time between two moments, in working hours, for many dossiers at once.

    The working seconds before each day are summed once over the span asked for; a moment
    is then that sum plus the office time already past in its day (nights, lunch, weekends,
    holidays count nothing; a held weekend session counts). Agrees with
    ``WorkCalendar.working_hours_between``, at a fraction of its cost per dossier.
    """

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar
        self._before: dict[date, int] = {}
        self._first: date | None = None
        self._last: date | None = None

    def _extend(self, first: date, last: date) -> None:
        if self._first is not None and self._last is not None:
            first, last = min(first, self._first), max(last, self._last)
            if first == self._first and last == self._last:
                return
        total, d = 0, first
        before: dict[date, int] = {}
        while d <= last + timedelta(days=1):
            before[d] = total
            total += sum(self._seconds(end) - self._seconds(start)
                         for start, end in self._periods(d))
            d += timedelta(days=1)
        self._before, self._first, self._last = before, first, last

    @staticmethod
    def _seconds(t: time) -> int:
        return t.hour * 3600 + t.minute * 60 + t.second

    def _periods(self, d: date) -> tuple[OfficePeriod, ...]:
        return self.calendar.periods_of(d) if self.calendar.is_working_day(d) else ()

    def _at(self, moment: datetime) -> int:
        d = moment.date()
        past = 0
        now = moment.hour * 3600 + moment.minute * 60 + moment.second
        for start, end in self._periods(d):
            s, e = self._seconds(start), self._seconds(end)
            past += max(0, min(now, e) - s)
        return self._before[d] + past

    def hours(self, a: datetime, b: datetime) -> float:
        """Working hours from a to b (0 when b is not after a), on a's wall clock."""
        if b <= a:
            return 0.0
        if a.tzinfo is not None:
            b = b.astimezone(a.tzinfo)
        self._extend(a.date(), b.date())
        return (self._at(b) - self._at(a)) / 3600


# --------------------------------------------------------------------------- the table

GROUP_HEADERS = {"counter": "Quầy", "unit": "Đơn vị", "field": "Lĩnh vực",
                 "procedure": "Thủ tục hành chính"}
TOTAL_KEY = "Tổng cộng"

COLUMNS: tuple[Column, ...] = (
    Column("received", "Tiếp nhận (kể cả kỳ trước chuyển sang)", "int", width=12),
    Column("resolved", "Đã giải quyết", "int", width=10),
    Column("in_time_share", "Trước hạn, đúng hạn", "percent", "Tiến độ giải quyết", 10),
    Column("overdue", "Đang quá hạn", "int", "Tiến độ giải quyết", 10),
    Column("overdue_share", "Tỷ lệ quá hạn", "percent", "Tiến độ giải quyết", 10),
    Column("digitized_share", "Hồ sơ được số hóa", "percent", "Số hóa", 10),
    Column("result_digitized_share", "Kết quả được số hóa", "percent", "Số hóa", 10),
    Column("reused_share", "Tái sử dụng dữ liệu số hóa", "percent", "Số hóa", 10),
    Column("ratings", "Lượt đánh giá", "int", "Mức độ hài lòng", 9),
    Column("satisfied_share", "Hài lòng trở lên", "percent", "Mức độ hài lòng", 10),
    Column("criteria_score", "Điểm tiêu chí", "percent", "Mức độ hài lòng", 10),
    Column("average_working_hours", "Thời gian giải quyết trung bình (giờ làm việc)", "decimal",
           width=14),
)


def _cells(label: str, x: IndicatorInputs) -> tuple[Cell, ...]:
    i = compute(x)
    hours = None if i.average_working_hours is None else round(i.average_working_hours, 2)
    return (label, x.received, x.resolved, i.in_time_share, i.overdue, i.overdue_share,
            i.digitized_share, i.result_digitized_share, i.reused_share, x.ratings,
            i.satisfied_share, i.criteria_score, hours)


def indicators_table(group: str, groups: Iterable[tuple[str, str, IndicatorInputs]], *,
                     title_block: tuple[str, ...] = (), subtitle: tuple[str, ...] = ()
                     ) -> ReportTable:
    """One row per (key, label, inputs), sorted by key, and the total (the inputs summed)."""
    ordered = sorted(groups, key=lambda g: _sort_key(g[0]))
    total = IndicatorInputs()
    for _, _, x in ordered:
        total = total.plus(x)
    columns = (Column("group", GROUP_HEADERS[group], "text", width=30), *COLUMNS)
    return ReportTable(
        title="CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
        columns=columns, rows=tuple(_cells(label, x) for _, label, x in ordered),
        row_keys=tuple(key for key, _, _ in ordered), total=_cells(TOTAL_KEY, total),
        title_block=title_block, subtitle=subtitle,
        notes=("Công thức và nguồn: docs/reports.md (Quyết định 766/QĐ-TTg).",),
        landscape=True, meta={"report": "indicators", "group": group})


def _sort_key(key: str) -> tuple[int, str]:
    return (0, f"{int(key):06d}") if key.isdigit() else (1, key)
