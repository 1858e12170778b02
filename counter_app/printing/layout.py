"""Shared pieces of every form: styles, the national header, tables, signatures, page marks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph, Spacer, Table, TableStyle

from counter_app.core.text import nfc
from counter_app.printing.codes import LASER, Device, barcode, qr_symbol
from counter_app.printing.config import PrintConfig
from counter_app.printing.fonts import FONTS, FontSet

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
SIGN_HINT = "(Ký và ghi rõ họ tên)"
GREY = colors.Color(0.9, 0.9, 0.9)
NO_PADDING: tuple[tuple[Any, ...], ...] = (
    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0))


def table(rows: Sequence[Sequence[Any]], col_widths: Sequence[float],
          cmds: Sequence[tuple[Any, ...]] = (), **kw: Any) -> Table:
    """A Table whose plain-string cells (even empty ones) use DejaVu: reportlab's default cell
    font is Helvetica, which would put a base-14 font without Vietnamese in the file."""
    t = Table([list(r) for r in rows], colWidths=list(col_widths), **kw)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONTS.regular), *cmds]))
    return t


def esc(text: object) -> str:
    """Text made safe for paragraph markup: NFC, XML-escaped, line breaks kept."""
    return escape(nfc(str(text))).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of one base size (A4 forms, the A5 slip and the receipt differ)."""

    size: float
    fonts: FontSet
    normal: ParagraphStyle
    justify: ParagraphStyle
    small: ParagraphStyle
    italic: ParagraphStyle
    center: ParagraphStyle
    center_bold: ParagraphStyle
    center_italic: ParagraphStyle
    right: ParagraphStyle
    title: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle


@lru_cache(maxsize=16)
def styles(size: float, fonts: FontSet = FONTS) -> Styles:
    """Styles in ``fonts`` (DejaVu Sans by default) at base ``size`` points (fonts must be
    registered first)."""
    lead = size * 1.3
    base = ParagraphStyle("normal", fontName=fonts.regular, fontSize=size, leading=lead,
                          alignment=TA_LEFT, spaceAfter=size * 0.25)
    cell_size = size * 0.92

    def make(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        size=size,
        fonts=fonts,
        normal=base,
        justify=make("justify", alignment=TA_JUSTIFY),
        small=make("small", fontSize=size * 0.85, leading=size * 1.1),
        italic=make("italic", fontName=fonts.italic),
        center=make("center", alignment=TA_CENTER),
        center_bold=make("center_bold", alignment=TA_CENTER, fontName=fonts.bold),
        center_italic=make("center_italic", alignment=TA_CENTER, fontName=fonts.italic),
        right=make("right", alignment=TA_RIGHT),
        title=make("title", alignment=TA_CENTER, fontName=fonts.bold, fontSize=size * 1.3,
                   leading=size * 1.65, spaceBefore=size * 0.6, spaceAfter=size * 0.3),
        cell=make("cell", fontSize=cell_size, leading=cell_size * 1.25, spaceAfter=0),
        cell_center=make("cell_center", fontSize=cell_size, leading=cell_size * 1.25,
                         alignment=TA_CENTER, spaceAfter=0),
        cell_head=make("cell_head", fontSize=cell_size, leading=cell_size * 1.25,
                       alignment=TA_CENTER, fontName=fonts.bold, spaceAfter=0),
    )


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of markup (callers escape data with :func:`esc`), normalized to NFC."""
    return Paragraph(nfc(markup), style)


def field(label: str, value: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    """"Label: value"; an empty value prints a dotted blank to fill by hand."""
    shown = esc(value) if value.strip() else "……………………"
    return para(f"{esc(label)}: {'<b>' + shown + '</b>' if bold else shown}", style)


def rule(text_width: float) -> HRFlowable:
    """The short line under the header's names and under the motto."""
    return HRFlowable(width=text_width, thickness=0.6, color=colors.black, hAlign="CENTER",
                      spaceBefore=2, spaceAfter=2.5)


