"""Drains the portal outbox: in order per dossier, retries with backoff, poison set aside.

Each pass takes the due *heads* (a dossier's oldest record not yet sent; a later record waits
for it), marks them `probe` in one transaction, sends them concurrently (different dossiers
only), and writes every outcome in one more transaction:
- "00": sent.
- a business error (the portal answered and refused): retried with backoff; after
  `max_business_errors` of them the record is set aside as poison with its error, and the
  dossier's later records wait until an administrator resends it (admin portal-resend).
- no usable answer (network, timeout, 5xx, a reply lost after the portal committed): the
  outcome is unknown, so `probe` stays set and the next attempt first asks TraCuuHoSo whether
  the record arrived: exactly once, even when replies are dropped or the pusher is killed
  between the send and the write of its outcome.
Run one pusher per database (`python -m central portal push`).
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, select, text, update
from sqlalchemy.orm import aliased

from central.db import connect, run_in_transaction
from central.portal import reconcile
from central.portal.client import PortalClient, Rejected, Unreachable
from central.portal.models import PENDING, POISON, SENT, PortalRecord
from central.portal.payloads import CAP_NHAT, DONG_BO, mapping

log = logging.getLogger(__name__)
_SHOWN = ("NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo")
_PUSHER_LOCK = 0x706F7274616C  # "portal": one pusher per PostgreSQL database
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass(frozen=True)
class Policy:
    max_business_errors: int = 5
    base_delay_s: float = 2.0
    max_delay_s: float = 3600.0
    batch: int = 200
    concurrency: int = 4

    def delay(self, attempts: int) -> timedelta:
        """Exponential backoff with jitter: base·2^(n-1), capped, ±20 %."""
        raw = min(self.max_delay_s, self.base_delay_s * 2 ** max(0, attempts - 1))
        return timedelta(seconds=raw * random.uniform(0.8, 1.2))


@dataclass
class PassReport:
    sent: int = 0
    retried: int = 0
    poisoned: int = 0
    found: int = 0  # records a lookup showed had arrived (a reply lost earlier)
    errors: list[str] = field(default_factory=list)

    @property
    def touched(self) -> int:
        return self.sent + self.retried + self.poisoned


def due_heads(conn: Connection, now: datetime, limit: int) -> list[dict[str, Any]]:
    """Pending records due now with no unsent earlier record of their dossier, oldest first."""
    t = PortalRecord.__table__
    earlier = aliased(PortalRecord)
    blocked = (select(earlier.id).where(earlier.dossier_code == t.c.dossier_code,
                                        earlier.id < t.c.id, earlier.state != SENT).exists())
    rows = conn.execute(select(t).where(t.c.state == PENDING, t.c.next_attempt_at <= now, ~blocked)
                        .order_by(t.c.id).limit(limit)).mappings()
    return [dict(r) for r in rows]


def _arrived(client: PortalClient, row: dict[str, Any]) -> bool:
    """After an unknown outcome: does the portal already show this record?

    A creation: the portal has the dossier. An update: the portal shows its dates and status
    (an update is only queued when one of them changed). A status change: the portal is at its
    status (a change always moves to another status, and every earlier record of the dossier
    has arrived, since only a dossier's oldest unsent record is ever sent).
    """
    found = client.lookup(row["dossier_code"])
    if found is None:
        return False
    record = row["record"]
    if row["service"] == DONG_BO:
        return not row["is_updating"] or all(
            str(found.get(k)) == str(record[k]) for k in _SHOWN)
    return str(found.get("TrangThaiHoSo")) == str(record["TrangThai"])


def deliver(client: PortalClient, row: dict[str, Any]) -> tuple[str, str]:
    """("sent" | "found" | "rejected" | "unknown", error) for one record."""
    try:
        if row["probe"] and _arrived(client, row):
            return "found", ""
        client.push(row["service"], row["record"], row["is_updating"])
        return "sent", ""
    except Rejected as error:
        return "rejected", str(error)
    except Unreachable as error:
        return "unknown", str(error)


def _outcome_values(row: dict[str, Any], outcome: str, error: str, now: datetime,
                    policy: Policy) -> dict[str, Any]:
    if outcome in ("sent", "found"):
        return {"state": SENT, "sent_at": now, "probe": False, "last_error": ""}
    attempts = row["attempts"] + 1
    values: dict[str, Any] = {"last_error": error[:1000],
                              "next_attempt_at": now + policy.delay(attempts)}
    if outcome == "rejected":
        values["probe"] = False
        values["business_errors"] = row["business_errors"] + 1
        if values["business_errors"] >= policy.max_business_errors:
            values["state"] = POISON
    return values


def push_once(engine: Engine, client: PortalClient, policy: Policy = Policy(),
              clock: Clock = utc_now, pool: ThreadPoolExecutor | None = None) -> PassReport:
    """One pass over the due heads; returns what happened."""
    report = PassReport()
    with connect(engine) as conn:
        heads = due_heads(conn, clock(), policy.batch)
    if not heads:
        return report
    t = PortalRecord.__table__
    ids = [r["id"] for r in heads]
    # Before anything leaves: a crash from here on leaves the records to be looked up first.
    run_in_transaction(engine, lambda conn: conn.execute(
        update(t).where(t.c.id.in_(ids)).values(probe=True, attempts=t.c.attempts + 1)))
    if pool is None or policy.concurrency <= 1:
        outcomes = [deliver(client, row) for row in heads]
    else:
        outcomes = list(pool.map(lambda row: deliver(client, row), heads))
    now = clock()
    changes = []
    for row, (outcome, error) in zip(heads, outcomes):
        values = _outcome_values(row, outcome, error, now, policy)
        changes.append((row["id"], values))
        if outcome in ("sent", "found"):
            report.sent += 1
            report.found += outcome == "found"
        elif values.get("state") == POISON:
            report.poisoned += 1
            log.error("portal record %s (%s %s) set aside: %s", row["id"], row["service"],
                      row["dossier_code"], error)
        else:
            report.retried += 1
            report.errors.append(error)

    def write(conn: Connection) -> None:
        sent = [{"b_id": i, "b_at": v["sent_at"]} for i, v in changes if v.get("state") == SENT]
        if sent:
            conn.execute(update(t).where(t.c.id == bindparam("b_id"))
                         .values(state=SENT, sent_at=bindparam("b_at"), probe=False,
                                 last_error=""), sent)
        for record_id, values in changes:
            if values.get("state") != SENT:
                conn.execute(update(t).where(t.c.id == record_id).values(**values))
    run_in_transaction(engine, write)
    return report


class AlreadyRunning(RuntimeError):
    """Another pusher holds this database's pusher lock."""


def run_loop(engine: Engine, client: PortalClient, policy: Policy = Policy(), *,
             poll_s: float = 1.0, reconcile_every_s: float = 86400.0,
             stop: threading.Event | None = None, clock: Clock = utc_now) -> None:
    """Push until `stop` is set; reconcile once every `reconcile_every_s` (a day by default).

    On PostgreSQL a session advisory lock keeps a second pusher from starting (two would send
    the same heads); AlreadyRunning says so.
    """
    mapping()  # a broken mapping file stops the pusher at start, not at the first record
    if engine.dialect.name != "postgresql":
        _loop(engine, client, policy, poll_s, reconcile_every_s, stop or threading.Event(), clock)
        return
    with engine.connect() as guard:
        if not guard.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _PUSHER_LOCK}).scalar():
            raise AlreadyRunning("another portal pusher is running on this database")
        try:
            _loop(engine, client, policy, poll_s, reconcile_every_s, stop or threading.Event(),
                  clock)
        finally:
            guard.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _PUSHER_LOCK})
            guard.commit()


