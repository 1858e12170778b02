"""`make run`: the whole loop on one machine — a central service on 127.0.0.1 with demo data, and
the counter app enrolled to it, opened on its demo store (log in as demo / demo1234).

Back office, from another terminal (what makes a dossier ready to return):
    .venv/bin/python -m central admin --db sqlite:///artifacts/demo/central.sqlite3 progress CODE 9
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable
UNIT = ("000.00.06.H56", "Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa (dữ liệu mẫu)")
USERS = (("demo", "clerk", "Cán bộ tiếp nhận (demo)", "demo1234"),
         # the desk's supervisor (the reports' unit scope, F8's dashboard): an enrolled counter
         # logs in at the central service, so it must exist there, not only in the demo store
         ("giamsat", "supervisor", "Lãnh đạo bộ phận một cửa (demo)", "demo1234"),
         ("backoffice", "back_office", "Cán bộ xử lý (demo)", "demo1234"))


def _admin(db: str, *args: str, stdin: str | None = None) -> str:
    done = subprocess.run([PY, "-m", "central", "admin", "--db", db, *args], cwd=ROOT,
                          input=stdin, text=True, capture_output=True)
    if done.returncode != 0:
        raise SystemExit(f"central admin {args[0]} failed:\n{done.stdout}{done.stderr}")
    return done.stdout.strip()


def _prepare_central(db: str) -> str:
    """A unit, its catalog and calendars, two users; returns a fresh enrollment code."""
    _admin(db, "create-unit", *UNIT)
    _admin(db, "import-catalog", str(ROOT / "resources/catalog/demo_catalog.json"))
    for year in sorted((ROOT / "resources/calendars").glob("*.json")):
        _admin(db, "import-calendar", str(year))
    for name, role, full, password in USERS:
        _admin(db, "create-user", name, "--role", role, "--unit", UNIT[0], "--full-name", full,
               stdin=password + "\n")
    return _admin(db, "enroll-code", "--unit", UNIT[0], "--counter", "1").split()[-1]


def _port_free(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) != 0


def _wait_healthy(url: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> None:
    import requests

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("the central service stopped; see artifacts/demo/central.log")
        try:
            if requests.get(f"{url}/healthz", timeout=1).ok:
                return
        except requests.RequestException:
            time.sleep(0.2)  # start-up of a child process: nothing to wait on but its port
    raise SystemExit("the central service did not start in time")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT / "artifacts" / "demo")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--dossiers", type=int, default=3000)
    parser.add_argument("--no-gui", action="store_true",
                        help="smoke test: one sync pass instead of opening the window")
    args = parser.parse_args()
    data: Path = args.data.resolve()
    data.mkdir(parents=True, exist_ok=True)
    db = f"sqlite:///{data / 'central.sqlite3'}"
    url = f"http://127.0.0.1:{args.port}"
    new_central = not (data / "central.sqlite3").exists()
    code = _prepare_central(db) if new_central else None
    if not _port_free(args.port):
        raise SystemExit(f"port {args.port} is busy: stop what runs there or pass --port")
    log = open(data / "central.log", "ab")
    # Stopped by a signal (make's process group terminated, the terminal closed): the central
    # service must stop too, or the next `make run` finds its port busy.
    for stop in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(stop, lambda signum, _frame: sys.exit(128 + signum))
    server = start_central(db, args.port, data / "central-files", log)
    try:
        _wait_healthy(url, server)
        counter = data / "counter"
        app = [PY, "-m", "counter_app", "--data", str(counter)]
        if not (counter / "counter.sqlite3").exists():
            subprocess.run(app + ["--demo", "--dossiers", str(args.dossiers), "status"],
                           cwd=ROOT, check=True)
        if code is None and not _enrolled(counter):
            code = _admin(db, "enroll-code", "--unit", UNIT[0], "--counter", "1").split()[-1]
        if code is not None and not _enrolled(counter):
            subprocess.run(app + ["enroll", url, code, "--name", "Quầy 1"], cwd=ROOT, check=True)
        print(f"Central service: {url} (log: {data / 'central.log'})")
        print("Counter login: demo / demo1234. Back office:")
        print(f"  {PY} -m central admin --db {db} progress CODE 9")
        if args.no_gui:
            return subprocess.run(app + ["sync", "--once"], cwd=ROOT).returncode
        return run_counter(app + ["--demo"])
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def start_central(db: str, port: int, storage: Path, log: IO[bytes]) -> subprocess.Popen[bytes]:
    """The central service in a session of its own: a signal meant for the counter or the
    terminal's process group (a crash, Ctrl+C in the counter's terminal) never reaches it."""
    return subprocess.Popen([PY, "-m", "central", "serve", "--db", db, "--host", "127.0.0.1",
                             "--port", str(port), "--storage", str(storage)],
                            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def run_counter(app: list[str], restarts: int = 3) -> int:
    """Run the counter's window until the clerk quits it. A crash (killed by a signal, or an
    uncaught exception) opens it again: the central service keeps running all along, and the
    counter loses nothing (its store and its draft are on disk)."""
    for attempt in range(restarts + 1):
        code = subprocess.run(app, cwd=ROOT, env=os.environ.copy()).returncode
        if code >= 0 and code != 1:
            return code  # 0: the clerk quit; 2: the store was refused (it says why)
        why = f"tín hiệu {signal.Signals(-code).name}" if code < 0 else f"mã {code}"
        then = "Mở lại quầy…" if attempt < restarts else "Đã mở lại nhiều lần; dừng lại."
        print(f"Phần mềm quầy dừng bất thường ({why}); dịch vụ trung tâm vẫn chạy. {then}",
              file=sys.stderr, flush=True)
    return code


def _enrolled(counter: Path) -> bool:
    import sqlite3

    path = counter / "counter.sqlite3"
    if not path.exists():
        return False
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT 1 FROM settings WHERE key = 'sync.device_token'").fetchone()
    finally:
        conn.close()
    return row is not None


if __name__ == "__main__":
    sys.exit(main())
