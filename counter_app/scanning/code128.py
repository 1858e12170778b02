"""Reading Code 128 from one row of a scanned page, by edge-to-edge distances (ink spread proof)."""

from __future__ import annotations

import numpy as np
from reportlab.graphics.barcode.code128 import _patterns

START_A, START_B, START_C, STOP = 103, 104, 105, 106


def _widths(value: int) -> tuple[int, ...]:
    return tuple(ord(ch.upper()) - ord("A") + 1 for ch in str(_patterns[value]))


_WIDTHS = {v: _widths(v) for v in range(107)}


def _edges(w: tuple[int, ...]) -> tuple[int, int, int, int]:
    return (w[0] + w[1], w[1] + w[2], w[2] + w[3], w[3] + w[4])


# Edge-to-similar-edge distances identify a symbol; the bars' own widths break the few ties.
_BY_EDGES: dict[tuple[int, int, int, int], list[int]] = {}
for _v, _w in _WIDTHS.items():  # the stop symbol's first six elements are 11 modules too
    _BY_EDGES.setdefault(_edges(_w), []).append(_v)


def _symbol(runs: np.ndarray, i: int) -> int | None:
    seg = runs[i:i + 6]
    if seg.size < 6:
        return None
    module = float(seg.sum()) / 11.0
    if module <= 0:
        return None
    e0, e1, e2, e3 = (int(round((seg[k] + seg[k + 1]) / module)) for k in range(4))
    candidates = _BY_EDGES.get((e0, e1, e2, e3))
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    bars = [int(round(seg[k] / module)) for k in range(6)]
    return min(candidates, key=lambda v: sum(abs(a - b) for a, b in zip(_WIDTHS[v], bars)))


def _text(values: list[int]) -> str | None:
    start, data = values[0], values[1:]
    charset = {START_A: "A", START_B: "B", START_C: "C"}[start]
    out: list[str] = []
    for v in data:
        if charset == "C":
            if v < 100:
                out.append(f"{v:02d}")
            elif v == 100:
                charset = "B"
            elif v == 101:
                charset = "A"
            continue
        if v == 99:
            charset = "C"
        elif v == 100 and charset == "A":
            charset = "B"
        elif v == 101 and charset == "B":
            charset = "A"
        elif v < 64 or (charset == "B" and v < 96):
            out.append(chr(v + 32))
        elif charset == "A" and v < 96:
            out.append(chr(v - 64))
    return "".join(out)


_START_EDGES = {_edges(_WIDTHS[v]) for v in (START_A, START_B, START_C)}


def _start_candidates(runs: np.ndarray, first_dark: bool) -> np.ndarray:
    """Positions of dark runs that begin a start symbol after a quiet zone (vectorized: a
    page of text has thousands of runs and only a separator sheet has a start symbol)."""
    n = runs.size - 18
    if n <= 0:
        return np.empty(0, dtype=np.int64)
    idx = np.arange(0 if first_dark else 1, n, 2)
    csum = np.concatenate(([0], np.cumsum(runs)))
    module = (csum[idx + 6] - csum[idx]) / 11.0
    quiet = np.where(idx == 0, np.inf, runs[np.maximum(idx - 1, 0)]) >= 4 * module
    ok = quiet.copy()
    e = [np.rint((runs[idx + k] + runs[idx + k + 1]) / module).astype(np.int64) for k in range(4)]
    match = np.zeros_like(ok)
    for s_edges in _START_EDGES:
        match |= (e[0] == s_edges[0]) & (e[1] == s_edges[1]) & (e[2] == s_edges[2]) & (e[3] == s_edges[3])
    return idx[ok & match]


def _decode_runs(runs: np.ndarray, first_dark: bool) -> str | None:
    for i in _start_candidates(runs, first_dark):
        first = _symbol(runs, int(i))
        if first not in (START_A, START_B, START_C):
            continue
        values = [first]
        j = int(i) + 6
        v: int | None = None
        while j + 6 <= runs.size:
            v = _symbol(runs, j)
            if v is None or v == STOP:
                break
            values.append(v)
            j += 6
        if v != STOP or len(values) < 3:
            continue
        check = values.pop()
        total = values[0] + sum(k * val for k, val in enumerate(values[1:], 1))
        if total % 103 == check:
            return _text(values)
    return None


def decode_row(dark: np.ndarray) -> str | None:
    """The text of the first Code 128 symbol on a row of dark/light pixels, read either way."""
    if dark.size < 50:
        return None
    for row in (dark, dark[::-1]):
        change = np.flatnonzero(row[1:] != row[:-1]) + 1
        if change.size < 30:
            return None
        edges = np.concatenate(([0], change, [row.size]))
        runs = np.diff(edges)
        text = _decode_runs(runs, bool(row[0]))
        if text is not None:
            return text
    return None
