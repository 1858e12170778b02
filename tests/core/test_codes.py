"""Tests of dossier codes: format, parse, lanes, and uniqueness across processes and crashes."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.core.codes import (
    CodeError,
    CodeLane,
    DossierCode,
    LaneExhaustedError,
    expand_code,
    format_code,
    lane_for_counter,
    next_code,
    next_code_in_lanes,
    parse_code,
    validate_unit_code,
)

UNIT = "000.00.06.H56"
DAY = date(2023, 10, 27)

# --- format and parse ------------------------------------------------------------------------


def test_format_code_example() -> None:
    assert format_code(UNIT, DAY, 361) == "000.00.06.H56-231027-0361"
    assert format_code("G01.01", date(2025, 7, 1), 1) == "G01.01-250701-0001"
    assert format_code(UNIT, DAY, 9999).endswith("-9999")


def test_parse_code_example() -> None:
    parsed = parse_code("000.00.06.H56-231027-0361")
    assert parsed == DossierCode(UNIT, DAY, 361)
    assert str(parsed) == "000.00.06.H56-231027-0361"


_unit_codes = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="-"),
    min_size=1,
    max_size=20,
)


@given(
    _unit_codes,
    st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)),
    st.integers(min_value=1, max_value=9999),
)
def test_format_parse_round_trip(unit: str, day: date, seq: int) -> None:
    code = format_code(unit, day, seq)
    assert parse_code(code) == DossierCode(unit, day, seq)
    assert len(code) == len(unit) + 12


@pytest.mark.parametrize(
    ("text", "error_code"),
    [
        ("000.00.06.H56-231027-361", "code_format"),
        ("000.00.06.H56-231027-03610", "code_format"),
        ("000.00.06.H56-20231027-0361", "code_format"),
        ("-231027-0361", "code_format"),
        ("000.00.06.H56_231027_0361", "code_format"),
        ("000.00-06.H56-231027-0361", "code_format"),
        (" 000.00.06.H56-231027-0361", "unit_space"),
        ("000.00.06.H56-231027-0361\n", "code_format"),
        ("000.00.06.H56-23102a-0361", "code_format"),
        ("000.00.06.H56-231327-0361", "code_date"),
        ("000.00.06.H56-230229-0361", "code_date"),
        ("000.00.06.H56-231000-0361", "code_date"),
        ("000.00.06.H56-231027-0000", "code_seq"),
        ("Hà.Nội-231027-0361", "unit_chars"),
        ("", "code_format"),
    ],
)
def test_parse_code_is_strict(text: str, error_code: str) -> None:
    with pytest.raises(CodeError) as info:
        parse_code(text)
    assert info.value.code == error_code
    assert str(info.value)


def test_parse_code_accepts_leap_day() -> None:
    assert parse_code("000.00.06.H56-240229-0001").day == date(2024, 2, 29)


@pytest.mark.parametrize("unit", ["000.00.06.H56", "000.20.31.H56", "G01.01", "H56.21", "X"])
def test_validate_unit_code_accepts(unit: str) -> None:
    assert validate_unit_code(unit) == unit


@pytest.mark.parametrize(
    ("unit", "error_code"),
    [
        ("", "unit_empty"),
        (" 000.00.06.H56", "unit_space"),
        ("000.00 06.H56", "unit_space"),
        ("000.00.06.H56\t", "unit_space"),
        ("000.00-06.H56", "unit_dash"),
        ("Hà.Nội", "unit_chars"),
    ],
)
def test_validate_unit_code_rejects(unit: str, error_code: str) -> None:
    with pytest.raises(CodeError) as info:
        validate_unit_code(unit)
    assert info.value.code == error_code


@pytest.mark.parametrize(
    ("unit", "day", "seq", "error_code"),
    [
        (UNIT, DAY, 0, "code_seq"),
        (UNIT, DAY, 10000, "code_seq"),
        (UNIT, date(1999, 12, 31), 1, "code_year"),
        (UNIT, date(2100, 1, 1), 1, "code_year"),
        ("000-00", DAY, 1, "unit_dash"),
    ],
)
def test_format_code_rejects(unit: str, day: date, seq: int, error_code: str) -> None:
    with pytest.raises(CodeError) as info:
        format_code(unit, day, seq)
    assert info.value.code == error_code


# --- lanes ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counter", "width", "first", "last"),
    [
        (1, 500, 1, 500),
        (2, 500, 501, 1000),
        (3, 500, 1001, 1500),
        (19, 500, 9001, 9500),
        (20, 500, 9501, 9999),  # trimmed
        (10, 1000, 9001, 9999),
        (1, 9999, 1, 9999),
        (9999, 1, 9999, 9999),
    ],
)
def test_lane_for_counter(counter: int, width: int, first: int, last: int) -> None:
    assert lane_for_counter(counter, width) == CodeLane(first, last)


def test_lane_for_counter_default_width() -> None:
    assert lane_for_counter(2) == CodeLane(501, 1000)


@pytest.mark.parametrize(
    ("counter", "width"),
    [(0, 500), (-1, 500), (21, 500), (11, 1000), (2, 9999), (1, 0), (1, 10000)],
)
def test_lane_for_counter_out_of_range(counter: int, width: int) -> None:
    with pytest.raises(ValueError):
        lane_for_counter(counter, width)


@given(st.integers(min_value=1, max_value=9999))
def test_lanes_of_one_width_tile_the_sequence(width: int) -> None:
    lanes = []
    counter = 1
    while True:
        try:
            lanes.append(lane_for_counter(counter, width))
        except ValueError:
            break
        counter += 1
    numbers = [seq for lane in lanes for seq in range(lane.first, lane.last + 1)]
    assert numbers == list(range(1, 10000))  # every number exactly once, in order


@pytest.mark.parametrize(("first", "last"), [(0, 5), (5, 4), (1, 10000), (-3, 2)])
def test_code_lane_rejects_bad_bounds(first: int, last: int) -> None:
    with pytest.raises(ValueError):
        CodeLane(first, last)


# --- next code ----------------------------------------------------------------------------------


def test_next_code_starts_at_lane_start_and_increments() -> None:
    lane = lane_for_counter(2)
    assert next_code(UNIT, DAY, lane, None) == ("000.00.06.H56-231027-0501", 501)
    assert next_code(UNIT, DAY, lane, 501) == ("000.00.06.H56-231027-0502", 502)
    # A last number below the lane (the lane was changed) jumps to the lane's start.
    assert next_code(UNIT, DAY, lane, 17) == ("000.00.06.H56-231027-0501", 501)


def test_next_code_exhausts_the_lane() -> None:
    lane = lane_for_counter(1)
    last: int | None = None
    seqs = []
    for _ in range(500):
        code, last = next_code(UNIT, DAY, lane, last)
        assert parse_code(code).seq == last
        seqs.append(last)
    assert seqs == list(range(1, 501))
    with pytest.raises(LaneExhaustedError) as info:
        next_code(UNIT, DAY, lane, last)
    error = info.value
    assert isinstance(error, CodeError) and isinstance(error, ValueError)
    assert error.code == "lane_exhausted"
    assert "Quầy đã dùng hết dải số 0001–0500" in str(error)
    assert "liên hệ quản trị để cấp thêm dải số" in str(error)
    assert error.day == DAY


def test_next_code_never_returns_at_or_below_last_issued() -> None:
    lane = CodeLane(100, 200)
    with pytest.raises(LaneExhaustedError):
        next_code(UNIT, DAY, lane, 200)
    with pytest.raises(LaneExhaustedError):
        next_code(UNIT, DAY, lane, 5000)
    with pytest.raises(ValueError):
        next_code(UNIT, DAY, lane, -1)


def test_next_code_in_lanes_moves_to_the_spare_lane() -> None:
    lanes = (lane_for_counter(1), lane_for_counter(20))
    assert next_code_in_lanes(UNIT, DAY, lanes, 499)[1] == 500
    assert next_code_in_lanes(UNIT, DAY, lanes, 500) == ("000.00.06.H56-231027-9501", 9501)
    assert next_code_in_lanes(UNIT, DAY, lanes, 9501)[1] == 9502
    with pytest.raises(LaneExhaustedError) as info:
        next_code_in_lanes(UNIT, DAY, lanes, 9999)
    assert "0001–0500, 9501–9999" in str(info.value)


@pytest.mark.parametrize(
    "lanes",
    [
        (),
        (CodeLane(501, 1000), CodeLane(1, 500)),  # decreasing
        (CodeLane(1, 500), CodeLane(500, 900)),  # overlapping
    ],
)
def test_next_code_in_lanes_rejects_bad_lane_lists(lanes: tuple[CodeLane, ...]) -> None:
    with pytest.raises(ValueError):
        next_code_in_lanes(UNIT, DAY, lanes, None)


@st.composite
def _lane_lists(draw: st.DrawFn) -> list[CodeLane]:
    bounds = sorted(draw(st.sets(st.integers(1, 9999), min_size=1, max_size=8)))
    if len(bounds) % 2:
        bounds.append(bounds[-1])
    return [CodeLane(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]


@given(_lane_lists(), st.none() | st.integers(min_value=0, max_value=10050))
def test_next_code_in_lanes_is_the_smallest_free_number(
    lanes: list[CodeLane], last_issued: int | None
) -> None:
    floor = 0 if last_issued is None else last_issued
    candidates = [s for lane in lanes for s in range(lane.first, lane.last + 1) if s > floor]
    if not candidates:
        with pytest.raises(LaneExhaustedError):
            next_code_in_lanes(UNIT, DAY, lanes, last_issued)
        return
    code, seq = next_code_in_lanes(UNIT, DAY, lanes, last_issued)
    assert seq == min(candidates)
    assert parse_code(code) == DossierCode(UNIT, DAY, seq)


# --- many counters, many processes, crashes -------------------------------------------------------

LANE_WIDTH = 500
N_COUNTERS = 3
START_DAY = date(2025, 7, 1)


def _counter_lanes(counter_no: int) -> tuple[CodeLane, ...]:
    # Each counter owns its lane plus one spare lane above all enrolled counters, so a day
    # holds 1,000 codes per counter and 10,000 codes span ten days.
    return (
        lane_for_counter(counter_no, LANE_WIDTH),
        lane_for_counter(counter_no + N_COUNTERS, LANE_WIDTH),
    )


def _counter_main(
    db_path: str,
    printed_path: str,
    counter_no: int,
    total: int,
    go: Any = None,
    checkpoint: int = 0,
    reached: Any = None,
) -> None:
    """One counter PC: issue codes until its database holds ``total`` of them.

    The counter's ``last_issued`` for the day is updated in the same SQLite transaction as
    the row that records the code; the slip is "printed" (a line appended to a file) only
    after the commit. On restart it resumes from what is on disk.
    """
    lanes = _counter_lanes(counter_no)
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")  # durable across a process crash, as in the app
    conn.execute(
        "CREATE TABLE IF NOT EXISTS dossier ("
        "id INTEGER PRIMARY KEY, code TEXT NOT NULL, day TEXT NOT NULL, seq INTEGER NOT NULL)"
    )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS code_state (day TEXT PRIMARY KEY, last_issued INTEGER NOT NULL)"
    )
    (max_day,) = conn.execute("SELECT max(day) FROM code_state").fetchone()
    day = START_DAY if max_day is None else date.fromisoformat(max_day)
    (issued,) = conn.execute("SELECT count(*) FROM dossier").fetchone()
    printed = os.open(printed_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    if go is not None:
        go.wait(60)
    while issued < total:
        conn.execute("BEGIN IMMEDIATE")
        row = conn.execute(
            "SELECT last_issued FROM code_state WHERE day = ?", (day.isoformat(),)
        ).fetchone()
        try:
            code, seq = next_code_in_lanes(UNIT, day, lanes, None if row is None else row[0])
        except LaneExhaustedError:
            conn.execute("ROLLBACK")
            day += timedelta(days=1)
            continue
        conn.execute(
            "INSERT INTO dossier (code, day, seq) VALUES (?, ?, ?)", (code, day.isoformat(), seq)
        )
        conn.execute(
            "INSERT INTO code_state (day, last_issued) VALUES (?, ?) "
            "ON CONFLICT (day) DO UPDATE SET last_issued = excluded.last_issued",
            (day.isoformat(), seq),
        )
        conn.execute("COMMIT")
        os.write(printed, f"{code}\n".encode("ascii"))
        issued += 1
        if reached is not None and issued == checkpoint:
            reached.set()
    os.close(printed)
    conn.close()


def _committed_codes(db_path: Path) -> list[tuple[str, str, int]]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT code, day, seq FROM dossier ORDER BY id").fetchall()
    finally:
        conn.close()
    return [(str(code), str(day), int(seq)) for code, day, seq in rows]


def _printed_codes(path: Path) -> list[str]:
    return path.read_text("ascii").splitlines() if path.exists() else []


def _assert_counter_codes_are_sound(rows: list[tuple[str, str, int]], counter_no: int) -> None:
    lanes = _counter_lanes(counter_no)
    last_by_day: dict[date, int] = {}
    for code, day_text, seq in rows:
        parsed = parse_code(code)
        assert parsed == DossierCode(UNIT, date.fromisoformat(day_text), seq)
        assert str(parsed) == code
        assert any(seq in lane for lane in lanes), (counter_no, code)
        previous = last_by_day.get(parsed.day)
        assert previous is None or seq > previous, f"counter {counter_no}: {code} after {previous}"
        last_by_day[parsed.day] = seq


@pytest.mark.slow
def test_three_counters_in_parallel_processes_issue_distinct_codes(tmp_path: Path) -> None:
    per_counter = 10_000
    ctx = multiprocessing.get_context("spawn")
    go = ctx.Event()
    processes = []
    for counter_no in range(1, N_COUNTERS + 1):
        process = ctx.Process(
            target=_counter_main,
            args=(
                str(tmp_path / f"counter{counter_no}.sqlite"),
                str(tmp_path / f"counter{counter_no}.printed"),
                counter_no,
                per_counter,
                go,
            ),
        )
        process.start()
        processes.append(process)
    go.set()  # all three PCs start issuing at once, on the same day
    for process in processes:
        process.join(timeout=120)
        assert process.exitcode == 0

    all_codes: list[str] = []
    days_by_counter: dict[int, set[date]] = defaultdict(set)
    for counter_no in range(1, N_COUNTERS + 1):
        rows = _committed_codes(tmp_path / f"counter{counter_no}.sqlite")
        assert len(rows) == per_counter
        _assert_counter_codes_are_sound(rows, counter_no)
        codes = [code for code, _, _ in rows]
        assert _printed_codes(tmp_path / f"counter{counter_no}.printed") == codes
        days_by_counter[counter_no] = {parse_code(code).day for code in codes}
        all_codes.extend(codes)

    assert len(all_codes) == N_COUNTERS * per_counter
    assert len(set(all_codes)) == len(all_codes)
    # Lanes were exhausted and the counters rolled over to later days.
    for days in days_by_counter.values():
        assert days == {START_DAY + timedelta(days=i) for i in range(10)}


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_counter_killed_mid_run_resumes_without_reusing_a_code(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("spawn")
    db_path = tmp_path / "counter2.sqlite"
    printed_path = tmp_path / "counter2.printed"
    committed_before: list[str] = []
    # Killed twice (in the first day, then after some day roll-overs), then run to the end.
    for checkpoint in (700, 2600):
        reached = ctx.Event()
        process = ctx.Process(
            target=_counter_main,
            args=(str(db_path), str(printed_path), 2, 1_000_000, None, checkpoint, reached),
        )
        process.start()
        assert reached.wait(60), "the counter never reached its checkpoint"
        assert process.pid is not None
        os.kill(process.pid, signal.SIGKILL)  # mid-run: it keeps issuing after the checkpoint
        process.join(timeout=30)
        assert process.exitcode == -signal.SIGKILL
        committed = [code for code, _, _ in _committed_codes(db_path)]
        assert len(committed) >= checkpoint
        assert committed[: len(committed_before)] == committed_before  # nothing committed was lost
        committed_before = committed

    final_total = len(committed_before) + 1500
    process = ctx.Process(
        target=_counter_main, args=(str(db_path), str(printed_path), 2, final_total)
    )
    process.start()
    process.join(timeout=60)
    assert process.exitcode == 0

    rows = _committed_codes(db_path)
    codes = [code for code, _, _ in rows]
    assert len(codes) == final_total
    assert codes[: len(committed_before)] == committed_before
    assert len(set(codes)) == len(codes)
    _assert_counter_codes_are_sound(rows, 2)
    # No slip was ever printed twice with the same code, and every printed code is on disk.
    printed = _printed_codes(printed_path)
    assert len(set(printed)) == len(printed)
    assert set(printed) <= set(codes)
    assert len(printed) >= len(codes) - 2  # at most one commit per kill was not yet printed


# --- short forms typed at the counter -----------------------------------------------------------
@pytest.mark.parametrize("typed", [
    "261202-0006", "261202-6", "2612020006", "0006", "6", " 0006\r\n",
    "000.00.06.H56-261202-0006", "000.00.06.h56-261202-0006",
])
def test_short_forms_expand_to_this_units_code(typed):
    assert expand_code(typed, UNIT, date(2026, 12, 2)) == "000.00.06.H56-261202-0006"


@pytest.mark.parametrize("typed, rule", [
    ("261302-0001", "code_date"), ("0000", "code_seq"), ("abc", "code_format"),
    ("26120-0001", "code_format"), ("12345", "code_format"),
])
def test_wrong_short_forms_say_why(typed, rule):
    with pytest.raises(CodeError) as err:
        expand_code(typed, UNIT, date(2026, 12, 2))
    assert err.value.code == rule
# --- the compact form of the thermal slip's barcode (issue 14) ------------------------------


def test_compact_code_drops_the_hyphens_and_comes_back_exactly() -> None:
    from counter_app.core.codes import code_from_scan, compact_code

    for code in ("000.00.06.H56-231027-0361", "G01.12-250101-9999", "000.31.01.H56-260228-0001"):
        short = compact_code(code)
        assert "-" not in short and len(short) == len(code) - 2
        assert code_from_scan(short) == code
        assert code_from_scan(f" {code}\r\n") == code


@pytest.mark.parametrize("text", ["038190012345", "0123456789012", "H562310270361",
                                  "000.00.06.H56231327036", "000.00.06.H562313270361", ""])
def test_what_is_not_a_code_is_not_read_as_one(text: str) -> None:
    from counter_app.core.codes import CodeError, code_from_scan

    with pytest.raises(CodeError):
        code_from_scan(text)
