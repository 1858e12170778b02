"""How a report table's headers stack: a group header over its run of columns, lone columns spanning."""

from __future__ import annotations

from dataclasses import dataclass

from counter_app.core.report_table import Column

@dataclass(frozen=True)
class Group:
    """A group header spanning columns ``first`` to ``last`` (0-based, both included)."""

    text: str
    first: int
    last: int


def groups(columns: tuple[Column, ...]) -> tuple[Group, ...]:
    """Runs of neighbouring columns that share a non-empty group, in order."""
    out: list[Group] = []
    for index, column in enumerate(columns):
        if not column.group:
            continue
        if out and out[-1].text == column.group and out[-1].last == index - 1:
            out[-1] = Group(column.group, out[-1].first, index)
        else:
            out.append(Group(column.group, index, index))
    return tuple(out)


def header_rows(columns: tuple[Column, ...]) -> int:
    """Two header rows when any column has a group, else one."""
    return 2 if any(c.group for c in columns) else 1


def flat_header(column: Column) -> str:
    """One line naming the column with its group, for formats without merged cells (CSV)."""
    return f"{column.group} - {column.header}" if column.group else column.header
