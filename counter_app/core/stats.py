"""Statistics of dossier handling: resolution timeliness and Biểu số 06 (Circular 01/2020/TT-VPCP)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import astuple, dataclass
from dataclasses import field as dataclass_field
from datetime import date, datetime, time, timedelta, timezone
from typing import Literal

from counter_app.core.dossier import Status, is_overdue

# Reports are cut in Vietnam's time: a dossier resolved at 23:30 UTC belongs to the next VN date.
# Vietnam has no daylight saving time, so a fixed offset is exact and needs no tz database.
VN_TZ = timezone(timedelta(hours=7), "Asia/Ho_Chi_Minh")

Resolution = Literal["early", "on_time", "late"]
Channel = Literal["direct", "online", "postal"]

TOTAL_LABEL = "Tổng cộng"


class StatsInvariantError(ValueError):
    """A Biểu 06 row whose figures do not add up."""


def to_vn_local(moment: datetime) -> datetime:
    """Naive Vietnam wall-clock time; naive input is taken to be Vietnam time already."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(VN_TZ).replace(tzinfo=None)


def classify_resolution(appointment_at: datetime, resolved_at: datetime) -> Resolution:
    """Early, on time or late, as Biểu 06 counts them.

    early: resolved on a date before the appointment date; on_time: on the appointment date, not
    after the appointment time; late: after the appointment time.
    """
    appointment = to_vn_local(appointment_at)
    resolved = to_vn_local(resolved_at)
    if resolved.date() < appointment.date():
        return "early"
    if resolved <= appointment:
        return "on_time"
    return "late"


@dataclass(frozen=True)
class StatRecord:
    """One dossier as the statistics see it.

    - ``appointment_at`` is the effective appointment: already moved by suspensions and by a valid
      extension (Mẫu 04); the caller owns that computation.
    - ``resolved_at`` is when the dossier reached its end by the resolving body's decision: result
      ready (status 9; a returned dossier, 10, was ready before) **or processing stopped (status 8),
      at the stop time**. A stop (Mẫu 05) is the resolving body's answer to the dossier and closes
      it; left out, a stopped dossier would stay "in progress" and turn overdue forever.
    - ``withdrawn_at`` is when the applicant withdrew it (status 7); withdrawn dossiers are counted
      apart (see ``form06``).
    - ``suspended``: waiting for a supplement (status 5) at the moment of judgment, so its clock
      is stopped and it is in progress within the deadline (``core.dossier.is_overdue``).
    - Refused dossiers (status 3) were never received and must not be passed in.
    - ``code``: the dossier code, so a figure can be drilled down to its dossiers ("" if unknown).
    """

    field: str
    channel: Channel
    received_at: datetime
    appointment_at: datetime
    resolved_at: datetime | None = None
    withdrawn_at: datetime | None = None
    suspended: bool = False
    code: str = ""


# Order of the figures in a row; also the order of Form06Row's integer fields. With
# "withdrawn" they are the column keys a figure is drilled down by.
FORM06_FIGURES: tuple[str, ...] = (
    "received_online",
    "received_direct",
    "carried_over",
    "received_total",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
    "resolved_total",
    "in_progress_within",
    "in_progress_overdue",
    "in_progress_total",
)


