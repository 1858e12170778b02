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


def test_every_document_is_rendered_to_png(documents: dict[str, tuple[bytes, str]]) -> None:
    pngs = render_artifacts(documents)
    for name in documents:
        assert (ARTIFACTS / f"{name}.pdf").is_file()
        assert any(p.name.startswith(f"{name}-") for p in pngs), name
    for png in pngs:
        with Image.open(png) as image:
            # Something is printed: the page is not blank.
            assert image.convert("L").getextrema()[0] < 64, png
