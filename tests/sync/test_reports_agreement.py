"""The counter and the central service agree on Biểu 06 to the dossier, on the hand-computed set.

The constructed data set of tests/reports/dataset.py is built through the real path: the
counter (and counter 2 of the unit, a store of its own) receive, return and withdraw with a fake
clock in 2025 and sync their events to a live central service; the back office's steps are
recorded at the central service (`central.progress.record_progress`, what `python -m central
admin progress --at` runs) and reach the counter through the change feed. Then Biểu 06 of the
counter and of the central service must both be the hand-computed figures, and every figure
must drill down to the same dossiers on both sides.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest

from central import auth as central_auth
from central import progress as central_progress
from central.db import run_in_transaction
from counter_app.core.dossier import Status
from counter_app.core.stats import FORM06_FIGURES, TOTAL_LABEL, Form06Report, Form06Row
from counter_app.paths import resources_dir
from counter_app.services import reports
from counter_app.services.context import ServiceContext
from counter_app.services.setup import open_counter
from counter_app.services.sync_setup import enroll_counter
from counter_app.sync import secrets
from counter_app.sync.client import CentralClient
from counter_app.sync.engine import SyncEngine
from counter_app.sync.reports import fetch_drilldown, fetch_form06
from tests.conftest import FakeClock
from tests.reports import dataset as ds
from tests.sync.conftest import BACK_OFFICE, PASSWORD, UNIT, Central

COLUMNS = (*FORM06_FIGURES, "withdrawn")


def enrolled(ctx: ServiceContext, central: Central, counter_no: int) -> ServiceContext:
    device = enroll_counter(ctx, central.url, central.enrollment_code(counter_no),
                            f"Quầy {counter_no}")
    return replace(ctx, device=device)


class Unit:
    """Two counters of the unit syncing with the central service, whose back office works."""

    def __init__(self, central: Central, counters: tuple[ServiceContext, ...]) -> None:
        self.central = central
        self.engines = [SyncEngine(c.store, c.files, clock=c.clock) for c in counters]

    def sync(self) -> None:
        for engine in self.engines:
            report = engine.run_once()
            assert report.ok and report.rejected == 0 and report.pending == 0, report

    def back_office(self, code: str, status: Status, at: datetime, *,
                    appointment_at: datetime | None = None, note: str = "",
                    extension: bool = False) -> None:
        """The counters' events first (the back office works on what has arrived), the step
        at the central service, then its change back to the counters."""
        self.sync()
        run_in_transaction(self.central.engine, lambda conn: central_progress.record_progress(
            conn, unit_code=UNIT, actor=BACK_OFFICE, role="back_office", code=code,
            status=int(status), at=at, note=note,
            new_appointment_at=appointment_at if extension else None,
            now=datetime.now(timezone.utc)), attempts=1)
        self.sync()

    def close(self) -> None:
        for engine in self.engines:
            engine.close()


@pytest.fixture
def other(tmp_path: Path, clock: FakeClock) -> Iterator[ServiceContext]:
    """Counter 2's own PC."""
    context = open_counter(tmp_path / "counter2", resources_dir(), clerk="clerk02", demo=True,
                           clock=clock)
    yield context
    context.store.close()


def figures(row: Form06Row) -> dict[str, int]:
    return {name: getattr(row, name) for name in COLUMNS if getattr(row, name)}


def by_field(report: Form06Report) -> dict[str, Form06Row]:
    return {row.field: row for row in report.rows}


def central_codes(client: CentralClient, field: str | None, column: str,
                  token: str | None = None) -> list[str]:
    """Every page of central's drill-down of one figure."""
    codes: list[str] = []
    after: str | None = None
    while True:
        page = fetch_drilldown(client, ds.DATE_FROM, ds.DATE_TO, column, field=field,
                               after=after, limit=4, token=token)
        codes += [line.code for line in page.items]
        if page.next_after is None:
            return codes
        after = page.next_after


