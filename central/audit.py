"""The append-only audit log: who did what, when, from where. Never a password or a token."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection, insert

from central.models import AuditRow


def record(conn: Connection, *, at: datetime, actor: str, role: str, unit_code: str,
           action: str, target: str = "", ip: str = "", detail: str = "") -> None:
    """Append one row in the caller's transaction (so it commits with what it describes)."""
    conn.execute(insert(AuditRow.__table__), {
        "at": at, "actor": actor[:100], "role": role[:20], "unit_code": unit_code[:64],
        "action": action[:64], "target": target[:500], "ip": ip[:64], "detail": detail[:2000],
    })
