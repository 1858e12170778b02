"""A signed update repository served by the real central app on loopback, and app bundles."""

from __future__ import annotations

import random
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import uvicorn

from central import updates
from central.app import create_app
from counter_app.updates.layout import EXECUTABLE
from tests.central.helpers import free_port

PAYLOAD = 1536 * 1024  # big enough to be cut mid-way and resumed


def make_bundle(root: Path, version: str, *, smoke_exit: int = 0) -> Path:
    """A stand-in for the frozen one-folder build: an executable that answers --smoke, and bulk."""
    folder = root / f"bundle-{version}"
    folder.mkdir(parents=True)
    exe = folder / EXECUTABLE
    exe.write_text(f"#!/bin/sh\n[ \"$1\" = --smoke ] && echo smoke {version} && exit {smoke_exit}\n"
                   f"echo {version}\n")
    exe.chmod(exe.stat().st_mode | stat.S_IXUSR)
    bulk = bytearray(random.Random(7).randbytes(PAYLOAD))  # incompressible, same in every version
    bulk[:len(version)] = version.encode()  # … but for a few bytes: the patch stays small
    (folder / "libbulk.so").write_bytes(bytes(bulk))
    (folder / "VERSION").write_text(version)
    return folder


@dataclass
class Repo:
    repo: Path
    keys: Path
    url: str
    work: Path

    @property
    def root_json(self) -> Path:
        return self.repo / "metadata" / "root.json"

    def publish(self, version: str, *, smoke_exit: int = 0) -> Path:
        bundle = make_bundle(self.work, version, smoke_exit=smoke_exit)
        updates.publish(self.repo, self.keys, bundle, version)
        return bundle


@contextmanager
def serving(repo_dir: Path, work: Path) -> Iterator[str]:
    """The real central app on loopback, serving `repo_dir` at /updates; yields that base URL."""
    app = create_app(f"sqlite:///{work / 'central.db'}", storage=work / "files",
                     updates_dir=repo_dir)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:  # bounded wait for the listening socket, not a pass condition
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("central did not start")
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}/updates"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repo]:
    repo_dir, keys = tmp_path / "repo", tmp_path / "keys"
    updates.init(repo_dir, keys)
    with serving(repo_dir, tmp_path) as url:
        yield Repo(repo_dir, keys, url, tmp_path)
