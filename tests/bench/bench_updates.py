"""Updates: what a counter downloads to go from version N to N+1 (`update_bytes`).

N and N+1 are a stand-in bundle of the frozen build's make-up (15 MB: libraries that do not
change, the app's compressed code archive of which 20 KB change, as a bug-fix release changes
it). ``BENCH_UPDATES_DIST=1`` uses the real `dist/counter-app` (from `make dist`) instead: its
bsdiff patch of the ~300 MB archive took more than 20 minutes to make here, on a loaded machine,
so it is not part of the default run (see docs/updates.md). Both are
published by central's signed repository, served on loopback, and fetched by the real
UpdateClient holding N's archive. The baseline is the whole N+1 archive: what a counter would
download without patches. Runnable alone: ``python -m tests.bench.bench_updates``.
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from central import updates
from counter_app.updates.client import UpdateClient, UpdateConfig
from counter_app.updates.layout import Layout
from tests.bench.common import BenchRun, Figure
from tests.updates.conftest import make_bundle, serving

ROOT = Path(__file__).resolve().parents[2]
RATIO_TARGET = 0.2  # the patch at most a fifth of the whole archive


def _bundles(work: Path) -> tuple[Path, Path, str]:
    built = ROOT / "dist" / "counter-app"
    old = work / "n"
    if built.is_dir() and os.environ.get("BENCH_UPDATES_DIST") == "1":
        shutil.copytree(built, old, symlinks=True)
        source = "dist/counter-app"
    else:
        old = make_bundle(work, "n")
        rng = random.Random(11)
        for i in range(40):  # libraries: incompressible, unchanged between releases
            (old / f"lib{i}.so").write_bytes(rng.randbytes(256 * 1024))
        (old / "app.pyz").write_bytes(rng.randbytes(3 * 1024 * 1024))  # the app's own code
        source = "stand-in bundle (BENCH_UPDATES_DIST=1: the real dist/counter-app)"
    new = work / "n1"
    shutil.copytree(old, new, symlinks=True)
    # A bug-fix release: some of the app's modules change inside its compressed code archive
    # (PyInstaller keeps them in the executable's PYZ and base_library.zip): 20 regions of 1 KB.
    code = [p for p in new.rglob("*") if p.is_file() and not p.is_symlink()
            and (p.suffix in (".pyz", ".zip") or p.name in ("counter-app", "counter-app.exe"))]
    target = max(code, key=lambda p: p.stat().st_size)
    data = bytearray(target.read_bytes())
    rng = random.Random(12)
    for _ in range(20):
        at = rng.randrange(0, max(1, len(data) - 1024))
        data[at:at + 1024] = rng.randbytes(min(1024, len(data) - at))
    target.write_bytes(bytes(data))
    (new / "VERSION").write_text("0.1.1")
    return old, new, source


def measure() -> tuple[Figure, str]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        old, new, source = _bundles(work)
        repo, keys = work / "repo", work / "keys"
        updates.init(repo, keys)
        updates.publish(repo, keys, old, "0.1.0")
        updates.publish(repo, keys, new, "0.1.1")
        cache = work / "cache"
        (cache / "targets").mkdir(parents=True)
        shutil.copyfile(repo / "targets" / "counter-app-0.1.0.tar.gz",
                        cache / "targets" / "counter-app-0.1.0.tar.gz")  # N's own archive
        layout = Layout(work / "install")
        layout.install_first("0.1.0", old)
        with serving(repo, work) as url:
            client = UpdateClient(UpdateConfig(url, cache, repo / "metadata" / "root.json"),
                                  layout, "0.1.0")
            assert client.check() == "0.1.1"
            assert client.download() == "0.1.1"
        full = (repo / "targets" / "counter-app-0.1.1.tar.gz").stat().st_size
        fetched = client.fetcher.fetched_bytes
    fig = Figure("update_bytes", fetched / 1e6, "MB", full / 1e6, ratio_target=RATIO_TARGET,
                 samples=1)
    return fig, source


def run(arg: BenchRun | bool) -> list[Any]:
    fig, source = measure()
    if isinstance(arg, bool):
        return [fig.to_json()]
    arg.log(f"update_bytes from {source}")
    arg.log(fig.line())
    return [fig]


def main(argv: list[str]) -> int:
    fig, source = measure()
    print(source)
    print(fig.line())
    return 0 if fig.met() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
