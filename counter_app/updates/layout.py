"""The updatable install: one folder per version, a pointer to the one in use, and at start the
switch to a staged update, smoke-tested first and rolled back when it fails.

    <root>/versions/<version>/      one complete app folder each (the frozen build)
    <root>/state.json               {"current": …, "previous": …, "pending": …, "failed": […]}

An update is only *staged* while the app runs (`stage`); the switch happens in `start`, before
the window opens, so a counter never changes version in the middle of a clerk's work. The new
version must pass its own smoke run (`counter-app --smoke`: a fresh store, a dossier, a slip, the
barcode read back) or it is marked failed, never tried again, and the previous version runs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

EXECUTABLE = "counter-app.exe" if sys.platform == "win32" else "counter-app"
KEEP_VERSIONS = 2  # the current one and the one to roll back to


@dataclass(frozen=True)
class State:
    current: str = ""
    previous: str = ""
    pending: str = ""
    failed: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Started:
    """What `start` chose: the version to run, and what happened to a staged update."""

    version: str
    folder: Path
    outcome: str  # "none" | "updated" | "rolled_back"
    detail: str = ""


Smoke = Callable[[Path], tuple[bool, str]]


class Layout:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.versions = root / "versions"
        self.state_file = root / "state.json"

    def folder(self, version: str) -> Path:
        return self.versions / version

    def read(self) -> State:
        if not self.state_file.exists():
            return State()
        raw = json.loads(self.state_file.read_text(encoding="utf-8"))
        return State(current=raw.get("current", ""), previous=raw.get("previous", ""),
                     pending=raw.get("pending", ""), failed=tuple(raw.get("failed", ())))

    def write(self, state: State) -> None:
        """Atomic: a power cut leaves the old state or the new, never half of one."""
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.state_file.with_suffix(".tmp")
        data = asdict(state)
        data["failed"] = list(state.failed)
        with tmp.open("w", encoding="utf-8") as out:
            json.dump(data, out, indent=1)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.state_file)

    def install_first(self, version: str, app_folder: Path) -> None:
        """The installer's copy of version N becomes the current one."""
        target = self.folder(version)
        if not target.exists():
            shutil.copytree(app_folder, target, symlinks=True)
        self.write(replace(self.read(), current=version))

    def stage(self, version: str, extracted: Path) -> bool:
        """Move a downloaded, verified, extracted version into place; used at the next start.

        Refused (False) for a version already failed or not newer than the current one's folder.
        """
        state = self.read()
        if version in state.failed or version == state.current:
            return False
        target = self.folder(version)
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(extracted), target)
        self.write(replace(state, pending=version))
        return True

    def start(self, smoke: Smoke | None = None) -> Started:
        """Choose the version to run now; switch to a staged one only if its smoke run passes."""
        state = self.read()
        if not state.current:
            raise FileNotFoundError(f"no version installed under {self.root}")
        if not state.pending:
            return Started(state.current, self.folder(state.current), "none")
        candidate = state.pending
        ok, detail = (smoke or run_smoke)(self.folder(candidate))
        if not ok:
            self.write(replace(state, pending="", failed=(*state.failed, candidate)))
            shutil.rmtree(self.folder(candidate), ignore_errors=True)
            return Started(state.current, self.folder(state.current), "rolled_back",
                           f"{candidate}: {detail}")
        self.write(State(current=candidate, previous=state.current, pending="",
                         failed=state.failed))
        self._prune(keep=(candidate, state.current))
        return Started(candidate, self.folder(candidate), "updated", detail)

    def _prune(self, keep: Sequence[str]) -> None:
        for folder in self.versions.iterdir():
            if folder.is_dir() and folder.name not in keep[:KEEP_VERSIONS]:
                shutil.rmtree(folder, ignore_errors=True)


def run_smoke(folder: Path, timeout: float = 120.0) -> tuple[bool, str]:
    """Run `<folder>/counter-app --smoke`; passed when it exits 0 within the time limit."""
    exe = folder / EXECUTABLE
    if not exe.exists():
        return False, f"{EXECUTABLE} is missing"
    try:
        done = subprocess.run([str(exe), "--smoke"], capture_output=True, text=True,
                              timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return False, str(exc)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-1:] or [""]
        return False, f"smoke exit {done.returncode}: {tail[0]}"
    return True, ""
