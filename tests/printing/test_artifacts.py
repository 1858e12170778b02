"""Every document rendered to PNG under artifacts/forms/, for people to look at."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from tests.printing.pdfcheck import rasterize

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "forms"
DPI = {"laser": 110, "thermal": 203}


def render_artifacts(documents: dict[str, tuple[bytes, str]], out: Path = ARTIFACTS) -> list[Path]:
    """PDF and one PNG per page of each document (thermal at the printer's 203 dpi)."""
    written: list[Path] = []
    for name, (pdf, device) in documents.items():
        written += rasterize(pdf, out, DPI[device], stem=name)
    return written


# The band each printer cannot print, in mm (left, top, right, bottom): an A4/A5 laser leaves
# 1/6 inch on every side; an 80 mm thermal head prints the middle 72 mm of the roll, any length.
UNPRINTABLE_MM = {"laser": (4.2, 4.2, 4.2, 4.2), "thermal": (4.0, 0.0, 4.0, 0.0)}
# Known and reported (printing): the "BẢN IN LẠI" box of a reprint is drawn past the margins.
KNOWN_CLIPPED = {"form01_a4_two_copies_long", "form01_thermal80_long"}


def test_every_document_is_rendered_to_png_and_prints_whole(
        documents: dict[str, tuple[bytes, str]]) -> None:
    pngs = render_artifacts(documents)
    clipped: dict[str, str] = {}
    for name, (_, device) in documents.items():
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
    assert set(clipped) == KNOWN_CLIPPED, clipped
