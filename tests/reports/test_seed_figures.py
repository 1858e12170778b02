"""The seeded (demo and benchmark) data: Biểu 06 adds up on it, and the store counts as core does."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from counter_app.core.stats import form06
from counter_app.core.timeutil import VN_TZ
from counter_app.services import reports
from counter_app.services.context import ServiceContext
from counter_app.storage import reports as store_reports
from counter_app.tools.seed import open_seeded, seed_store

END = date(2026, 11, 20)
NOW = datetime(2026, 11, 20, 17, 0, tzinfo=VN_TZ)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> ServiceContext:
    path = Path(tmp_path_factory.mktemp("seeded")) / "counter.sqlite3"
    seed_store(path, 3000, seed=3, end_date=END, workers=1, log=lambda _: None)
    ctx = open_seeded(path, clock=lambda: NOW)
    yield ctx
    ctx.store.close()


@pytest.mark.parametrize(("date_from", "date_to"), [
    (date(2024, 1, 1), date(2024, 12, 31)),     # a whole year in the middle of the data
    (date(2026, 11, 1), date(2026, 11, 30)),    # a month running past "now"
    (date(2025, 6, 30), date(2025, 7, 1)),      # two days across a month's end
])
def test_seed_figures_add_up_and_match_the_core_rules(seeded: ServiceContext, date_from: date,
                                                      date_to: date) -> None:
    result = reports.form06(seeded, "counter", date_from, date_to)
    result.report.check()  # received = resolved + in progress on every row and the total
    assert result.report.total.received_total > 0
    assert result.report.total.resolved_total > 0
    window = store_reports.Window(date_from, date_to, NOW)
    with seeded.store.reading() as session:
        records = store_reports.stat_records(session, window)
    by_core = form06(records, date_from, date_to, now=NOW, all_fields=seeded.catalog.fields())
    assert result.report == by_core


def test_seeded_withdrawals_and_suspensions_are_counted(seeded: ServiceContext) -> None:
    total = reports.form06(seeded, "counter", date(2023, 11, 21), END).report.total
    assert total.withdrawn > 0 and total.in_progress_within > 0
    drilled = reports.drill(seeded, "counter", date(2023, 11, 21), END, "Tổng cộng",
                            "withdrawn")
    assert len(drilled) == total.withdrawn
    assert {int(s.status) for s in drilled} == {7}
