"""Report queries on the counter's store: Biểu 06 counts and records, indicator inputs, Mẫu 07 rows.

Biểu 06 is counted in SQL with the rules of ``core.stats.form06`` written as CASE expressions
(tests compare the two on the same data). A period's dossiers are three index ranges
(migration 0005), never a scan of the table:

* received in the period: ``ix_dossiers_report`` (receipt time first, every column the count
  reads), one calendar month at a time so a long computation can be cancelled between months;
* received before it and resolved in it or later: ``ix_dossiers_resolved_received``;
* received before it and still open (or withdrawn in or after it): the status index.

A dossier row's body is read only where a rule needs a time that has no column: a withdrawal
(``withdrawn_at``, written by ``services.returns.withdraw``; the row's last update for older
rows) and the start of a suspension (the back office's report; likewise). SQLite seeks the row
only for those (deferred seek), so the rest of a period is read from the index alone.

Times are ISO 8601 text in +07:00 (``models.VnDateTime``), so text order is time order and the
first ten characters are the Viet Nam date.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from counter_app.core.codes import DEFAULT_LANE_WIDTH, CodeLane
from counter_app.core.dossier import OPEN, Dossier, Status
from counter_app.core.stats import StatRecord
from counter_app.core.timeutil import VN_TZ, iso, parse_iso
from counter_app.storage.db import raw
from counter_app.storage.dossiers import (
    _SUMMARY_COLUMNS, DOSSIER_READ, DossierSummary, _summary, from_row,
)

Check = Callable[[], None]  # raises to stop a long computation (cancelled); called between chunks


def _never() -> None:
    return None


@dataclass(frozen=True)
class Window:
    """A report's period as the store compares it: [start, end) and the moment of judgment."""

    date_from: date
    date_to: date
    now: datetime

    @property
    def start(self) -> datetime:
        return datetime.combine(self.date_from, time.min, VN_TZ)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.date_to + timedelta(days=1), time.min, VN_TZ)

    @property
    def judged(self) -> datetime:
        """The end of the period, or now if earlier (a period running into the future)."""
        return min(self.end, self.now)

    def params(self) -> dict[str, str]:
        return {"start": iso(self.start), "end": iso(self.end), "judged": iso(self.judged)}

    def months(self) -> list[tuple[str, str]]:
        """[start, end) cut at the first of each month, as ISO bounds."""
        cuts = [self.start]
        d = self.date_from
        while True:
            d = date(d.year + (d.month == 12), d.month % 12 + 1, 1)
            if d > self.date_to:
                break
            cuts.append(datetime.combine(d, time.min, VN_TZ))
        cuts.append(self.end)
        return [(iso(a), iso(b)) for a, b in zip(cuts, cuts[1:])]


# --------------------------------------------------------------------------- the rules in SQL

_WITHDRAWN_AT = ("(CASE WHEN status = 7 THEN coalesce(json_extract(body, '$.withdrawn_at'), "
                 "updated_at) END)")
_PAUSED_AT = "coalesce(json_extract(body, '$.back_office.at'), updated_at)"
_APPOINTMENT = "coalesce(appointment_at, received_at)"
_KIND = ("CASE WHEN received_at < :start THEN 'carried_over' WHEN channel = 'online' "
         "THEN 'received_online' ELSE 'received_direct' END")


def _outcome(suspension: bool) -> str:
    """core.stats.classify_resolution, then core.dossier.is_overdue: a dossier waiting for a
    supplement (5) since before the moment of judgment is never overdue. Early = resolved on
    a date before the appointment's: the resolution time sorts before the appointment's date
    alone ("2025-03-13T23:59…" < "2025-03-14" ≤ "2025-03-14T07:30…")."""
    paused = f" AND NOT (status = 5 AND {_PAUSED_AT} <= :judged)" if suspension else ""
    return (
        "CASE WHEN resolved_at < :end THEN "
        f"CASE WHEN resolved_at < substr({_APPOINTMENT}, 1, 10) THEN 'resolved_early' "
        f"WHEN resolved_at <= {_APPOINTMENT} THEN 'resolved_on_time' ELSE 'resolved_late' END "
        f"WHEN {_APPOINTMENT} < :judged{paused} THEN 'in_progress_overdue' "
        "ELSE 'in_progress_within' END")


