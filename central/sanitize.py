"""Input the databases cannot store (NUL, lone surrogates, absurd dates, NaN) is refused early;
text that can be stored is normalized to Unicode NFC (SYNC-API: NFC text) at the boundary."""

from __future__ import annotations

import math
import unicodedata
from datetime import datetime
from typing import Any

MIN_YEAR, MAX_YEAR = 1900, 2200


def check_text(value: str) -> str:
    """The text in NFC; refuse NUL (PostgreSQL text cannot hold it) and lone surrogates."""
    return nfc(check_raw_text(value))


def check_raw_text(value: str) -> str:
    """The checks of check_text without normalizing (a password is compared as typed)."""
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("text must be valid Unicode") from None
    return value


def nfc(value: str) -> str:
    """Vietnamese typed with some input methods arrives decomposed (NFD); we keep NFC."""
    return value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)


def nfc_json(value: Any) -> Any:
    """A copy of a JSON value with every string (keys too) in NFC; anything else unchanged.

    Lone surrogates are left for the checks that refuse them (they cannot be normalized).
    """
    if isinstance(value, str):
        try:
            return nfc(value)
        except UnicodeError:
            return value
    if isinstance(value, dict):
        return {nfc_json(k): nfc_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [nfc_json(item) for item in value]
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