def _fit_size(text: str, font: str, size: float, width: float) -> float:
    while size > 5 and stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def balanced(text: str, font: str, size: float, width: float) -> str:
    """``text`` escaped, on one line if it fits, else broken into two lines of even length
    ("TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG", not a lone last word), as headers are set."""
    if stringWidth(text, font, size) <= width:
        return esc(text)
    words = text.split()
    best = min(range(1, len(words)), default=0,
               key=lambda i: max(stringWidth(" ".join(words[:i]), font, size),
                                 stringWidth(" ".join(words[i:]), font, size)))
    if not best:
        return esc(text)
    return f"{esc(' '.join(words[:best]))}<br/>{esc(' '.join(words[best:]))}"


def header(config: PrintConfig, width: float, st: Styles, date_line: str,
           number: str | None = None, left_ratio: float = 0.42,
           date_beside: bool = False) -> Table:
    """Unit names on the left, the national motto on the right; number and date beneath
    (``date_beside``: the date right under the motto, a line shorter, when there is no
    number)."""
    left_w, right_w = width * left_ratio, width * (1 - left_ratio)
    pad = 2
    motto_size = _fit_size(MOTTO, st.fonts.bold, st.size, right_w - 2 * pad)
    motto = ParagraphStyle("motto", parent=st.center_bold, fontSize=motto_size,
                           leading=motto_size * 1.3, spaceAfter=0)
    unit = nfc(config.unit_name.upper())
    names_style = ParagraphStyle("names", parent=st.center, fontSize=motto_size,
                                 leading=motto_size * 1.3, spaceAfter=0)
    left: list[Flowable] = []
    if config.parent_name.strip():
        parent = nfc(config.parent_name.upper())
        left.append(para(balanced(parent, st.fonts.regular, motto_size, left_w - 2 * pad),
                         names_style))
    left.append(para(f"<b>{balanced(unit, st.fonts.bold, motto_size, left_w - 2 * pad)}</b>",
                     names_style))
    unit_w = min(stringWidth(unit, st.fonts.bold, motto_size), left_w - 2 * pad)
    left.append(rule(unit_w * 0.4))
    if config.logo_path is not None:
        logo_side = 14 * mm
        logo = Image(str(config.logo_path), width=logo_side, height=logo_side,
                     kind="proportional")
        inner = table([[logo, left]], [logo_side + 2, left_w - logo_side - 2 - 2 * pad],
                      [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), *NO_PADDING])
        left = [inner]
    right: list[Flowable] = [
        para(MOTTO, motto), para(MOTTO_2, motto),
        rule(stringWidth(nfc(MOTTO_2), st.fonts.bold, motto_size)),
    ]
    date_style = ParagraphStyle("date", parent=st.center_italic, fontSize=motto_size,
                                leading=motto_size * 1.3, spaceAfter=0)
    if date_beside and not number:
        if date_line:
            right.append(para(esc(date_line), date_style))
        rows: list[list[Any]] = [[left, right]]
    else:
        rows = [[left, right], [para(esc(number), names_style) if number else "",
                                para(esc(date_line), date_style) if date_line else ""]]
    return table(rows, [left_w, right_w], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        *([("TOPPADDING", (0, 1), (-1, 1), 2)] if len(rows) > 1 else []),
    ])


def title(text: str, st: Styles, *subtitles: str) -> list[Flowable]:
    """The bold centred title (a "\\n" in ``text`` breaks the line there), then subtitles."""
    out: list[Flowable] = [para(f"<b>{esc(text)}</b>", st.title)]
    out += [para(s, st.center) for s in subtitles if s]
    return out


def grid(rows: Sequence[Sequence[Any]], col_widths: Sequence[float], header_rows: int = 1,
         spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
         pad: float = 2.5) -> Table:
    """A ruled table whose header rows repeat on every page it flows onto."""
    cmds: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), GREY),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
        ("TOPPADDING", (0, 0), (-1, -1), pad * 0.6), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
    ]
    cmds += [("SPAN", a, b) for a, b in spans]
    return table(rows, col_widths, cmds, repeatRows=header_rows, splitByRow=1)


