"""A counter that receives dossiers as fast as it can, printing each code once committed.

Run by test_crash.py, which kills it with SIGKILL at random moments.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta
from pathlib import Path

from counter_app.core.dossier import Applicant
from counter_app.core.timeutil import VN_TZ
from counter_app.paths import resources_dir
from counter_app.services import intake
from counter_app.services.setup import open_counter
from tests.services.helpers import draft


def main() -> None:
    data, day_offset = Path(sys.argv[1]), int(sys.argv[2])
    # Each run works on its own day so that 20 runs never use up the counter's lane.
    start = datetime(2025, 11, 3, 8, 0, tzinfo=VN_TZ) + timedelta(days=day_offset)
    ctx = open_counter(data, resources_dir(), clerk="crash", demo=True, clock=lambda: start)
    print("ready", flush=True)
    i = 0
    while True:
        i += 1
        who = Applicant(full_name=f"Người Thử Số {i}", id_number="038203012345",
                        phone="0912345678")
        code = intake.receive_dossier(ctx, draft(ctx, applicant=who)).code
        print(code, flush=True)


if __name__ == "__main__":
    main()
