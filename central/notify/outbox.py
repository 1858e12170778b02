"""Enqueue a citizen's message in the same transaction as the change that causes it.

Only when the citizen consented at the counter (the dossier's `notify` as the counter's
`dossier.received` payload carries it: `{"consent": true, "channel": "sms" | "zalo"}`) and left
a mobile number. `event_key` is unique: the same event never queues a second message.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select

from central.models import NotificationRow
from central.notify.templates import load, params_for

CHANNELS = ("sms", "zalo")
_MOBILE = re.compile(r"^0\d{9}$")


def consented_channel(body: dict[str, Any]) -> tuple[str, str] | None:
    """(channel, phone) when the citizen agreed to be told and can be reached, else None."""
    notify = body.get("notify")
    if not isinstance(notify, dict) or notify.get("consent") is not True:
        return None
    channel = notify.get("channel")
    applicant = body.get("applicant")
    phone = applicant.get("phone") if isinstance(applicant, dict) else None
    if channel not in CHANNELS or not isinstance(phone, str) or not _MOBILE.match(phone):
        return None
    return str(channel), phone


def enqueue(conn: Connection, state: dict[str, Any], kind: str, source: str,
            now: datetime) -> bool:
    """Queue `kind` for the dossier `state` (as after the change); False when nothing is queued
    (no consent, or this key was queued before)."""
    reach = consented_channel(state["body"])
    if reach is None:
        return False
    key = f"{state['code']}:{kind}:{source}"
    table = NotificationRow.__table__
    if conn.execute(select(table.c.id).where(table.c.event_key == key)).first() is not None:
        return False
    template = load()[kind]
    conn.execute(insert(table), {
        "event_key": key, "dossier_code": state["code"], "unit_code": state["unit_code"],
        "kind": kind, "channel": reach[0], "recipient": reach[1],
        "params": params_for(template, state["code"], state["procedure_name"],
                             state["appointment_at"]),
        "status": "pending", "attempts": 0, "next_attempt_at": now, "created_at": now,
        "last_error": ""})
    return True


def kind_after_event(event_type: str, before: dict[str, Any] | None,
                     after: dict[str, Any]) -> str | None:
    """The message a counter event calls for: the dossier received (at intake, or when the
    citizen completed a Mẫu 02 dossier), or an extension with apology (Mẫu 04)."""
    if event_type == "dossier.apology_issued":
        return "apology"
    if after["status"] == 2 and (before is None or before["received_at"] is None):
        return "received"
    return None


def kind_after_progress(previous: int, status: int, extension: bool) -> str | None:
    """The message a back-office step calls for."""
    if extension:
        return "apology"
    if status == previous:
        return None
    return {9: "result_ready", 5: "supplement_needed"}.get(status)


def source_for(kind: str, step: str) -> str:
    """The unique key's last part: receipt and apology happen once per dossier (Mẫu 04 at most
    once by law); a result or a supplement request once per step that made it."""
    return "once" if kind in ("received", "apology") else step
