"""Slow down a source that keeps failing (wrong passwords, public lookups that miss).

A source is a key such as `login:<device>:<address>` or `lookup:<address>`. Its failures are
counted in the `throttles` table (so every worker process agrees); after `free` failures in a
row each further one makes the source wait `base · 2^(n − free − 1)` (capped) before it may try
again (the first `free` failures cost nothing); a success clears the count; failures older
than `forget` are forgotten. It slows the source only: nobody else, and no account, is ever locked by it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, delete, insert, select, update

from central.models import Throttle


@dataclass(frozen=True)
class Policy:
    free: int
    base: timedelta
    cap: timedelta
    forget: timedelta

    def delay(self, failures: int) -> timedelta:
        """The wait after the `failures`-th failure in a row: none for the first `free`."""
        if failures <= self.free:
            return timedelta(0)
        return min(self.cap, self.base * (1 << min(failures - self.free - 1, 30)))


# Logins: 4 wrong passwords for typing slips, then 15 s after the 5th, 30 s, 1 min … up to
# 15 min between tries.
LOGIN = Policy(free=4, base=timedelta(seconds=15), cap=timedelta(minutes=15),
               forget=timedelta(hours=24))
# Public lookups: 10 misses (typos) free, then 2 s, 4 s … up to 10 min: walking a day's codes
# (thousands of misses) would take weeks.
LOOKUP = Policy(free=10, base=timedelta(seconds=2), cap=timedelta(minutes=10),
                forget=timedelta(hours=1))


def wait_until(conn: Connection, key: str, now: datetime) -> datetime | None:
    """When the source may try again, if it must wait now (else None)."""
    until = conn.execute(select(Throttle.blocked_until).where(Throttle.key == key)).scalar()
    return until if until is not None and until > now else None


def failed(conn: Connection, key: str, policy: Policy, now: datetime) -> datetime | None:
    """Count a failure; returns until when the source must now wait (None: it may go on)."""
    row = conn.execute(select(Throttle.failures, Throttle.last_failure_at)
                       .where(Throttle.key == key).with_for_update()).first()
    failures = 1 if row is None or now - row.last_failure_at > policy.forget else row.failures + 1
    delay = policy.delay(failures)
    until = now + delay if delay else None
    values = {"failures": failures, "last_failure_at": now, "blocked_until": until}
    if row is None:
        conn.execute(insert(Throttle.__table__), {"key": key, **values})
    else:
        conn.execute(update(Throttle.__table__).where(Throttle.key == key).values(**values))
    return until


def succeeded(conn: Connection, key: str) -> None:
    conn.execute(delete(Throttle.__table__).where(Throttle.key == key))


def clear(conn: Connection, prefix: str) -> int:
    """An administrator lifts the waits of every source whose key starts with `prefix`."""
    return int(conn.execute(delete(Throttle.__table__)
                            .where(Throttle.key.startswith(prefix, autoescape=True))).rowcount)
