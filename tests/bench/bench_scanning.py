"""Scanning: a 20-page 200 dpi batch through the pipeline to the attached PDF, against img2pdf's pass-through.

The pages are the tests' realistic ones (typed Vietnamese text, fed up to 5° off, scanner
noise; two photo pages and two with a red stamp), handed over as a scanner's JPEGs. The app
decodes, straightens, trims, flags blanks, reads separators, encodes (G4 or JPEG), builds one
PDF per batch and stores it in the content-addressed store; the baseline is img2pdf wrapping
the same JPEGs unchanged. Per page, timed page by page in turn. Runnable alone:
``python -m tests.bench.bench_scanning [--quick]``.
"""

from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path
from typing import Any

import img2pdf
from PIL import Image

from counter_app.scanning import pipeline
from counter_app.scanning.encode import BW_LIMIT, GREY_LIMIT
from counter_app.scanning.pdf import PdfInfo, build_pdf
from counter_app.storage.files import FileStore
from tests.bench.common import BenchRun, Figure, figure, paired
from tests.scanning import pages as P

DPI = 200
PAGE_MS_TARGET = 150.0
INFO = PdfInfo("Đơn đề nghị chứng thực", "Trung tâm Phục vụ hành chính công", "000.00.06.H56-251117-0001")


def batch(quick: bool) -> list[tuple[str, bytes]]:
    """(kind expected, scanner JPEG) for 20 pages (quick: 10): 16 text, 2 photo, 2 stamped."""
    text = 8 if quick else 16
    out: list[tuple[str, bytes]] = []
    for i in range(text):
        page = P.add_noise(P.rotated(P.text_page(seed=i), (i % 11 - 5) * 1.0), seed=i)
        out.append(("bw", P.jpeg_bytes(page, DPI)))
    for i in range(2 if not quick else 1):
        out.append(("grey", P.jpeg_bytes(P.add_noise(P.photo_page(seed=40 + i)), DPI)))
        out.append(("grey", P.jpeg_bytes(P.with_stamp(P.add_noise(P.text_page(seed=50 + i))), DPI)))
    return out


def app_page(jpeg: bytes) -> pipeline.Page:
    image = Image.open(io.BytesIO(jpeg))
    image.load()
    return pipeline.process(image, DPI)


def passthrough(jpeg: bytes) -> bytes:
    return bytes(img2pdf.convert(jpeg))


def measure(quick: bool) -> list[Figure]:
    pages = batch(quick)
    bw = [jpeg for kind, jpeg in pages if kind == "bw"]
    app_ms, raw_ms = paired(app_page, passthrough, [bw[0], *bw], warmup=1)
    page_ms = figure("scan_page_ms_bw", "ms", app_ms, raw_ms, target=PAGE_MS_TARGET)

    processed = [app_page(jpeg) for _, jpeg in pages]
    with tempfile.TemporaryDirectory() as tmp:
        pdf = build_pdf(processed, INFO)
        FileStore(Path(tmp)).put_bytes(pdf)  # the attached PDF, as attach_scan stores it
    plain = [len(passthrough(jpeg)) for _, jpeg in pages]

    def per_page(kind: str) -> tuple[float, float, int]:
        sizes = [(p.size, raw) for p, (k, _), raw in zip(processed, pages, plain) if k == kind]
        assert all(p.kind == kind for p, (k, _) in zip(processed, pages) if k == kind)
        return (sum(s for s, _ in sizes) / len(sizes) / 1024,
                sum(r for _, r in sizes) / len(sizes) / 1024, len(sizes))

    figures = [page_ms]
    for kind, limit in (("bw", BW_LIMIT), ("grey", GREY_LIMIT)):
        app_kb, raw_kb, n = per_page(kind)
        figures.append(Figure(f"scan_bytes_per_page_{kind}", app_kb, "KB", raw_kb,
                              target=limit / 1024, samples=n))
    return figures


def run(arg: BenchRun | bool) -> list[Any]:
    """The harness passes its BenchRun and gets Figures; ``run(quick)`` gives plain dicts."""
    quick = arg if isinstance(arg, bool) else arg.quick
    figures = measure(quick)
    if isinstance(arg, bool):
        return [f.to_json() for f in figures]
    for f in figures:
        arg.log(f.line())
    return figures


def main(argv: list[str]) -> int:
    figures = measure("--quick" in argv)
    for f in figures:
        print(f.line())
    return 0 if all(f.met() for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
