"""The page pipeline on realistic pages: deskew, blank flags, sizes, and the PDF read back."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import numpy as np
import pypdf
import pytest
from PIL import Image

from counter_app.printing.config import DEMO_CONFIG
from counter_app.printing.separator_sheet import SeparatorData, render_separators
from counter_app.scanning import pipeline
from counter_app.scanning.encode import BW_LIMIT, GREY_LIMIT
from counter_app.scanning.geometry import estimate_skew
from counter_app.scanning.pdf import PdfInfo, build_pdf
from counter_app.scanning.separator import SeparatorMark, payload, split_batch
from tests.scanning import pages as P

DPI = 200
CODE = "000.00.06.H56-251117-0001"


@pytest.mark.parametrize("degrees", [5.0, -5.0, 2.3, -0.8])
def test_a_page_fed_off_comes_out_within_half_a_degree(degrees: float) -> None:
    page = P.add_noise(P.rotated(P.text_page(seed=11), degrees))
    out = pipeline.process(page, DPI)
    assert abs(out.skew - degrees) <= 0.5
    # and the page that comes out is straight: measured again, it has no skew left
    again = np.asarray(Image.open(io.BytesIO(out.data)).convert("L"))
    assert abs(estimate_skew(again, DPI)) <= 0.5


def test_a_straight_page_is_left_alone() -> None:
    out = pipeline.process(P.add_noise(P.text_page(seed=12)), DPI)
    assert abs(out.skew) <= 0.2


@pytest.mark.parametrize(("name", "make", "blank"), [
    ("blank with scanner noise", lambda: P.add_noise(P.blank_canvas(), specks=60), True),
    ("blank, colour scan", lambda: P.add_noise(P.blank_canvas(mode="L")).convert("RGB"), True),
    ("a signature only", lambda: P.add_noise(P.signature_only()), False),
    ("a red stamp only", lambda: P.with_stamp(P.add_noise(P.blank_canvas())), False),
    ("typed text", lambda: P.add_noise(P.text_page()), False),
])
def test_only_truly_blank_pages_are_flagged(name: str, make: object, blank: bool) -> None:
    out = pipeline.process(make(), DPI)  # type: ignore[operator]
    assert out.blank is blank, name
    assert out.data, "a flagged page is kept (the clerk decides)"


def test_text_pages_are_black_and_white_g4_under_60_kb() -> None:
    for seed in range(3):
        out = pipeline.process(P.add_noise(P.rotated(P.text_page(seed=seed), 1.5 * seed)), DPI)
        assert out.kind == "bw" and out.size <= BW_LIMIT, (seed, out.kind, out.size)


def test_photos_and_stamps_are_grey_jpeg_under_300_kb_colour_only_when_asked() -> None:
    photo = pipeline.process(P.add_noise(P.photo_page()), DPI)
    stamped = pipeline.process(P.with_stamp(P.add_noise(P.text_page(seed=3))), DPI)
    asked = pipeline.process(P.with_stamp(P.add_noise(P.text_page(seed=3))), DPI, color_output=True)
    assert (photo.kind, stamped.kind, asked.kind) == ("grey", "grey", "color")
    assert photo.size <= GREY_LIMIT and stamped.size <= GREY_LIMIT


def test_the_pdf_embeds_g4_and_jpeg_as_they_are_with_its_metadata() -> None:
    text = pipeline.process(P.add_noise(P.text_page()), DPI)
    photo = pipeline.process(P.add_noise(P.photo_page()), DPI)
    pdf_bytes = build_pdf([text, photo], PdfInfo("Tờ khai chứng thực", "UBND xã Quảng Phú", CODE))
    pdf = pypdf.PdfReader(io.BytesIO(pdf_bytes))
    assert len(pdf.pages) == 2
    filters = []
    for page in pdf.pages:
        (xobj,) = [o.get_object() for o in page["/Resources"]["/XObject"].values()]
        f = xobj["/Filter"]
        filters.append(str(f if isinstance(f, str) else f[0]))
    assert filters == ["/CCITTFaxDecode", "/DCTDecode"]
    assert pdf.metadata.title == "Tờ khai chứng thực"
    assert pdf.metadata.author == "UBND xã Quảng Phú" and pdf.metadata.subject == CODE
    # A4 at 200 dpi is an A4 page in the PDF (dpi carried through)
    assert float(pdf.pages[0].mediabox.width) == pytest.approx(595, abs=2)
    assert photo.data in pdf_bytes  # the JPEG was not re-encoded


def _print_and_scan(pdf: bytes, tmp_path: Path, dpi: int = DPI) -> list[Image.Image]:
    """The separator sheets as a scanner sees them: rasterized by poppler, slightly turned, noised."""
    src = tmp_path / "sheets.pdf"
    src.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(tmp_path / "s")],
                   check=True)
    return [P.add_noise(P.rotated(Image.open(p).convert("L"), 1.2))
            for p in sorted(tmp_path.glob("s-*.png"))]


def test_separator_sheets_are_read_back_and_split_the_batch(tmp_path: Path) -> None:
    names = ("Đơn đề nghị", "Bản sao giấy khai sinh")
    sheets = render_separators(SeparatorData(CODE, "Chứng thực", "Nguyễn Văn An", names,
                                             (payload(CODE, 1), payload(CODE, 2))), DEMO_CONFIG)
    sep1, sep2 = (pipeline.process(im, DPI) for im in _print_and_scan(sheets, tmp_path))
    assert sep1.separator == SeparatorMark(CODE, 1) and sep2.separator == SeparatorMark(CODE, 2)
    assert not sep1.blank
    text = [pipeline.process(P.text_page(seed=s, lines=6), DPI) for s in range(3)]
    assert all(p.separator is None for p in text)
    batch = [text[0], sep1, text[1], sep2, text[2]]
    groups, foreign = split_batch([p.separator for p in batch], CODE)
    assert [(g.component_index, g.pages) for g in groups] == [(None, (0,)), (1, (2,)), (2, (4,))]
    assert foreign == []


def test_another_dossiers_separator_is_not_obeyed() -> None:
    marks = [None, SeparatorMark("000.00.06.H56-251117-0002", 1), None]
    groups, foreign = split_batch(marks, CODE)
    assert [(g.component_index, g.pages) for g in groups] == [(None, (0, 1, 2))]
    assert foreign == [1]
