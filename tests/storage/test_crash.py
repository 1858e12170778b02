"""Power-cut safety: a counter killed with SIGKILL mid-intake keeps every dossier with its event."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
KILLS = 20


@pytest.mark.slow
def test_sigkill_never_separates_a_dossier_from_its_event(tmp_path):
    seed = int(os.environ.get("CRASH_SEED", random.randrange(1 << 30)))
    print(f"crash test seed: {seed}")
    rng = random.Random(seed)
    data = tmp_path / "data"
    acknowledged: list[str] = []  # codes the child reported as committed before it died
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.crash_child", str(data), str(run % 7)],
            cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(1, 25)):
            acknowledged.append(child.stdout.readline().strip())
        child.send_signal(signal.SIGKILL)  # mid-way through the next receipt
        child.wait()
        child.stdout.close()

    conn = sqlite3.connect(data / "counter.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    dossiers = {c for (c,) in conn.execute("SELECT code FROM dossiers")}
    events = [c for (c,) in conn.execute(
        "SELECT dossier_code FROM outbox WHERE type = 'dossier.received'")]
    assert len(events) == len(set(events)), "a dossier got two receipt events"
    assert set(events) == dossiers, "a dossier without its event, or an event without its dossier"
    assert set(acknowledged) <= dossiers, "a dossier reported as received was lost"
    # Codes are never reused: each day's numbers run 1..n without a gap or a repeat.
    per_day: dict[str, list[int]] = {}
    for code in dossiers:
        _, day, seq = code.rsplit("-", 2)
        per_day.setdefault(day, []).append(int(seq))
    for day, seqs in per_day.items():
        assert sorted(seqs) == list(range(1, len(seqs) + 1)), day
    last = dict(conn.execute("SELECT day, last_issued FROM code_sequences"))
    assert {k.replace("-", "")[2:]: v for k, v in last.items()} == {d: len(s) for d, s in per_day.items()}
    fts = conn.execute("SELECT count(*) FROM dossier_fts WHERE dossier_fts MATCH 'nguoi'").fetchone()
    assert fts == (len(dossiers),)
    conn.close()
