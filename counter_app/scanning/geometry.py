"""Deskew by projection profile and trim of the scanner's dark borders, on numpy arrays."""

from __future__ import annotations

import numpy as np
from PIL import Image

MAX_SKEW = 10.0  # degrees: a page fed further off than this is re-fed, not straightened
_MAX_POINTS = 30_000


def paper_level(grey: np.ndarray) -> float:
    """The paper's grey (the page's bright background), robust to a dark border."""
    hist = np.bincount(grey[::4, ::4].ravel(), minlength=256)
    # Paper is light: a page dark all over is ink on paper, not dark paper.
    return max(160.0, float(np.searchsorted(np.cumsum(hist), 0.9 * hist.sum())))


def ink_mask(grey: np.ndarray, paper: float | None = None) -> np.ndarray:
    paper = paper_level(grey) if paper is None else paper
    return grey < paper * 0.6


def estimate_skew(grey: np.ndarray, dpi: int) -> float:
    """The angle (degrees, counter-clockwise positive) by which the text lines are turned.

    Works at about 100 dpi: the dark pixels are projected on the page's vertical at each
    candidate angle; text lines line up (a peaky histogram) at the right one.
    """
    step = max(1, round(dpi / 100))
    small = grey[::step, ::step]
    ys, xs = np.nonzero(ink_mask(small))
    if ys.size < 300:
        return 0.0
    if ys.size > _MAX_POINTS:  # a dense page: a fixed sample keeps the time flat and repeatable
        keep = np.random.default_rng(7).choice(ys.size, _MAX_POINTS, replace=False)
        ys, xs = ys[keep], xs[keep]
    y = ys.astype(np.float32)
    x = xs.astype(np.float32)
    offset = float(xs.max()) * np.sin(np.deg2rad(MAX_SKEW + 1)) + 1

    def score(angle: float) -> float:
        t = np.deg2rad(angle)
        r = y * np.float32(np.cos(t)) + x * np.float32(np.sin(t)) + np.float32(offset)
        hist = np.bincount(r.astype(np.int32)).astype(np.int64)
        return float(np.dot(hist, hist))

    best = max(np.arange(-MAX_SKEW, MAX_SKEW + 0.01, 1.0), key=score)
    fine = max(np.arange(best - 0.7, best + 0.701, 0.1), key=score)
    return round(float(fine), 2)


def turn(image: Image.Image, angle: float, smooth: bool) -> Image.Image:
    """`image` turned back by `angle` (white fills the corners). Nearest-pixel is five times
    faster and exact enough for a page that becomes black and white; photos get bilinear."""
    if abs(angle) < 0.1:
        return image
    fill: int | tuple[int, int, int] = (255, 255, 255) if image.mode == "RGB" else 255
    if image.mode == "1":
        image = image.convert("L")
    resample = Image.Resampling.BILINEAR if smooth else Image.Resampling.NEAREST
    return image.rotate(-angle, resample=resample, fillcolor=fill)


def border_widths(grey: np.ndarray, paper: float) -> tuple[int, int, int, int]:
    """How many rows/columns at the top, bottom, left and right are the scanner's dark lid or
    belt (mostly dark from edge to edge), at most 5 % of the page on each side."""
    h, w = grey.shape
    dh, dw = max(1, h // 20), max(1, w // 20)
    level = paper * 0.5

    def edge(strip: np.ndarray, axis: int) -> int:
        fractions = (strip < level).mean(axis=axis)
        dark = fractions <= 0.5
        return int(np.argmax(dark)) if dark.any() else fractions.size

    return (edge(grey[:dh, ::2], 1), edge(grey[h - dh:, ::2][::-1], 1),
            edge(grey[::2, :dw], 0), edge(grey[::2, w - dw:][:, ::-1], 0))


def trim_borders(grey: np.ndarray, paper: float | None = None) -> np.ndarray:
    """The page with dark borders painted paper-white (the page keeps its size)."""
    paper = paper_level(grey) if paper is None else paper
    top, bottom, left, right = border_widths(grey, paper)
    if not (top or bottom or left or right):
        return grey
    out = grey.copy()
    white = np.uint8(min(255, round(paper)))
    h, w = out.shape
    out[:top, :] = white
    out[h - bottom:, :] = white
    out[:, :left] = white
    out[:, w - right:] = white
    return out
