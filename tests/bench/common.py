"""What every benchmark area shares: the figure format, percentiles, timing, and the run's setup."""

from __future__ import annotations

import gc
import math
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence


@dataclass(frozen=True)
class Figure:
    """One line of bench.json: the app's figure, the same work done raw (the baseline), and
    value / baseline; the targets are printed, not stored."""

    name: str
    value: float
    unit: str
    baseline: float
    target: float | None = None        # the value must stay at or below this
    ratio_target: float | None = None  # value / baseline must stay at or below this
    p50: float | None = None
    baseline_p50: float | None = None
    samples: int = 0
    cpu_p95: float | None = None  # the app's own CPU time: wall minus waiting (disk, scheduler)

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else math.inf

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "value": round(self.value, 4), "unit": self.unit,
                "baseline": round(self.baseline, 4), "ratio": round(self.ratio, 3)}

    def met(self) -> bool:
        return ((self.target is None or self.value <= self.target)
                and (self.ratio_target is None or self.ratio <= self.ratio_target))

    def line(self) -> str:
        def target(limit: float | None, what: float) -> str:
            if limit is None:
                return ""
            return f" (target ≤ {limit:g}: {'ok' if what <= limit else 'MISSED'})"

        p50 = "" if self.p50 is None else f"  p50 {self.p50:.3f}"
        if self.cpu_p95 is not None:
            p50 += f"  cpu p95 {self.cpu_p95:.3f}"
        base50 = "" if self.baseline_p50 is None else f", p50 {self.baseline_p50:.3f}"
        return (f"{self.name:<26} {self.value:9.3f} {self.unit}{target(self.target, self.value)}"
                f"{p50}\n{'':<26} baseline {self.baseline:.3f} {self.unit}{base50}  "
                f"ratio {self.ratio:.2f}{target(self.ratio_target, self.ratio)}  "
                f"[{self.samples} samples]")


@dataclass(frozen=True)
class BenchRun:
    """What the runner hands every area: a seeded store it must not write to, a scratch folder."""

    store: Path          # the cached seeded store: copy it (scratch_copy) before writing
    scratch: Path
    size: int
    seed: int
    quick: bool
    log: Callable[[str], None] = print


def percentile(samples: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0–100) of the samples."""
    ordered = sorted(samples)
    if not ordered:
        raise ValueError("no samples")
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[rank - 1]


@dataclass
class Samples:
    """Per-call milliseconds: wall clock (what the clerk waits) and the thread's CPU time."""

    wall: list[float]
    cpu: list[float]

    def __init__(self) -> None:
        self.wall, self.cpu = [], []


class Stopwatch:
    """`watch.measure(call, samples)` runs call() and adds its wall and CPU milliseconds."""

    def __init__(self) -> None:
        self._wall = time.perf_counter
        self._cpu = time.thread_time

    def measure(self, call: Callable[[], object], into: Samples) -> object:
        w, c = self._wall(), self._cpu()
        result = call()
        into.cpu.append((self._cpu() - c) * 1000)
        into.wall.append((self._wall() - w) * 1000)
        return result


def figure(name: str, unit: str, app: Samples, raw: Samples, *,
           target: float | None = None, ratio_target: float | None = None) -> Figure:
    """p95 of the app against the p95 of the baseline (wall clock)."""
    return Figure(name, percentile(app.wall, 95), unit, percentile(raw.wall, 95), target,
                  ratio_target, percentile(app.wall, 50), percentile(raw.wall, 50),
                  len(app.wall), percentile(app.cpu, 95))


def paired(app: Callable[[Any], object], raw: Callable[[Any], object], inputs: Iterable[Any], *,
           warmup: int = 0) -> tuple[Samples, Samples]:
    """Times of `app(x)` and of `raw(x)`, alternating call by call so that both meet the same
    conditions (cache, WAL size, checkpoints, noisy neighbours)."""
    items = list(inputs)
    for x in items[:warmup]:
        app(x)
        raw(x)
    gc.collect()
    watch, app_s, raw_s = Stopwatch(), Samples(), Samples()
    for x in items[warmup:]:
        watch.measure(lambda: app(x), app_s)
        watch.measure(lambda: raw(x), raw_s)
    return app_s, raw_s
