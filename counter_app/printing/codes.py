"""Code 128 of the dossier code and QR of the lookup URL, drawn as vectors that scan when printed.

Module sizes are whole printer dots so no bar is rounded thinner than its neighbours:
4 dots at 300 dpi (0.339 mm, also 8 dots at 600 dpi) on a laser, 3 dots at 203 dpi
(0.375 mm) on a thermal printer. Both keep the narrowest bar at or above 0.33 mm, and both
keep the Code 128 quiet zone of 10 modules on either side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.units import inch, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

MIN_BAR_MM = 0.33
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


LASER = Device(dpi=300, bar_dots=4, qr_dots=5)
THERMAL_203 = Device(dpi=203, bar_dots=3, qr_dots=4)


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


class Code128Bars(Code128):
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


class Rotated(Flowable):
    """Another flowable turned 90° (a barcode too long for a receipt's width runs along it)."""

    def __init__(self, inner: Flowable) -> None:
        super().__init__()
        self.inner = inner
        w, h = inner.wrap(0, 0)
        self.width, self.height = h, w

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:
        pitch = getattr(self.inner, "pitch", 0.0)
        if pitch:
            x, y = snap_to_dots(canvas, x, y + self.height, pitch)
            y -= self.height
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.translate(self.width, 0)
        self.canv.rotate(90)
        self.inner.drawOn(self.canv, 0, 0)
        self.canv.restoreState()


def barcode(value: str, avail_width: float, device: Device = LASER,
            height: float = 11 * mm, allow_rotate: bool = True) -> Flowable:
    """The Code 128 flowable of ``value`` at the device's module size.

    When the symbol is wider than ``avail_width`` it is turned to run down the page (on a
    receipt roll there is length to spare); bars are never made thinner than the device's.
    """
    bars = Code128Bars(value, device.bar_width, height)
    bars.pitch = inch / device.dpi
    if bars.width <= avail_width or not allow_rotate:
        return bars
    return Rotated(bars)


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


class QrSymbol(Flowable):
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
    symbol.pitch = inch / device.dpi
    return symbol
