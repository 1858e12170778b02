"""A ReportTable refuses rows, totals and keys that do not fit its columns."""

from __future__ import annotations

import pytest

from counter_app.core.report_table import Column, ReportTable

COLS = (Column("field", "Lĩnh vực"), Column("n", "Số hồ sơ", "int"))


def test_a_row_of_the_wrong_width_is_refused() -> None:
    with pytest.raises(ValueError, match="row 1 has 1 cells"):
        ReportTable("T", COLS, (("Hộ tịch", 3), ("Đất đai",)))


def test_a_total_of_the_wrong_width_is_refused() -> None:
    with pytest.raises(ValueError, match="total"):
        ReportTable("T", COLS, (("Hộ tịch", 3),), total=(3,))


def test_row_keys_must_name_every_row() -> None:
    with pytest.raises(ValueError, match="row keys"):
        ReportTable("T", COLS, (("Hộ tịch", 3),), row_keys=("a", "b"))


def test_columns_are_found_by_key() -> None:
    table = ReportTable("T", COLS, (("Hộ tịch", 3),), row_keys=("Hộ tịch",))
    assert table.rows[0][table.column_index("n")] == 3
    with pytest.raises(KeyError):
        table.column_index("missing")
