"""What is on a page: blank or not (a flag, never a deletion), text only, or photos and stamps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from counter_app.scanning.geometry import ink_mask, paper_level

Content = Literal["text", "picture", "color"]


@dataclass(frozen=True)
class PageFacts:
    blank: bool
    content: Content
    ink_cells: int  # 1 mm cells with real ink (dust and scanner noise do not make one)
    colour_share: float  # share of the page in saturated colour (a red stamp, a photo)


def _cells(mask: np.ndarray, cell: int) -> np.ndarray:
    """The share of each cell×cell block that is set."""
    h, w = mask.shape
    h, w = h - h % cell, w - w % cell
    rows = mask[:h, :w].view(np.uint8).reshape(h // cell, cell, w).sum(axis=1, dtype=np.uint16)
    cells = rows.reshape(h // cell, w // cell, cell).sum(axis=2, dtype=np.uint16)
    share: np.ndarray = cells / float(cell * cell)
    return share


def analyse(grey: np.ndarray, rgb: np.ndarray | None, dpi: int,
            paper: float | None = None) -> PageFacts:
    """A page is blank when fewer than a handful of 1 mm cells hold ink.

    A cell counts only when a sixth of it is ink: a speck of dust or a noisy pixel fills a
    cell far less, a pen stroke (a signature) or a stamp's line fills it more. The outer 4 %
    of the page (feeder shadows, punched holes) is not looked at.
    """
    h, w = grey.shape
    mh, mw = h * 4 // 100, w * 4 // 100
    inner = grey[mh:h - mh, mw:w - mw]
    paper = paper_level(inner) if paper is None else paper
    ink = ink_mask(inner, paper)
    colour = np.zeros_like(ink)
    if rgb is not None:
        c = rgb[mh:h - mh, mw:w - mw].astype(np.int16)
        colour = (c.max(axis=2) - c.min(axis=2)) > 60
        ink |= colour
    cell = max(4, round(dpi / 25.4))
    ink_cells = int((_cells(ink, cell) >= 1 / 6).sum())
    colour_share = float(colour.mean())
    blank = ink_cells < 12
    content: Content = "text"
    if colour_share > 0.0008 and int((_cells(colour, cell) >= 1 / 6).sum()) >= 12:
        content = "color"
    elif _is_picture(inner, paper):
        content = "picture"
    return PageFacts(blank, content, ink_cells, colour_share)


def _is_picture(grey: np.ndarray, paper: float) -> bool:
    """Photos have wide areas of mid-grey; printed and written text is dark on white, and its
    anti-aliased edges are thin (they fill few whole cells)."""
    mid = (grey > paper * 0.25) & (grey < paper * 0.8)
    cells = _cells(mid, 8)
    return float((cells > 0.6).mean()) > 0.02
