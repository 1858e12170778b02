"""Letters signed and stamped by the head of the unit (Mẫu 04, 05), set as Decree 30/2020/NĐ-CP
Appendix I sets administrative documents: margins, serif face, sizes and the standard parts."""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from counter_app.printing.config import PrintConfig
from counter_app.printing.document import content_width, render_form
from counter_app.printing.fonts import SERIF
from counter_app.printing.layout import (
    Styles, codes_row, esc, header, para, recipients_and_signer, styles, vspace,
)

PAPER = "a4_letter"
BODY_SIZE = 13.0  # Decree 30: body 13–14 pt
TITLE_SIZE = 14.0  # title 13–14 pt bold
FIRST_LINE_INDENT = 10 * mm  # 1–1.27 cm
SIGNATURE_SPACE = 26 * mm  # room for the signature and the seal


def letter_styles() -> Styles:
    """Serif styles at 13 pt: body justified with a first-line indent and 6 pt between
    paragraphs, single-and-a-bit line spacing; a 14 pt bold title."""
    st = styles(BODY_SIZE, SERIF)
    body = ParagraphStyle("letter_body", parent=st.justify, firstLineIndent=FIRST_LINE_INDENT,
                          leading=BODY_SIZE * 1.25, spaceBefore=0, spaceAfter=6)
    title = ParagraphStyle("letter_title", parent=st.title, fontSize=TITLE_SIZE,
                           leading=TITLE_SIZE * 1.25, spaceBefore=10, spaceAfter=2)
    return replace(st, justify=body, title=title)


def letter_head(config: PrintConfig, st: Styles, date_line: str, number: str) -> Flowable:
    """Issuer and number on the left, the national motto and the place-date on the right."""
    return header(config, content_width(PAPER), st, date_line, number)


def recipient_line(name: str, st: Styles) -> Flowable:
    """"Kính gửi: Ông/Bà …" centred under the title (Decree 30: 14 pt)."""
    style = ParagraphStyle("to", parent=st.center, fontSize=TITLE_SIZE,
                           leading=TITLE_SIZE * 1.3, spaceBefore=6, spaceAfter=6)
    return para(f"Kính gửi: Ông/Bà <b>{esc(name)}</b>", style)


def closing(recipients: tuple[str, ...], role: str, name: str, st: Styles) -> Flowable:
    return recipients_and_signer(recipients, role, name, content_width(PAPER), st,
                                 space=SIGNATURE_SPACE)


def render_letter(story: list[Flowable], config: PrintConfig, code: str, reprint: int,
                  title_text: str, subject: str) -> bytes:
    """The letter on A4 with Decree 30's margins; the dossier's codes (in the forms' sans
    face) close the page, below the signature, outside the letter's text."""
    story = [*story, vspace(8),
             codes_row(code, config.lookup_url(code), content_width(PAPER), styles(10.0))]
    return render_form(story, config, paper=PAPER, code=code, reprint=reprint,
                       title_text=title_text, subject=subject)
