"""Opening a counter: the store, its device identity, and reference data (demo data if none yet)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Callable

from counter_app.core.messages import msg
from counter_app.services import auth
from counter_app.services.context import ServiceContext, system_clock
from counter_app.services.errors import SetupError
from counter_app.storage import reference, settings
from counter_app.storage.db import Store, open_store
from counter_app.storage.files import FileStore

DEMO_UNIT = ("000.00.06.H56", "Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa (dữ liệu mẫu)",
             "Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa")
STORE_NAME = "counter.sqlite3"


def import_demo_reference(store: Store, resources: Path, now: datetime) -> None:
    """Load the shipped demo catalog and calendar years where the store has none."""
    with store.transaction() as session:
        if reference.load_catalog(session) is None:
            data = json.loads((resources / "catalog" / "demo_catalog.json").read_text("utf-8"))
            reference.save_catalog(session, data, etag="demo", now=now)
        have = {y.year for y in reference.load_calendar_years(session)}
        for path in sorted((resources / "calendars").glob("*.json")):
            data = json.loads(path.read_text("utf-8"))
            if data.get("year") not in have:
                reference.save_calendar_year(session, data, etag="demo", now=now)


def open_counter(data_dir: Path, resources: Path, *, clerk: str = "system",
                 demo: bool = False, counter_no: int = 1,
                 clock: Callable[[], datetime] = system_clock) -> ServiceContext:
    """Open the counter's store in `data_dir`; with `demo`, set it up as a demo counter if new."""
    store = open_store(data_dir / STORE_NAME)
    try:
        if demo:
            import_demo_reference(store, resources, clock())
            with store.transaction() as session:
                if settings.load_device(session) is None:
                    settings.save_device(session, settings.new_device(
                        DEMO_UNIT[0], DEMO_UNIT[1], counter_no, DEMO_UNIT[2]))
        with store.reading() as session:
            device = settings.load_device(session)
            catalog = reference.load_catalog(session)
            calendar = reference.load_calendar(session, device.unit_code if device else "")
    except Exception:
        store.close()
        raise
    if device is None or catalog is None or calendar is None:
        store.close()
        missing = tuple(msg(n) for n, v in (("setup.device", device), ("setup.catalog", catalog),
                                            ("setup.calendar", calendar)) if v is None)
        raise SetupError("setup", "incomplete", msg("setup.missing", missing=missing))

    ctx = ServiceContext(store, device, catalog, calendar, FileStore(data_dir / "files"),
                         clerk=clerk, clock=clock)
    if demo:
        with store.reading() as session:
            configured = settings.get(session, "print_config") is not None
        if not configured:
            from counter_app.services import documents  # loads reportlab: only when needed

            documents.save_print_config(ctx, documents.demo_print_config())
    return ctx


DEMO_SUPERVISOR = "giamsat"  # the same password: sees the unit's reports and the dashboard (F8)


def ensure_demo_clerk(ctx: ServiceContext, username: str, password: str) -> None:
    """A demo counter gets a clerk account, so `make run` can log straight in, and a supervisor's."""
    known = {c.username for c in auth.list_clerks(ctx.store)}
    if not known:
        auth.add_clerk(ctx.store, username, "Cán bộ tiếp nhận (demo)", "clerk", password, ctx.now())
    if DEMO_SUPERVISOR not in known:
        auth.add_clerk(ctx.store, DEMO_SUPERVISOR, "Lãnh đạo bộ phận một cửa (demo)", "supervisor",
                       password, ctx.now())
