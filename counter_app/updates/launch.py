"""At start of the frozen app: run the version the updater switched to, or this one.

The installed program (the .deb's /opt/counter-app, the Windows installer's folder) is the base;
updates live in the data folder (`<data>/app/versions/…`, writable without administrator rights).
`choose` runs `Layout.start` (smoke-test and switch to a staged update, or roll it back) and
returns the executable to run instead of this one, or None to go on here: when nothing was ever
updated, when this installed program is as new as the updated one (a newer package was installed
over it), or when the chosen version is this base itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from packaging.version import InvalidVersion, Version

from counter_app.updates.layout import EXECUTABLE, Layout, Smoke

CHOSEN_ENV = "COUNTER_APP_CHOSEN"  # set for the chosen version, so it does not choose again


def _newer(a: str, b: str) -> bool:
    try:
        return Version(a) > Version(b)
    except InvalidVersion:
        return False


def choose(root: Path, own_version: str, smoke: Smoke | None = None) -> Path | None:
    layout = Layout(root)
    state = layout.read()
    if not state.current and not state.pending:
        return None
    if not state.current:  # the first update over the installed base
        state = replace(state, current=own_version)
        layout.write(state)
    started = layout.start(smoke)
    if not _newer(started.version, own_version):
        return None
    exe = started.folder / EXECUTABLE
    return exe if exe.exists() else None


def relaunch_if_updated(root: Path, own_version: str, argv: Sequence[str]) -> None:
    """In the frozen app only: replace this process by the updated version's, if there is one."""
    if not getattr(sys, "frozen", False) or os.environ.get(CHOSEN_ENV):
        return
    exe = choose(root, own_version)
    if exe is None:
        return
    os.environ[CHOSEN_ENV] = "1"
    os.execv(exe, [str(exe), *argv])
