"""Every document rendered to PNG under artifacts/print/, for people to look at: each form, the
slip in its three layouts with a proxy submitter and with the catalog's longest name."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PIL import Image

from counter_app.printing import SLIP_LAYOUTS, render_form01
from tests.printing.pdfcheck import page_sizes, rasterize
from tests.printing.samples import CONFIG, LONGEST, PROXY, short_slip, typical_slip

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "print"
DPI = {"laser": 110, "thermal": 203}


def slip_variants() -> dict[str, tuple[bytes, str]]:
    """The slip with someone submitting for the owner, and with the longest catalog name."""
    out: dict[str, tuple[bytes, str]] = {}
    proxy = replace(short_slip(), authorized=PROXY, authorization="Giấy ủy quyền số 45/2025")
    for layout in SLIP_LAYOUTS:
        device = "thermal" if layout == "thermal80" else "laser"
        out[f"form01_{layout}_proxy"] = (render_form01(proxy, CONFIG, layout), device)
        out[f"form01_{layout}_longest_name"] = (
            render_form01(typical_slip(LONGEST, PROXY), CONFIG, layout), device)
    return out


def render_artifacts(documents: dict[str, tuple[bytes, str]], out: Path = ARTIFACTS) -> list[Path]:
    """PDF and one PNG per page of each document (thermal at the printer's 203 dpi)."""
    written: list[Path] = []
    for name, (pdf, device) in documents.items():
        written += rasterize(pdf, out, DPI[device], stem=name)
    return written


# The band each printer cannot print, in mm (left, top, right, bottom): an A4/A5 laser leaves
# 1/6 inch on every side; an 80 mm thermal head prints the middle 72 mm of the roll, any length.
UNPRINTABLE_MM = {"laser": (4.2, 4.2, 4.2, 4.2), "thermal": (4.0, 0.0, 4.0, 0.0)}


def test_every_document_is_rendered_to_png_and_prints_whole(
        documents: dict[str, tuple[bytes, str]]) -> None:
    variants = slip_variants()
    everything = {**documents, **variants}
    pngs = render_artifacts(everything)
    clipped: dict[str, str] = {}
    for name, (_, device) in everything.items():
        assert (ARTIFACTS / f"{name}.pdf").is_file()
        pages = [p for p in pngs if p.name.startswith(f"{name}-")]
        assert pages, name
        for png in pages:
            with Image.open(png) as image:
                gray = image.convert("L")
            ink = gray.point(lambda v: 255 if v < 128 else 0)
            share = sum(ink.histogram()[255:]) / (gray.width * gray.height)
            # Legible print: not a blank page, not a page printed black.
            assert 0.005 < share < 0.30, f"{png.name}: {share:.1%} of the page inked"
            left, top, right, bottom = ink.getbbox()
            px_per_mm = DPI[device] / 25.4
            free = (left, top, gray.width - right, gray.height - bottom)
            short = [f"{side} {mm_free / px_per_mm:.1f} mm < {need} mm"
                     for side, mm_free, need in zip(("left", "top", "right", "bottom"), free,
                                                    UNPRINTABLE_MM[device])
                     if mm_free / px_per_mm < need]
            if short:  # the printer would cut this off
                clipped[name] = f"{png.name}: " + ", ".join(short)
    assert not clipped, clipped
    # The longest catalog name still fits one sheet per copy.
    assert len(page_sizes(variants["form01_a4_two_copies_longest_name"][0])) == 1
    assert len(page_sizes(variants["form01_a5_longest_name"][0])) == 2
