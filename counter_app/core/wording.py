"""Vietnamese wording of counts, statutory times and money, shared by printed forms and public pages."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from counter_app.core.deadlines import Duration

if TYPE_CHECKING:  # procedures needs nothing from here; kept out of its import at run time
    from counter_app.core.procedures import Fee

_UNITS = {"working_days": "ngày làm việc", "working_hours": "giờ làm việc",
          "calendar_days": "ngày"}


def two_digits(n: int) -> str:
    """Counts below 10 as the forms write them: "01", "05"."""
    return f"{n:02d}" if 0 <= n < 10 else str(n)


def _number(value: float) -> str:
    if float(value).is_integer():
        return two_digits(int(value))
    return f"{value:g}".replace(".", ",")


def duration_text(duration: Duration, same_day_cutoff: time | None = None) -> str:
    """The statutory time as the slip prints it ("05 ngày làm việc", "Trong ngày" …)."""
    if duration.value == 0:
        text = "Trong ngày"
        if same_day_cutoff is not None:
            text += (f" (hồ sơ nhận sau {same_day_cutoff:%H} giờ {same_day_cutoff:%M} phút"
                     " được trả trong ngày làm việc tiếp theo)")
        return text
    return f"{_number(duration.value)} {_UNITS[duration.unit]}"


def money(amount_vnd: int) -> str:
    """"1.250.000 đồng" (dots group thousands in Vietnamese)."""
    return f"{amount_vnd:,}".replace(",", ".") + " đồng"


FEE_KIND_LABELS = {"phi": "Phí", "le_phi": "Lệ phí"}


def fee_rate_text(fee: Fee) -> str:
    """How a catalog fee is charged, as a notice board writes it: "2.000 đồng/trang; từ trang
    thứ 3: 1.000 đồng/trang; tối đa 200.000 đồng/bản"; "Miễn" for a zero flat fee."""
    unit = fee.per or {"flat": "", "per_copy": "bản", "per_page": "trang"}[fee.basis]
    per = f"/{unit}" if unit else ""
    if fee.basis == "flat" and fee.amount_vnd == 0 and not fee.tiers:
        return "Miễn"
    parts = [money(fee.amount_vnd) + per]
    parts += [f"từ {unit or 'lần'} thứ {t.from_unit}: {money(t.amount_vnd)}{per}" for t in fee.tiers]
    if fee.max_per_copy_vnd is not None:
        parts.append(f"tối đa {money(fee.max_per_copy_vnd)}/bản")
    return "; ".join(parts)
