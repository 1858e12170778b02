"""The citizen's lookup of one dossier, throttled per address: shared by the JSON API and the page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine

from central import dossiers, throttle
from central.db import run_in_transaction
from central.sanitize import check_text

NOT_FOUND_MESSAGE = "Không tìm thấy hồ sơ, hoặc mã tra cứu / 4 số cuối không đúng."


@dataclass(frozen=True)
class LookupResult:
    """What a lookup found (None: a miss), or how long the address must wait first."""

    found: dict[str, Any] | None
    retry_after_s: int | None = None


def lookup(engine: Engine, now: datetime, address: str, code: str, key: str | None,
           last4: str | None) -> LookupResult:
    """One lookup from `address`: a miss (unknown code, no or a wrong second factor, text no
    dossier can hold) counts against the address; a waiting address is not looked up at all."""
    source = f"lookup:{address}"
    try:
        wanted: str | None = check_text(code.strip())
        key, last4 = (None if v is None else check_text(v.strip()) for v in (key, last4))
    except ValueError:
        wanted = None  # text no dossier can have: a miss like any other

    def work(conn: Connection) -> LookupResult:
        wait = throttle.wait_until(conn, source, now)
        if wait is not None:
            return LookupResult(None, max(1, int((wait - now).total_seconds() + 0.999)))
        found = dossiers.public(conn, wanted or "", key, last4)
        if found is None:
            throttle.failed(conn, source, throttle.LOOKUP, now)
        return LookupResult(found)

    return run_in_transaction(engine, work)