@dataclass(frozen=True)
class Form06Row:
    """One row of Biểu 06: the figures of one field (lĩnh vực), or the total."""

    field: str
    received_online: int
    received_direct: int  # direct at the counter and postal (bưu chính công ích)
    carried_over: int
    received_total: int
    resolved_early: int
    resolved_on_time: int
    resolved_late: int
    resolved_total: int
    in_progress_within: int
    in_progress_overdue: int
    in_progress_total: int
    withdrawn: int = 0

    @classmethod
    def of(
        cls,
        field: str,
        *,
        received_online: int = 0,
        received_direct: int = 0,
        carried_over: int = 0,
        resolved_early: int = 0,
        resolved_on_time: int = 0,
        resolved_late: int = 0,
        in_progress_within: int = 0,
        in_progress_overdue: int = 0,
        withdrawn: int = 0,
    ) -> Form06Row:
        """A row from its parts, with the totals computed."""
        return cls(
            field=field,
            received_online=received_online,
            received_direct=received_direct,
            carried_over=carried_over,
            received_total=received_online + received_direct + carried_over,
            resolved_early=resolved_early,
            resolved_on_time=resolved_on_time,
            resolved_late=resolved_late,
            resolved_total=resolved_early + resolved_on_time + resolved_late,
            in_progress_within=in_progress_within,
            in_progress_overdue=in_progress_overdue,
            in_progress_total=in_progress_within + in_progress_overdue,
            withdrawn=withdrawn,
        )

    def check(self) -> None:
        """Raise StatsInvariantError unless the row's figures add up."""
        problems: list[str] = []
        negative = [name for name in (*FORM06_FIGURES, "withdrawn") if getattr(self, name) < 0]
        if negative:
            problems.append(f"negative figures: {', '.join(negative)}")
        received = self.received_online + self.received_direct + self.carried_over
        if self.received_total != received:
            problems.append(
                f"received_total {self.received_total} != online {self.received_online}"
                f" + direct {self.received_direct} + carried over {self.carried_over} (= {received})"
            )
        resolved = self.resolved_early + self.resolved_on_time + self.resolved_late
        if self.resolved_total != resolved:
            problems.append(
                f"resolved_total {self.resolved_total} != early {self.resolved_early}"
                f" + on time {self.resolved_on_time} + late {self.resolved_late} (= {resolved})"
            )
        in_progress = self.in_progress_within + self.in_progress_overdue
        if self.in_progress_total != in_progress:
            problems.append(
                f"in_progress_total {self.in_progress_total} != within {self.in_progress_within}"
                f" + overdue {self.in_progress_overdue} (= {in_progress})"
            )
        if self.received_total != self.resolved_total + self.in_progress_total:
            problems.append(
                f"received_total {self.received_total} != resolved_total {self.resolved_total}"
                f" + in_progress_total {self.in_progress_total}"
            )
        if problems:
            raise StatsInvariantError(f"Biểu 06 row {self.field!r}: " + "; ".join(problems))

    def as_dict(self) -> dict[str, str | int]:
        """The row with the field names of the sync API (reports/form06)."""
        out: dict[str, str | int] = {"field": self.field}
        for name in FORM06_FIGURES:
            out[name] = getattr(self, name)
        out["withdrawn"] = self.withdrawn
        return out

    def plus(self, other: Form06Row, field: str | None = None) -> Form06Row:
        """Figure-by-figure sum of two rows."""
        mine = astuple(self)[1:]
        theirs = astuple(other)[1:]
        return Form06Row(self.field if field is None else field, *(a + b for a, b in zip(mine, theirs)))


# The figures a drill-down can open: every figure of a row and the withdrawn dossiers.
DRILL_FIGURES: tuple[str, ...] = (*FORM06_FIGURES, "withdrawn")
Cell = tuple[str, str]  # (row key: a field's name or TOTAL_LABEL, figure name)


@dataclass(frozen=True)
class Form06Report:
    """Biểu 06 for a period: a row per field, sorted by field, and the total row.

    ``cells`` (filled by ``form06(..., drill=True)``) maps (field or TOTAL_LABEL, figure name of
    DRILL_FIGURES) to the codes of the dossiers that figure counts, in the order given; every
    figure has exactly as many codes as its value. Empty cells are left out.
    """

    rows: tuple[Form06Row, ...]
    total: Form06Row
    cells: Mapping[Cell, tuple[str, ...]] = dataclass_field(default_factory=dict)

    def codes(self, row_key: str, figure: str) -> tuple[str, ...]:
        """The dossier codes one figure counts (drill-down); KeyError for an unknown figure."""
        if figure not in DRILL_FIGURES:
            raise KeyError(figure)
        return self.cells.get((row_key, figure), ())

    def check(self) -> None:
        """Check every row, the total, and that the total is the sum of the rows."""
        for row in self.rows:
            row.check()
        self.total.check()
        summed = Form06Row.of(TOTAL_LABEL)
        for row in self.rows:
            summed = summed.plus(row)
        if astuple(summed)[1:] != astuple(self.total)[1:]:
            raise StatsInvariantError("Biểu 06 total row is not the sum of the rows")

    def as_dict(self) -> dict[str, object]:
        """Rows and total with the sync API's names."""
        return {"rows": [row.as_dict() for row in self.rows], "total": self.total.as_dict()}


