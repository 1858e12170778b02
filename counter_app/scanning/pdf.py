"""Pages to one PDF per component with img2pdf: what is already compressed is embedded as it is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import img2pdf

from counter_app.scanning.pipeline import Page


@dataclass(frozen=True)
class PdfInfo:
    title: str  # the component's name
    author: str  # the receiving unit
    dossier_code: str


def build_pdf(pages: Sequence[Page], info: PdfInfo) -> bytes:
    """G4 TIFFs become CCITTFaxDecode images, JPEGs DCTDecode, each page sized by its dpi."""
    if not pages:
        raise ValueError("a PDF needs at least one page")
    return bytes(img2pdf.convert(
        [p.data for p in pages], title=info.title, author=info.author,
        subject=info.dossier_code, keywords=[info.dossier_code], creator="counter-app",
        producer="counter-app (img2pdf)", nodate=True))  # same pages, same bytes: idempotent


def passthrough_pdf(images: Sequence[bytes]) -> bytes:
    """img2pdf's plain pass-through of the given files (the benchmark's baseline)."""
    return bytes(img2pdf.convert(list(images)))
