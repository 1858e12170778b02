"""A private X display (Xvfb) for the real app: start it, type into it, look at it, stop it.

Used by the xcb smoke test and the screenshot script. Everything here talks to the app from the
outside, as a clerk's keyboard and eyes would: xdotool for keys, the X root window for pixels.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parents[3]
PY = sys.executable
SIZE = (1366, 768)
GRAB = ("import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "sys.exit(0 if app.primaryScreen().grabWindow(0).save(sys.argv[1]) else 1)\n")


class XUnavailable(RuntimeError):
    """Xvfb or xdotool is missing or cannot start; the message says which and how to fix it."""


def missing_tools() -> list[str]:
    return [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]


class XDisplay:
    """An Xvfb server on the first free display number (`-displayfd`), 1366×768."""

    def __init__(self, size: tuple[int, int] = SIZE) -> None:
        missing = missing_tools()
        if missing:
            raise XUnavailable(f"{', '.join(missing)} not installed (installer/sysdeps.sh "
                               "installs them: apt-get install xvfb xdotool)")
        read_fd, write_fd = os.pipe()
        self._log = tempfile.TemporaryFile()
        self._proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{size[0]}x{size[1]}x24",
             "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_fd,), stdout=self._log, stderr=subprocess.STDOUT)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # Xvfb writes it once it accepts connections
        if not number:
            self._proc.wait(timeout=10)
            self._log.seek(0)
            raise XUnavailable("Xvfb did not start: "
                               + self._log.read().decode(errors="replace")[-500:])
        self.name = f":{number}"

    def env(self, **extra: str) -> dict[str, str]:
        """The environment of a Qt process on this display, on the real xcb platform."""
        env = {k: v for k, v in os.environ.items()
               if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XAUTHORITY")}
        env.update(DISPLAY=self.name, QT_QPA_PLATFORM="xcb", PYTHONUNBUFFERED="1",
                   PYTHONPATH=str(ROOT))
        env.update(extra)
        return env

    def xdotool(self, *args: str, timeout: float = 30) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env(), capture_output=True,
                              text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout.strip()

    def wait_window(self, title: str, app: subprocess.Popen[str] | None = None,
                    timeout: float = 30) -> str:
        """Wait until a visible window whose title contains `title` is mapped; focus it.

        Xvfb has no window manager: giving the new window the keyboard focus is what a
        desktop's window manager does (without it Qt has no active window, so no shortcuts).
        If `app` ends meanwhile, say how (a crash shows as its signal, not as a timeout).
        """
        found: list[str] = []

        def mapped() -> bool:
            if app is not None and app.poll() is not None:
                raise AssertionError(f"the app ended (exit code {app.returncode}) while "
                                     f"waiting for the window “{title}”")
            done = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                                  env=self.env(), capture_output=True, text=True, timeout=10)
            found.extend(done.stdout.split())
            return bool(found)

        wait_until(mapped, timeout, f"the window “{title}”")
        self.xdotool("windowfocus", "--sync", found[0])
        return found[0]

    def active_title(self) -> str:
        return self.xdotool("getwindowfocus", "getwindowname")

    def key(self, *keys: str) -> None:
        """Key chords as xdotool names them: "Return", "ctrl+Return", "F2"."""
        self.xdotool("key", "--delay", "40", *keys)

    def type(self, text: str) -> None:
        """Type like a person (letters with diacritics need the pause: xdotool remaps a key)."""
        delay = "120" if not text.isascii() else "40"
        self.xdotool("type", "--delay", delay, text, timeout=60)

    def grab(self, path: Path) -> Path:
        """What the screen shows now, as a PNG (the X root window, so dialogs and popups too)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([PY, "-c", GRAB, str(path)], env=self.env(), check=True, timeout=30)
        return path

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(timeout=10)
        self._log.close()

    def __enter__(self) -> XDisplay:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def wait_until(predicate: Callable[[], bool], timeout: float = 30, what: str = "") -> None:
    """qtbot.waitUntil for a process we only see from outside: check, pause briefly, repeat."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout} s waiting for {what or predicate}")
        time.sleep(0.1)


def read_store(data: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    """Rows from the counter's store, read-only (the app keeps writing to it)."""
    conn = sqlite3.connect(f"file:{data / 'counter.sqlite3'}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def seed_demo(data: Path, dossiers: int = 30, **prefs: object) -> None:
    """A demo counter store in `data`, as `make run` makes it; `prefs` override its settings."""
    subprocess.run([PY, "-m", "counter_app", "--data", str(data), "--demo", "--dossiers",
                    str(dossiers), "status"], cwd=ROOT, check=True, capture_output=True,
                   timeout=120)
    if prefs:
        code = ("import sys, json\n"
                "from dataclasses import replace\n"
                "from pathlib import Path\n"
                "from counter_app.paths import resources_dir\n"
                "from counter_app.services import preferences\n"
                "from counter_app.services.setup import open_counter\n"
                "ctx = open_counter(Path(sys.argv[1]), resources_dir(), demo=True)\n"
                "kw = json.loads(sys.argv[2])\n"
                "kw = {k: tuple(v) if isinstance(v, list) else v for k, v in kw.items()}\n"
                "preferences.save(ctx, replace(preferences.load(ctx), **kw))\n"
                "ctx.store.close()\n")
        import json
        subprocess.run([PY, "-c", code, str(data), json.dumps(prefs)], cwd=ROOT, check=True,
                       timeout=60)


def start_app(display: XDisplay, data: Path) -> subprocess.Popen[str]:
    """`python -m counter_app --demo` on the display, as installer/run_demo.py starts it."""
    return subprocess.Popen([PY, "-m", "counter_app", "--data", str(data), "--demo"], cwd=ROOT,
                            env=display.env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