def test_counter_and_central_agree_to_the_dossier(ctx: ServiceContext, other: ServiceContext,
                                                  clock: FakeClock,
                                                  own_central: Central) -> None:
    ctx, other = enrolled(ctx, own_central, 1), enrolled(other, own_central, 2)
    unit = Unit(own_central, (ctx, other))
    try:
        built = ds.build(ctx, clock, other=other, back_office=unit.back_office)
        unit.sync()  # what was done after the back office's last step
    finally:
        unit.close()
    assert clock.now == ds.NOW
    with ctx.store.reading() as session:
        token = secrets.load_device_token(session)
    assert token

    here = reports.form06(ctx, "counter", ds.DATE_FROM, ds.DATE_TO).report
    with CentralClient(own_central.url, token) as client:
        there = fetch_form06(client, ds.DATE_FROM, ds.DATE_TO)
        assert there.scope == "counter"

        # Both are the hand-computed figures …
        expected = {f: figures(Form06Row.of(f, **parts))
                    for f, parts in ds.EXPECTED_COUNTER.items()}
        for report in (here, there.report):
            assert {f: figures(r) for f, r in by_field(report).items() if figures(r)} == expected
            assert report.total.received_total == 11 and report.total.withdrawn == 1
        # … figure by figure, on every row (zeros included) and the total.
        assert by_field(there.report) == by_field(here)
        assert there.report.total == here.total

        # Every figure drills down to the same dossiers on both sides.
        for row in (*here.rows, here.total):
            central_field = None if row.field == TOTAL_LABEL else row.field
            for column in COLUMNS:
                mine = reports.form06_codes(ctx, "counter", ds.DATE_FROM, ds.DATE_TO,
                                            row.field, column)
                theirs = central_codes(client, central_field, column)
                assert sorted(mine) == theirs, (row.field, column)
                assert len(theirs) == getattr(row, column), (row.field, column)
        for (row_name, column), names in ds.EXPECTED_CELLS.items():
            field = None if row_name == TOTAL_LABEL else row_name
            assert central_codes(client, field, column) == sorted(built[n] for n in names)

        # The indicators of progress follow from the same figures on both sides.
        table = reports.indicators(ctx, "counter", ds.DATE_FROM, ds.DATE_TO, group="field")
        data = client.report("indicators", {"from": ds.DATE_FROM.isoformat(),
                                            "to": ds.DATE_TO.isoformat()})
        assert data["groups"]
        for key, group in [*((g["key"], g) for g in data["groups"]), ("", data["total"])]:
            row = table.total if key == "" else table.rows[table.row_keys.index(key)]
            assert row is not None

            def cell(name: str, row: tuple = row) -> object:
                return row[table.column_index(name)]

            share = cell("in_time_share")
            assert (group["resolved"], group["open_now"], group["overdue_now"],
                    group["share_early_or_on_time"], group["average_working_hours"]) == (
                cell("resolved"), cell("received") - cell("resolved"), cell("overdue"),
                None if share is None else round(share, 4),
                cell("average_working_hours")), key

        # The unit at the central service adds counter 2's dossier, as the counter's unit
        # report does when both lanes are in one store (tests/reports/test_form06.py).
        supervisor = supervisor_session(own_central, client)
        whole = fetch_form06(client, ds.DATE_FROM, ds.DATE_TO, token=supervisor).report
        cert = by_field(whole)[ds.CERT]
        assert figures(cert) == figures(Form06Row.of(ds.CERT, received_online=1,
                                                     received_direct=2, resolved_on_time=3))
        assert whole.total.received_total == 12
        assert central_codes(client, ds.CERT, "received_direct", supervisor) == sorted(
            [built["on_time"], built["other_counter"]])


def supervisor_session(central: Central, client: CentralClient) -> str:
    run_in_transaction(central.engine, lambda conn: central_auth.create_user(
        conn, "giam.sat", PASSWORD, "supervisor", UNIT, datetime.now(timezone.utc)), attempts=1)
    return str(client.login("giam.sat", PASSWORD)["access_token"])

