"""What is not the record is kept for a while, then purged (`python -m central admin purge`).

Purged (each after its `[retention]` days, central.settings):
- rejected events (`rejected_events`), kept for supervisors to look into; the counter has its
  own copy of every event until the service accepted it;
- access tokens expired or revoked that long ago, except each person's newest on each device
  (central.authorship verifies a clerk by a session once opened on the device), expired
  enrollment codes, upload leases that lapsed, and throttles idle past their forget time;
- upload sessions (`files` rows never completed) started that long ago, with their `.part`
  bytes: the counter starts such an upload again from 0 when it next sends the scan.
Never purged: dossiers, events, changes, complete files, and the audit log, which stays
append-only (a database trigger refuses UPDATE, DELETE and TRUNCATE); the purge itself adds
an audit row with its counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import Connection, and_, delete, exists, or_, select
from sqlalchemy.orm import aliased

from central.files import FileStore
from central.models import (
    AccessToken, EnrollmentCode, FileRow, RejectedEventRow, Throttle, UploadLease,
)
from central.settings import Retention
from central.throttle import LOGIN, LOOKUP

THROTTLE_FORGET = max(LOGIN.forget, LOOKUP.forget)


@dataclass(frozen=True)
class Purged:
    rejected_events: int
    access_tokens: int
    enrollment_codes: int
    upload_sessions: int
    upload_leases: int
    throttles: int
    part_files: tuple[Path, ...]  # to delete once the transaction has committed

    def summary(self) -> str:
        return (f"rejected_events={self.rejected_events} access_tokens={self.access_tokens} "
                f"enrollment_codes={self.enrollment_codes} upload_sessions={self.upload_sessions} "
                f"upload_leases={self.upload_leases} throttles={self.throttles}")


def purge(conn: Connection, policy: Retention, store: FileStore, now: datetime) -> Purged:
    """Delete what the policy no longer keeps, in the caller's transaction."""
    rejected = conn.execute(delete(RejectedEventRow.__table__).where(
        RejectedEventRow.rejected_at < now - timedelta(days=policy.rejected_events_days)))
    token_cutoff = now - timedelta(days=policy.expired_tokens_days)
    newer = aliased(AccessToken)
    tokens = conn.execute(delete(AccessToken.__table__).where(
        or_(AccessToken.expires_at < token_cutoff, AccessToken.revoked_at < token_cutoff),
        exists(select(newer.token_hash).where(
            newer.user_id == AccessToken.user_id, newer.device_id == AccessToken.device_id,
            newer.created_at > AccessToken.created_at))))
    codes = conn.execute(delete(EnrollmentCode.__table__).where(
        EnrollmentCode.expires_at < token_cutoff))
    stale = and_(FileRow.complete.is_(False),
                 FileRow.created_at < now - timedelta(days=policy.upload_sessions_days))
    sessions = conn.execute(select(FileRow.unit_code, FileRow.sha256).where(stale)).all()
    conn.execute(delete(FileRow.__table__).where(stale))
    leases = conn.execute(delete(UploadLease.__table__).where(UploadLease.expires_at <= now))
    throttles = conn.execute(delete(Throttle.__table__).where(
        Throttle.last_failure_at < now - THROTTLE_FORGET,
        or_(Throttle.blocked_until.is_(None), Throttle.blocked_until <= now)))
    return Purged(rejected.rowcount, tokens.rowcount, codes.rowcount, len(sessions),
                  leases.rowcount, throttles.rowcount,
                  tuple(store.partial(unit, sha) for unit, sha in sessions))
