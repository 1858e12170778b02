"""Started as a child process by bench_ui: time from interpreter start to a window ready to type.

`python -m tests.bench.ui_probe app DATA_DIR` starts the desk as `counter_app.app.run_gui` does
(`Startup`: the login window painted first, the store in DATA_DIR opened behind it) and prints
"login <seconds since process start>" once the login window has painted with the keyboard focus
in its name field; then, once the store is open, it opens the main window (as after a login) and
prints "ready <seconds> <RSS MB>" when the intake form has the focus. `… bare` prints "ready"
for an empty QMainWindow, the baseline.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication


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
        _desk(app, Path(sys.argv[2]))
    print(f"ready {_since_start():.4f} {_rss_mb():.1f}", flush=True)


def _desk(app: QApplication, data: Path) -> None:
    from PySide6.QtCore import QEvent, QEventLoop, QObject

    from counter_app.app import Startup

    class FirstPaint(QObject):
        painted = False

        def eventFilter(self, obj: QObject, ev: QEvent) -> bool:  # noqa: N802
            self.painted = self.painted or ev.type() == QEvent.Type.Paint
            return False

    startup = Startup(app, data)
    paint = FirstPaint()
    startup.login.installEventFilter(paint)
    startup.start()
    login = startup.login
    while not (paint.painted and app.focusWidget() is login.username):
        app.processEvents()
    print(f"login {_since_start():.4f}", flush=True)
    while startup.opened is None:  # waits for the queued result; no busy loop beside the opening
        if startup.failure:
            raise SystemExit(startup.failure)
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    from counter_app.services.auth import Clerk
    from counter_app.ui.main_window import MainWindow

    ctx, prefs = startup.opened
    login.hide()
    window = MainWindow(ctx, startup.tasks, prefs, Clerk("bench", "Bench", "clerk"))
    window.show()
    window.intake.restore_draft()
    window.intake.focus_first()
    app.processEvents()
    assert window.intake.isVisible()


if __name__ == "__main__":
    main()