def _loop(engine: Engine, client: PortalClient, policy: Policy, poll_s: float,
          reconcile_every_s: float, stop: threading.Event, clock: Clock) -> None:
    last_reconcile = time.monotonic()
    with ThreadPoolExecutor(max(1, policy.concurrency), thread_name_prefix="portal") as pool:
        while not stop.is_set():
            try:
                report = push_once(engine, client, policy, clock, pool)
            except Exception:  # a database hiccup must not end the loop
                log.exception("portal push pass failed")
                report = PassReport()
            if report.touched:
                log.info("portal: %d sent, %d to retry, %d set aside", report.sent,
                         report.retried, report.poisoned)
            if time.monotonic() - last_reconcile >= reconcile_every_s:
                last_reconcile = time.monotonic()
                try:
                    drift = reconcile.reconcile(engine, client, since=clock() - timedelta(
                        seconds=reconcile_every_s * 2), now=clock())
                    reconcile.log_drift(drift)
                except Exception:
                    log.exception("portal reconciliation failed")
            if report.sent < policy.batch:  # a full batch: more may be due at once
                stop.wait(poll_s)


__all__ = ["CAP_NHAT", "DONG_BO", "AlreadyRunning", "Policy", "PassReport", "due_heads",
           "push_once", "run_loop"]
