"""Benchmarks: python -m tests.bench [--quick] [--size N] [--seed S] [--out bench.json].

Seeds (or reuses) a store of --size dossiers (--quick: 100,000; default 1,000,000) cached under
artifacts/bench/, runs every area's benchmarks on copies of it, prints each figure with its
target, and merges the figures into bench.json (entries of other names are kept). Every entry
carries its `target` (None: none set) and `met` (None: no target); the run ends with a table
of the figures that missed.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import sys
import tempfile
import traceback
from datetime import date
from pathlib import Path
from typing import Any, Callable, Sequence

from counter_app.storage.db import schema_head
from counter_app.tools.seed import DATA_VERSION, seed_store
from tests.bench.common import BenchRun, Figure, misses_table

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "artifacts" / "bench"
QUICK_SIZE = 100_000
FULL_SIZE = 1_000_000
# A fixed end date, so a cached store is the same store whenever it was made.
END_DATE = date(2026, 11, 20)
HERE = Path(__file__).resolve().parent


def areas() -> list[str]:
    """One module per area, tests/bench/bench_<area>.py, each with run(BenchRun) returning
    Figures (or run(quick: bool) returning bench.json entries)."""
    return [f"tests.bench.{p.stem}" for p in sorted(HERE.glob("bench_*.py"))]


def run_area(name: str, run: BenchRun) -> list[dict[str, Any]]:
    module = importlib.import_module(name)
    params = list(inspect.signature(module.run).parameters)
    results = module.run(run.quick if params and params[0] == "quick" else run)
    entries = []
    for result in results:
        if isinstance(result, Figure):
            entries.append(result.to_json())  # the area printed its own line
        else:
            entry = {"target": None, "met": None, **result}  # an area without targets says so
            print(json.dumps(entry, ensure_ascii=False))
            entries.append(entry)
    return entries


def cached_store(size: int, seed: int, log: Callable[[str], None] = print) -> Path:
    """The seeded store for (size, seed), made once and then reused."""
    name = (f"store-n{size}-s{seed}-e{END_DATE:%Y%m%d}-d{DATA_VERSION}-"
            f"schema{schema_head()}.sqlite3")
    path = CACHE / name
    if path.exists():
        log(f"Using cached store {path.relative_to(ROOT)} ({path.stat().st_size / 2**20:,.0f} MiB)")
        return path
    CACHE.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    seed_store(partial, size, seed=seed, end_date=END_DATE, force=True, log=log)
    os.replace(partial, path)  # only a complete store ever has the cache's name
    return path


def merge(out: Path, figures: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """bench.json: these figures replace entries of the same name; the others stay."""
    entries: list[dict[str, Any]] = []
    if out.exists():
        try:
            entries = json.loads(out.read_text("utf-8"))
        except json.JSONDecodeError:
            entries = []
    names = {f["name"] for f in figures}
    merged = [e for e in entries if e.get("name") not in names] + list(figures)
    out.write_text(json.dumps(merged, indent=2, ensure_ascii=False) + "\n", "utf-8")
    return merged


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true", help=f"a {QUICK_SIZE:,}-dossier store")
    p.add_argument("--size", type=int, default=None, help="dossiers in the seeded store")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", type=Path, default=ROOT / "bench.json")
    p.add_argument("--area", action="append", default=None,
                   help="only these areas (module names such as bench_store)")
    args = p.parse_args(argv)
    size = args.size or (QUICK_SIZE if args.quick else FULL_SIZE)
    store = cached_store(size, args.seed)
    chosen = [a for a in areas() if not args.area or a.rsplit(".", 1)[-1] in args.area]
    # Other processes on the machine show in every wall-clock figure: say how busy it was.
    print(f"Load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    entries: list[dict[str, Any]] = []
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="bench-", dir=CACHE) as scratch:
        run = BenchRun(store, Path(scratch), size, args.seed, args.quick or size <= QUICK_SIZE)
        for area in chosen:
            print(f"\n== {area} ({size:,} dossiers)")
            try:
                entries += run_area(area, run)
            except Exception:  # one broken area must not lose the others' figures
                traceback.print_exc()
                failed.append(area)
    merge(args.out, entries)
    print(f"\n{len(entries)} figures written to {args.out}; "
          f"load average now {os.getloadavg()[0]:.2f}"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    print("\n" + (misses_table(entries) or f"Every target met ({len(entries)} figures)."))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
