"""A real `python -m central serve` subprocess on loopback, for tests and the benchmark."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.central.helpers import free_port


class Server:
    """Start with `with Server(db_url, folder, workers=4) as server:`; `server.url` is its base."""

    def __init__(self, db_url: str, folder: Path, workers: int = 1,
                 config: Path | None = None) -> None:
        self.db_url = db_url
        self.config = config
        self.folder = folder
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None
        self.log = folder / f"server-{self.port}.log"

    def __enter__(self) -> Server:
        self.folder.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "CENTRAL_TESTING": "1",
               "CENTRAL_ARGON2_PROFILE": os.environ.get("CENTRAL_ARGON2_PROFILE", "CHEAPEST")}
        with open(self.log, "wb") as log:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "central", "serve", "--db", self.db_url, "--host", "127.0.0.1",
                 "--port", str(self.port), "--workers", str(self.workers), "--storage",
                 str(self.folder / "files"), "--log-level", "warning",
                 *(["--config", str(self.config)] if self.config else [])],
                stdout=log, stderr=subprocess.STDOUT, env=env, cwd=Path(__file__).parents[2])
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.log.read_text()[-3000:]}")
            try:
                if httpx.get(f"{self.url}/healthz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.__exit__(None, None, None)
        raise RuntimeError(f"server did not start: {self.log.read_text()[-3000:]}")

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