_REFUSED = int(Status.REFUSED)
_UNRESOLVED = ", ".join(str(int(s)) for s in sorted(OPEN | {Status.WITHDRAWN}))
_PAUSABLE = f"{int(Status.SUPPLEMENT_REQUIRED)}, {int(Status.WITHDRAWN)}"
# The parts of a period (module docstring); each is completed by the scope's filter. The
# dossiers whose rules need a time from the body (withdrawn, suspended) are read apart, so
# the bulk of the period never names the body and is read from the covering index alone.
_FRESH = (f"received_at >= :a AND received_at < :b AND status NOT IN ({_REFUSED}, "
          f"{_PAUSABLE})")
_FRESH_PAUSABLE = f"received_at >= :start AND received_at < :end AND status IN ({_PAUSABLE})"
_CARRIED_RESOLVED = f"resolved_at >= :start AND received_at < :start AND status <> {_REFUSED}"
_CARRIED_OPEN = (f"status IN ({_UNRESOLVED}) AND resolved_at IS NULL AND received_at < :start "
                 f"AND (status <> 7 OR {_WITHDRAWN_AT} >= :start)")
_INDEX = {_FRESH: " INDEXED BY ix_dossiers_report", _FRESH_PAUSABLE: " INDEXED BY ix_dossiers_report"}

# Groupings of the counts: Biểu 06 by field; the indicators also by counter, unit, procedure.
# A counter is told by its code's number: the lanes of DEFAULT_LANE_WIDTH (core.codes).
# Named with their table, so the ratings' join can use them as they are.
GROUPS: dict[str, str] = {
    "field": "dossiers.field",
    "procedure": "dossiers.procedure_code",
    "unit": "dossiers.receiving_unit",
    "counter": f"((CAST(substr(dossiers.code, -4) AS INTEGER) - 1) / {DEFAULT_LANE_WIDTH}) + 1",
}


def lanes_filter(lanes: Sequence[CodeLane] | None) -> str:
    """SQL keeping the dossiers whose code numbers fall in these lanes (a counter's own), or
    nothing (the whole unit: a counter's store holds only its unit's dossiers)."""
    if lanes is None:
        return ""
    if not lanes:
        return " AND 0"
    number = "CAST(substr(dossiers.code, -4) AS INTEGER)"
    parts = [f"{number} BETWEEN {int(lane.first)} AND {int(lane.last)}" for lane in lanes]
    return f" AND ({' OR '.join(parts)})"


def _parts(window: Window) -> list[tuple[str, dict[str, str], bool]]:
    """(where, parameters, whether the rows may need their body) of each part of the period."""
    params = window.params()
    out = [(_FRESH, {**params, "a": a, "b": b}, False) for a, b in window.months()]
    out += [(_FRESH_PAUSABLE, params, True), (_CARRIED_RESOLVED, params, False),
            (_CARRIED_OPEN, params, True)]
    return out


# --------------------------------------------------------------------------- Biểu 06

