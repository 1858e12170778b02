"""Report cells as Vietnamese readers write them: 1.234 (dot groups), 25,0 %, 05/01/2026."""

from __future__ import annotations

from datetime import date, datetime

from counter_app.core.report_table import Cell, ColumnKind


def grouped(value: int) -> str:
    """Thousands grouped with dots, as Vietnamese documents print counts: 1234567 → 1.234.567."""
    return f"{value:,}".replace(",", ".")


def decimal(value: float, places: int = 1) -> str:
    """A decimal comma and dot groups: 1234.5 → 1.234,5."""
    text = f"{value:,.{places}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def percent(fraction: float, places: int = 1) -> str:
    """A fraction as a percentage: 0.25 → 25,0 % (Vietnamese puts a space before %)."""
    return f"{decimal(fraction * 100, places)} %"


def cell_text(value: Cell, kind: ColumnKind) -> str:
    """How a report cell reads on screen and on paper; empty for a missing value."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (date, datetime)):
        return value.strftime("%d/%m/%Y")
    if kind == "percent":
        return percent(float(value))
    if kind == "decimal" or isinstance(value, float) and not value.is_integer():
        return decimal(float(value))
    return grouped(int(value))
