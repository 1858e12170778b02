"""Biểu 06 from the counter's store: the hand-computed data set, drill-down, roles, cancelling."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from counter_app.core.stats import (
    FORM06_FIGURES, TOTAL_LABEL, Form06Row, form06, report_from_counts,
)
from counter_app.core.dossier import Status
from counter_app.services import queries, reports
from counter_app.services.auth import add_clerk
from counter_app.services.context import ServiceContext
from counter_app.services.errors import ServiceError
from counter_app.storage import reports as store_reports
from tests.back_office import report_progress
from tests.conftest import FakeClock
from tests.reports import dataset as ds


@pytest.fixture
def built(ctx: ServiceContext, clock: FakeClock) -> dict[str, str]:
    return ds.build(ctx, clock)


@pytest.fixture
def supervisor(ctx: ServiceContext) -> ServiceContext:
    add_clerk(ctx.store, "giamsat", "Lê Thị Giám Sát", "supervisor", "matkhau123", ctx.now())
    return replace(ctx, clerk="giamsat")


def figures(row: Form06Row) -> dict[str, int]:
    return {name: getattr(row, name) for name in (*FORM06_FIGURES, "withdrawn")
            if getattr(row, name)}


def expected_row(field: str, parts: dict[str, int]) -> dict[str, int]:
    return figures(Form06Row.of(field, **parts))


def test_the_appointments_are_the_hand_computed_ones(ctx: ServiceContext,
                                                     built: dict[str, str]) -> None:
    for name, due in ds.APPOINTMENTS.items():
        dossier = queries.find_by_code(ctx, built[name])
        assert dossier is not None and dossier.appointment_at == due, name


def test_counter_figures_are_exactly_the_hand_computed_ones(ctx: ServiceContext,
                                                            built: dict[str, str]) -> None:
    result = reports.form06(ctx, "counter", ds.DATE_FROM, ds.DATE_TO)
    got = {row.field: figures(row) for row in result.report.rows if figures(row)}
    assert got == {f: expected_row(f, parts) for f, parts in ds.EXPECTED_COUNTER.items()}
    total = figures(result.report.total)
    assert total == dict(received_online=1, received_direct=9, carried_over=1, received_total=11,
                         resolved_early=3, resolved_on_time=3, resolved_late=2,
                         resolved_total=8, in_progress_within=2, in_progress_overdue=1,
                         in_progress_total=3, withdrawn=1)
    # Every catalog field has its row (zeros included), each one adds up.
    assert [r.field for r in result.report.rows] == sorted(ctx.catalog.fields())
    result.report.check()


def test_the_table_carries_the_figures_under_stable_keys(ctx: ServiceContext,
                                                         built: dict[str, str]) -> None:
    table = reports.form06(ctx, "counter", ds.DATE_FROM, ds.DATE_TO).table
    row = table.rows[table.row_keys.index(ds.HT)]
    assert row[table.column_index("resolved_early")] == 2
    assert row[table.column_index("withdrawn")] == 1
    assert table.total is not None and table.total[table.column_index("received_total")] == 11
    assert "01/11/2025" in table.subtitle[1] and "30/11/2025" in table.subtitle[1]


def test_the_unit_adds_the_other_counters_dossiers(supervisor: ServiceContext,
                                                   built: dict[str, str]) -> None:
    report = reports.form06(supervisor, "unit", ds.DATE_FROM, ds.DATE_TO).report
    cert = next(r for r in report.rows if r.field == ds.CERT)
    assert figures(cert) == expected_row(ds.CERT, dict(received_online=1, received_direct=2,
                                                       resolved_on_time=3))
    assert report.total.received_total == 12
    codes = reports.form06_codes(supervisor, "unit", ds.DATE_FROM, ds.DATE_TO, ds.CERT,
                                 "received_direct")
    assert set(codes) == {built["on_time"], built["other_counter"]}


@pytest.mark.parametrize(("row", "column"), sorted(ds.EXPECTED_CELLS))
def test_every_figure_drills_down_to_its_dossiers(ctx: ServiceContext, built: dict[str, str],
                                                  row: str, column: str) -> None:
    codes = reports.form06_codes(ctx, "counter", ds.DATE_FROM, ds.DATE_TO, row, column)
    assert sorted(codes) == sorted(built[name] for name in ds.EXPECTED_CELLS[(row, column)])


def test_each_drill_down_holds_as_many_dossiers_as_its_figure(ctx: ServiceContext,
                                                               built: dict[str, str]) -> None:
    result = reports.form06(ctx, "counter", ds.DATE_FROM, ds.DATE_TO)
    for row in (*result.report.rows, result.report.total):
        for column in (*FORM06_FIGURES, "withdrawn"):
            if getattr(row, column):
                summaries = reports.drill(ctx, "counter", ds.DATE_FROM, ds.DATE_TO, row.field,
                                          column)
                assert len(summaries) == getattr(row, column), (row.field, column)
    lines = reports.drill(ctx, "counter", ds.DATE_FROM, ds.DATE_TO, ds.HKD, "in_progress_within")
    assert [s.code for s in lines] == [built["suspended"]]
    assert lines[0].applicant_name == "Nguyễn Văn An"


def test_the_store_counts_as_the_core_rules_do(ctx: ServiceContext, built: dict[str, str]) -> None:
    """The SQL of storage.reports against core.stats.form06 on the same dossiers."""
    for date_from, date_to in ((ds.DATE_FROM, ds.DATE_TO), (ds.DATE_FROM, ds.DATE_FROM),
                               (ds.DATE_TO, ds.DATE_TO.replace(month=12, day=31))):
        window = store_reports.Window(date_from, date_to, ds.NOW)
        with ctx.store.reading() as session:
            counts = store_reports.form06_counts(session, window)
            records = store_reports.stat_records(session, window)
        by_core = form06(records, date_from, date_to, now=ds.NOW)
        assert report_from_counts(counts) == by_core


def test_a_period_judged_before_its_end_is_judged_as_of_now(ctx: ServiceContext,
                                                            clock: FakeClock,
                                                            built: dict[str, str]) -> None:
    clock.now = ds.t(25, 9)  # "overdue" is due 27/11: not yet overdue on the 25th
    report = reports.form06(ctx, "counter", ds.DATE_FROM, ds.DATE_TO).report
    assert report.total.in_progress_overdue == 0


def test_a_clerk_cannot_see_the_units_figures(ctx: ServiceContext, built: dict[str, str]) -> None:
    with pytest.raises(ServiceError) as caught:
        reports.form06(ctx, "unit", ds.DATE_FROM, ds.DATE_TO)
    assert caught.value.rule == "forbidden"
    assert "quầy mình" in caught.value.message


@pytest.mark.parametrize(("args", "rule"), [
    ((ds.DATE_TO, ds.DATE_FROM, TOTAL_LABEL, "resolved_late"), "order"),
    ((ds.DATE_FROM, ds.DATE_TO, TOTAL_LABEL, "field"), "unknown"),
    ((ds.DATE_FROM, ds.DATE_TO, "Không có lĩnh vực này", "resolved_late"), "unknown"),
])
def test_bad_drill_requests_say_why(ctx: ServiceContext, args: tuple, rule: str) -> None:
    with pytest.raises(ServiceError) as caught:
        reports.drill(ctx, "counter", *args)
    assert caught.value.rule == rule


def test_an_unknown_scope_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(ServiceError) as caught:
        reports.form06(ctx, "province", ds.DATE_FROM, ds.DATE_TO)  # type: ignore[arg-type]
    assert caught.value.rule == "choice"


def test_cancelling_stops_the_computation(ctx: ServiceContext, built: dict[str, str]) -> None:
    calls: list[int] = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2  # cancelled while the months are being counted

    with pytest.raises(reports.ReportCancelledError):
        reports.form06(ctx, "counter", ds.DATE_FROM, ds.DATE_TO.replace(month=12, day=31), cancel)
    event = threading.Event()
    event.set()
    with pytest.raises(reports.ReportCancelledError):
        reports.indicators(ctx, "counter", ds.DATE_FROM, ds.DATE_TO, cancel=event)
    assert reports.form06(ctx, "counter", ds.DATE_FROM, ds.DATE_TO,
                          threading.Event()).report.total.received_total == 11


def test_a_withdrawal_stays_dated_when_the_back_office_reports_on_it_later(
        ctx: ServiceContext, clock: FakeClock, built: dict[str, str]) -> None:
    """The back office's late report on a withdrawn dossier touches the row (a conflict kept
    for a supervisor), not the date of the withdrawal."""
    clock.now = ds.t(2, 9, month=12)
    assert report_progress(ctx, built["withdrawn"], Status.RESULT_READY, clock.now) == "conflict"
    clock.now = ds.NOW
    report = reports.form06(ctx, "counter", ds.DATE_FROM, ds.DATE_TO).report
    assert report.total.withdrawn == 1 and report.total.in_progress_total == 3


def test_a_field_gone_from_the_catalog_keeps_its_row_and_drill_down(
        ctx: ServiceContext, built: dict[str, str]) -> None:
    """A catalog update that renames a field must not hide the dossiers filed under the old name."""
    kept = [p for p in ctx.catalog if p.field != ds.DD]
    smaller = replace(ctx, catalog=replace(ctx.catalog, procedures=tuple(kept)))
    report = reports.form06(smaller, "counter", ds.DATE_FROM, ds.DATE_TO).report
    assert figures(next(r for r in report.rows if r.field == ds.DD)) == expected_row(
        ds.DD, ds.EXPECTED_COUNTER[ds.DD])
    codes = reports.form06_codes(smaller, "counter", ds.DATE_FROM, ds.DATE_TO, ds.DD,
                                 "carried_over")
    assert codes == (built["carried_late"],)
