"""Separator sheets for scanning one stack per dossier: one A4 page per component, its barcode names both."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from counter_app.core.text import nfc
from counter_app.printing.codes import Code128Bars
from counter_app.printing.config import PrintConfig
from counter_app.printing.document import draw_text
from counter_app.printing.fonts import FONTS, register_fonts

# 0.45 mm modules: 3.5 pixels at 200 dpi, 2.7 at 150 dpi, so the scan reads it back.
BAR_WIDTH = 0.45 * mm
BAR_HEIGHT = 14 * mm


@dataclass(frozen=True)
class SeparatorData:
    dossier_code: str
    procedure_name: str
    applicant_name: str
    components: tuple[str, ...]  # names in the dossier's order
    barcodes: tuple[str, ...]  # one barcode text per component (scanning.separator.payload)


def _wrapped(text: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    line = ""
    for word in nfc(text).split():
        trial = f"{line} {word}".strip()
        if line and stringWidth(trial, font, size) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return [*lines, line] if line else lines


def render_separators(data: SeparatorData, config: PrintConfig,
                      only: Sequence[int] | None = None) -> bytes:
    """One page per component (or per 1-based index in `only`): the barcode twice (top and
    bottom, so a sheet fed upside down or with a fold still reads) and the names in large type."""
    if len(data.components) != len(data.barcodes) or not data.components:
        raise ValueError("one barcode per component, at least one component")
    register_fonts(config.fonts_path())
    out = BytesIO()
    canv = Canvas(out, pagesize=A4, pageCompression=1)
    canv.setTitle(nfc(f"Tờ phân cách – {data.dossier_code}"))
    canv.setAuthor(nfc(config.unit_name))
    canv.setSubject(data.dossier_code)
    width, height = A4
    indexes = list(only) if only else list(range(1, len(data.components) + 1))
    for index in indexes:
        name, text = data.components[index - 1], data.barcodes[index - 1]
        for y in (height - 40 * mm, 30 * mm):
            bars = Code128Bars(text, BAR_WIDTH, BAR_HEIGHT)
            bars.drawOn(canv, (width - bars.width) / 2, y)
        draw_text(canv, width / 2, height - 60 * mm, "TỜ PHÂN CÁCH THÀNH PHẦN HỒ SƠ", 20,
                  "center", FONTS.bold)
        draw_text(canv, width / 2, height - 72 * mm,
                  "(đặt trước các trang của thành phần này khi quét)", 11, "center")
        draw_text(canv, width / 2, height - 92 * mm, f"Mã hồ sơ: {data.dossier_code}", 16,
                  "center", FONTS.bold)
        y = height - 110 * mm
        draw_text(canv, width / 2, y, f"Thành phần {index}/{len(data.components)}", 14, "center")
        y -= 12 * mm
        for line in _wrapped(name, FONTS.bold, 18, width - 40 * mm)[:4]:
            draw_text(canv, width / 2, y, line, 18, "center", FONTS.bold)
            y -= 9 * mm
        y -= 6 * mm
        for line in _wrapped(f"{data.applicant_name} – {data.procedure_name}", FONTS.regular,
                             11, width - 40 * mm)[:3]:
            draw_text(canv, width / 2, y, line, 11, "center")
            y -= 6 * mm
        draw_text(canv, width / 2, 20 * mm, text, 9, "center")
        canv.showPage()
    canv.save()
    return out.getvalue()
