"""Vietnamese formatting of dates, times, durations and money for printed documents."""

from __future__ import annotations

from datetime import date, datetime

from counter_app.core.timeutil import to_vn
# Shared with the central service's public pages; imported here for the forms that use them.
from counter_app.core.wording import duration_text, money, two_digits

__all__ = ["BLANK", "amount_in_words", "duration_text", "long_date", "money", "place_date",
           "short_datetime", "two_digits", "vn_date", "vn_time"]

BLANK = "……"

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
_GROUPS = ("", " nghìn", " triệu")


def _as_date(value: date | datetime) -> date:
    if isinstance(value, datetime):
        return to_vn(value).date()
    return value


def vn_date(value: date | datetime | None) -> str:
    """dd/mm/yyyy, or a blank to fill by hand."""
    if value is None:
        return BLANK
    return _as_date(value).strftime("%d/%m/%Y")


def long_date(value: date | datetime) -> str:
    """"ngày 05 tháng 01 năm 2026": days below 10 and months 1–2 take a leading zero
    (Decree 30/2020/NĐ-CP on administrative documents)."""
    d = _as_date(value)
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def place_date(place: str, value: date | datetime) -> str:
    """The date line of a document: "Thanh Hóa, ngày 17 tháng 11 năm 2025"."""
    text = long_date(value)
    return f"{place.strip()}, {text}" if place.strip() else text[0].upper() + text[1:]


def vn_time(value: datetime | None) -> str:
    """"09 giờ 05 phút, ngày 17/11/2025" (hour, minute, date as the forms ask)."""
    if value is None:
        return f"{BLANK} giờ {BLANK} phút, ngày {BLANK}/{BLANK}/{BLANK}"
    local = to_vn(value)
    return f"{local.hour:02d} giờ {local.minute:02d} phút, ngày {local:%d/%m/%Y}"


def short_datetime(value: datetime | None) -> str:
    """"09:05 17/11/2025" for table cells; empty when unknown."""
    if value is None:
        return ""
    return f"{to_vn(value):%H:%M %d/%m/%Y}"


def _three(n: int, full: bool) -> str:
    """Words for 0–999; ``full`` when a higher group precedes (so "không trăm", "linh")."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units and words:
            words.append("linh")
    elif tens == 1:
        words.append("mười")
    else:
        words += [_DIGITS[tens], "mươi"]
    if units:
        if units == 1 and tens >= 2:
            words.append("mốt")
        elif units == 5 and tens >= 1:
            words.append("lăm")
        else:
            words.append(_DIGITS[units])
    return " ".join(words)


def amount_in_words(amount_vnd: int) -> str:
    """"Một triệu hai trăm năm mươi nghìn đồng" for 1250000 (the receipt's "Bằng chữ")."""
    if amount_vnd < 0:
        raise ValueError("amount must be >= 0")
    if amount_vnd == 0:
        return "Không đồng"
    groups: list[int] = []
    n = amount_vnd
    while n:
        n, g = divmod(n, 1000)
        groups.append(g)
    parts: list[str] = []
    top = len(groups) - 1
    for i in range(top, -1, -1):
        g = groups[i]
        if g == 0:
            continue
        scale = _GROUPS[i % 3] + " tỷ" * (i // 3)
        parts.append(_three(g, full=i < top) + scale)
    text = " ".join(parts) + " đồng"
    return text[0].upper() + text[1:]
