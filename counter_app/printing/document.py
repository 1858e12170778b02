"""Pages: building the PDF, page marks (reprint, page count, dossier code), measuring canvas."""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from counter_app.core.text import nfc
from counter_app.printing.config import PrintConfig
from counter_app.printing.fonts import FONTS, register_fonts

Decorate = Callable[[Canvas, int, int], None]
Margins = tuple[float, float, float, float]  # left, right, top, bottom

# Forms handed to citizens or filed: A4 portrait, the tracking book A4 landscape.
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "a4": A4, "a4_landscape": landscape(A4), "a5": A5, "a4_letter": A4,
}
FORM_MARGINS: dict[str, Margins] = {
    "a4": (20 * mm, 15 * mm, 15 * mm, 15 * mm),
    # Letters (Mẫu 04, 05), Decree 30/2020/NĐ-CP: left 30–35, right 15–20, top/bottom 20–25.
    "a4_letter": (30 * mm, 15 * mm, 20 * mm, 20 * mm),
    "a4_landscape": (12 * mm, 12 * mm, 12 * mm, 12 * mm),
    "a5": (10 * mm, 10 * mm, 11 * mm, 11 * mm),
}


def reprint_label(reprint: int) -> str:
    """"BẢN IN LẠI LẦN 2" for the second reprint (``reprint`` counts reprints, 0 = original)."""
    return f"BẢN IN LẠI LẦN {reprint}"


def content_width(paper: str) -> float:
    left, right, _, _ = FORM_MARGINS[paper]
    return PAGE_SIZES[paper][0] - left - right


def draw_reprint(canv: Canvas, reprint: int, right: float, top: float, size: float = 8) -> None:
    """The boxed reprint mark, its top-right corner at (right, top)."""
    if reprint <= 0:
        return
    text = reprint_label(reprint)
    w = stringWidth(text, FONTS.bold, size)
    canv.saveState()
    canv.setLineWidth(0.8)
    canv.rect(right - w - 6, top - size - 5, w + 6, size + 5, stroke=1, fill=0)
    canv.setFont(FONTS.bold, size)
    canv.drawString(right - w - 3, top - size - 2, text)
    canv.restoreState()


def draw_text(canv: Canvas, x: float, y: float, text: str, size: float = 7,
              align: str = "left", font: str | None = None) -> None:
    canv.setFont(font or FONTS.regular, size)
    text = nfc(text)
    if align == "right":
        canv.drawRightString(x, y, text)
    elif align == "center":
        canv.drawCentredString(x, y, text)
    else:
        canv.drawString(x, y, text)


class _DecoratedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped here
    """Keeps pages until the end so decorations can say "Trang 2/3"."""

    decorate: Decorate | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            if self.decorate is not None:
                self.decorate(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


def standard_decorate(code: str, reprint: int, margins: Margins,
                      footer: str = "") -> Decorate:
    """Footer with the dossier code and page count, reprint mark top right."""
    left, right, top, bottom = margins

    def decorate(canv: Canvas, number: int, total: int) -> None:
        w, h = canv._pagesize
        y = bottom / 2
        canv.saveState()
        text = footer or (f"Mã hồ sơ: {code}" if code else "")
        if text:
            draw_text(canv, left, y, text)
        if total > 1:
            draw_text(canv, w - right, y, f"Trang {number}/{total}", align="right")
        if reprint > 0:
            draw_reprint(canv, reprint, w - right, h - top / 2 + 5)
            draw_text(canv, w / 2, y, reprint_label(reprint), align="center", font=FONTS.bold)
        canv.restoreState()

    return decorate


def build_pdf(story: list[Flowable], config: PrintConfig, *, pagesize: tuple[float, float],
              margins: Margins, decorate: Decorate | None,
              title_text: str, subject: str = "", frames: list[Frame] | None = None,
              later_frames: list[Frame] | None = None,
              canvasmaker: Callable[..., Canvas] | None = None) -> bytes:
    """Lay ``story`` out on pages of ``pagesize`` (margins: left, right, top, bottom);
    ``later_frames`` lay out the second and later pages (room for a continuation header)."""
    register_fonts(config.fonts_path())
    left, right, top, bottom = margins
    buf = BytesIO()
    doc = BaseDocTemplate(
        buf, pagesize=pagesize, leftMargin=left, rightMargin=right, topMargin=top,
        bottomMargin=bottom, title=nfc(title_text), author=nfc(config.unit_name),
        subject=nfc(subject), creator="counter-app", initialFontName=FONTS.regular,
        lang="vi-VN")
    if frames is None:
        frames = [Frame(left, bottom, pagesize[0] - left - right, pagesize[1] - top - bottom,
                        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")]
    if later_frames is None:
        doc.addPageTemplates([PageTemplate(id="page", frames=frames)])
    else:
        doc.addPageTemplates([PageTemplate(id="first", frames=frames, autoNextPageTemplate="later"),
                              PageTemplate(id="later", frames=later_frames)])

    def decorated(*args: Any, **kwargs: Any) -> Canvas:
        canv = _DecoratedCanvas(*args, **kwargs)
        canv.decorate = decorate
        return canv

    doc.build(story, canvasmaker=canvasmaker or decorated)
    return buf.getvalue()


def render_form(story: list[Flowable], config: PrintConfig, *, paper: str, code: str,
                reprint: int, title_text: str, subject: str = "", footer: str = "") -> bytes:
    """A form on one paper size with the standard footer and reprint mark."""
    margins = FORM_MARGINS[paper]
    return build_pdf(story, config, pagesize=PAGE_SIZES[paper], margins=margins,
                     decorate=standard_decorate(code, reprint, margins, footer),
                     title_text=title_text, subject=subject)