# Slots of the per-field accumulator (a plain list is the cheapest mutable counter in CPython).
_ONLINE, _DIRECT, _CARRIED, _EARLY, _ON_TIME, _LATE, _WITHIN, _OVERDUE, _WITHDRAWN = range(9)
_RESOLUTION_SLOT = {"early": _EARLY, "on_time": _ON_TIME, "late": _LATE}
# An open dossier as the overdue rule sees it: suspended or still being processed.
_IN_PROGRESS = {True: Status.SUPPLEMENT_REQUIRED, False: Status.PROCESSING}


def form06(
    records: Iterable[StatRecord],
    date_from: date,
    date_to: date,
    now: datetime | None = None,
    *,
    all_fields: Iterable[str] = (),
    drill: bool = False,
) -> Form06Report:
    """Biểu 06 by field for the period [date_from, date_to] (Vietnam dates, both inclusive).

    One pass over the records. For each dossier, with *start* = 00:00 of ``date_from`` and *end* =
    24:00 of ``date_to``:

    - left out when received at or after *end*, or closed (resolved or withdrawn) before *start*;
    - **received**: received before *start* (and so open at *start*) → ``carried_over``; otherwise
      ``received_online`` or ``received_direct`` (direct and postal channels);
    - **withdrawn** within the period → counted in ``withdrawn`` only, *not* in ``received_total``:
      it was neither resolved nor is it in progress, and counting it received would break
      received = resolved + in progress. A dossier withdrawn after *end* was open at *end* and is
      counted like any open dossier;
    - **resolved** within the period → early / on time / late by ``classify_resolution``;
    - otherwise **in progress** at *end*: overdue by ``core.dossier.is_overdue`` at the moment of
      judgment (the appointment before it, and not suspended), else within the deadline. That
      moment is *end*, or ``now`` if earlier (a period that runs into the future is judged as of
      now).

    If a dossier has both a withdrawal and a resolution, the earlier one ended it.
    ``all_fields`` adds zero rows for fields with no dossiers, so a report lists the whole catalog.
    ``drill`` records each dossier's ``code`` in the cells it counts in (``Form06Report.cells``).
    """
    if date_from > date_to:
        raise ValueError(f"date_from {date_from} is after date_to {date_to}")
    start = datetime.combine(date_from, time.min)
    end = datetime.combine(date_to + timedelta(days=1), time.min)
    judged_at = end if now is None else min(end, to_vn_local(now))

    acc: dict[str, list[int]] = {name: [0] * 9 for name in all_fields}
    marks: dict[tuple[str, int], list[str]] | None = {} if drill else None
    for rec in records:
        received = to_vn_local(rec.received_at)
        if received >= end:
            continue
        resolved = None if rec.resolved_at is None else to_vn_local(rec.resolved_at)
        withdrawn = None if rec.withdrawn_at is None else to_vn_local(rec.withdrawn_at)
        if withdrawn is not None and resolved is not None:
            if withdrawn < resolved:
                resolved = None
            else:
                withdrawn = None
        closed = resolved if resolved is not None else withdrawn
        if closed is not None and closed < start:
            continue

        slots = acc.get(rec.field)
        if slots is None:
            slots = acc[rec.field] = [0] * 9

        if withdrawn is not None and withdrawn < end:
            slots[_WITHDRAWN] += 1
            if marks is not None:
                marks.setdefault((rec.field, _WITHDRAWN), []).append(rec.code)
            continue

        if received < start:
            kind = _CARRIED
        elif rec.channel == "online":
            kind = _ONLINE
        elif rec.channel == "direct" or rec.channel == "postal":
            kind = _DIRECT
        else:
            raise ValueError(f"unknown channel {rec.channel!r} in field {rec.field!r}")

        appointment = to_vn_local(rec.appointment_at)
        if resolved is not None and resolved < end:
            outcome = _RESOLUTION_SLOT[classify_resolution(appointment, resolved)]
        elif is_overdue(_IN_PROGRESS[rec.suspended], appointment, judged_at):
            outcome = _OVERDUE
        else:
            outcome = _WITHIN
        slots[kind] += 1
        slots[outcome] += 1
        if marks is not None:
            marks.setdefault((rec.field, kind), []).append(rec.code)
            marks.setdefault((rec.field, outcome), []).append(rec.code)

    rows = tuple(_row(name, acc[name]) for name in sorted(acc))
    total_slots = [sum(column) for column in zip(*acc.values())] if acc else [0] * 9
    cells = {} if marks is None else _cells(sorted(acc), marks)
    return Form06Report(rows=rows, total=_row(TOTAL_LABEL, total_slots), cells=cells)


