"""A report as plain data: title block, typed columns, rows and a total; exported and shown as is."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

ColumnKind = Literal["text", "int", "percent", "date", "decimal"]
Cell = str | int | float | date | None


@dataclass(frozen=True)
class Column:
    """One column: a stable key (for drill-down), its Vietnamese header and how its cells read.

    ``group`` is the header above a run of columns (Biểu 06's "Số hồ sơ nhận giải quyết" above
    "Trực tuyến", "Trực tiếp, bưu chính" …); empty when the column stands alone. ``percent`` cells
    are fractions (0.25 shows as 25,0 %); ``width`` is in characters, a hint for exports.
    """

    key: str
    header: str
    kind: ColumnKind = "text"
    group: str = ""
    width: int = 12


@dataclass(frozen=True)
class ReportTable:
    """What every report screen, export (XLSX, PDF, CSV) and printout is made from.

    ``title_block`` holds the official heading lines above the title (the unit's name, "Biểu số
    06" …); ``subtitle`` lines name the unit and period. ``row_keys`` name each row for
    drill-down (a field's name, a dossier code …), one per row. ``total`` is the total row or
    None. ``landscape`` asks wide tables to print across the page.
    """

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    row_keys: tuple[str, ...] = ()
    total: tuple[Cell, ...] | None = None
    title_block: tuple[str, ...] = ()
    subtitle: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    landscape: bool = False
    meta: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        width = len(self.columns)
        for index, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(f"row {index} has {len(row)} cells for {width} columns")
        if self.total is not None and len(self.total) != width:
            raise ValueError(f"the total has {len(self.total)} cells for {width} columns")
        if self.row_keys and len(self.row_keys) != len(self.rows):
            raise ValueError(f"{len(self.row_keys)} row keys for {len(self.rows)} rows")
        keys = [c.key for c in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError("column keys repeat")

    def column_index(self, key: str) -> int:
        for index, column in enumerate(self.columns):
            if column.key == key:
                return index
        raise KeyError(key)
