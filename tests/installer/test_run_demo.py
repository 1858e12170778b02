"""`make run`: a crash of the counter never takes the demo's central service down; the counter is
opened again and the central service answers all along."""

from __future__ import annotations

import importlib.util
import os
import socket
import sys
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]


def _load_run_demo():
    spec = importlib.util.spec_from_file_location("run_demo", ROOT / "installer" / "run_demo.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# A counter that segfaults the first time it opens and, opened again, checks the central service.
COUNTER = """
import os, signal, sys, requests
marker, url = sys.argv[1], sys.argv[2]
if not os.path.exists(marker):
    open(marker, "w").close()
    os.kill(os.getpid(), signal.SIGSEGV)
sys.exit(0 if requests.get(url + "/healthz", timeout=5).ok else 3)
"""


@pytest.fixture
def central(tmp_path):
    run_demo = _load_run_demo()
    port = _free_port()
    log = open(tmp_path / "central.log", "ab")
    server = run_demo.start_central(f"sqlite:///{tmp_path / 'central.sqlite3'}", port,
                                    tmp_path / "files", log)
    url = f"http://127.0.0.1:{port}"
    try:
        run_demo._wait_healthy(url, server)
        yield run_demo, server, url
    finally:
        server.terminate()
        server.wait(timeout=20)
        log.close()


def test_counter_crash_leaves_the_central_running_and_reopens_the_counter(central, tmp_path,
                                                                          capfd):
    run_demo, server, url = central
    marker = tmp_path / "crashed-once"
    code = run_demo.run_counter([sys.executable, "-c", COUNTER, str(marker), url])
    assert marker.exists()  # the first counter crashed (SIGSEGV) ...
    assert code == 0        # ... the second found the central service up, and quit normally
    assert server.poll() is None and requests.get(f"{url}/healthz", timeout=5).ok
    err = capfd.readouterr().err
    assert "SIGSEGV" in err and "dịch vụ trung tâm vẫn chạy" in err


def test_central_runs_in_a_session_of_its_own(central):
    _run_demo, server, _url = central
    # Signals for the terminal's process group (Ctrl+C, a hang-up) do not reach it.
    assert os.getsid(server.pid) == server.pid != os.getsid(0)


def test_a_counter_that_keeps_crashing_is_given_up(central, capfd):
    run_demo, server, _url = central
    crash = "import os, signal; os.kill(os.getpid(), signal.SIGABRT)"
    assert run_demo.run_counter([sys.executable, "-c", crash], restarts=1) < 0
    assert capfd.readouterr().err.count("dừng bất thường") == 2
    assert server.poll() is None
