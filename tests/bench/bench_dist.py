"""The frozen app's figures: its folder and .deb sizes, and the start of `--smoke` frozen vs source.

    python -m tests.bench.bench_dist [--quick]

dist_folder_mb: dist/counter-app/; baseline what any PySide6 widgets app carries (Python, the
Qt core, GUI and widgets libraries with ICU), so the ratio is what the counter adds.
deb_mb: the .deb; baseline the folder it packs (the ratio is the compression).
frozen_startup_s: `counter-app --smoke` of the frozen build, start to exit; baseline the same
check from the source tree (`python -m counter_app --smoke`), run alternately.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.common import BenchRun, Figure, percentile
from tests.installer.debs import ROOT, load_dist

MB = 1024 * 1024
FOLDER_TARGET_MB = 400.0
DEB_TARGET_MB = 130.0
STARTUP_RATIO_TARGET = 1.5  # the frozen start may cost at most half again the source run's
# What a bare PySide6 widgets app needs anyway (the baseline of the folder's size).
BASE_LIBS = ("libpython3", "libQt6Core", "libQt6Gui", "libQt6Widgets", "libQt6DBus",
             "libQt6XcbQpa", "libicu", "libpyside6", "libshiboken6", "QtCore.", "QtGui.",
             "QtWidgets.", "python3.11", "base_library.zip")


def _size(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.is_file() and not p.is_symlink())


def _headless() -> dict[str, str]:
    return {k: v for k, v in os.environ.items()
            if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "PYTHONPATH")}


def _timed(cmd: list[str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(cmd, capture_output=True, text=True, env=_headless(), cwd=ROOT,
                            timeout=300)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise RuntimeError(f"{cmd[0]} --smoke failed: {result.stderr}")
    return elapsed


def measure(quick: bool, scratch: Path) -> list[Figure]:
    dist = load_dist()
    app = dist.build()
    every = list(app.rglob("*"))
    folder = _size(every)
    base = _size([p for p in every if any(p.name.startswith(n) or n in p.parts
                                          for n in BASE_LIBS)])
    deb = dist.build_deb(app, dist.project_version(), scratch)
    samples = 1 if quick else 3
    frozen: list[float] = []
    source: list[float] = []
    for _ in range(samples):  # alternated, so a busy moment of the machine hits both
        frozen.append(_timed([str(dist.executable(app)), "--smoke"]))
        source.append(_timed([sys.executable, "-m", "counter_app", "--smoke"]))
    return [
        Figure("dist_folder_mb", folder / MB, "MB", base / MB, target=FOLDER_TARGET_MB,
               samples=1),
        Figure("deb_mb", deb.stat().st_size / MB, "MB", folder / MB, target=DEB_TARGET_MB,
               samples=1),
        Figure("frozen_startup_s", percentile(frozen, 50), "s", percentile(source, 50),
               ratio_target=STARTUP_RATIO_TARGET, p50=percentile(frozen, 50),
               baseline_p50=percentile(source, 50), samples=samples),
    ]


def run(arg: BenchRun | bool) -> list[Any]:
    quick = arg if isinstance(arg, bool) else arg.quick
    if isinstance(arg, bool):
        with tempfile.TemporaryDirectory() as tmp:
            return [f.to_json() for f in measure(quick, Path(tmp))]
    figures = measure(quick, arg.scratch)
    for fig in figures:
        arg.log(fig.line())
    return figures


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        figures = measure("--quick" in argv, Path(tmp))
    for fig in figures:
        print(fig.line())
    return 0 if all(f.met() is not False for f in figures) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
