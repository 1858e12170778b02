"""Report periods from presets and the Vietnamese way report cells read."""

from __future__ import annotations

from datetime import date

import pytest

from counter_app.core.periods import Period, PeriodError, preset
from counter_app.core.vnformat import cell_text, decimal, grouped, percent


@pytest.mark.parametrize(("name", "today", "expected"), [
    ("this_month", date(2026, 3, 31), (date(2026, 3, 1), date(2026, 3, 31))),
    ("last_month", date(2026, 1, 10), (date(2025, 12, 1), date(2025, 12, 31))),
    ("last_month", date(2024, 3, 1), (date(2024, 2, 1), date(2024, 2, 29))),
    ("this_quarter", date(2026, 11, 20), (date(2026, 10, 1), date(2026, 11, 20))),
    ("this_quarter", date(2026, 3, 31), (date(2026, 1, 1), date(2026, 3, 31))),
    ("this_year", date(2026, 7, 4), (date(2026, 1, 1), date(2026, 7, 4))),
])
def test_presets_run_from_their_start_to_their_end_or_today(name, today, expected):
    assert preset(name, today) == Period(*expected)


def test_a_period_ending_before_it_starts_is_refused_in_vietnamese():
    with pytest.raises(PeriodError, match="trước ngày bắt đầu"):
        Period(date(2026, 2, 2), date(2026, 2, 1))
    assert Period(date(2026, 1, 1), date(2026, 1, 31)).label() == (
        "Từ ngày 01/01/2026 đến ngày 31/01/2026")


def test_cells_read_as_vietnamese_documents_write_them():
    assert grouped(2345678) == "2.345.678" and grouped(0) == "0" and grouped(-1200) == "-1.200"
    assert decimal(1234.56) == "1.234,6" and decimal(0.75, 2) == "0,75"
    assert percent(0.9836) == "98,4 %" and percent(1) == "100,0 %"
    assert cell_text(None, "int") == ""
    assert cell_text(1234, "int") == "1.234"
    assert cell_text(0.25, "percent") == "25,0 %"
    assert cell_text(12.5, "decimal") == "12,5"
    assert cell_text(date(2026, 1, 5), "date") == "05/01/2026"
    assert cell_text("Hộ tịch", "text") == "Hộ tịch"
