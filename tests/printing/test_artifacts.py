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


def test_every_document_is_rendered_to_png(documents: dict[str, tuple[bytes, str]]) -> None:
    variants = slip_variants()
    everything = {**documents, **variants}
    pngs = render_artifacts(everything)
    for name in everything:
        assert (ARTIFACTS / f"{name}.pdf").is_file()
        assert any(p.name.startswith(f"{name}-") for p in pngs), name
    for png in pngs:
        with Image.open(png) as image:
            # Something is printed: the page is not blank.
            assert image.convert("L").getextrema()[0] < 64, png
    # The longest name still fits one sheet per copy.
    assert len(page_sizes(variants["form01_a4_two_copies_longest_name"][0])) == 1
    assert len(page_sizes(variants["form01_a5_longest_name"][0])) == 2