def form06_counts(session: Session, window: Window, *, lanes: Sequence[CodeLane] | None = None,
                  group: str = "field", check: Check = _never) -> dict[str, dict[str, int]]:
    """{group key: {base figure of core.stats.BASE_FIGURES: count}} for the period."""
    key = GROUPS[group]
    scope = lanes_filter(lanes)
    conn = raw(session)
    out: dict[str, dict[str, int]] = {}
    for where, params, body in _parts(window):
        check()
        if body:
            kind = f"CASE WHEN {_WITHDRAWN_AT} < :end THEN 'withdrawn' ELSE {_KIND} END"
            outcome = f"CASE WHEN {_WITHDRAWN_AT} < :end THEN '' ELSE {_outcome(True)} END"
        else:
            kind, outcome = _KIND, _outcome(False)
        sql = (f"SELECT {key}, {kind}, {outcome}, count(*) FROM dossiers{_INDEX.get(where, '')} "
               f"WHERE {where}{scope} GROUP BY 1, 2, 3")
        for name, kind, outcome, n in conn.execute(sql, params):
            figures = out.setdefault(str(name), {})
            figures[kind] = figures.get(kind, 0) + n
            if outcome:
                figures[outcome] = figures.get(outcome, 0) + n
    return out


def stat_records(session: Session, window: Window, *, lanes: Sequence[CodeLane] | None = None,
                 field: str | None = None, check: Check = _never) -> list[StatRecord]:
    """The period's dossiers (of one field, or all) as core.stats sees them, with their codes."""
    scope = lanes_filter(lanes) + ("" if field is None else " AND field = :field")
    judged = window.judged
    conn = raw(session)
    out: list[StatRecord] = []
    for where, params, _body in _parts(window):
        check()
        sql = (f"SELECT code, field, channel, status, received_at, {_APPOINTMENT}, resolved_at, "
               f"{_WITHDRAWN_AT}, CASE WHEN status = 5 THEN {_PAUSED_AT} END "
               f"FROM dossiers{_INDEX.get(where, '')} WHERE {where}{scope}")
        for code, name, channel, status, received, due, resolved, withdrawn, paused in \
                conn.execute(sql, {**params, "field": field}):
            out.append(StatRecord(
                field=name, channel=channel, received_at=parse_iso(received),
                appointment_at=parse_iso(due),
                resolved_at=None if resolved is None else parse_iso(resolved),
                withdrawn_at=None if withdrawn is None else parse_iso(withdrawn),
                suspended=paused is not None and parse_iso(paused) <= judged, code=code))
    return out


def summaries(session: Session, codes: Sequence[str], check: Check = _never) -> list[DossierSummary]:
    """The result-list lines of these dossiers, in the order of `codes`."""
    found: dict[str, DossierSummary] = {}
    columns = ", ".join(c.key for c in _SUMMARY_COLUMNS)
    conn = raw(session)
    for i in range(0, len(codes), 500):
        check()
        batch = codes[i:i + 500]
        rows = conn.execute(f"SELECT {columns} FROM dossiers WHERE code IN "
                            f"({', '.join('?' * len(batch))})", batch)
        for row in rows:
            s = _summary((row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7],
                          None if row[8] is None else parse_iso(row[8]),
                          None if row[9] is None else parse_iso(row[9])))
            found[s.code] = s
    return [found[c] for c in codes if c in found]


# --------------------------------------------------------------------------- Mẫu 07

def received_dossiers(session: Session, window: Window, *, lanes: Sequence[CodeLane] | None = None,
                      check: Check = _never) -> list[Dossier]:
    """The dossiers received in the period, in order of receipt (the tracking book's rows)."""
    conn = raw(session)
    out: list[Dossier] = []
    for a, b in window.months():
        check()
        rows = conn.execute(
            f"SELECT {DOSSIER_READ} FROM dossiers WHERE received_at >= ? AND received_at < ?"
            f"{lanes_filter(lanes)} ORDER BY received_at, code", (a, b))
        out += [from_row(row) for row in rows]
    return out


# --------------------------------------------------------------------------- indicators

@dataclass(frozen=True)
class DigitizationCounts:
    """Of one group's dossiers received in the period: how many had a component digitized or
    reused; of those resolved in it, how many had their result digitized."""

    received: int = 0
    digitized: int = 0
    reused: int = 0
    resolved: int = 0
    result_digitized: int = 0


