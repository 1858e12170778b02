"""`counter-app --smoke`: a fresh store, a demo dossier received, its slip printed and read back.

Run by `make dist` on the frozen build and by the packages' tests on the installed app: it goes
through the real services (migrations, demo catalog and calendars, the code lane, the outbox,
the Mẫu 01 renderer with its bundled fonts) and reads the slip's barcode back from a raster of
the PDF, so a file the freezer left out fails here rather than at a counter.
"""

from __future__ import annotations

import importlib
import pkgutil
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

import counter_app
from counter_app.core.codes import code_from_scan
from counter_app.core.dossier import Applicant, Component
from counter_app.core.intake import IntakeDraft
from counter_app.paths import resources_dir
from counter_app.scanning.code128 import decode_row

# (width, height, one byte of grey per pixel, row after row): what the Qt side hands back.
GreyPage = tuple[int, int, bytes]
Rasterize = Callable[[bytes, int], Sequence[GreyPage]]

DEMO_PROCEDURE = "2.000815"  # Chứng thực bản sao từ bản chính: in every demo catalog
DEMO_APPLICANT = Applicant(
    full_name="Nguyễn Văn Kiểm Thử", id_number="038203012345", birth_date=date(2003, 3, 15),
    gender="Nam", address="Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa", phone="0912 345 678")
RASTER_DPI = 200
# Modules that need what a counter may lack (a Windows driver, an optional library): they are
# imported lazily by their registries and are not part of the frozen app's promise.
OPTIONAL_MODULES = ("counter_app.scanning.twain_backend", "counter_app.scanning.wia_backend",
                    "counter_app.scanning.sane_backend", "counter_app.__main__")


class SmokeFailure(Exception):
    """A step of the smoke run failed; the message says which and why (Vietnamese)."""


@dataclass(frozen=True)
class SmokeReport:
    code: str
    barcode: str
    modules: int
    pdf_bytes: int
    seconds: float


def import_all() -> int:
    """Import every module of the app: a module the freezer left out fails here."""
    count = 0
    for info in pkgutil.walk_packages(counter_app.__path__, "counter_app."):
        if info.name in OPTIONAL_MODULES or ".migrations" in info.name:
            continue
        try:
            importlib.import_module(info.name)
        except Exception as exc:
            raise SmokeFailure(f"không nạp được mô-đun {info.name}: {exc!r}") from exc
        count += 1
    return count


def read_barcode(pages: Sequence[GreyPage]) -> str | None:
    """The first Code 128 text found on the pages, scanning each pixel row."""
    for width, height, data in pages:
        grey = np.frombuffer(data, dtype=np.uint8).reshape(height, width)
        for row in grey:
            text = decode_row(row < 128)
            if text is not None:
                return text
    return None


def _demo_draft(components: Sequence[Component]) -> IntakeDraft:
    return IntakeDraft(procedure_code=DEMO_PROCEDURE, applicant=DEMO_APPLICANT,
                       components=tuple(components))


def smoke(rasterize: Rasterize, folder: Path, say: Callable[[str], None] = print) -> SmokeReport:
    """The whole check in `folder` (a fresh, empty directory); SmokeFailure on any failure."""
    from counter_app.services import documents, queries
    from counter_app.services.intake import receive_dossier
    from counter_app.services.setup import open_counter

    started = time.perf_counter()
    modules = import_all()
    say(f"Nạp đủ {modules} mô-đun của ứng dụng.")
    resources = resources_dir()
    for needed in ("catalog/demo_catalog.json", "fonts/DejaVuSans.ttf",
                   "translations/counter_app_en.qm"):
        if not (resources / needed).is_file():
            raise SmokeFailure(f"thiếu tệp tài nguyên {resources / needed}")
    ctx = open_counter(folder, resources, demo=True, clerk="smoke")
    try:
        say(f"Mở kho dữ liệu mới (đã chạy migration): {ctx.store.path}")
        proc = ctx.procedure(DEMO_PROCEDURE)
        parts = [Component(name=c.name, required=c.required, original=max(c.original, 1),
                           certified=c.certified, photo=c.photo) for c in proc.components]
        result = receive_dossier(ctx, _demo_draft(parts))
        say(f"Tiếp nhận hồ sơ mẫu {result.code}, hẹn trả {result.appointment_at:%H:%M %d/%m/%Y}.")
        if queries.find_by_code(ctx, result.code) is None:
            raise SmokeFailure(f"hồ sơ {result.code} không có trong kho sau khi tiếp nhận")
        pending = queries.outbox_counts(ctx)["pending"]
        if pending != 1:
            raise SmokeFailure(f"hàng đợi gửi lên tỉnh có {pending} sự kiện, cần đúng 1")
        prepared = documents.prepare(ctx, result.code, "form01", "Cán bộ kiểm tra")
        if not prepared.pdf.startswith(b"%PDF"):
            raise SmokeFailure("phiếu Mẫu 01 không phải tệp PDF")
        say(f"In phiếu Mẫu 01 ra PDF ({len(prepared.pdf):,} byte).")
        text = read_barcode(rasterize(prepared.pdf, RASTER_DPI))
        if text is None:
            raise SmokeFailure("không đọc được mã vạch trên phiếu Mẫu 01")
        if code_from_scan(text) != result.code:
            raise SmokeFailure(f"mã vạch đọc được “{text}” không khớp mã hồ sơ {result.code}")
        say(f"Đọc lại mã vạch trên phiếu: {text} → {result.code}.")
    finally:
        ctx.store.close()
    return SmokeReport(result.code, text, modules, len(prepared.pdf),
                       time.perf_counter() - started)


def run_smoke(rasterize: Rasterize, say: Callable[[str], None] = print,
              complain: Callable[[str], None] = print) -> int:
    """Exit status for `counter-app --smoke`: 0 when every step passed, 1 with the reason if not."""
    with tempfile.TemporaryDirectory(prefix="counter-app-smoke-") as tmp:
        try:
            report = smoke(rasterize, Path(tmp), say)
        except SmokeFailure as exc:
            complain(f"KIỂM TRA THẤT BẠI: {exc}")
            return 1
        except Exception as exc:  # any other failure is a failed smoke too, with its reason
            complain(f"KIỂM TRA THẤT BẠI: {type(exc).__name__}: {exc}")
            return 1
    say(f"Kiểm tra đạt ({report.seconds:.1f} s).")
    return 0
