"""Printing: Mẫu 01 (A4, two copies) rendered to PDF bytes, against a one-line page.

The baseline is the least a PDF with the same embedded Vietnamese font costs: one paragraph on
one page, built by the same reportlab machinery (font subset, compression). Both are timed call
by call in turn. Every slip has its own dossier code, so its barcode and QR code are computed
afresh, as at the counter. Runnable alone: ``python -m tests.bench.bench_printing [--quick]``.
"""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

from reportlab.lib.pagesizes import A4

from counter_app.core.timeutil import VN_TZ
from counter_app.printing import DEMO_CONFIG, ComponentLine, PersonData, SlipData, render_form01
from counter_app.printing.document import build_pdf
from counter_app.printing.layout import para, styles
from tests.bench.common import BenchRun, Figure, figure, paired

TARGET_MS = 40.0
RATIO_TARGET = 15.0
FULL_SAMPLES = 300
QUICK_SAMPLES = 60
WARMUP = 5


def typical_slip(seq: int) -> SlipData:
    """A land-registration slip as counters print them every day: four components."""
    return SlipData(
        code=f"000.00.06.H56-251117-{seq % 10000:04d}",
        applicant=PersonData("Tôn Nữ Thị Phương Khuê",
                             "Số 12 ngõ 34 đường Nguyễn Trãi, phường Hạc Thành, tỉnh Thanh Hóa",
                             "0912 345 678", "khue.ton@example.vn", "038190012345"),
        procedure_name="Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với"
                       " đất do chuyển nhượng, tặng cho, thừa kế",
        received_at=datetime(2025, 11, 17, 9, 5, tzinfo=VN_TZ),
        appointment_at=datetime(2025, 11, 28, 16, 30, tzinfo=VN_TZ),
        duration_text="10 ngày làm việc",
        components=(
            ComponentLine("Đơn đăng ký biến động đất đai, tài sản gắn liền với đất (Mẫu 11/ĐK)", 1),
            ComponentLine("Hợp đồng chuyển nhượng quyền sử dụng đất đã công chứng", 1),
            ComponentLine("Giấy chứng nhận quyền sử dụng đất đã cấp", 1),
            ComponentLine("Tờ khai lệ phí trước bạ, tờ khai thuế thu nhập cá nhân", 2, photo=1),
        ),
        fee_vnd=100_000, fee_payment="after", book_no="01/2025", book_seq=seq,
        clerk_name="Lê Thị Hồng Nhung")


def one_line_page(seq: int) -> bytes:
    """The baseline: one line of Vietnamese in the same embedded font, one A4 page."""
    st = styles(10.0)
    return build_pdf([para(f"Giấy tiếp nhận hồ sơ số {seq} – Tôn Nữ Thị Phương Khuê", st.normal)],
                     DEMO_CONFIG, pagesize=A4, margins=(56, 42, 42, 42), decorate=None,
                     title_text="baseline")


def measure(quick: bool) -> Figure:
    samples = QUICK_SAMPLES if quick else FULL_SAMPLES
    slips = [typical_slip(i) for i in range(1, samples + WARMUP + 1)]
    app_ms, raw_ms = paired(lambda d: render_form01(d, DEMO_CONFIG),
                            lambda d: one_line_page(d.book_seq or 0), slips, warmup=WARMUP)
    return figure("slip_render_p95_ms", "ms", app_ms, raw_ms, target=TARGET_MS,
                  ratio_target=RATIO_TARGET)


def run(arg: BenchRun | bool) -> list[Any]:
    """The harness passes its BenchRun and gets Figures; ``run(quick)`` gives plain dicts
    ({"name", "value", "unit", "baseline", "ratio"})."""
    quick = arg if isinstance(arg, bool) else arg.quick
    fig = measure(quick)
    if isinstance(arg, bool):
        return [fig.to_json()]
    arg.log(fig.line())
    return [fig]


def main(argv: list[str]) -> int:
    fig = measure("--quick" in argv)
    print(fig.line())
    return 0 if fig.met() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