# The payload is JSON written with separators (",", ":"): the exact text '"digitized":true'
# can only be a component's flag (a quote inside a value is escaped), so a text search finds
# it without parsing every body.
_DIGITIZED = "instr(body, '\"digitized\":true') > 0"
_REUSED = "instr(body, '\"reused\":true') > 0"
_RESULT_SCAN = ("EXISTS (SELECT 1 FROM attachments a WHERE a.dossier_id = dossiers.id "
                "AND a.role = 'result')")


def digitization_counts(session: Session, window: Window, *, group: str,
                        lanes: Sequence[CodeLane] | None = None,
                        check: Check = _never) -> dict[str, DigitizationCounts]:
    key = GROUPS[group]
    scope = lanes_filter(lanes)
    conn = raw(session)
    acc: dict[str, list[int]] = {}
    for a, b in window.months():
        check()
        for name, n, dig, reu in conn.execute(
                f"SELECT {key}, count(*), sum({_DIGITIZED}), sum({_REUSED}) FROM dossiers "
                f"WHERE received_at >= ? AND received_at < ? AND status <> {_REFUSED}{scope} "
                "GROUP BY 1", (a, b)):
            slots = acc.setdefault(str(name), [0] * 5)
            slots[0] += n
            slots[1] += dig or 0
            slots[2] += reu or 0
    check()
    params = window.params()
    for name, n, res in conn.execute(
            f"SELECT {key}, count(*), sum({_RESULT_SCAN}) FROM dossiers "
            f"WHERE resolved_at >= :start AND resolved_at < :end AND status <> {_REFUSED}{scope} "
            "GROUP BY 1", params):
        slots = acc.setdefault(str(name), [0] * 5)
        slots[3] += n
        slots[4] += res or 0
    return {name: DigitizationCounts(*s) for name, s in acc.items()}


def resolution_spans(session: Session, window: Window, *, group: str,
                     lanes: Sequence[CodeLane] | None = None,
                     check: Check = _never) -> Iterable[tuple[str, datetime, datetime]]:
    """(group key, received at, resolved at) of every dossier resolved in the period."""
    check()
    key = GROUPS[group]
    rows = raw(session).execute(
        f"SELECT {key}, received_at, resolved_at FROM dossiers WHERE resolved_at >= :start "
        f"AND resolved_at < :end AND received_at IS NOT NULL AND status <> {_REFUSED}"
        f"{lanes_filter(lanes)}", window.params())
    return [(str(name), parse_iso(a), parse_iso(b)) for name, a, b in rows]


def group_labels(session: Session, group: str) -> dict[str, str]:
    """A readable name for each key of a grouping (a procedure's name beside its code)."""
    if group != "procedure":
        return {}
    rows = raw(session).execute("SELECT procedure_code, max(procedure_name) FROM dossiers "
                                "GROUP BY procedure_code")
    return {code: f"{code} – {name}" for code, name in rows}


@dataclass(frozen=True)
class RatingRow:
    """One citizen's rating (r4's `ratings` table, migration 0006), with the group it falls in."""

    group: str
    criteria: tuple[int, ...]
    overall: int


def ratings(session: Session, window: Window, *, group: str,
            lanes: Sequence[CodeLane] | None = None, check: Check = _never) -> list[RatingRow]:
    """The ratings given in the period (skipped ones left out; migration 0006's table)."""
    check()
    conn = raw(session)
    key = GROUPS[group]
    scope = lanes_filter(lanes)
    rows = conn.execute(
        f"SELECT {key}, r.criteria, r.overall FROM ratings r JOIN dossiers "
        f"ON dossiers.code = r.dossier_code WHERE r.rated_at >= :start AND r.rated_at < :end "
        f"AND NOT r.skipped{scope}", window.params())
    out = []
    for name, criteria, overall in rows:
        parsed: Any = json.loads(criteria) if isinstance(criteria, str) else criteria
        out.append(RatingRow(str(name), tuple(int(c) for c in parsed or ()), int(overall or 0)))
    return out
