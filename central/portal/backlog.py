"""What the portal is still owed (the admin's view) and putting set-aside records back in line."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import aliased

from central.portal.models import PENDING, POISON, SENT, PortalRecord


def backlog(conn: Connection, now: datetime, limit: int = 50) -> dict[str, Any]:
    """Counts by state, pending records waiting behind an earlier one, the oldest's age, and
    the set-aside records with their errors (and those of failing pending records)."""
    t = PortalRecord.__table__
    counts = {state: int(n) for state, n in conn.execute(
        select(t.c.state, func.count()).where(t.c.state != SENT).group_by(t.c.state))}
    earlier = aliased(PortalRecord)
    blocked = conn.execute(select(func.count()).select_from(t).where(
        t.c.state == PENDING,
        select(earlier.id).where(earlier.dossier_code == t.c.dossier_code, earlier.id < t.c.id,
                                 earlier.state != SENT).exists())).scalar_one()
    oldest = conn.execute(select(func.min(t.c.created_at))
                          .where(t.c.state != SENT)).scalar()
    failing = conn.execute(select(t.c.id, t.c.dossier_code, t.c.service, t.c.state, t.c.attempts,
                                  t.c.business_errors, t.c.last_error, t.c.next_attempt_at)
                           .where(t.c.state != SENT, t.c.last_error != "")
                           .order_by(t.c.state.desc(), t.c.id).limit(limit)).mappings().all()
    return {
        "pending": counts.get(PENDING, 0), "poison": counts.get(POISON, 0),
        "blocked": int(blocked),
        "oldest_age_s": None if oldest is None else round((now - oldest).total_seconds(), 1),
        "records": [{**dict(r), "next_attempt_at": r["next_attempt_at"].isoformat()}
                    for r in failing],
    }


def resend(conn: Connection, ids: list[int], all_poison: bool, now: datetime) -> list[int]:
    """Put set-aside (or waiting) records back in line, due now; the ids that were."""
    t = PortalRecord.__table__
    where = t.c.state == POISON if all_poison else (t.c.id.in_(ids) & (t.c.state != SENT))
    chosen = [int(i) for i in conn.execute(select(t.c.id).where(where).order_by(t.c.id)).scalars()]
    if chosen:
        conn.execute(update(t).where(t.c.id.in_(chosen)).values(
            state=PENDING, business_errors=0, next_attempt_at=now))
    return chosen
