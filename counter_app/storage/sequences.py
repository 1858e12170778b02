"""Persisting the counter's daily code sequence, in the transaction that stores the dossier."""

from __future__ import annotations

from datetime import date
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.core.codes import CodeLane, next_code_in_lanes
from counter_app.storage.db import raw
from counter_app.storage.models import CodeSequenceRow


def claim_code(session: Session, unit_code: str, day: date,
               lanes: Sequence[CodeLane]) -> str:
    """Issue the next dossier code of this counter for `day`.

    The new `last_issued` is written in the caller's transaction: if the dossier is not stored,
    neither is the number, and a committed number is never issued again, even after a crash.
    """
    key = day.isoformat()
    conn = raw(session)
    row = conn.execute("SELECT last_issued FROM code_sequences WHERE unit_code = ? AND day = ?",
                       (unit_code, key)).fetchone()
    code, seq = next_code_in_lanes(unit_code, day, lanes, None if row is None else row[0])
    conn.execute("INSERT INTO code_sequences (unit_code, day, last_issued) VALUES (?, ?, ?) "
                 "ON CONFLICT (unit_code, day) DO UPDATE SET last_issued = excluded.last_issued",
                 (unit_code, key, seq))
    return code


def last_issued(session: Session, unit_code: str, day: date) -> int | None:
    return session.scalar(select(CodeSequenceRow.last_issued).where(
        CodeSequenceRow.unit_code == unit_code, CodeSequenceRow.day == day.isoformat()))
