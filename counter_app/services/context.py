"""What every use case needs: the store, who this counter is, the reference data, the clerk, a clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from counter_app.core.calendar import WorkCalendar
from counter_app.core.procedures import Catalog, Procedure
from counter_app.core.timeutil import VN_TZ
from counter_app.services.errors import UnknownProcedureError
from counter_app.storage.db import Store
from counter_app.storage.files import FileStore
from counter_app.storage.settings import DeviceSettings


def system_clock() -> datetime:
    return datetime.now(VN_TZ)


@dataclass
class ServiceContext:
    """Built once by the composition root; use cases read it and never change it."""

    store: Store
    device: DeviceSettings
    catalog: Catalog
    calendar: WorkCalendar
    files: FileStore
    clerk: str = "system"
    clock: Callable[[], datetime] = field(default=system_clock)

    def now(self) -> datetime:
        return self.clock().astimezone(VN_TZ).replace(microsecond=0)

    def procedure(self, code: str) -> Procedure:
        try:
            return self.catalog.by_code(code.strip())
        except (KeyError, ValueError):
            raise UnknownProcedureError(code) from None