# Each figure of DRILL_FIGURES as the accumulator slots it sums.
_FIGURE_SLOTS: dict[str, tuple[int, ...]] = {
    "received_online": (_ONLINE,), "received_direct": (_DIRECT,), "carried_over": (_CARRIED,),
    "received_total": (_ONLINE, _DIRECT, _CARRIED),
    "resolved_early": (_EARLY,), "resolved_on_time": (_ON_TIME,), "resolved_late": (_LATE,),
    "resolved_total": (_EARLY, _ON_TIME, _LATE),
    "in_progress_within": (_WITHIN,), "in_progress_overdue": (_OVERDUE,),
    "in_progress_total": (_WITHIN, _OVERDUE), "withdrawn": (_WITHDRAWN,),
}


def _cells(fields: list[str], marks: dict[tuple[str, int], list[str]]) -> dict[Cell, tuple[str, ...]]:
    """Every figure's codes: a field's, then the total's (the fields' codes in field order)."""
    cells: dict[Cell, tuple[str, ...]] = {}
    for figure, slots in _FIGURE_SLOTS.items():
        everyone: list[str] = []
        for name in fields:
            codes = [code for slot in slots for code in marks.get((name, slot), ())]
            if codes:
                cells[(name, figure)] = tuple(codes)
                everyone += codes
        if everyone:
            cells[(TOTAL_LABEL, figure)] = tuple(everyone)
    return cells


# The figures counted one by one (the totals are their sums), in accumulator slot order.
BASE_FIGURES: tuple[str, ...] = (
    "received_online", "received_direct", "carried_over", "resolved_early", "resolved_on_time",
    "resolved_late", "in_progress_within", "in_progress_overdue", "withdrawn")


def report_from_counts(counts: Mapping[str, Mapping[str, int]],
                       all_fields: Iterable[str] = ()) -> Form06Report:
    """Biểu 06 from figures counted elsewhere (the store's SQL): {field: {base figure: n}}.

    The rows, totals and total row are made exactly as ``form06`` makes them; a figure name
    outside BASE_FIGURES raises KeyError.
    """
    acc: dict[str, list[int]] = {name: [0] * 9 for name in all_fields}
    for name, figures in counts.items():
        slots = acc.setdefault(name, [0] * 9)
        for figure, n in figures.items():
            if figure not in BASE_FIGURES:
                raise KeyError(figure)
            slots[BASE_FIGURES.index(figure)] += n
    rows = tuple(_row(name, acc[name]) for name in sorted(acc))
    total_slots = [sum(column) for column in zip(*acc.values())] if acc else [0] * 9
    return Form06Report(rows=rows, total=_row(TOTAL_LABEL, total_slots))


def _row(field: str, s: list[int]) -> Form06Row:
    return Form06Row.of(
        field,
        received_online=s[_ONLINE],
        received_direct=s[_DIRECT],
        carried_over=s[_CARRIED],
        resolved_early=s[_EARLY],
        resolved_on_time=s[_ON_TIME],
        resolved_late=s[_LATE],
        in_progress_within=s[_WITHIN],
        in_progress_overdue=s[_OVERDUE],
        withdrawn=s[_WITHDRAWN],
    )
