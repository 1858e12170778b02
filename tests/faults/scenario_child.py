"""The sync process of the fault scenario: `python -m tests.faults.scenario_child DATA_DIR [BATCH]`.

Opens the counter's store in DATA_DIR and runs `SyncEngine.run_once` until everything is sent
(the address and the device token are the ones saved at enrollment; BATCH: events per
`POST /events`, 500 by default as in the app), printing one line per progress report and per
pass, flushed at once so that the parent can kill it (SIGKILL) at a moment of its choosing:

    READY
    P uploading <done>/<total>        (SyncStatus callbacks: uploading, sending, pulling …)
    PASS <n> online=1 sent=… applied=… duplicate=… files=… pending=… aside=… error=<kind>
    DONE                              (exit 0: outbox empty, nothing set aside)

Exit 3 when MAX_PASSES passes did not get there (a bound, never an endless loop); exit 4 as
soon as something is set aside (no further pass would send it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from counter_app.paths import resources_dir
from counter_app.services.setup import open_counter
from counter_app.services.sync_setup import build_engine
from counter_app.sync.engine import MAX_BATCH
from counter_app.sync.status import SyncStatus

MAX_PASSES = 2000


def _progress(status: SyncStatus) -> None:
    print(f"P {status.phase} {status.done}/{status.total}", flush=True)


def main(argv: list[str]) -> int:
    if len(argv) not in (1, 2):
        print("usage: python -m tests.faults.scenario_child DATA_DIR [BATCH]", file=sys.stderr)
        return 2
    batch = int(argv[1]) if len(argv) == 2 else MAX_BATCH
    ctx = open_counter(Path(argv[0]), resources_dir(), clerk="sync")
    engine = build_engine(ctx, on_progress=_progress, batch_size=batch)
    print("READY", flush=True)
    try:
        for n in range(1, MAX_PASSES + 1):
            report = engine.run_once()
            print(f"PASS {n} online={int(report.online)} sent={report.sent} "
                  f"applied={report.applied} duplicate={report.duplicate} "
                  f"rejected={report.rejected} local={report.set_aside_locally} "
                  f"files={report.files_uploaded} bytes={report.bytes_sent} "
                  f"pending={report.pending} aside={report.set_aside} "
                  f"error={report.error_kind or '-'} {report.last_error or ''}", flush=True)
            if report.everything_sent:
                print("DONE", flush=True)
                return 0
            if report.set_aside:
                return 4  # set aside: another pass would never send it
        return 3
    finally:
        engine.close()
        ctx.store.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
