"""The hot queries use their indexes on a seeded PostgreSQL database (EXPLAIN), issue 12.

40,000 dossiers in 40 units with their events and changes are enough for the planner to
choose as it would at province size; the queries are the service's own, captured as it runs
them, then explained with the same parameters.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, event, insert, text

from counter_app.core.text import fold
from central import changes, dossiers
from central.db import make_engine, migrate
from central.models import ChangeRow, DossierRow, EventRow, Unit
from tests.central.conftest import make_db_url

UNITS = 4
PER_UNIT = 10_000
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quốc"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hoa", "Lan", "Mai", "Nam", "Oanh", "Phúc", "Quân",
         "Sơn", "Tâm", "Uyên", "Vinh", "Xuân", "Yến", "Khoa", "Linh", "Hằng"]
T0 = datetime(2025, 1, 2, 1, tzinfo=timezone.utc)


def _unit(n: int) -> str:
    return f"000.{n:02d}.06.H56"


def _seed(engine: Engine) -> None:
    rng = random.Random(12)
    with engine.begin() as conn:
        conn.execute(insert(Unit.__table__), [
            {"code": _unit(u), "name": f"Đơn vị {u}", "last_change_seq": PER_UNIT // 4,
             "created_at": T0} for u in range(UNITS)])
        for u in range(UNITS):
            rows, events, moves = [], [], []
            for n in range(PER_UNIT):
                at = T0 + timedelta(hours=7 * n)
                code = f"{_unit(u)}-{at:%y%m%d}-{n % 9000 + 1:04d}"
                name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
                id_number = f"0011{rng.randrange(10**8):08d}"
                rows.append({
                    "code": code, "unit_code": _unit(u), "procedure_code": "1.000001",
                    "procedure_name": "Thủ tục", "field": "Hộ tịch", "channel": "direct",
                    "status": rng.choice((2, 4, 9, 10, 10, 10)), "received_at": at,
                    "appointment_at": at + timedelta(days=3), "rescheduled": False,
                    "paused_at": None, "resolved_at": None, "withdrawn_at": None,
                    "returned_at": None, "search": fold(f"{code} {name} {id_number}"),
                    "body": {"applicant": {"full_name": name}}, "updated_at": at})
                events.append({
                    "event_id": f"{u:04d}{n:08d}-0000-4000-8000-000000000000"[:36],
                    "body_hash": "0" * 64, "unit_code": _unit(u), "dossier_code": code,
                    "type": "dossier.received", "occurred_at": at, "device_id": f"dev-{u}",
                    "clerk": "clerk01", "seq": n + 1, "payload": {}, "applied_at": at,
                    "clerk_verified": True})
                if n % 4 == 0:
                    moves.append({
                        "unit_code": _unit(u), "seq": n // 4 + 1, "dossier_code": code,
                        "status": 4, "previous_status": 2, "at": at, "appointment_at": None,
                        "extension": False, "note": "", "actor": "bo", "recorded_at": at})
            conn.execute(insert(DossierRow.__table__), rows)
            conn.execute(insert(EventRow.__table__), events)
            conn.execute(insert(ChangeRow.__table__), moves)
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        # Statistics from every row, not a random sample: the same plan at every run (with the
        # default sample the planner chose the trigram index in one run of two).
        conn.execute(text("SET default_statistics_target = 10000"))
        conn.execute(text("ANALYZE"))


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory,
           request: pytest.FixtureRequest) -> Iterator[Engine]:
    url = make_db_url("postgresql", Path(tmp_path_factory.mktemp("plans")), request)
    engine = make_engine(url)
    migrate(engine)
    _seed(engine)
    yield engine
    engine.dispose()


def _plans(engine: Engine, run: Callable[[Connection], Any]) -> list[str]:
    """EXPLAIN of every statement `run` sends, with its own parameters."""
    sent: list[tuple[str, Any]] = []

    def capture(_c: Any, _cur: Any, statement: str, parameters: Any, *_a: Any) -> None:
        sent.append((statement, parameters))

    with engine.connect() as conn:
        event.listen(conn, "before_cursor_execute", capture)
        run(conn)
        event.remove(conn, "before_cursor_execute", capture)
        plans = []
        for statement, parameters in sent:
            rows = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, parameters)
            plans.append(json.dumps(rows.scalar()))
        conn.rollback()
    return plans


BIG = {"dossiers", "events", "changes"}  # (units has a few rows: scanning it is right)


def _nodes(plan: Any) -> Iterator[dict[str, Any]]:
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def _assert_indexed(plans: list[str], *indexes: str) -> None:
    nodes = [n for p in plans for n in _nodes(json.loads(p)[0]["Plan"])]
    scanned = [n["Relation Name"] for n in nodes if n["Node Type"] == "Seq Scan"]
    assert not BIG & set(scanned), plans
    used = {n.get("Index Name") for n in nodes}
    for index in indexes:
        assert index in used, plans


UNIT = _unit(2)


def test_a_folded_name_search_uses_the_trigram_index(seeded: Engine) -> None:
    plans = _plans(seeded, lambda conn: dossiers.search(
        conn, UNIT, status=None, date_from=None, date_to=None, q="tran quoc yen", limit=100))
    _assert_indexed(plans, "ix_dossiers_search_trgm")


def test_an_id_number_search_uses_the_trigram_index(seeded: Engine) -> None:
    with seeded.connect() as conn:
        key = conn.execute(text("SELECT search FROM dossiers WHERE unit_code = :u LIMIT 1"),
                           {"u": UNIT}).scalar_one()
    id_number = key.split()[-1]
    plans = _plans(seeded, lambda conn: dossiers.search(
        conn, UNIT, status=None, date_from=None, date_to=None, q=id_number, limit=100))
    _assert_indexed(plans, "ix_dossiers_search_trgm")


def test_every_page_of_the_list_is_an_index_range(seeded: Engine) -> None:
    with seeded.connect() as conn:
        _rows, after = dossiers.search(conn, UNIT, status=None, date_from=None, date_to=None,
                                       q=None, limit=500)
    for page_after in (None, after):
        plans = _plans(seeded, lambda conn: dossiers.search(
            conn, UNIT, status=None, date_from=None, date_to=None, q=None, limit=100,
            after=page_after))
        _assert_indexed(plans, "ix_dossiers_unit_code")
    plans = _plans(seeded, lambda conn: dossiers.search(
        conn, UNIT, status=4, date_from=None, date_to=None, q=None, limit=100))
    _assert_indexed(plans, "ix_dossiers_unit_status_code")


def test_reading_one_dossier_and_the_change_feed_use_indexes(seeded: Engine) -> None:
    with seeded.connect() as conn:
        code = conn.execute(text("SELECT code FROM dossiers WHERE unit_code = :u LIMIT 1"),
                            {"u": UNIT}).scalar_one()
    plans = _plans(seeded, lambda conn: dossiers.get(conn, UNIT, code))
    # The dossier's history: its events and changes by index, not every change of the unit.
    _assert_indexed(plans, "ix_events_dossier_code", "ix_changes_dossier")
    plans = _plans(seeded, lambda conn: changes.page(conn, UNIT, 100, 500))
    _assert_indexed(plans, "uq_changes_unit_seq")
