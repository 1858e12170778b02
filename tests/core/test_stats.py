"""Tests of resolution classification and the Biểu 06 aggregation."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.core.stats import (
    DRILL_FIGURES,
    TOTAL_LABEL,
    Form06Row,
    StatRecord,
    StatsInvariantError,
    classify_resolution,
    form06,
    report_from_counts,
)

UTC = timezone.utc
VN = timezone(timedelta(hours=7))


def dt(day: int, hour: int = 9, minute: int = 0, month: int = 3) -> datetime:
    return datetime(2025, month, day, hour, minute)


# -------------------------------------------------------------------- classification


@pytest.mark.parametrize(
    ("resolved", "expected"),
    [
        (dt(14, 9, 0), "on_time"),  # same date, earlier time
        (dt(14, 16, 0), "on_time"),  # exactly at the appointment
        (dt(14, 16, 1), "late"),  # same date, later time
        (dt(13, 23, 59), "early"),  # previous day, even late in the evening
        (dt(1, 8, 0), "early"),
        (dt(15, 7, 30), "late"),
    ],
)
def test_classify_naive(resolved: datetime, expected: str) -> None:
    assert classify_resolution(dt(14, 16, 0), resolved) == expected


def test_classify_aware_utc_is_judged_on_vietnam_dates() -> None:
    appointment = datetime(2025, 3, 14, 16, 0, tzinfo=VN)
    # 23:30 UTC on the 13th is 06:30 on the 14th in Vietnam: same date, before the time.
    assert classify_resolution(appointment, datetime(2025, 3, 13, 23, 30, tzinfo=UTC)) == "on_time"
    # 16:30 UTC on the 13th is 23:30 on the 13th in Vietnam: the day before.
    assert classify_resolution(appointment, datetime(2025, 3, 13, 16, 30, tzinfo=UTC)) == "early"
    # 09:01 UTC on the 14th is 16:01 in Vietnam: after the appointment.
    assert classify_resolution(appointment, datetime(2025, 3, 14, 9, 1, tzinfo=UTC)) == "late"


def test_classify_appointment_near_midnight_in_utc() -> None:
    # Appointment 08:00 VN on the 14th = 01:00 UTC on the 14th; resolution 18:00 UTC on the
    # 13th = 01:00 VN on the 14th: same VN date, before the time. Naively comparing UTC dates
    # would call it early.
    appointment = datetime(2025, 3, 14, 1, 0, tzinfo=UTC)
    assert classify_resolution(appointment, datetime(2025, 3, 13, 18, 0, tzinfo=UTC)) == "on_time"


# -------------------------------------------------------------------------- Form06Row


def seed_row() -> Form06Row:
    # Figures of the seed check in RULES.md; the split of received and in-progress is ours.
    return Form06Row(
        field="Tổng",
        received_online=250_000,
        received_direct=390_557,
        carried_over=20_000,
        received_total=660_557,
        resolved_early=478_588,
        resolved_on_time=155_002,
        resolved_late=6_736,
        resolved_total=640_326,
        in_progress_within=18_000,
        in_progress_overdue=2_231,
        in_progress_total=20_231,
    )


def test_seed_figures_satisfy_the_invariant() -> None:
    row = seed_row()
    row.check()
    assert row.received_total == row.resolved_total + row.in_progress_total == 660_557
    assert Form06Row.of(
        "Tổng",
        received_online=250_000,
        received_direct=390_557,
        carried_over=20_000,
        resolved_early=478_588,
        resolved_on_time=155_002,
        resolved_late=6_736,
        in_progress_within=18_000,
        in_progress_overdue=2_231,
    ) == row


@pytest.mark.parametrize(
    "change",
    [
        {"resolved_late": 6_737},  # resolved parts no longer add up
        {"received_total": 660_558},  # received parts no longer add up
        {"in_progress_within": 17_999},  # in-progress parts no longer add up
        {"in_progress_total": 20_230, "in_progress_overdue": 2_230},  # received != resolved + in progress
        {"carried_over": -1, "received_online": 250_001},  # negative figure
    ],
)
def test_perturbed_seed_row_fails_check(change: dict[str, int]) -> None:
    with pytest.raises(StatsInvariantError):
        replace(seed_row(), **change).check()


def test_as_dict_uses_the_sync_api_names() -> None:
    assert list(seed_row().as_dict()) == [
        "field",
        "received_online",
        "received_direct",
        "carried_over",
        "received_total",
        "resolved_early",
        "resolved_on_time",
        "resolved_late",
        "resolved_total",
        "in_progress_within",
        "in_progress_overdue",
        "in_progress_total",
        "withdrawn",
    ]
    assert seed_row().as_dict()["resolved_on_time"] == 155_002


# ------------------------------------------------------------------------------ form06

FROM, TO = date(2025, 3, 1), date(2025, 3, 31)
CT, HT = "Chứng thực", "Hộ tịch"


def rec(
    field: str,
    received: datetime,
    appointment: datetime,
    resolved: datetime | None = None,
    withdrawn: datetime | None = None,
    channel: str = "direct",
) -> StatRecord:
    return StatRecord(field, channel, received, appointment, resolved, withdrawn)  # type: ignore[arg-type]


def hand_built() -> list[StatRecord]:
    return [
        # Chứng thực
        rec(CT, dt(3, 9), dt(3, 16), resolved=dt(3, 10)),  # direct, on time (same day)
        rec(CT, dt(3, 15, 30), dt(4, 16), resolved=dt(3, 16)),  # direct, early
        rec(CT, dt(5), dt(5, 16), resolved=dt(5, 16, 30), channel="online"),  # online, late
        rec(CT, dt(6), dt(6, 16), resolved=dt(6, 11), channel="postal"),  # postal → direct, on time
        rec(CT, dt(30), dt(31, 16, 30)),  # direct, open, appointment on the last day → overdue at 24:00
        rec(CT, dt(31, 10), dt(1, 16, month=4)),  # direct, open, appointment after the period → within
        rec(CT, dt(28, 2, month=2), dt(3, 16), resolved=dt(3, 15)),  # carried over, on time
        rec(CT, dt(20, month=2), dt(21, month=2), resolved=dt(21, month=2)),  # closed before: out
        rec(CT, dt(1, 9, month=4), dt(2, month=4)),  # received after the period: out
        # Hộ tịch
        rec(HT, dt(10), dt(13, 16), withdrawn=dt(11), channel="online"),  # withdrawn in the period
        rec(HT, dt(25, month=2), dt(28, month=2), withdrawn=dt(2)),  # carried over, withdrawn in period
        rec(HT, dt(25, month=2), dt(28, month=2), withdrawn=dt(27, month=2)),  # withdrawn before: out
        rec(HT, dt(28), dt(2, month=4), withdrawn=dt(3, month=4)),  # withdrawn after: open at end, within
        rec(HT, dt(15, month=1), dt(20, month=1)),  # carried over, still open, overdue
        rec(HT, dt(15, month=1), dt(20, month=1), resolved=dt(10, month=4)),  # carried, resolved late
        rec(HT, dt(12), dt(14, 16), resolved=dt(17, 8)),  # direct, late (next working day)
    ]


def test_hand_built_data_set() -> None:
    report = form06(hand_built(), FROM, TO)
    report.check()
    assert [row.field for row in report.rows] == [CT, HT]
    ct, ht = report.rows
    assert ct == Form06Row.of(
        CT,
        received_online=1,
        received_direct=5,
        carried_over=1,
        resolved_early=1,
        resolved_on_time=3,
        resolved_late=1,
        in_progress_within=1,
        in_progress_overdue=1,
    )
    assert ht == Form06Row.of(
        HT,
        received_online=0,
        received_direct=2,
        carried_over=2,
        resolved_late=1,
        in_progress_within=1,
        in_progress_overdue=2,
        withdrawn=2,
    )
    assert report.total == ct.plus(ht, field=TOTAL_LABEL)
    assert report.total.received_total == 11
    assert report.total.withdrawn == 2


def test_carried_over_needs_to_be_open_at_the_start() -> None:
    before = dt(20, month=2)
    records = [
        rec(CT, before, dt(25, month=2)),  # open at start → carried over, overdue
        rec(CT, before, dt(25, month=2), resolved=dt(1, 0, 0)),  # resolved at 00:00 of `from` → carried, late
        rec(CT, before, dt(25, month=2), resolved=dt(28, 23, 59, month=2)),  # resolved just before: out
    ]
    row = form06(records, FROM, TO).rows[0]
    assert row.carried_over == 2
    assert row.received_online == row.received_direct == 0
    assert (row.resolved_late, row.in_progress_overdue) == (1, 1)


def test_withdrawn_is_reported_apart_and_not_received() -> None:
    records = [
        rec(CT, dt(3), dt(5), withdrawn=dt(4)),
        rec(CT, dt(3), dt(5), resolved=dt(4)),
    ]
    row = form06(records, FROM, TO).rows[0]
    row.check()
    assert row.withdrawn == 1
    assert row.received_total == row.resolved_total == 1
    assert row.in_progress_total == 0


def test_whichever_ends_first_wins_between_withdrawal_and_resolution() -> None:
    withdrawn_first = rec(CT, dt(3), dt(10), resolved=dt(8), withdrawn=dt(5))
    resolved_first = rec(CT, dt(3), dt(10), resolved=dt(5), withdrawn=dt(8))
    assert form06([withdrawn_first], FROM, TO).total.withdrawn == 1
    total = form06([resolved_first], FROM, TO).total
    assert (total.withdrawn, total.resolved_early) == (0, 1)


def test_in_progress_is_judged_at_now_when_the_period_is_not_over() -> None:
    records = [rec(CT, dt(3), dt(10, 16))]
    assert form06(records, FROM, TO).total.in_progress_overdue == 1
    assert form06(records, FROM, TO, now=dt(10, 12)).total.in_progress_within == 1
    aware_now = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)  # 15:00 in Vietnam
    assert form06(records, FROM, TO, now=aware_now).total.in_progress_within == 1


def test_period_bounds_are_vietnam_dates_for_aware_records() -> None:
    # 17:30 UTC on 31 March is 00:30 on 1 April in Vietnam: after the period.
    late_night = rec(CT, datetime(2025, 3, 31, 17, 30, tzinfo=UTC), datetime(2025, 4, 2, 9, tzinfo=UTC))
    # 17:30 UTC on 28 Feb is 00:30 on 1 March in Vietnam: new in the period, not carried over.
    early_morning = rec(CT, datetime(2025, 2, 28, 17, 30, tzinfo=UTC), datetime(2025, 3, 3, 9, tzinfo=UTC))
    total = form06([late_night, early_morning], FROM, TO).total
    assert total.received_total == 1
    assert total.received_direct == 1 and total.carried_over == 0


def test_all_fields_adds_zero_rows_and_empty_input_gives_zero_total() -> None:
    report = form06([], FROM, TO, all_fields=[HT, CT])
    assert [row.field for row in report.rows] == [CT, HT]
    assert all(row == Form06Row.of(row.field) for row in report.rows)
    assert report.total == Form06Row.of(TOTAL_LABEL)
    assert form06([], FROM, TO).rows == ()


def test_reversed_period_is_refused() -> None:
    with pytest.raises(ValueError):
        form06([], TO, FROM)


# ---------------------------------------------------------------------------- property

BASE = datetime(2025, 3, 1)
FIELDS = ["Chứng thực", "Hộ tịch", "Đất đai", "Cư trú"]


@st.composite
def records(draw: st.DrawFn) -> StatRecord:
    def moment(lo: int, hi: int) -> datetime:
        return BASE + timedelta(minutes=draw(st.integers(lo, hi)))

    day = 24 * 60
    received = moment(-60 * day, 60 * day)
    appointment = received + timedelta(minutes=draw(st.integers(0, 20 * day)))
    resolved = draw(st.none() | st.integers(0, 40 * day).map(lambda m: received + timedelta(minutes=m)))
    withdrawn = draw(st.none() | st.integers(0, 40 * day).map(lambda m: received + timedelta(minutes=m)))
    aware = draw(st.booleans())
    if aware:
        # Same instants, expressed in UTC: the report must not depend on the representation.
        def utc(m: datetime | None) -> datetime | None:
            return None if m is None else m.replace(tzinfo=VN).astimezone(UTC)

        received_u, appointment_u = utc(received), utc(appointment)
        assert received_u is not None and appointment_u is not None
        received, appointment = received_u, appointment_u
        resolved, withdrawn = utc(resolved), utc(withdrawn)
    return StatRecord(
        field=draw(st.sampled_from(FIELDS)),
        channel=draw(st.sampled_from(["direct", "online", "postal"])),
        received_at=received,
        appointment_at=appointment,
        resolved_at=resolved,
        withdrawn_at=withdrawn,
    )


@settings(max_examples=200, deadline=None)
@given(
    st.lists(records(), max_size=60),
    st.integers(-20, 20),
    st.integers(0, 40),
    st.none() | st.integers(-10, 60),
)
def test_every_row_and_the_total_satisfy_the_invariants(
    data: list[StatRecord], start_offset: int, length: int, now_offset: int | None
) -> None:
    date_from = BASE.date() + timedelta(days=start_offset)
    date_to = date_from + timedelta(days=length)
    now = None if now_offset is None else BASE + timedelta(days=now_offset)
    report = form06(data, date_from, date_to, now=now)
    for row in report.rows:
        row.check()
    report.total.check()
    summed = Form06Row.of(TOTAL_LABEL)
    for row in report.rows:
        summed = summed.plus(row)
    assert summed == report.total
    report.check()
    assert [row.field for row in report.rows] == sorted(row.field for row in report.rows)
    # Nothing is counted twice: every dossier counted is either received or withdrawn.
    start = datetime.combine(date_from, datetime.min.time())
    end = datetime.combine(date_to + timedelta(days=1), datetime.min.time())
    in_scope = sum(1 for r in data if _in_scope(r, start, end))
    assert report.total.received_total + report.total.withdrawn == in_scope


def _in_scope(r: StatRecord, start: datetime, end: datetime) -> bool:
    def vn(m: datetime | None) -> datetime | None:
        return None if m is None or m.tzinfo is None else m.astimezone(VN).replace(tzinfo=None)

    received = vn(r.received_at) or r.received_at
    closes = [m for m in (vn(r.resolved_at) or r.resolved_at, vn(r.withdrawn_at) or r.withdrawn_at) if m]
    closed = min(closes) if closes else None
    return received < end and (closed is None or closed >= start)


@settings(max_examples=100, deadline=None)
@given(st.lists(records(), max_size=40), st.integers(-20, 20), st.integers(0, 40))
def test_every_figure_drills_down_to_as_many_codes_as_it_counts(
    data: list[StatRecord], start_offset: int, length: int
) -> None:
    data = [replace(r, code=f"C{i}") for i, r in enumerate(data)]
    date_from = BASE.date() + timedelta(days=start_offset)
    date_to = date_from + timedelta(days=length)
    report = form06(data, date_from, date_to, drill=True)
    assert report == replace(form06(data, date_from, date_to), cells=report.cells)
    for row in (*report.rows, report.total):
        for figure in DRILL_FIGURES:
            codes = report.codes(row.field, figure)
            assert len(codes) == getattr(row, figure), (row.field, figure)
            assert len(set(codes)) == len(codes)
        # Each dossier counted is received (or withdrawn) once and has one outcome.
        received = set(report.codes(row.field, "received_total"))
        outcomes = set(report.codes(row.field, "resolved_total")) | set(
            report.codes(row.field, "in_progress_total"))
        assert received == outcomes
        assert not received & set(report.codes(row.field, "withdrawn"))


def test_drill_down_names_the_dossier_of_each_cell() -> None:
    recs = [
        StatRecord("A", "direct", dt(3), dt(5, 16), resolved_at=dt(4), code="early"),
        StatRecord("A", "online", dt(3), dt(5, 16), resolved_at=dt(5, 17), code="late"),
        StatRecord("B", "postal", dt(1, month=2), dt(20, month=2), code="carried-overdue"),
        StatRecord("B", "direct", dt(3), dt(20), withdrawn_at=dt(4), code="withdrawn"),
    ]
    report = form06(recs, date(2025, 3, 1), date(2025, 3, 31), drill=True)
    assert report.codes("A", "resolved_early") == ("early",)
    assert report.codes("A", "received_online") == ("late",)
    assert report.codes("B", "carried_over") == ("carried-overdue",)
    assert report.codes("B", "in_progress_overdue") == ("carried-overdue",)
    assert report.codes("B", "withdrawn") == ("withdrawn",)
    assert sorted(report.codes(TOTAL_LABEL, "received_total")) == [
        "carried-overdue", "early", "late"]
    assert report.codes("B", "resolved_total") == ()
    with pytest.raises(KeyError):
        report.codes("A", "field")


def test_a_report_from_counted_figures_is_the_same_report() -> None:
    recs = [
        StatRecord("A", "direct", dt(3), dt(5, 16), resolved_at=dt(4)),
        StatRecord("B", "postal", dt(1, month=2), dt(20, month=2)),
        StatRecord("B", "direct", dt(3), dt(20), withdrawn_at=dt(4)),
    ]
    counts = {"A": {"received_direct": 1, "resolved_early": 1},
              "B": {"carried_over": 1, "in_progress_overdue": 1, "withdrawn": 1}}
    assert report_from_counts(counts, ["C"]) == form06(recs, date(2025, 3, 1),
                                                       date(2025, 3, 31), all_fields=["C"])
    with pytest.raises(KeyError):
        report_from_counts({"A": {"received_total": 1}})
