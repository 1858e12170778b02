"""The national portal adapter: every change arrives once, in order per dossier, through faults."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from central import __main__ as central_main
from central.db import connect
from central.models import DossierRow
from central.portal import payloads
from central.portal.models import POISON, PortalRecord
from central.portal.pusher import Policy, push_once
from central.portal.reconcile import reconcile
from tests.central.fake_portal import FakePortal, dong_bo_problems
from tests.central.helpers import World, vn
from tests.central.portal_scenario import client_for, drain, faults, pending, play_day

NO_WAIT = Policy(max_business_errors=50, base_delay_s=1.0, concurrency=1)


def test_every_change_arrives_once_in_order_through_faults(world: World) -> None:
    expected = play_day(world)
    schedule = faults(seed=13)
    with FakePortal(lambda service, record: next(schedule)) as portal:
        reports = drain(world, client_for(portal), NO_WAIT)
        assert not pending(world), pending(world)[:3]
        assert portal.malformed == [] and portal.duplicates == [] and portal.orphans == []
        for code, sequence in expected.items():
            assert portal.history(code) == sequence, code
        # The faults happened, and lost replies were recognised by looking them up.
        assert sum(r.retried for r in reports) >= 5
        assert sum(r.found for r in reports) >= 1 and portal.lookups >= 1


def test_records_carry_the_portal_formats(sqlite_world: World) -> None:
    world = sqlite_world
    expected = play_day(world, n=3)
    with FakePortal() as portal:
        drain(world, client_for(portal), NO_WAIT)
        first = next(iter(expected))
        record = portal.dossiers[first]
    assert dong_bo_problems(record) == []
    assert record["NgayTiepNhan"] == "20251117090000"  # Viet Nam wall-clock time
    assert record["NgayHenTra"] == "20251120170000"
    assert record["MaTTHC"] == "2.000815" and record["ChuHoSo"] == "Nguyễn Thị Đào"
    assert record["LoaiDoiTuong"] == "1" and record["HinhThuc"] == "0"
    assert record["TrangThaiHoSo"] == "10"  # its last progress: returned


def test_a_rejected_or_rolled_back_change_owes_the_portal_nothing(
        sqlite_world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world = sqlite_world
    code = world.a.next_code(vn(2025, 11, 17))
    received = world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))
    assert world.progress(code, 4, vn(2025, 11, 17, 10)).status_code == 404
    assert world.post_events(world.a, [world.a.returned(code, vn(2025, 11, 17))])[0][
        "status"] == "rejected"
    assert pending(world) == []

    def broken(conn: Any, rows: list[dict[str, Any]]) -> None:
        raise RuntimeError("disk full")

    # The outbox row is written in the change's transaction: if it fails, the change is undone.
    monkeypatch.setattr("central.events.portal_outbox.add", broken)
    with pytest.raises(RuntimeError):
        world.post_events(world.a, [received])
    with connect(world.engine) as conn:
        assert conn.execute(select(func.count()).select_from(DossierRow)).scalar() == 0
    monkeypatch.undo()
    assert world.post_events(world.a, [received])[0]["status"] == "applied"
    assert [(r["service"], r["record"]["TrangThaiHoSo"]) for r in pending(world)] == [
        ("DongBoHoSoMC", "2")]


def test_a_poison_record_is_set_aside_and_its_dossier_waits_until_resent(
        sqlite_world: World, sqlite_url: str, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    world = sqlite_world
    expected = play_day(world, n=3)
    bad = list(expected)[1]
    refuse = {bad}
    with FakePortal(lambda s, r: "business" if r["MaHoSo"] in refuse else "ok") as portal:
        policy = Policy(max_business_errors=3, base_delay_s=1.0, concurrency=1)
        for _ in range(6):
            push_once(world.engine, client_for(portal), policy, world.clock)
            world.clock.advance(hours=1)
        left = pending(world)
        assert {r["dossier_code"] for r in left} == {bad}  # the others all went through
        assert left[0]["state"] == POISON and "98" in left[0]["last_error"]
        assert all(r["state"] == "pending" and r["attempts"] == 0 for r in left[1:])
        for code in expected:
            if code != bad:
                assert portal.history(code) == expected[code]

        assert central_main.main(["admin", "--db", sqlite_url, "portal-backlog", "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)
        assert shown["poison"] == 1 and shown["blocked"] == len(left) - 1
        assert shown["records"][0]["dossier_code"] == bad
        assert "Hệ thống bận" in shown["records"][0]["last_error"]

        refuse.clear()  # the portal's problem is fixed; the administrator resends
        assert central_main.main(["admin", "--db", sqlite_url, "portal-resend",
                                  "--all-poison"]) == 0
        for name, value in (("URL", portal.url), ("USERNAME", portal.USERNAME),
                            ("PASSWORD", portal.PASSWORD), ("MADONVI", portal.MADONVI)):
            monkeypatch.setenv(f"CENTRAL_PORTAL_{name}", value)
        for _ in range(len(expected[bad])):
            central_main.main(["portal", "--db", sqlite_url, "push", "--once"])
        assert pending(world) == []
        assert portal.history(bad) == expected[bad]


def test_reconciliation_finds_a_record_the_portal_lost(sqlite_world: World) -> None:
    world = sqlite_world
    expected = play_day(world, n=3)
    victim = list(expected)[0]
    lost_once: list[str] = []

    def lose_first_progress(service: str, record: dict[str, Any]) -> str:
        if service == "CapNhatTienDoHoSoMC" and record["MaHoSo"] == victim and not lost_once:
            lost_once.append(record["TrangThai"])
            return "lose"
        return "ok"

    with FakePortal(lose_first_progress) as portal:
        client = client_for(portal)
        drain(world, client, NO_WAIT)
        assert pending(world) == [] and portal.lost  # we believe it arrived; it did not
        portal.dossiers[victim]["TrangThaiHoSo"] = "9"  # the portal shows a stale status
        since = vn(2025, 11, 1)
        [drift] = reconcile(world.engine, client, since=since, now=world.clock.now)
        assert drift.dossier_code == victim and drift.expected_status == "10"
        assert drift.portal_status == "9"
        assert reconcile(world.engine, client, since=since, now=world.clock.now,
                         repair=True)[0].repaired
        drain(world, client, NO_WAIT)
        assert portal.dossiers[victim]["TrangThaiHoSo"] == "10"
        assert reconcile(world.engine, client, since=since, now=world.clock.now) == []
        # A dossier the portal never heard of is drift too.
        del portal.dossiers[list(expected)[1]]
        [missing] = reconcile(world.engine, client, since=since, now=world.clock.now)
        assert missing.portal_status is None and "missing" in missing.describe()


def test_the_status_mapping_is_data(sqlite_world: World, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = json.loads(payloads.DEFAULT_MAPPING.read_text(encoding="utf-8"))
    shipped["status"]["4"] = "6"  # a province whose portal codes "processing" differently
    custom = tmp_path / "mapping.json"
    custom.write_text(json.dumps(shipped, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setenv(payloads.ENV_MAPPING, str(custom))
    world = sqlite_world
    code = world.a.next_code(vn(2025, 11, 17))
    world.post_events(world.a, [world.a.received(code, vn(2025, 11, 17, 9), vn(2025, 11, 20, 17))])
    assert world.progress(code, 4, vn(2025, 11, 17, 10)).status_code == 200
    assert pending(world)[-1]["record"]["TrangThai"] == "6"
    del shipped["status"]["7"]
    with pytest.raises(ValueError, match=r"\[7\]"):
        payloads.parse_mapping(shipped)


def test_portal_times_are_viet_nam_wall_clock() -> None:
    from datetime import datetime, timezone

    assert payloads.portal_time(datetime(2025, 11, 17, 2, 30, 5, tzinfo=timezone.utc)) == \
        "20251117093005"
    assert payloads.portal_time("2025-11-17T23:59:59+07:00") == "20251117235959"
    assert payloads.portal_time(None) == ""


def test_outbox_rows_are_in_id_order_per_dossier(sqlite_world: World) -> None:
    world = sqlite_world
    expected = play_day(world, n=3)
    with connect(world.engine) as conn:
        t = PortalRecord.__table__
        rows = conn.execute(select(t.c.dossier_code, t.c.service, t.c.is_updating, t.c.record)
                            .order_by(t.c.id)).all()
    seen: dict[str, list[tuple[str, str]]] = {}
    for code, service, updating, record in rows:
        status = record.get("TrangThai") or record.get("TrangThaiHoSo")
        seen.setdefault(code, []).append((service + (" update" if updating else ""), status))
    assert seen == expected


def test_a_pusher_killed_after_sending_does_not_send_twice(
        sqlite_world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    world = sqlite_world
    expected = play_day(world, n=3)
    with FakePortal() as portal:
        client = client_for(portal)

        def killed(*args: Any) -> Any:
            raise SystemExit("killed between the portal's answer and our commit")

        monkeypatch.setattr("central.portal.pusher._outcome_values", killed)
        with pytest.raises(SystemExit):
            push_once(world.engine, client, NO_WAIT, world.clock)
        monkeypatch.undo()
        assert len(portal.received) == len(expected)  # every head got there; none marked sent
        reports = drain(world, client, NO_WAIT)
        assert sum(r.found for r in reports) == len(expected)
        assert portal.duplicates == [] and pending(world) == []
        for code, sequence in expected.items():
            assert portal.history(code) == sequence


def _wait_until(predicate: Any, timeout_s: float = 30.0) -> None:
    """Poll `predicate` (like qtbot.waitUntil) until true, or fail after `timeout_s`."""
    import threading
    import time

    deadline = time.monotonic() + timeout_s
    tick = threading.Event()
    while not predicate():
        assert time.monotonic() < deadline, "condition not met in time"
        tick.wait(0.05)


def test_the_push_loop_sends_and_reports_drift(sqlite_world: World,
                                               caplog: pytest.LogCaptureFixture) -> None:
    import logging
    import threading

    from central.portal.pusher import run_loop

    world = sqlite_world
    expected = play_day(world, n=3)
    victim = list(expected)[0]
    with FakePortal(lambda s, r: "lose" if s == "CapNhatTienDoHoSoMC" and r["MaHoSo"] == victim
                    and r["TrangThai"] == "10" else "ok") as portal:
        stop = threading.Event()
        loop = threading.Thread(target=run_loop, args=(world.engine, client_for(portal), NO_WAIT),
                                kwargs={"poll_s": 0.05, "reconcile_every_s": 0.0, "stop": stop,
                                        "clock": world.clock})
        with caplog.at_level(logging.WARNING, logger="central.portal.reconcile"):
            loop.start()
            try:
                _wait_until(lambda: not pending(world) and "portal drift" in caplog.text)
            finally:
                stop.set()
                loop.join(10)
        assert f"{victim}: expected status 10, portal shows status 9" in caplog.text
        for code in list(expected)[1:]:
            assert portal.history(code) == expected[code]


def test_a_second_pusher_on_postgresql_refuses_to_start(postgres: Any) -> None:
    import threading

    from sqlalchemy import text

    from central.db import make_engine, migrate
    from central.portal.pusher import _PUSHER_LOCK, AlreadyRunning, run_loop

    engine = make_engine(postgres.new_database())
    migrate(engine)
    with FakePortal() as portal, engine.connect() as first:
        # The first pusher's lock, as its loop holds it.
        assert first.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _PUSHER_LOCK}).scalar()
        stopped = threading.Event()
        stopped.set()  # without the guard the loop would simply return at once
        with pytest.raises(AlreadyRunning):
            run_loop(engine, client_for(portal), NO_WAIT, stop=stopped)
    engine.dispose()


def test_a_broken_mapping_file_stops_the_service_at_start(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from central.app import create_app

    broken = tmp_path / "mapping.json"
    broken.write_text(json.dumps({"status": {"1": "1"}}), encoding="utf-8")
    monkeypatch.setenv(payloads.ENV_MAPPING, str(broken))
    with pytest.raises(ValueError, match="no portal status"):
        create_app(f"sqlite:///{tmp_path / 'central.db'}", storage=tmp_path / "files")
