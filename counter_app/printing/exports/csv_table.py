"""A ReportTable as CSV: UTF-8 with a BOM, comma-separated, values a spreadsheet reads as numbers."""

from __future__ import annotations

import csv
import io
from datetime import date

from counter_app.core.report_table import Cell, ColumnKind, ReportTable
from counter_app.core.text import nfc
from counter_app.core.report_headers import flat_header


def _value(cell: Cell, kind: ColumnKind) -> str:
    """Machine-readable, whatever the reader's locale: 1234, 0.25, 2026-01-05 (ISO dates)."""
    if cell is None:
        return ""
    if isinstance(cell, str):
        return nfc(cell)
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and kind != "int":
        return repr(cell)
    return str(int(cell))


def to_csv(table: ReportTable) -> bytes:
    """One header line (a group's name before its columns'), the rows, then the total row.

    No title lines: a CSV is data for another program, which expects the header first. Percent
    cells are written as the fraction (0.25), the value a spreadsheet formats as 25 %.
    """
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    kinds = [c.kind for c in table.columns]
    writer.writerow([nfc(flat_header(c)) for c in table.columns])
    for row in table.rows:
        writer.writerow([_value(cell, kind) for cell, kind in zip(row, kinds)])
    if table.total is not None:
        writer.writerow([_value(cell, kind) for cell, kind in zip(table.total, kinds)])
    return out.getvalue().encode("utf-8-sig")
