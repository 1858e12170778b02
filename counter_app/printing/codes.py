"""Code 128 of the dossier code and QR of the lookup URL, drawn as vectors that scan when printed.

Module sizes are whole printer dots so no bar is rounded thinner than its neighbours.
Laser (300 dpi): Code 128 at 4 dots (0.339 mm), QR at 8 dots (0.677 mm): both still decode
after a grey blur of σ = 1 px at 150 and at 203 dpi (a worn printer, a phone camera). Thermal
(203 dpi): Code 128 at 2 dots (0.250 mm), horizontal, carrying the compact code (no hyphens)
so the symbol fits 72 mm with its quiet zones; QR at 6 dots (0.750 mm). Quiet zones: 10
modules either side of a Code 128, 4 modules around a QR. docs/printing.md says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from counter_app.core.codes import CodeError, compact_code

MIN_BAR_MM = 0.25  # the thermal slip's 2 dots at 203 dpi; the laser's bars are 0.339 mm
QUIET_MODULES = 10
QR_BORDER = 4  # modules of quiet zone around the QR symbol (ISO/IEC 18004)


@dataclass(frozen=True)
class Device:
    """The printer class a layout targets: its dot pitch and module sizes in dots."""

    dpi: int
    bar_dots: int
    qr_dots: int

    @property
    def bar_width(self) -> float:
        """Narrowest Code 128 bar, in points."""
        return float(self.bar_dots * inch / self.dpi)

    @property
    def qr_module(self) -> float:
        return float(self.qr_dots * inch / self.dpi)


LASER = Device(dpi=300, bar_dots=4, qr_dots=8)
THERMAL_203 = Device(dpi=203, bar_dots=2, qr_dots=6)


def snap_to_dots(canv: Canvas, x: float, y: float, pitch: float) -> tuple[float, float]:
    """(x, y) moved by under a dot so the symbol's left and top edges fall on the printer's
    dot grid (counted from the page's top-left corner, as printers and rasterizers do)."""
    a, b, c, d, e, f = canv._currentMatrix
    if (a, b, c, d) != (1, 0, 0, 1):
        return x, y  # rotated or scaled context: leave it be
    page_h = canv._pagesize[1]
    ax = e + x
    top = page_h - (f + y)
    return x + round(ax / pitch) * pitch - ax, y - (round(top / pitch) * pitch - top)


def fill_rects(canv: Canvas, rects: list[tuple[float, float, float, float]]) -> None:
    """Fill many black rectangles as one path: one operator per bar instead of a state
    change per bar keeps the file small and rendering fast."""
    ops = " ".join(f"{x:.3f} {y:.3f} {w:.3f} {h:.3f} re" for x, y, w, h in rects)
    canv.addLiteral(f"q 0 g {ops} f Q")


class Code128Bars(Code128):  # type: ignore[misc]  # reportlab is untyped here
    """reportlab's Code 128 (its optimizer picks subset C for digit runs) without the
    human-readable line (it would use a base-14 font); layouts print the code as text."""

    def __init__(self, value: str, bar_width: float, bar_height: float) -> None:
        if not value or not value.isascii():
            raise ValueError(f"Code 128 needs ASCII text, got {value!r}")
        quiet = QUIET_MODULES * bar_width
        super().__init__(value, barWidth=bar_width, barHeight=bar_height, quiet=1,
                         lquiet=quiet, rquiet=quiet, humanReadable=0)
        self.pitch = 0.0  # printer dot in points; set to align bars with the dot grid

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if self.pitch:
            x, y = snap_to_dots(canvas, x, y + self.height, self.pitch)
            y -= self.height
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        self._bars: list[tuple[float, float, float, float]] = []
        super().draw()
        fill_rects(self.canv, self._bars)

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self._bars.append((x, y, w, h))


def code128_modules(value: str) -> int:
    """Width of the symbol in modules, without quiet zones."""
    probe = Code128Bars(value, 1.0, 10.0)
    return int(round(probe.width - 2 * QUIET_MODULES))


def code128_width(value: str, bar_width: float) -> float:
    """Width in points of the symbol with its quiet zones."""
    return (code128_modules(value) + 2 * QUIET_MODULES) * bar_width


def barcode(value: str, avail_width: float, device: Device = LASER,
            height: float = 11 * mm) -> Code128Bars:
    """The horizontal Code 128 of ``value`` at the device's module size.

    A dossier code too long for ``avail_width`` is printed in its compact form (the code
    without its hyphens, which the counter reads back, core.codes.code_from_scan); bars are
    never made thinner than the device's and never turned to run along the page (bars parallel
    to a thermal head print with distorted widths).
    """
    bars = Code128Bars(value, device.bar_width, height)
    if bars.width > avail_width:
        try:
            short = compact_code(value)
        except CodeError:
            short = value
        bars = Code128Bars(short, device.bar_width, height)
    if bars.width > avail_width + 0.01:
        raise ValueError(f"Code 128 of {value!r} is {bars.width / mm:.1f} mm wide;"
                         f" only {avail_width / mm:.1f} mm are available")
    bars.pitch = inch / device.dpi
    return bars


_RUN = re.compile(rb"0{5,}|1{5,}")
_BITS = bytes.maketrans(b"\x00\x01", b"01")


def _penalty(modules: list[list[bool]]) -> int:
    """ISO/IEC 18004 mask penalty (runs, 2×2 blocks, finder-like patterns, dark balance),
    computed on byte strings and integers: reportlab's own scoring took most of a slip's time."""
    rows = [bytes(row).translate(_BITS) for row in modules]
    lines = rows + [bytes(col) for col in zip(*rows)]
    n = len(rows)
    score = 0
    for line in lines:
        score += sum(len(run) - 2 for run in _RUN.findall(line))
        score += 40 * (line.count(b"10111010000") + line.count(b"00001011101"))
    ints = [int(r, 2) for r in rows]
    full = (1 << (n - 1)) - 1
    for a, b in zip(ints, ints[1:]):
        same = ~(a ^ (a >> 1)) & ~(a ^ b) & ~(b ^ (b >> 1)) & full
        score += 3 * bin(same).count("1")
    dark = sum(r.count(b"1") for r in rows)
    return score + 10 * (abs(100 * dark // (n * n) - 50) // 5)


def qr_modules(value: str, level: str = "M") -> list[list[bool]]:
    """The module matrix of ``value`` (smallest version that holds it, best of 8 masks)."""
    qr = QRCode(None, getattr(QRErrorCorrectLevel, level))
    qr.addData(value)
    qr.version = qr.calculate_version()
    scores = []
    for mask in range(8):
        qr.makeImpl(True, mask)
        scores.append((_penalty(qr.modules), mask))
    qr.makeImpl(False, min(scores)[1])
    return [[bool(m) for m in row] for row in qr.modules]


class QrSymbol(Flowable):  # type: ignore[misc]  # reportlab is untyped here
    """A QR code drawn as filled rectangles, one per run of dark modules in a row."""

    def __init__(self, value: str, module: float, level: str = "M") -> None:
        super().__init__()
        self.value = value
        self.module = module
        self.modules = qr_modules(value, level)
        self.width = self.height = (len(self.modules) + 2 * QR_BORDER) * module
        self.pitch = 0.0

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        if self.pitch:
            x, y = snap_to_dots(canvas, x, y + self.height, self.pitch)
            y -= self.height
        super().drawOn(canvas, x, y, _sW)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        m = self.module
        top = self.height - QR_BORDER * m
        rects: list[tuple[float, float, float, float]] = []
        for r, row in enumerate(self.modules):
            c = 0
            while c < len(row):
                if not row[c]:
                    c += 1
                    continue
                start = c
                while c < len(row) and row[c]:
                    c += 1
                rects.append(((QR_BORDER + start) * m, top - (r + 1) * m, (c - start) * m, m))
        fill_rects(self.canv, rects)


def qr_symbol(value: str, device: Device = LASER, level: str = "M") -> QrSymbol:
    """A QR code of ``value`` as vectors, whole printer dots per module, quiet zone kept."""
    symbol = QrSymbol(value, device.qr_module, level)
    # Modules on a grid of whole modules from the page's corner: on the printer's dots, and on
    # the pixels of a 150 dpi picture too (half a module off, every edge would be grey).
    symbol.pitch = device.qr_module
    return symbol
