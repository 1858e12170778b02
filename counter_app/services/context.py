"""What every use case needs: the store, who this counter is, the reference data, the clerk, a clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from counter_app.config import Config
from counter_app.core.calendar import WorkCalendar
from counter_app.core.procedures import Catalog, Procedure
from counter_app.core.timeutil import VN_TZ
from counter_app.services.errors import UnknownProcedureError
from counter_app.storage.db import Store as Store  # the UI names the store by this type
from counter_app.storage.files import FileStore
from counter_app.storage.settings import DeviceSettings


def system_clock() -> datetime:
    return datetime.now(VN_TZ)


@dataclass(frozen=True)
class ServiceContext:
    """A snapshot of what use cases read; nothing changes it in place.

    Tasks on the writer thread hold the snapshot they were given. When the device, catalog or
    calendar change (enrollment, a sync), the UI builds a new snapshot (`dataclasses.replace`,
    `sync_setup.refreshed_context`) and swaps it in with one assignment.
    """

    store: Store
    device: DeviceSettings
    catalog: Catalog
    calendar: WorkCalendar
    files: FileStore
    clerk: str = "system"
    clock: Callable[[], datetime] = field(default=system_clock)
    config: Config | None = None  # the configuration file's settings (None: the defaults)

    def now(self) -> datetime:
        return self.clock().astimezone(VN_TZ).replace(microsecond=0)

    def procedure(self, code: str) -> Procedure:
        try:
            return self.catalog.by_code(code.strip())
        except (KeyError, ValueError):
            raise UnknownProcedureError(code) from None
