"""Indicators and Mẫu 07 from the counter's store, on the hand-computed data set."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from counter_app.core.indicators import IndicatorInputs, WorkingTime, compute, rating_inputs
from counter_app.core.report_table import ReportTable
from counter_app.core.timeutil import VN_TZ
from counter_app.services import attachments, reports
from counter_app.services.auth import add_clerk
from counter_app.services.context import ServiceContext
from counter_app.services.errors import ServiceError
from counter_app.core.rating import SKIPPED, Rating
from counter_app.storage import dossiers
from counter_app.storage import ratings as store_ratings
from counter_app.storage.models import AttachmentRow, DossierRow, StoredFileRow
from tests.conftest import FakeClock
from tests.reports import dataset as ds


@pytest.fixture
def built(ctx: ServiceContext, clock: FakeClock) -> dict[str, str]:
    return ds.build(ctx, clock)


def cell(table: ReportTable, row_key: str, column: str) -> object:
    return table.rows[table.row_keys.index(row_key)][table.column_index(column)]


def test_progress_indicators_by_field(ctx: ServiceContext, built: dict[str, str]) -> None:
    table = reports.indicators(ctx, "counter", ds.DATE_FROM, ds.DATE_TO, group="field")
    # Hộ tịch: resolved early 2, on time 1, late 1; one in progress, overdue.
    assert cell(table, ds.HT, "resolved") == 4
    assert cell(table, ds.HT, "in_time_share") == 0.75
    assert cell(table, ds.HT, "overdue") == 1
    assert cell(table, ds.HT, "overdue_share") == 1.0
    # Đất đai: the one resolved was late; nothing to rate, nothing scanned.
    assert cell(table, ds.DD, "in_time_share") == 0.0
    assert cell(table, ds.DD, "satisfied_share") is None
    assert table.total is not None and table.total[table.column_index("resolved")] == 8


def test_average_working_time_per_procedure(ctx: ServiceContext, built: dict[str, str]) -> None:
    table = reports.indicators(ctx, "counter", ds.DATE_FROM, ds.DATE_TO, group="procedure")
    # Office hours only: early 16 h, after_hour 25.5 h, postal 21.5 h, stopped 16 h.
    assert cell(table, ds.CIVIL, "average_working_hours") == 19.75
    assert str(table.rows[table.row_keys.index(ds.CIVIL)][0]).startswith(f"{ds.CIVIL} – ")


def test_digitization_counts_scans_reuse_and_digitized_results(
        ctx: ServiceContext, clock: FakeClock, built: dict[str, str]) -> None:
    clock.now = ds.t(3, 9, 5)
    attachments.attach_scan(ctx, built["early"], ctx.catalog.by_code(ds.CIVIL).components[0].name,
                      b"%PDF-1.4 scan", 1)
    with ctx.store.transaction() as session:
        d = dossiers.get(session, built["after_hour"])
        assert d is not None
        reused = (replace(d.components[0], reused=True), *d.components[1:])
        dossiers.save(session, replace(d, components=reused), ds.t(3, 10))
        session.add(StoredFileRow(sha256="ab" * 32, size=1, media_type="application/pdf",
                                  created_at=ds.NOW))
        dossier_id = session.query(DossierRow.id).filter(DossierRow.code == built["postal"]).scalar()
        session.add(AttachmentRow(dossier_id=dossier_id, sha256="ab" * 32, role="result",
                                  component="", pages=1, created_at=ds.NOW))
    clock.now = ds.NOW
    table = reports.indicators(ctx, "counter", ds.DATE_FROM, ds.DATE_TO, group="field")
    # Hộ tịch received 6 in November (withdrawn included), resolved 4 in it.
    assert cell(table, ds.HT, "digitized_share") == 1 / 6
    assert cell(table, ds.HT, "reused_share") == 1 / 6
    assert cell(table, ds.HT, "result_digitized_share") == 1 / 4
    assert cell(table, ds.CERT, "digitized_share") == 0.0


def test_satisfaction_from_ratings(
        ctx: ServiceContext, built: dict[str, str]) -> None:
    table = reports.indicators(ctx, "counter", ds.DATE_FROM, ds.DATE_TO)
    assert cell(table, ds.CERT, "ratings") == 0 and cell(table, ds.CERT, "satisfied_share") is None
    with ctx.store.transaction() as session:
        for code, at, rating in (
                (built["on_time"], datetime(2025, 11, 3, 16, 35, tzinfo=VN_TZ),
                 Rating((2,) * 11, 5)),
                (built["online"], datetime(2025, 11, 5, 11, 30, tzinfo=VN_TZ),
                 Rating((1,) * 10 + (0,), 3)),
                (built["early"], datetime(2025, 11, 6, 9, 0, tzinfo=VN_TZ), SKIPPED),
                (built["closed_before"], datetime(2025, 10, 28, 15, 5, tzinfo=VN_TZ),
                 Rating((2,) * 11, 5))):
            store_ratings.add(session, code, rating, at, "lan")
    table = reports.indicators(ctx, "counter", ds.DATE_FROM, ds.DATE_TO)
    assert cell(table, ds.CERT, "ratings") == 2
    assert cell(table, ds.CERT, "satisfied_share") == 0.5
    assert cell(table, ds.CERT, "criteria_score") == (22 + 10) / 44
    assert cell(table, ds.HT, "ratings") == 0  # the skipped rating is not one


def test_indicators_per_counter_for_a_supervisor(ctx: ServiceContext,
                                                 built: dict[str, str]) -> None:
    add_clerk(ctx.store, "giamsat", "Lê Thị Giám Sát", "supervisor", "matkhau123", ctx.now())
    table = reports.indicators(replace(ctx, clerk="giamsat"), "unit", ds.DATE_FROM, ds.DATE_TO,
                               group="counter")
    assert table.row_keys == ("1", "2")
    assert [row[0] for row in table.rows] == ["Quầy số 1", "Quầy số 2"]
    assert cell(table, "2", "resolved") == 1 and cell(table, "1", "resolved") == 8
    with pytest.raises(ServiceError) as caught:
        reports.indicators(ctx, "counter", ds.DATE_FROM, ds.DATE_TO, group="clerk")  # type: ignore[arg-type]
    assert caught.value.rule == "choice"


def test_tracking_book_lists_the_periods_dossiers_in_order_of_receipt(
        ctx: ServiceContext, built: dict[str, str]) -> None:
    table = reports.tracking_book(ctx, "counter", ds.DATE_FROM, ds.DATE_TO)
    order = ["early", "on_time", "after_hour", "postal", "online", "stopped", "extended",
             "withdrawn", "suspended", "overdue", "within"]
    assert list(table.row_keys) == [built[name] for name in order]
    assert [row[0] for row in table.rows] == list(range(1, 12))
    on_time = table.rows[1]
    assert on_time[table.column_index("received_at")] == "09:30 03/11/2025"
    assert on_time[table.column_index("appointment_at")] == "17:00 03/11/2025"
    assert on_time[table.column_index("returned_at")] == "16:30 03/11/2025"
    assert "Từ ngày 01/11/2025 đến ngày 30/11/2025" in table.subtitle
    data = reports.tracking_book_data(ctx, "counter", ds.DATE_FROM, ds.DATE_TO)
    assert [r.code for r in data.rows] == list(table.row_keys)


# --------------------------------------------------------------------------- core formulas

def test_a_share_of_nothing_is_empty_not_zero() -> None:
    i = compute(IndicatorInputs())
    assert i.in_time_share is None and i.digitized_share is None
    assert i.average_working_hours is None and i.overdue == 0


@pytest.mark.parametrize(("criteria", "overall"), [([2] * 10, 5), ([3] + [2] * 10, 5),
                                                    ([2] * 11, 0), ([2] * 11, 6)])
def test_a_malformed_rating_is_refused(criteria: list[int], overall: int) -> None:
    with pytest.raises(ValueError):
        rating_inputs(criteria, overall)


def test_working_time_agrees_with_the_calendar(ctx: ServiceContext) -> None:
    rng = random.Random(7)
    clock = WorkingTime(ctx.calendar)
    base = datetime(2025, 12, 20, 0, 0, tzinfo=VN_TZ)  # across the 2026 Tết break
    for _ in range(300):
        a = base + timedelta(minutes=rng.randint(0, 90 * 24 * 60))
        b = a + timedelta(minutes=rng.randint(-600, 40 * 24 * 60))
        assert clock.hours(a, b) == pytest.approx(ctx.calendar.working_hours_between(a, b))