@dataclass(frozen=True)
class Signature:
    """One signature column: the role, the hint, the printed name (blank to write by hand)."""

    role: str
    name: str = ""
    hint: str = SIGN_HINT
    above: str = ""  # e.g. a date line over the role


def signatures(blocks: Sequence[Signature], width: float, st: Styles,
               space: float = 16 * mm) -> Table:
    cells: list[list[Flowable]] = []
    for b in blocks:
        if not b.role:
            cells.append([])  # an empty column pushes the others aside
            continue
        cell: list[Flowable] = []
        if b.above:
            cell.append(para(esc(b.above), st.center_italic))
        cell += [para(f"<b>{esc(b.role)}</b>", st.center)]
        if b.hint:
            cell.append(para(f"<i>{esc(b.hint)}</i>", st.center))
        cell.append(Spacer(1, space))
        cell.append(para(f"<b>{esc(b.name)}</b>", st.center) if b.name.strip() else Spacer(1, 1))
        cells.append(cell)
    return table([cells], [width / len(blocks)] * len(blocks),
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 1),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 1)])


def vspace(points: float) -> Spacer:
    return Spacer(1, points)


def codes_row(code: str, url: str, width: float, st: Styles,
              device: Device = LASER) -> Flowable:
    """Code 128 of the dossier code with the code under it, the lookup URL's QR beside (the
    barcode takes its compact form where the full one leaves no room for the QR)."""
    qr = qr_symbol(url, device) if url else None
    code_text = para(f"Mã hồ sơ: <b>{esc(code)}</b>", st.center)
    rows: list[list[Any]]
    if qr is None:
        rows, widths = [[barcode(code, width, device)], [code_text]], [width]
    else:
        qr_w = qr.width + 4
        try:
            bars = barcode(code, width - qr_w - 4, device)
            rows, widths = [[[bars, code_text], qr]], [width - qr_w, qr_w]
        except ValueError:  # not even the compact code fits beside: one under the other
            rows, widths = [[barcode(code, width, device)], [code_text], [qr]], [width]
    return table(rows, widths, [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("ALIGN", (0, 0), (-1, -1), "CENTER"), *NO_PADDING])


def contact_lines(person: Any, st: Styles) -> list[Flowable]:
    """Address, then phone and email on one line (a PersonData)."""
    return [field("Địa chỉ", person.address, st.normal),
            para(f"Số điện thoại: {esc(person.phone) or '……'}{'&nbsp;' * 4}"
                 f"Email: {esc(person.email) or '……'}", st.normal)]


def multiline(label: str, text: str, st: Styles) -> list[Flowable]:
    """A labelled block of free text (reason, guidance); each line of ``text`` a paragraph."""
    lines = [ln.strip() for ln in str(text).splitlines() if ln.strip()]
    if not lines:
        return [para(f"{esc(label)}: ……………………", st.justify)]
    out = [para(f"{esc(label)}: {esc(lines[0])}", st.justify)]
    out += [para(esc(ln), st.justify) for ln in lines[1:]]
    return out


def recipients_and_signer(recipients: Sequence[str], role: str, name: str, width: float,
                          st: Styles, hint: str = "(Ký, ghi rõ họ tên và đóng dấu)",
                          space: float = 16 * mm) -> Table:
    """"Nơi nhận" on the left, the signatory on the right, as letters end."""
    heading = ParagraphStyle("recipients", parent=st.small, fontSize=st.size * 0.92,
                             leading=st.size * 1.1)
    left: list[Flowable] = [para("<b><i>Nơi nhận:</i></b>", heading)]
    left += [para(f"- {esc(r)};" if i < len(recipients) - 1 else f"- {esc(r)}.", st.small)
             for i, r in enumerate(recipients)]
    sign = signatures([Signature(role, name, hint)], width * 0.5, st, space=space)
    return table([[left, sign]], [width * 0.5, width * 0.5],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                  ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
