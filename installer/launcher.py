"""The frozen app's entry script: `counter-app` as the console script runs it (PyInstaller needs a file)."""

from __future__ import annotations

import multiprocessing
import sys

from counter_app.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the demo seeder's worker processes re-enter here
    sys.exit(main())
