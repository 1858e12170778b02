"""A ReportTable as a file: XLSX (numbers stay numbers), PDF (the bundled font) and CSV (BOM).

Pure functions from a :class:`~counter_app.core.report_table.ReportTable` to bytes; no Qt, no
database. Each module is imported when its format is first asked for (openpyxl and reportlab
cost a noticeable moment to load).
"""

from __future__ import annotations

from counter_app.core.report_table import ReportTable


def to_xlsx(table: ReportTable) -> bytes:
    """One worksheet: the official title block, the headers (frozen), rows, the total."""
    from counter_app.printing.exports.xlsx import to_xlsx as render
    return render(table)


def to_pdf(table: ReportTable) -> bytes:
    """A4 (landscape when asked or too wide), the headers on every page, "Trang n/N"."""
    from counter_app.printing.exports.pdf import to_pdf as render
    return render(table)


def to_csv(table: ReportTable) -> bytes:
    """UTF-8 with a BOM (so Excel reads Vietnamese), one header line, rows, the total."""
    from counter_app.printing.exports.csv_table import to_csv as render
    return render(table)


__all__ = ["to_csv", "to_pdf", "to_xlsx"]
