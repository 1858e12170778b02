"""The province load test at a tiny scale: both phases, zero errors, every event exactly once."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from central.db import make_engine
from central.models import EventRow
from central.tools.province import Shape
from tests.central.conftest import PostgresCluster
from tests.load.__main__ import province_run
from tests.load.generator import Plan

COUNTERS = 20
PLAN = Plan(counters=COUNTERS, morning_s=6, sync_every_s=2, dossiers_per_pass=1,
            scan_bytes=100_000, backlog_dossiers=10, solo_min_events=300, deadline_s=60)


def test_twenty_counters_morning_and_storm_lose_nothing_and_apply_each_event_once(
        postgres: PostgresCluster, tmp_path: Path) -> None:
    report = province_run(postgres, tmp_path, PLAN,
                          Shape(scale=0.001, units=5, devices=25), workers=2, jobs=1)
    assert report.errors == []
    assert report.not_exactly_once == []
    morning = report.morning.report()
    # Every clerk logged in, and every counter uploaded its scan and posted its events.
    assert morning["POST /sessions"]["n"] == COUNTERS
    assert morning["HEAD /files"]["n"] == COUNTERS
    assert morning["POST /events"]["n"] >= COUNTERS
    assert morning["GET /changes"]["n"] >= COUNTERS
    assert morning["POST /events ×500"]["n"] >= 1
    # The storm: each counter's day (10 dossiers × 3 events) applied once; the batches sent
    # again after a lost answer came back as duplicates.
    resent = len(range(0, COUNTERS, PLAN.resend_every)) * 30
    assert report.storm_events == COUNTERS * 30
    assert dict(report.storm.statuses) == {"applied": COUNTERS * 30, "duplicate": resent}
    assert report.storm_s > 0 and report.solo_rate > 0


def test_the_seeded_province_holds_three_years_of_every_unit(postgres: PostgresCluster) -> None:
    from central.tools.seed_province import seed_province

    url = postgres.new_database()
    shape = Shape(scale=0.0005, units=4, devices=12)  # ~990 dossiers
    report = seed_province(url, shape, jobs=2, log=lambda _line: None)
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            events = conn.execute(select(func.count()).select_from(EventRow)).scalar()
            units = conn.execute(select(func.count(func.distinct(EventRow.unit_code)))).scalar()
            first, last = conn.execute(select(func.min(EventRow.occurred_at),
                                              func.max(EventRow.occurred_at))).one()
            seqs_rise = conn.execute(select(func.count()).select_from(
                select(EventRow.device_id).group_by(EventRow.device_id)
                .having(func.max(EventRow.seq) != func.count()).subquery())).scalar()
    finally:
        engine.dispose()
    assert report.rows["events"] == events and events > report.rows["dossiers"] > 600
    assert units == 4
    assert (last - first).days > 365 * 3 - 10
    assert seqs_rise == 0  # each device's events numbered 1..n
