"""Daily reconciliation: what the portal shows (TraCuuHoSo) against what we last sent it.

A dossier whose records were all sent in the window is looked up; the portal missing it, or
showing another status than our last record said, is drift. Drift is reported (log, audit,
the admin command's output); `repair` queues a DongBoHoSoMC of the dossier as it is now.
Dossiers with records still waiting are skipped: the pusher has not told the portal yet.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from central import audit
from central.db import connect, run_in_transaction
from central.models import DossierRow
from central.portal import outbox
from central.portal.client import PortalClient
from central.portal.models import SENT, PortalRecord
from central.portal.payloads import CAP_NHAT

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Drift:
    dossier_code: str
    expected_status: str
    portal_status: str | None  # None: the portal has no such dossier
    repaired: bool = False

    def describe(self) -> str:
        where = ("missing on the portal" if self.portal_status is None
                 else f"portal shows status {self.portal_status}")
        return (f"{self.dossier_code}: expected status {self.expected_status}, {where}"
                + (" (resync queued)" if self.repaired else ""))


def _last_sent_status(record: dict[str, Any], service: str) -> str:
    return str(record["TrangThai"] if service == CAP_NHAT else record["TrangThaiHoSo"])


def candidates(conn: Connection, since: datetime) -> dict[str, str]:
    """{dossier: the status our last sent record told} for dossiers sent to since `since`
    with nothing left to send."""
    t = PortalRecord.__table__
    recent = (select(t.c.dossier_code).where(t.c.state == SENT, t.c.sent_at >= since)
              .distinct().subquery())
    last = (select(t.c.dossier_code, func.max(t.c.id).label("last_id"),
                   func.count().filter(t.c.state != SENT).label("unsent"))
            .where(t.c.dossier_code.in_(select(recent.c.dossier_code)))
            .group_by(t.c.dossier_code).subquery())
    rows = conn.execute(select(t.c.dossier_code, t.c.service, t.c.record)
                        .join(last, t.c.id == last.c.last_id).where(last.c.unsent == 0)
                        .order_by(t.c.dossier_code))
    return {code: _last_sent_status(record, service) for code, service, record in rows}


def reconcile(engine: Engine, client: PortalClient, *, since: datetime, now: datetime,
              repair: bool = False) -> list[Drift]:
    """Look every candidate up on the portal; the drift found (and repaired, if asked)."""
    with connect(engine) as conn:
        expected = candidates(conn, since)
    drift: list[Drift] = []
    for code, status in expected.items():
        found = client.lookup(code)
        shown = None if found is None else str(found.get("TrangThaiHoSo"))
        if shown != status:
            drift.append(Drift(code, status, shown))
    if repair and drift:
        drift = run_in_transaction(engine, lambda conn: _repair(conn, drift, now))
    if drift or expected:
        run_in_transaction(engine, lambda conn: audit.record(
            conn, at=now, actor="portal-reconcile", role="admin", unit_code="", action="portal.reconcile",
            detail=f"checked={len(expected)} drift={len(drift)}"))
    return drift


def _repair(conn: Connection, drift: list[Drift], now: datetime) -> list[Drift]:
    out = []
    for item in drift:
        row = conn.execute(select(DossierRow.__table__).where(DossierRow.code == item.dossier_code)
                           .with_for_update()).mappings().first()
        if row is None:
            out.append(item)
            continue
        outbox.add(conn, [outbox.resync(dict(row), exists=item.portal_status is not None,
                                        now=now)])
        out.append(Drift(item.dossier_code, item.expected_status, item.portal_status, True))
    return out


def log_drift(drift: list[Drift]) -> None:
    for item in drift:
        log.warning("portal drift: %s", item.describe())
