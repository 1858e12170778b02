"""Separator sheets: their barcode's text (dossier, component), finding one on a page, splitting a batch."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from counter_app.scanning.code128 import decode_row
from counter_app.scanning.geometry import paper_level

PREFIX = "SEP"
_PAYLOAD = re.compile(r"^SEP:(?P<code>[^:]{1,64}):(?P<index>\d{1,3})$")
_ROWS = 48  # rows sampled down the page: the bars are 12 mm tall, the rows 6 mm apart on A4


@dataclass(frozen=True)
class SeparatorMark:
    dossier_code: str
    component_index: int  # 1-based, in the dossier's component order


def payload(dossier_code: str, component_index: int) -> str:
    """The barcode text of a component's separator sheet, e.g. `SEP:000.00.06.H56-231027-0361:2`."""
    if not dossier_code.isascii() or ":" in dossier_code or not 1 <= component_index <= 999:
        raise ValueError("dossier code must be ASCII without ':', component 1..999")
    return f"{PREFIX}:{dossier_code}:{component_index}"


def parse(text: str) -> SeparatorMark | None:
    m = _PAYLOAD.match(text)
    if m is None:
        return None
    return SeparatorMark(m.group("code"), int(m.group("index")))


def find_separator(grey: np.ndarray, threshold: float | None = None) -> SeparatorMark | None:
    """The separator mark on a (deskewed) page, if it carries one."""
    h = grey.shape[0]
    if threshold is None:
        threshold = paper_level(grey) * 0.55
    for y in np.linspace(h * 0.03, h * 0.97, _ROWS).astype(int):
        text = decode_row(grey[y] < threshold)
        if text is not None:
            mark = parse(text)
            if mark is not None:
                return mark
    return None


@dataclass(frozen=True)
class Split:
    component_index: int | None  # None: the component the clerk selected
    pages: tuple[int, ...]  # positions in the batch (separator sheets are not included)


def split_batch(marks: Sequence[SeparatorMark | None], dossier_code: str) -> tuple[list[Split], list[int]]:
    """Group a batch's pages on its separator sheets.

    Pages before the first separator (or all of them, when there is none) go to the selected
    component. A separator of another dossier is not obeyed: its position is returned apart so
    the clerk is told, and its pages stay where they were.
    """
    groups: list[Split] = []
    foreign: list[int] = []
    current: int | None = None
    pages: list[int] = []
    for i, mark in enumerate(marks):
        if mark is not None and mark.dossier_code == dossier_code:
            if pages:
                groups.append(Split(current, tuple(pages)))
            current, pages = mark.component_index, []
            continue
        if mark is not None:
            foreign.append(i)
        pages.append(i)
    if pages:
        groups.append(Split(current, tuple(pages)))
    return [g for g in groups if g.pages], foreign
