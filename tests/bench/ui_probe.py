"""Started as a child process by bench_ui: time from interpreter start to a window ready to type.

`python -m tests.bench.ui_probe app DATA_DIR` opens the counter's main window on the store in
DATA_DIR (as the app does after login) and prints "ready <seconds since process start> <RSS MB>"
once the intake form has the keyboard focus; `… bare` does the same for an empty QMainWindow,
the baseline.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path


def _since_start() -> float:
    # Process start time from /proc (clock ticks after boot) against the boot-relative clock.
    with open(f"/proc/{os.getpid()}/stat") as fh:
        start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
    return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")


def _rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if sys.argv[1] == "bare":
        window = QMainWindow()
        window.show()
        app.processEvents()
    else:
        from counter_app.paths import resources_dir
        from counter_app.services import preferences
        from counter_app.services.auth import Clerk
        from counter_app.services.setup import open_counter
        from counter_app.ui.main_window import MainWindow
        from counter_app.ui.tasks import TaskRunner

        ctx = open_counter(Path(sys.argv[2]), resources_dir())
        tasks = TaskRunner(app)
        window = MainWindow(ctx, tasks, preferences.load(ctx), Clerk("bench", "Bench", "clerk"))
        window.show()
        window.intake.restore_draft()
        window.intake.focus_first()
        app.processEvents()
        assert window.intake.isVisible()
    print(f"ready {_since_start():.4f} {_rss_mb():.1f}", flush=True)


if __name__ == "__main__":
    main()
