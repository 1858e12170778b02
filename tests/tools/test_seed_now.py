"""Demo data seeded during the day never holds a time later than the moment it was seeded."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest

from counter_app.core.timeutil import VN_TZ, iso
from counter_app.tools import seed as seed_module
from counter_app.tools.seed import seed_store

TIME_COLUMNS = ("received_at", "resolved_at", "returned_at", "created_at", "updated_at")


def _frozen(moment: datetime) -> type[datetime]:
    class Frozen(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206 (datetime's signature)
            return moment.astimezone(tz) if tz else moment.replace(tzinfo=None)
    return Frozen


def _latest(path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    try:
        out = {c: conn.execute(f"SELECT max({c}) FROM dossiers").fetchone()[0] for c in TIME_COLUMNS}
        out["outbox"] = conn.execute("SELECT max(occurred_at) FROM outbox").fetchone()[0]
        return out
    finally:
        conn.close()


@pytest.mark.parametrize("moment, received_today", [
    (datetime(2025, 11, 19, 10, 0, tzinfo=VN_TZ), True),   # Wednesday mid-morning
    (datetime(2025, 11, 19, 7, 5, tzinfo=VN_TZ), False),   # before the office opens
    (datetime(2025, 11, 22, 11, 0, tzinfo=VN_TZ), False),  # a Saturday
])
def test_seeded_today_nothing_is_later_than_now(tmp_path, monkeypatch, moment, received_today):
    monkeypatch.setattr(seed_module, "datetime", _frozen(moment))
    path = tmp_path / "store.sqlite3"
    seed_store(path, 1500, seed=1, workers=1, log=lambda _: None)
    latest = _latest(path)
    assert all(v is None or v <= iso(moment) for v in latest.values()), (iso(moment), latest)
    assert latest["received_at"] >= moment.date().isoformat() if received_today \
        else latest["received_at"] < moment.date().isoformat()
