"""Statutory durations and appointment times (ngày hẹn trả) computed on a work calendar."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DurationUnit = Literal["working_days", "working_hours", "calendar_days"]
DURATION_UNITS: tuple[DurationUnit, ...] = ("working_days", "working_hours", "calendar_days")


@dataclass(frozen=True)
class Duration:
    """A statutory processing time: a value in working days, working hours or calendar days."""

    value: float
    unit: DurationUnit

    def __post_init__(self) -> None:
        if self.unit not in DURATION_UNITS:
            raise ValueError(f"unknown duration unit {self.unit!r}")
        if self.value < 0:
            raise ValueError("a duration cannot be negative")
