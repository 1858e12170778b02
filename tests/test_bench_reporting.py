"""The benchmark harness reports honestly: timeouts fail, targets and misses are in bench.json
and printed, bytes are per dossier, the 2G baseline is what the link must carry at the least.

(tests/bench itself is not collected by `make test`; this checks its reporting code.)
"""

from __future__ import annotations

import gzip
import json
from collections import Counter

from tests.bench import __main__ as harness
from tests.bench.bench_sync import Meter, minimal_upload_bytes, two_g_figures
from tests.bench.common import Figure, Samples, figure, misses_table


def _fast(n: int) -> Samples:
    s = Samples()
    s.wall += [10.0] * n
    return s


def test_a_search_that_never_painted_is_a_failure_not_a_dropped_sample():
    app = _fast(19)
    app.timed_out(5000)  # one query painted nothing within 5 s
    fig = figure("search_paint_ms", "ms", app, _fast(20), target=100.0)
    assert fig.samples == 20 and fig.failures == 1
    assert fig.value <= 100.0  # the p95 alone would look fine …
    assert fig.met() is False  # … but a clerk waited for nothing: the figure misses
    entry = fig.to_json()
    assert entry["met"] is False and entry["failures"] == 1
    assert "1 of 20 FAILED" in fig.line()


def test_no_cpu_figure_is_printed_when_none_was_measured():
    fig = figure("search_paint_ms", "ms", _fast(20), _fast(20), target=100.0)
    assert fig.cpu_p95 is None and "cpu" not in fig.line()


def test_every_entry_carries_its_target_and_whether_it_was_met():
    entries = [
        Figure("startup_s", 0.6, "s", 0.3, target=1.5, ratio_target=3.0).to_json(),
        Figure("upload_mb_per_s", 10.0, "MB/s", 40.0, ratio_floor=0.5).to_json(),
        Figure("bytes_per_page", 57_000, "B/page", 56_000).to_json(),
    ]
    assert [(e["target"], e["met"]) for e in entries] == [
        ({"value_max": 1.5, "ratio_max": 3.0}, True),
        ({"ratio_min": 0.5}, False),  # a quarter of the raw speed: higher is better, missed
        (None, None),  # no target set: said so, not called a success
    ]


def test_the_run_ends_with_a_table_of_the_misses(tmp_path, monkeypatch, capsys):
    figures = [Figure("startup_s", 2.0, "s", 0.3, target=1.5, ratio_target=3.0),
               Figure("find_by_code_p95_ms", 0.4, "ms", 0.3, target=1.0)]

    class Area:
        @staticmethod
        def run(bench):
            return figures + [{"name": "plain", "value": 1, "unit": "x", "baseline": 1,
                               "ratio": 1}]

    monkeypatch.setattr(harness, "areas", lambda: ["fake_area"])
    monkeypatch.setattr(harness.importlib, "import_module", lambda name: Area)
    monkeypatch.setattr(harness, "cached_store", lambda size, seed: tmp_path / "store")
    monkeypatch.setattr(harness, "CACHE", tmp_path)
    out = tmp_path / "bench.json"
    assert harness.main(["--quick", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    table = printed[printed.index("Missed targets"):]
    assert "startup_s" in table and "6.667" in table and "≤ 1.5, ratio ≤ 3" in table
    assert "find_by_code_p95_ms" not in table  # met: not a miss
    written = {e["name"]: e for e in json.loads(out.read_text("utf-8"))}
    assert written["startup_s"]["met"] is False and written["find_by_code_p95_ms"]["met"] is True
    assert written["plain"]["target"] is None and written["plain"]["met"] is None


def test_no_misses_says_so():
    assert misses_table([Figure("a", 1, "s", 1, target=2).to_json()]) == ""


class _Proxy:
    def stats(self):  # the Meter is filled by hand here
        raise AssertionError


def _meter(events: list[dict], wire_events: int, wire_files: int) -> Meter:
    meter = Meter(_Proxy())  # type: ignore[arg-type]
    meter.events = events
    meter.count = Counter(events=len(events))
    meter.wire = Counter(events=wire_events, files=wire_files)
    meter.raw = Counter(events=len(json.dumps({"events": events}).encode()))
    return meter


def test_bytes_per_dossier_are_per_dossier_not_per_event():
    events = [{"type": "dossier.received", "n": i} for i in range(22)]  # 2 dossiers × 11 events
    figs = {f.name: f for f in two_g_figures(100.0, _meter(events, 2_800, 1_150_000), 2, 20,
                                             1_130_000, 50_000)}
    assert figs["bytes_per_dossier"].unit == "B/dossier"
    assert figs["bytes_per_dossier"].value == 1_400


def test_the_2g_baseline_is_the_minimal_bytes_at_the_link_rate_whatever_was_sent():
    events = [{"type": "dossier.attachment_added", "sha256": f"{i:064x}"} for i in range(22)]
    body = json.dumps({"events": events}, ensure_ascii=False, separators=(",", ":")).encode()
    minimal = len(gzip.compress(body)) + 1_130_000
    assert minimal_upload_bytes(events, 1_130_000) == minimal
    lean = two_g_figures(200.0, _meter(events, 2_000, 1_140_000), 2, 20, 1_130_000, 50_000)[0]
    wasteful = two_g_figures(200.0, _meter(events, 9_000, 2_300_000), 2, 20, 1_130_000,
                             50_000)[0]
    # Sending every scan twice is not excused by a baseline that grows with it.
    assert lean.baseline == wasteful.baseline == minimal * 8 / 50_000
