"""The append-only audit log: who did what, when, from where. Never a password or a token."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, insert

from central.models import AuditRow

ENV_KEY = "CENTRAL_AUDIT_KEY"
KEY_FILE = "audit.key"


def row(*, at: datetime, actor: str, role: str, unit_code: str, action: str, target: str = "",
        ip: str = "", detail: str = "") -> dict[str, Any]:
    """One audit row, each field cut to its column."""
    return {"at": at, "actor": actor[:100], "role": role[:20], "unit_code": unit_code[:64],
            "action": action[:64], "target": target[:500], "ip": ip[:64], "detail": detail[:2000]}


def record(conn: Connection, *, at: datetime, actor: str, role: str, unit_code: str,
           action: str, target: str = "", ip: str = "", detail: str = "") -> None:
    """Append one row in the caller's transaction (so it commits with what it describes)."""
    conn.execute(insert(AuditRow.__table__), row(
        at=at, actor=actor, role=role, unit_code=unit_code, action=action, target=target, ip=ip,
        detail=detail))


def load_key(folder: Path) -> bytes:
    """The service's secret for pseudonyms: $CENTRAL_AUDIT_KEY (hex), else `folder/audit.key`.

    Kept outside the database on purpose: a copy of the database alone cannot test guesses
    against a pseudonym. The file is made once (atomically: the first worker process to start
    writes it, the others read it) with 32 random bytes, readable by the service only.
    """
    if os.environ.get(ENV_KEY):
        return bytes.fromhex(os.environ[ENV_KEY])
    path = Path(folder) / KEY_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        pass
    else:
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
            handle.flush()
            os.fsync(handle.fileno())
    for _ in range(100):  # another process may have created it and not yet written it
        key = path.read_bytes()
        if len(key) >= 32:
            return key
    raise RuntimeError(f"{path}: audit key unreadable or too short")


def pseudonym(key: bytes, name: str) -> str:
    """What the log keeps of a login name that matches no user: it may be a mistyped
    password, so never the text itself; the same text gives the same pseudonym (so repeated
    attempts can still be told apart and counted)."""
    digest = hmac.new(key, name.encode("utf-8", "surrogatepass"), hashlib.sha256).hexdigest()
    return f"unknown:{digest[:24]}"
