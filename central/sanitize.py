"""Input the databases cannot store (NUL, lone surrogates, absurd dates, NaN) is refused early."""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

MIN_YEAR, MAX_YEAR = 1900, 2200


def check_text(value: str) -> str:
    """Refuse NUL (PostgreSQL text cannot hold it) and lone surrogates (not UTF-8)."""
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode") from None
    return value


def check_moment(value: datetime) -> datetime:
    if not MIN_YEAR <= value.year <= MAX_YEAR:
        raise ValueError(f"year must be within {MIN_YEAR}-{MAX_YEAR}")
    return value


def check_json(value: Any, depth: int = 0) -> None:
    """Raise ValueError unless `value` can be stored as JSON in SQLite and PostgreSQL."""
    if depth > 32:
        raise ValueError("JSON nested too deeply")
    if isinstance(value, str):
        check_text(value)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if abs(value) > 2**63 - 1:
            raise ValueError("integer out of range")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("numbers must be finite")
    elif isinstance(value, dict):
        for key, item in value.items():
            check_text(key)
            check_json(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            check_json(item, depth + 1)
    else:
        raise ValueError(f"unsupported JSON value {type(value).__name__}")
