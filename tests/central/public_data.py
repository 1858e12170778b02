"""What the public-page tests publish: the demo catalog and dossiers whose slips carry a lookup key."""

from __future__ import annotations

import json
from dataclasses import dataclass

from counter_app.paths import resources_dir
from central import reference
from central.db import run_in_transaction
from tests.central.helpers import World, vn

RECEIVED_KEY = "K7QM2XPA"
READY_KEY = "R4ZT9WQE"
NAME = "Nguyễn Văn An"
MASKED = "Nguyễn V** A**"
# What the applicant gave at the counter (tests.central.helpers.Counter.received) besides the
# name: none of it may reach a public page.
PERSONAL = (NAME, "Văn An", "001190012345", "0912345678", "12 Lê Lợi")


@dataclass(frozen=True)
class Published:
    received: str  # a dossier just received (status 2), slip key RECEIVED_KEY
    ready: str  # one whose result is ready (status 9), slip key READY_KEY
    unkeyed: str  # one without a key in its QR: reached with the last 4 digits only


def publish(world: World) -> Published:
    catalog = json.loads((resources_dir() / "catalog" / "demo_catalog.json").read_text("utf-8"))
    run_in_transaction(world.engine,
                       lambda conn: reference.import_catalog(conn, catalog, world.clock.now))
    day = vn(2025, 11, 17)
    codes = [world.a.next_code(day) for _ in range(3)]
    events = [world.a.received(code, vn(2025, 11, 17, 9, 5), vn(2025, 11, 20, 17), name=NAME)
              for code in codes]
    events[0]["payload"]["lookup_key"] = RECEIVED_KEY
    events[1]["payload"]["lookup_key"] = READY_KEY
    world.post_events(world.a, events)
    assert world.progress(codes[1], 4, vn(2025, 11, 17, 10)).status_code == 200
    assert world.progress(codes[1], 9, vn(2025, 11, 19, 15)).status_code == 200
    return Published(*codes)
