"""The supervisor's dashboard queries: counts and short lists, each on an index, nothing row by row.

Times are compared as the ISO text the store keeps (+07:00 everywhere, so text order is time
order) and every bound is passed through `core.timeutil.iso`. Each query walks an index:
received_at (intake, digitization, daily intake), status+appointment_at (due, overdue, not
collected), status+resolved_at (timeliness; see `resolutions`), and returns counts or at most `limit`
rows, so the cost does not grow with the store but with the day's or the period's work.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from counter_app.core.dossier import OVERDUE_STATUSES, Status
from counter_app.core.timeutil import iso, parse_iso
from counter_app.storage.db import raw

SCAN_ROLE = "scan"  # services.attachments.ROLE_SCAN: a scanned component (số hóa)
_STILL_PROCESSING = ", ".join(str(int(s)) for s in sorted(OVERDUE_STATUSES))
_READY = int(Status.RESULT_READY)
# The statuses that carry resolved_at: stopped (8), result ready (9), returned (10).
_RESOLVED = ", ".join(str(int(s)) for s in (Status.STOPPED, Status.RESULT_READY, Status.RETURNED))


@dataclass(frozen=True)
class ListedDossier:
    """One line of a dashboard list."""

    code: str
    procedure_name: str
    applicant_name: str
    status: Status
    appointment_at: datetime | None
    resolved_at: datetime | None


_LIST_COLUMNS = "code, procedure_name, applicant_name, status, appointment_at, resolved_at"


def _listed(rows: list[tuple[str, str, str, int, str | None, str | None]]) -> list[ListedDossier]:
    return [ListedDossier(code, proc, name, Status(status),
                          None if appt is None else parse_iso(appt),
                          None if res is None else parse_iso(res))
            for code, proc, name, status, appt, res in rows]


def intake_rows(session: Session, start: datetime, end: datetime) -> list[tuple[str, str, str]]:
    """(channel, code, clerk or "") of each dossier received in [start, end).

    The clerk who received it is in the dossier's payload (`received_by`, since issue 9); a
    dossier received before that still has it on its `dossier.received` event while the event
    waits in the outbox (sent events leave it), else "" (not recorded). A day's receipts are a
    few hundred rows on the received_at index.
    """
    sql = ("SELECT d.channel, d.code, coalesce(json_extract(d.body, '$.received_by'), "
           "(SELECT o.clerk FROM outbox o WHERE o.dossier_code = d.code "
           "AND o.type = 'dossier.received' LIMIT 1), '') "
           "FROM dossiers d WHERE d.received_at >= ? AND d.received_at < ?")
    return [(str(c), str(code), str(clerk))
            for c, code, clerk in raw(session).execute(sql, (iso(start), iso(end)))]


def due_between(session: Session, start: datetime, end: datetime,
                limit: int) -> tuple[int, list[ListedDossier]]:
    """Dossiers still being processed whose appointment falls in [start, end): count, first rows.

    "Still being processed" is `core.dossier.OVERDUE_STATUSES` (received, processing, awaiting
    payment): a suspended dossier's clock is stopped, a resolved one is no longer due.
    """
    where = (f"status IN ({_STILL_PROCESSING}) AND appointment_at >= ? AND appointment_at < ?")
    args = (iso(start), iso(end))
    conn = raw(session)
    total = conn.execute(f"SELECT count(*) FROM dossiers WHERE {where}", args).fetchone()[0]
    rows = conn.execute(f"SELECT {_LIST_COLUMNS} FROM dossiers WHERE {where} "
                        "ORDER BY appointment_at, id LIMIT ?", (*args, limit)).fetchall()
    return int(total), _listed(rows)


def overdue(session: Session, now: datetime, limit: int) -> tuple[int, list[ListedDossier]]:
    """Overdue dossiers (the SQL twin of `core.dossier.is_overdue`, as `storage.queues`): count,
    and the longest overdue first."""
    where = f"status IN ({_STILL_PROCESSING}) AND appointment_at < ?"
    conn = raw(session)
    total = conn.execute(f"SELECT count(*) FROM dossiers WHERE {where}", (iso(now),)).fetchone()[0]
    rows = conn.execute(f"SELECT {_LIST_COLUMNS} FROM dossiers WHERE {where} "
                        "ORDER BY appointment_at, id LIMIT ?", (iso(now), limit)).fetchall()
    return int(total), _listed(rows)


def uncollected(session: Session, ready_before: datetime,
                limit: int) -> tuple[int, list[ListedDossier]]:
    """Results ready (status 9) since before `ready_before` and not handed back: count, and the
    oldest first. Walks the status part of the status+appointment index (results waiting are
    a small share of a store)."""
    where = "status = ? AND resolved_at < ?"
    args = (_READY, iso(ready_before))
    conn = raw(session)
    total = conn.execute(f"SELECT count(*) FROM dossiers WHERE {where}", args).fetchone()[0]
    rows = conn.execute(f"SELECT {_LIST_COLUMNS} FROM dossiers WHERE {where} "
                        "ORDER BY resolved_at, id LIMIT ?", (*args, limit)).fetchall()
    return int(total), _listed(rows)


def digitization(session: Session, start: datetime, end: datetime) -> tuple[int, int]:
    """(received in [start, end), of which with at least one scanned component attached)."""
    sql = ("SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM attachments a "
           "WHERE a.dossier_id = d.id AND a.role = ?)), 0) "
           "FROM dossiers d WHERE d.received_at >= ? AND d.received_at < ?")
    received, scanned = raw(session).execute(sql, (SCAN_ROLE, iso(start), iso(end))).fetchone()
    return int(received), int(scanned)


def daily_intake(session: Session, start: datetime, end: datetime) -> dict[str, int]:
    """Dossiers received per day in [start, end), keyed by the ISO date ("2025-11-17").

    Grouped on the date part of the received_at index itself (no table row is read)."""
    sql = ("SELECT substr(received_at, 1, 10), count(*) FROM dossiers "
           "WHERE received_at >= ? AND received_at < ? GROUP BY 1")
    return {str(day): int(n) for day, n in raw(session).execute(sql, (iso(start), iso(end)))}


def resolutions(session: Session, start: datetime, end: datetime) -> list[tuple[str, str, str, int]]:
    """Dossiers resolved in [start, end), grouped as finely as the timeliness rule looks at them.

    Resolved as Biểu 06 counts it: result ready (9, and so later 10) or processing stopped (8),
    at `resolved_at` (only those statuses carry it). The rule
    (`core.stats.classify_resolution`) reads the two dates and the order of the two times, so
    the rows are grouped by (resolution date, appointment date, resolved ≤ appointment) and each
    group returned as (resolution date, an appointment, a resolution time, count) whose pair is
    in the same relation as every pair of the group: the caller classifies one pair per group
    (a few hundred) instead of every dossier (tens of thousands a month on a busy centre).

    Three covering range searches (one per status) on ix_dossiers_status_resolved (migration
    0007).
    """
    status = f"status IN ({_RESOLVED}) AND "
    sql = ("SELECT substr(resolved_at, 1, 10) AS day, "
           "CASE WHEN resolved_at <= appointment_at THEN max(appointment_at) "
           "ELSE min(appointment_at) END, "
           "CASE WHEN resolved_at <= appointment_at THEN min(resolved_at) "
           "ELSE max(resolved_at) END, count(*) FROM dossiers "
           f"WHERE {status}resolved_at >= ? AND resolved_at < ? AND appointment_at IS NOT NULL "
           "GROUP BY day, substr(appointment_at, 1, 10), resolved_at <= appointment_at")
    return [(str(d), str(a), str(r), int(n))
            for d, a, r, n in raw(session).execute(sql, (iso(start), iso(end)))]
