"""central.bulk: the same rows by COPY (PostgreSQL) as by executemany (SQLite), same errors."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from central import bulk
from central.db import among, is_duplicate_key, make_engine, migrate
from central.models import EventRow
from central.portal.models import PortalRecord

AT = datetime(2025, 11, 20, 2, 30, tzinfo=timezone.utc)


def _event(n: int, payload: dict) -> dict:  # type: ignore[type-arg]
    return {"event_id": f"00000000-0000-4000-8000-{n:012d}", "body_hash": "h" * 64,
            "unit_code": "U1", "dossier_code": f"U1-{n}", "type": "dossier.received",
            "occurred_at": AT, "device_id": "dev-1", "clerk": "lan", "seq": n,
            "payload": payload, "applied_at": AT}


@pytest.fixture
def engine(db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(db_url)
    migrate(engine)
    yield engine
    engine.dispose()


def test_rows_defaults_types_and_text_arrive_as_executemany_would_write_them(engine) -> None:  # type: ignore[no-untyped-def]
    payload = {"applicant": {"full_name": "Nguyễn Thị Lan", "note": "tab\there, \"quoted\", \\ \n"},
               "fees": [1, 2.5, None, True]}
    with engine.begin() as conn:
        bulk.insert_rows(conn, EventRow.__table__, [_event(1, payload), _event(2, {})])
        bulk.insert_rows(conn, PortalRecord.__table__, [{
            "dossier_code": "U1-1", "unit_code": "U1", "service": "DongBoHoSoMC",
            "record": {"MaHoSo": "U1-1"}, "created_at": AT, "next_attempt_at": AT}])
        bulk.insert_rows(conn, EventRow.__table__, [])  # nothing to do
    with engine.connect() as conn:
        rows = conn.execute(select(EventRow).order_by(EventRow.seq)).all()
        portal = conn.execute(select(PortalRecord)).one()
        found = conn.execute(select(EventRow.seq).where(
            among(conn, EventRow.event_id, [_event(2, {})["event_id"], "nope"]))).scalars().all()
    assert [r.payload for r in rows] == [payload, {}]
    assert rows[0].occurred_at == AT and rows[0].clerk_verified is True  # the column default
    assert rows[0].id < rows[1].id  # the generated key, in order
    assert (portal.state, portal.attempts, portal.is_updating, portal.last_error,
            portal.sent_at) == ("pending", 0, False, "", None)
    assert found == [2]


def test_a_duplicate_key_is_sqlalchemys_integrity_error_that_the_retry_recognises(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as conn:
        bulk.insert_rows(conn, EventRow.__table__, [_event(1, {})])
    with pytest.raises(IntegrityError) as raised, engine.begin() as conn:
        bulk.insert_rows(conn, EventRow.__table__, [_event(3, {}), _event(1, {})])
    assert is_duplicate_key(raised.value)
    with engine.connect() as conn:  # the whole batch was rolled back
        assert conn.execute(select(EventRow.seq)).scalars().all() == [1]
