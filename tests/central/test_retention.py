"""Retention: `admin purge` removes what the policy no longer keeps; the audit log stays (issue 12)."""

from __future__ import annotations

import hashlib
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import DBAPIError

from central import auth
from central.__main__ import main
from central.db import run_in_transaction
from central.models import AccessToken, AuditRow, FileRow, RejectedEventRow, User
from tests.central.helpers import World, vn

NOW = datetime.now(timezone.utc)  # the command runs on the real clock


def _count(world: World, table: type) -> int:
    with world.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _purge(world: World, tmp_path: Path, *extra: str) -> None:
    config = tmp_path / "central.toml"
    config.write_text(f'[server]\nstorage = "{tmp_path / "files"}"\n'
                      '[retention]\nrejected_events_days = 90\n', encoding="utf-8")
    assert main(["admin", "--db", str(world.engine.url.render_as_string(hide_password=False)),
                 "--config", str(config), "purge", *extra]) == 0


def test_purge_keeps_the_record_and_drops_the_rest(world: World, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    def old_rows(conn):  # type: ignore[no-untyped-def]
        conn.execute(insert(RejectedEventRow.__table__), [
            {"event_id": "old", "unit_code": world.a.unit, "device_id": world.a.device_id,
             "error": "x", "rejected_at": NOW - timedelta(days=91)},
            {"event_id": "recent", "unit_code": world.a.unit, "device_id": world.a.device_id,
             "error": "x", "rejected_at": NOW - timedelta(days=5)}])
        user = conn.execute(select(User.id).where(User.username == "clerk_a")).scalar_one()
        # An earlier session of clerk_a on counter A, long expired.
        auth.issue_access_token(conn, user, world.a.device_id, world.clock.now - timedelta(days=60))
    run_in_transaction(world.engine, old_rows)
    data = os.urandom(20_000)
    sha = hashlib.sha256(data).hexdigest()
    for chunk, total in ((data[:5_000], len(data)), (data, len(data))):  # one stale, one whole
        digest = sha if total == len(data) and len(chunk) == total else "f" * 64
        response = world.client.patch(f"/api/v1/files/{digest}", content=chunk, headers={
            **world.a.headers(), "Upload-Offset": "0", "Upload-Length": str(total)})
        assert response.status_code == 204
    part = next((tmp_path / "files").rglob("*.part"))
    tokens, audit = _count(world, AccessToken), _count(world, AuditRow)

    _purge(world, tmp_path, "--dry-run")
    assert "would purge: rejected_events=1 access_tokens=1" in capsys.readouterr().out
    assert (_count(world, AccessToken), _count(world, AuditRow)) == (tokens, audit)
    assert part.exists()

    _purge(world, tmp_path)
    assert "purged: rejected_events=1 access_tokens=1 enrollment_codes=2 upload_sessions=1" \
        in capsys.readouterr().out
    with world.engine.connect() as conn:
        assert list(conn.execute(select(RejectedEventRow.event_id)).scalars()) == ["recent"]
        assert list(conn.execute(select(FileRow.sha256)).scalars()) == [sha]
        last = conn.execute(select(AuditRow.action, AuditRow.detail)
                            .order_by(AuditRow.id.desc())).first()
    assert not part.exists()
    assert _count(world, AccessToken) == tokens - 1  # each person's newest session stays …
    assert _count(world, AuditRow) == audit + 1  # … and the log only grows
    assert last is not None and last.action == "retention.purge"
    assert "upload_sessions=1" in last.detail
    # … so a clerk who signed in on this counter is still known there (authorship).
    ev = world.a.received(world.a.next_code(vn(2025, 11, 17)), vn(2025, 11, 17, 9),
                          vn(2025, 11, 20, 17))
    ev["clerk"] = "clerk_a"
    result = world.post_events(world.a, [ev])[0]
    assert result["status"] == "applied" and "warning" not in result
    assert world.client.get(f"/api/v1/files/{sha}", headers=world.a.headers()).content == data


def test_the_audit_log_cannot_be_truncated(world: World) -> None:
    if world.engine.dialect.name != "postgresql":
        pytest.skip("TRUNCATE is PostgreSQL's")
    with pytest.raises(DBAPIError, match="append-only"):
        with world.engine.begin() as conn:
            conn.execute(text("TRUNCATE audit_log"))
