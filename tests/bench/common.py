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
    """One line of bench.json: the app's figure, the same work done raw (the baseline),
    value / baseline, and the targets with whether they were met."""

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
    floor: float | None = None        # higher is better: the value must reach this
    ratio_floor: float | None = None  # higher is better: value / baseline must reach this
    failures: int = 0  # samples that never finished (timed out): the figure then misses

    @property
    def ratio(self) -> float:
        return self.value / self.baseline if self.baseline else math.inf

    def targets(self) -> dict[str, float] | None:
        """{"value_max", "ratio_max", "value_min", "ratio_min"}: those set; None if none is."""
        found = {k: v for k, v in (("value_max", self.target), ("ratio_max", self.ratio_target),
                                   ("value_min", self.floor), ("ratio_min", self.ratio_floor))
                 if v is not None}
        return found or None

    def met(self) -> bool | None:
        """False as soon as a sample failed or a target is missed; None with no target at all."""
        if self.failures:
            return False
        if self.targets() is None:
            return None
        return ((self.target is None or self.value <= self.target)
                and (self.ratio_target is None or self.ratio <= self.ratio_target)
                and (self.floor is None or self.value >= self.floor)
                and (self.ratio_floor is None or self.ratio >= self.ratio_floor))

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "value": round(self.value, 4), "unit": self.unit,
                "baseline": round(self.baseline, 4), "ratio": round(self.ratio, 3),
                "target": self.targets(), "met": self.met(), "samples": self.samples,
                "failures": self.failures}

    def line(self) -> str:
        def check(what: float, limit: float | None, sign: str) -> str:
            if limit is None:
                return ""
            ok = what <= limit if sign == "≤" else what >= limit
            return f" (target {sign} {limit:g}: {'ok' if ok else 'MISSED'})"

        p50 = "" if self.p50 is None else f"  p50 {self.p50:.3f}"
        if self.cpu_p95 is not None:
            p50 += f"  cpu p95 {self.cpu_p95:.3f}"
        base50 = "" if self.baseline_p50 is None else f", p50 {self.baseline_p50:.3f}"
        failed = (f"  {self.failures} of {self.samples} FAILED (timed out)" if self.failures
                  else "")
        no_target = "  (no target set)" if self.targets() is None else ""
        return (f"{self.name:<26} {self.value:9.3f} {self.unit}"
                f"{check(self.value, self.target, '≤')}{check(self.value, self.floor, '≥')}"
                f"{p50}\n{'':<26} baseline {self.baseline:.3f} {self.unit}{base50}  "
                f"ratio {self.ratio:.2f}{check(self.ratio, self.ratio_target, '≤')}"
                f"{check(self.ratio, self.ratio_floor, '≥')}  [{self.samples} samples]"
                f"{failed}{no_target}")


def misses_table(entries: Sequence[dict[str, Any]]) -> str:
    """The figures that missed a target (met is False), one row each; '' when none did."""
    missed = [e for e in entries if e.get("met") is False]
    if not missed:
        return ""

    def limits(target: dict[str, float] | None) -> str:
        signs = {"value_max": "≤ {v:g}", "ratio_max": "ratio ≤ {v:g}", "value_min": "≥ {v:g}",
                 "ratio_min": "ratio ≥ {v:g}"}
        return ", ".join(signs[k].format(v=v) for k, v in (target or {}).items())

    rows = [("figure", "value", "ratio", "target", "failed samples")]
    rows += [(e["name"], f"{e['value']:g} {e['unit']}", f"{e['ratio']:g}", limits(e.get("target")),
              f"{e.get('failures', 0)} of {e.get('samples', 0)}" if e.get("failures") else "")
             for e in missed]
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return f"Missed targets ({len(missed)} of {len(entries)} figures):\n" + "\n".join(lines)


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
    """Per-call milliseconds: wall clock (what the clerk waits) and the thread's CPU time
    (left empty where it is not measured), and the calls that never finished."""

    wall: list[float]
    cpu: list[float]
    failures: int

    def __init__(self) -> None:
        self.wall, self.cpu, self.failures = [], [], 0

    def timed_out(self, limit_ms: float) -> None:
        """A call that had not finished after `limit_ms`: counted at the limit (a lower bound
        of what the clerk waited) and as a failure, never dropped."""
        self.wall.append(limit_ms)
        self.failures += 1


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
    """p95 of the app against the p95 of the baseline (wall clock); the CPU p95 only where
    every call's CPU time was measured."""
    cpu = percentile(app.cpu, 95) if app.cpu and len(app.cpu) == len(app.wall) else None
    return Figure(name, percentile(app.wall, 95), unit, percentile(raw.wall, 95), target,
                  ratio_target, percentile(app.wall, 50), percentile(raw.wall, 50),
                  len(app.wall), cpu, failures=app.failures)


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
