"""The desk's own figures: cold start to the typable login window and to the typable intake form,
their memory, search paint time.

- `startup_s`: interpreter start → the login window painted with the focus in its name field
  (the store opens behind it; what the clerk waits for before typing). Baseline: the same for an
  empty QMainWindow. Targets ≤ 1.5 s and ≤ 3× the baseline.
- `startup_main_s`: interpreter start → the main window's intake form focused, as after a login
  typed at once (store open, main window built). Same baseline; target ≤ 1.5 s.
- `search_paint_ms`: last keystroke → the first page of results painted (p95); a query with no
  paint after 5 s counts at 5 s and as a failure (the figure then misses). No CPU time is
  measured for it (the work spans threads), so none is printed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from tests.bench.common import BenchRun, Figure, Samples, figure

ROOT = Path(__file__).resolve().parents[2]
STARTS = 5
PAINT_TIMEOUT_S = 5.0  # no page painted by then: the sample counts as a failure


def _start(kind: str, data: Path | None) -> tuple[float, float, float]:
    """(seconds to the first typable window, seconds to the typable intake form, RSS MB)."""
    cmd = [sys.executable, "-m", "tests.bench.ui_probe", kind] + ([str(data)] if data else [])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    seen = {ln.split()[0]: ln.split()[1:] for ln in out.stdout.splitlines() if ln.strip()}
    if out.returncode != 0 or "ready" not in seen:
        raise RuntimeError(f"probe {kind} failed: {out.stderr[-2000:]}")
    ready, rss = (float(v) for v in seen["ready"])
    first = float(seen["login"][0]) if "login" in seen else ready
    return first, ready, rss


def _data_dir(bench: BenchRun) -> Path:
    """The seeded store as a counter's data folder (a link: startup only reads it)."""
    folder = bench.scratch / "ui-data"
    folder.mkdir(parents=True, exist_ok=True)
    link = folder / "counter.sqlite3"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(bench.store.resolve())
    return folder


def bench_startup(bench: BenchRun) -> list[Figure]:
    data = _data_dir(bench)
    _start("app", data)  # the first start may migrate or warm the page cache; not counted
    app_s, main_s, bare_s, app_rss, bare_rss = [], [], [], [], []
    for _ in range(STARTS):
        login, ready, rss = _start("app", data)
        app_s.append(login)
        main_s.append(ready)
        app_rss.append(rss)
        _, ready, rss = _start("bare", None)
        bare_s.append(ready)
        bare_rss.append(rss)
    med = statistics.median
    return [
        Figure("startup_s", med(app_s), "s", med(bare_s), target=1.5, ratio_target=3.0,
               p50=med(app_s), baseline_p50=med(bare_s), samples=STARTS),
        Figure("startup_main_s", med(main_s), "s", med(bare_s), target=1.5,
               p50=med(main_s), baseline_p50=med(bare_s), samples=STARTS),
        Figure("startup_rss_mb", max(app_rss), "MB", max(bare_rss), target=250.0,
               samples=STARTS),
    ]


def bench_search_paint(bench: BenchRun) -> Figure:
    """Last keystroke → the first page of results painted, in the real search slice."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import time

    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    from counter_app.paths import resources_dir
    from counter_app.services import queries
    from counter_app.services.setup import open_counter
    from counter_app.ui.search.slice import SearchSlice
    from counter_app.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    ctx = open_counter(_data_dir(bench), resources_dir())
    tasks = TaskRunner()
    view = SearchSlice(ctx, tasks)
    view.resize(1366, 700)
    view.show()
    painted: list[float] = []
    loaded_for: list[str] = []  # the query whose first page the model last loaded

    def on_loaded(rows: int, _more: bool) -> None:
        loaded_for.append(view.search_box.text())

    view.model.sig_loaded.connect(on_loaded)

    class PaintWatch(QObject):
        """A paint of the table after the model loaded the final query's first page."""

        target = ""

        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802
            if (ev.type() == QEvent.Type.Paint and loaded_for
                    and loaded_for[-1] == self.target):
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    viewport = view.view.viewport()
    viewport.installEventFilter(watch)
    queries_ = ["nguyen van", "tran thi h", "le minh", "pham thu", "hoang duc", "vu ngoc a",
                "dang quoc", "bui thi t", "do van", "ngo thanh"] * (2 if bench.quick else 5)
    app_s, raw_s = Samples(), Samples()
    for q in queries_:
        view.search_box.clear()
        app.processEvents()
        deadline = time.perf_counter() + 5
        while tasks.active and time.perf_counter() < deadline:
            app.processEvents()
        painted.clear()
        loaded_for.clear()
        watch.target = q
        for ch in q:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(view.search_box, QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
        last_key = time.perf_counter()
        while not painted and time.perf_counter() - last_key < PAINT_TIMEOUT_S:
            app.processEvents()
        if painted:
            app_s.wall.append((painted[0] - last_key) * 1000)
        else:  # the clerk saw no result: a failure, never a dropped sample
            app_s.timed_out(PAINT_TIMEOUT_S * 1000)
        t = time.perf_counter()
        queries.search_page(ctx, "all", q, None, 200)
        raw_s.wall.append((time.perf_counter() - t) * 1000)
    viewport.removeEventFilter(watch)
    tasks.shutdown()
    ctx.store.close()
    view.deleteLater()
    # Baseline: the same query through the service alone (no UI, no debounce, no paint).
    return figure("search_paint_ms", "ms", app_s, raw_s, target=100.0)


def run(bench: BenchRun) -> list[Figure]:
    figures = bench_startup(bench)
    for f in figures:
        bench.log(f.line())
    figures.append(bench_search_paint(bench))
    bench.log(figures[-1].line())
    return figures
