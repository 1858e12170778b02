"""Send what is due: quiet hours, retries with backoff, delivery status, expiry.

One pass claims the due messages (status `sending` with a lease, SKIP LOCKED on PostgreSQL so
several senders share the work), sends each outside any transaction, then records the outcome.
A sender that dies mid-pass leaves `sending` rows whose lease runs out: they are sent again
(at least once; the SMS `ref` and the ZNS `tracking_id` let a provider spot a repeat).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, or_, select, update

from counter_app.core.timeutil import VN_TZ, to_vn
from central.db import run_in_transaction
from central.models import NotificationRow
from central.notify.config import NotifyConfig
from central.notify.providers import Message, Outcome, Provider, SmsGateway, ZaloZns
from central.notify.templates import load

log = logging.getLogger(__name__)
FINAL = ("sent", "failed", "expired")


@dataclass
class PassReport:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    expired: int = 0
    held_until: datetime | None = None  # quiet hours: nothing sent before this


def quiet_until(now: datetime, start: time, end: time) -> datetime | None:
    """The end of the quiet hours `now` falls in (Viet Nam time), or None outside them."""
    local = to_vn(now)
    t = local.time()
    if start == end:
        return None
    inside = (start <= t < end) if start < end else (t >= start or t < end)
    if not inside:
        return None
    day = local.date() if t < end else local.date() + timedelta(days=1)
    return datetime.combine(day, end, tzinfo=VN_TZ)


def backoff(config: NotifyConfig, attempts: int) -> timedelta:
    """60 s, 120 s, 240 s … capped (attempts counts the failed tries so far, ≥ 1)."""
    return timedelta(seconds=min(config.backoff_s * 2 ** (attempts - 1), config.backoff_max_s))


def providers_for(config: NotifyConfig) -> dict[str, Provider]:
    out: dict[str, Provider] = {}
    if config.sms is not None:
        out["sms"] = SmsGateway(config.sms)
    if config.zalo is not None:
        out["zalo"] = ZaloZns(config.zalo)
    return out


def _due(table: Any, now: datetime) -> Any:
    return and_(or_(table.c.status == "pending", table.c.status == "sending"),
                table.c.next_attempt_at <= now)


def _claim(engine: Engine, config: NotifyConfig, now: datetime, limit: int,
           channels: set[str]) -> tuple[list[dict[str, Any]], int]:
    """The due messages of the configured channels, leased to this pass; and how many expired."""
    table = NotificationRow.__table__
    oldest = now - timedelta(hours=config.max_age_hours)

    def work(conn: Connection) -> tuple[list[dict[str, Any]], int]:
        expired = conn.execute(
            update(table).where(_due(table, now), table.c.created_at < oldest)
            .values(status="expired", recipient=None,
                    last_error="quá hạn gửi (max_age_hours)")).rowcount
        rows = [dict(r) for r in conn.execute(
            select(table).where(_due(table, now), table.c.channel.in_(sorted(channels)))
            .order_by(table.c.next_attempt_at, table.c.id).limit(limit)
            .with_for_update(skip_locked=True)).mappings()]
        if rows:
            conn.execute(update(table).where(table.c.id.in_([r["id"] for r in rows]))
                         .values(status="sending",
                                 next_attempt_at=now + timedelta(seconds=config.lease_s)))
        return rows, int(expired or 0)

    return run_in_transaction(engine, work)


def _record(engine: Engine, config: NotifyConfig, row: dict[str, Any], outcome: Outcome,
            now: datetime) -> str:
    attempts = int(row["attempts"]) + 1
    values: dict[str, Any] = {"attempts": attempts, "last_error": outcome.error}
    if outcome.sent:
        status = "sent"
        values.update(sent_at=now, provider_message_id=outcome.message_id)
    elif outcome.retry and attempts < config.max_attempts:
        status = "pending"
        values["next_attempt_at"] = now + backoff(config, attempts)
    else:
        status = "failed"
    values["status"] = status
    if status in FINAL:
        values["recipient"] = None  # the number is not kept once nothing more will be sent
    table = NotificationRow.__table__
    run_in_transaction(engine, lambda conn: conn.execute(
        update(table).where(table.c.id == row["id"], table.c.status == "sending")
        .values(**values)))
    return status


def send_due(engine: Engine, config: NotifyConfig, now: datetime,
             providers: Mapping[str, Provider] | None = None, limit: int = 100) -> PassReport:
    """One pass: nothing in quiet hours; else send every due message once."""
    report = PassReport()
    held = quiet_until(now, config.quiet_start, config.quiet_end)
    if held is not None:
        report.held_until = held
        return report
    chosen = providers_for(config) if providers is None else dict(providers)
    rows, report.expired = _claim(engine, config, now, limit, set(chosen))
    templates = load()
    for row in rows:
        message = Message(int(row["id"]), row["event_key"], row["kind"], row["recipient"] or "",
                          dict(row["params"]), templates[row["kind"]])
        outcome = chosen[row["channel"]].send(message)
        status = _record(engine, config, row, outcome, now)
        if status == "sent":
            report.sent += 1
        elif status == "pending":
            report.retried += 1
            log.info("notification %s: %s (retrying)", row["id"], outcome.error)
        else:
            report.failed += 1
            log.warning("notification %s failed: %s", row["id"], outcome.error)
    return report
