"""Page images to the bytes a PDF embeds as they are: CCITT G4 TIFF for text, JPEG for the rest."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

BW_LIMIT = 60 * 1024  # an A4 text page at 200 dpi
GREY_LIMIT = 300 * 1024  # an A4 page with photos or stamps
MAX_GREY_DPI = 200
_QUALITIES = (60, 48, 38, 30)


def otsu(grey: np.ndarray) -> int:
    hist = np.bincount(grey[::2, ::2].ravel(), minlength=256).astype(np.float64)
    total = hist.sum()
    levels = np.arange(256, dtype=np.float64)
    w0 = np.cumsum(hist)
    m0 = np.cumsum(hist * levels)
    w1 = total - w0
    mean_all = m0[-1]
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mean_all * w0 / total - m0) ** 2 / (w0 * w1)
    between = np.nan_to_num(between)
    return int(np.argmax(between))


def despeckle(black: np.ndarray) -> np.ndarray:
    """Drop black pixels with no black 4-neighbour (scanner noise costs G4 bytes, says nothing)."""
    p = np.pad(black, 1)
    neighbours = p[:-2, 1:-1] | p[2:, 1:-1] | p[1:-1, :-2] | p[1:-1, 2:]
    out: np.ndarray = black & neighbours
    return out


def encode_bw(grey: np.ndarray, dpi: int) -> bytes:
    """Black-and-white CCITT Group 4 in a TIFF (img2pdf embeds it as CCITTFaxDecode)."""
    threshold = min(otsu(grey), 200)
    black = despeckle(grey < threshold)
    h, w = black.shape
    image = Image.frombytes("1", (w, h), np.packbits(~black, axis=1).tobytes())
    out = io.BytesIO()
    image.save(out, format="TIFF", compression="group4", dpi=(dpi, dpi))
    return out.getvalue()


def encode_jpeg(image: Image.Image, dpi: int, colour: bool, limit: int = GREY_LIMIT) -> tuple[bytes, int]:
    """Grey (or colour when asked) JPEG at no more than 200 dpi, under `limit` bytes when the
    page allows it (quality steps down); returns the bytes and the dpi written."""
    image = image.convert("RGB" if colour else "L")
    if dpi > MAX_GREY_DPI:
        scale = MAX_GREY_DPI / dpi
        image = image.resize((max(1, round(image.width * scale)), max(1, round(image.height * scale))),
                             Image.Resampling.BILINEAR)
        dpi = MAX_GREY_DPI
    data = b""
    for quality in _QUALITIES:
        out = io.BytesIO()
        image.save(out, format="JPEG", quality=quality, dpi=(dpi, dpi), optimize=True)
        data = out.getvalue()
        if len(data) <= limit:
            break
    return data, dpi


def decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image
