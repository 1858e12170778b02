"""One scanned page to what is kept: straightened, trimmed, flagged if blank, encoded small (G4 or JPEG)."""

from __future__ import annotations

import io
from dataclasses import dataclass, replace
from typing import Literal

import numpy as np
from PIL import Image

from counter_app.scanning import encode
from counter_app.scanning.analysis import analyse
from counter_app.scanning.geometry import estimate_skew, paper_level, trim_borders, turn
from counter_app.scanning.loader import check_size, dpi_of
from counter_app.scanning.separator import SeparatorMark, find_separator

Kind = Literal["bw", "grey", "color"]
THUMB_PX = 160


@dataclass(frozen=True)
class Page:
    """A page as the panel shows it and the PDF embeds it."""

    data: bytes  # TIFF (CCITT G4) for "bw", JPEG otherwise
    kind: Kind
    width: int
    height: int
    dpi: int
    blank: bool  # flagged for the clerk to decide; never removed by the app
    skew: float  # degrees the page was turned back
    separator: SeparatorMark | None
    thumbnail: bytes  # PNG

    @property
    def size(self) -> int:
        return len(self.data)


def _thumbnail(image: Image.Image) -> bytes:
    thumb = image if image.mode != "1" else image.convert("L")
    factor = max(1, max(thumb.size) // (THUMB_PX * 2))
    thumb = thumb.reduce(factor) if factor > 1 else thumb.copy()
    thumb.thumbnail((THUMB_PX, THUMB_PX), Image.Resampling.BILINEAR)
    out = io.BytesIO()
    thumb.save(out, format="PNG", compress_level=1)
    return out.getvalue()


def process(image: Image.Image, dpi: int | None = None, color_output: bool = False) -> Page:
    """The whole pipeline for one page (pixel limit, deskew, border trim, blank flag, encoding)."""
    check_size(*image.size)
    dpi = dpi or dpi_of(image)
    if image.mode not in ("L", "RGB"):
        image = image.convert("RGB" if image.mode not in ("1", "L", "I;16") else "L")
    grey = np.asarray(image.convert("L") if image.mode == "RGB" else image)
    angle = estimate_skew(grey, dpi)
    straight = turn(image, angle, smooth=False)
    if straight is not image:
        grey = np.asarray(straight.convert("L") if straight.mode == "RGB" else straight)
    paper = paper_level(grey)
    grey = trim_borders(grey, paper)
    rgb = np.asarray(straight) if straight.mode == "RGB" else None
    facts = analyse(grey, rgb, dpi, paper)
    mark = find_separator(grey, paper * 0.55)
    kind: Kind = "bw"
    if facts.content == "color" and color_output and rgb is not None:
        kind = "color"
    elif facts.content in ("color", "picture"):
        kind = "grey"
    if kind == "bw":
        data = encode.encode_bw(grey, dpi)
        out_dpi = dpi
        shown = Image.fromarray(grey)
    else:
        smooth = turn(image, angle, smooth=True)  # photos and stamps: no jagged edges
        if kind == "grey":
            smooth = smooth.convert("L") if smooth.mode == "RGB" else smooth
            smooth = Image.fromarray(trim_borders(np.asarray(smooth)))
        data, out_dpi = encode.encode_jpeg(smooth, dpi, colour=kind == "color")
        shown = smooth
    h, w = grey.shape
    scale = out_dpi / dpi
    return Page(data=data, kind=kind, width=round(w * scale), height=round(h * scale),
                dpi=out_dpi, blank=facts.blank and mark is None, skew=angle, separator=mark,
                thumbnail=_thumbnail(shown))


def rotate(page: Page, quarter_turns: int) -> Page:
    """The page turned by 90° steps clockwise (lossless for B&W; one JPEG pass otherwise)."""
    turns = quarter_turns % 4
    if not turns:
        return page
    op = {1: Image.Transpose.ROTATE_270, 2: Image.Transpose.ROTATE_180,
          3: Image.Transpose.ROTATE_90}[turns]
    image = encode.decode(page.data).transpose(op)
    if page.kind == "bw":
        out = io.BytesIO()
        image.save(out, format="TIFF", compression="group4", dpi=(page.dpi, page.dpi))
        data = out.getvalue()
    else:
        data, _ = encode.encode_jpeg(image, page.dpi, colour=page.kind == "color")
    thumb = Image.open(io.BytesIO(page.thumbnail)).transpose(op)
    out_thumb = io.BytesIO()
    thumb.save(out_thumb, format="PNG", compress_level=1)
    return replace(page, data=data, width=image.width, height=image.height,
                   thumbnail=out_thumb.getvalue())
