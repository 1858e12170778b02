"""Runs the UI tests in a process of their own; a run killed by a signal is run once more.

Known defect (closing note, 2026-12-02): now and then Qt crashes in QPainter::fillRect under
QWidgetPrivate::paintBackground during tests/ui/login's lock-screen test, after the intake tests
(about 1 run in 5 of intake + login, gdb backtrace in docs/decisions.md). Until its cause is
found, a UI run that dies by a signal (not a test failure: those fail at once) is repeated once,
loudly; a second crash fails `make test`.
"""

from __future__ import annotations

import subprocess
import sys


def main(argv: list[str]) -> int:
    command = [sys.executable, "-m", "pytest", "tests/ui", *argv]
    done = subprocess.run(command, check=False)
    if done.returncode >= 0 and done.returncode != 139:
        return done.returncode
    print(f"\n*** the UI test process was killed by a signal ({done.returncode}); known Qt "
          "crash (tests/run_ui.py): running the UI tests once more ***\n", flush=True)
    return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
