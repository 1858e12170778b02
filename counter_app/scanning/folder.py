"""Folder import: files from disk or a scanner's scan-to-folder share, watched with a debounce."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from counter_app.scanning.loader import load_images
from counter_app.scanning.model import (
    NOT_FOUND, UNREADABLE, Capabilities, DeviceInfo, ScanError, ScanSettings,
)

SUFFIXES = (".pdf", ".jpg", ".jpeg", ".png", ".tif", ".tiff")
MAX_FILE_BYTES = 200 * 1024 * 1024


def read_file(path: Path | str) -> list[Image.Image]:
    """Every page of one file, or ScanError (nothing taken from a file that fails)."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ScanError(UNREADABLE, f"{path.name}: not PDF, JPEG, PNG or TIFF")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ScanError(UNREADABLE, f"{path.name}: {size} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise ScanError(NOT_FOUND, f"{path.name}: {exc.strerror or exc}") from None
    return load_images(data)


@dataclass
class _Seen:
    size: int
    mtime: float
    stable_since: float


class FolderWatch:
    """Which files in a folder are complete: a file is taken once its size and time have not
    changed for `debounce` seconds (a scanner still writing it over the network keeps
    changing them). Pure bookkeeping; the caller supplies the clock, so tests need no sleep."""

    def __init__(self, folder: Path | str, debounce: float = 2.0) -> None:
        self.folder = Path(folder)
        self.debounce = debounce
        self._seen: dict[str, _Seen] = {}
        self._taken: set[str] = set()

    def ignore_existing(self) -> None:
        """Files already there when watching starts belong to someone else's earlier batch."""
        self._taken.update(e.name for e in self._entries())

    def _entries(self) -> Iterator[os.DirEntry[str]]:
        try:
            with os.scandir(self.folder) as it:
                for entry in it:
                    if (entry.is_file() and not entry.name.startswith(".")
                            and entry.name.lower().endswith(SUFFIXES)):
                        yield entry
        except FileNotFoundError:
            return

    def ready(self, now: float) -> list[Path]:
        """Files complete since the last call, oldest first."""
        out: list[tuple[float, Path]] = []
        present: set[str] = set()
        for entry in self._entries():
            name = entry.name
            present.add(name)
            if name in self._taken:
                continue
            st = entry.stat()
            seen = self._seen.get(name)
            if seen is None or (seen.size, seen.mtime) != (st.st_size, st.st_mtime):
                self._seen[name] = _Seen(st.st_size, st.st_mtime, now)
                continue
            if st.st_size > 0 and now - seen.stable_since >= self.debounce:
                self._taken.add(name)
                out.append((st.st_mtime, Path(entry.path)))
        for gone in set(self._seen) - present:
            del self._seen[gone]
        return [p for _, p in sorted(out)]


class FolderWatcher:
    """A plain thread that hands complete files to `on_file` (called on that thread)."""

    def __init__(self, watch: FolderWatch, on_file: Callable[[Path], None],
                 interval: float = 0.5) -> None:
        self._watch = watch
        self._on_file = on_file
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="scan-folder", daemon=True)

    def start(self) -> None:
        self._watch.ignore_existing()
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def _run(self) -> None:
        while not self._stop.wait(self._interval):
            for path in self._watch.ready(time.monotonic()):
                self._on_file(path)


class FolderScanner:
    """Files picked by the clerk as a 'device': `scan` yields their pages in order."""

    backend = "folder"

    def __init__(self, paths: list[Path] | None = None) -> None:
        self.paths = list(paths or [])
        self._cancelled = threading.Event()

    def devices(self) -> list[DeviceInfo]:
        return [DeviceInfo("folder", "Tệp trên máy", self.backend)]

    def capabilities(self, device_id: str) -> Capabilities:
        return Capabilities(resolutions=(), modes=(), sources=(), duplex=False)

    def cancel(self) -> None:
        self._cancelled.set()

    def scan(self, device_id: str, settings: ScanSettings) -> Iterator[Image.Image]:
        self._cancelled.clear()
        for path in self.paths:
            if self._cancelled.is_set():
                return
            yield from read_file(path)
