"""First start of a configured counter: enroll with the configured code, then fetch the reference data."""

from __future__ import annotations

import logging
from pathlib import Path

from counter_app.core.messages import msg
from counter_app.config import Config
from counter_app.services.errors import ServiceError, SetupError
from counter_app.services.setup import STORE_NAME
from counter_app.services.sync_setup import EnrollClientFactory, enroll_counter, is_enrolled
from counter_app.storage import reference, settings
from counter_app.storage.db import Store, open_store
from counter_app.storage.files import FileStore
from counter_app.sync.client import CentralClient
from counter_app.sync.engine import SyncEngine

log = logging.getLogger(__name__)


def provision(data_dir: Path, config: Config, *,
              client_factory: EnrollClientFactory = CentralClient) -> bool:
    """Enroll this PC with central.url and enrollment.code when it is not enrolled yet, then
    run one sync pass for the catalog and calendars. True when it enrolled now.

    Nothing to do without both settings, or once enrolled (the code is single-use). When the
    service cannot be reached, a store that already works (a demo counter, a restored backup)
    opens as it is and the failure is only logged; a new store cannot open without the
    reference data, so the reason is raised for the clerk (SetupError).
    """
    url, code = config.text("central.url"), config.text("enrollment.code")
    if not url or not code:
        return False
    data_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(data_dir / STORE_NAME)
    try:
        if is_enrolled(store):
            return False
        number = config.integer("counter.number")
        try:
            enroll_counter(store, url, code, f"Quầy {number}" if number else "Quầy",
                           client_factory=client_factory)
        except ServiceError as error:
            if _usable(store):
                log.warning("enrollment from the configuration failed: %s", error.message)
                return False
            raise SetupError("enrollment_code", error.rule,
                             msg("setup.enroll_failed", url=url, error=error.msg)) from error
        engine = SyncEngine(store, FileStore(data_dir / "files"), client_factory=client_factory)
        try:
            report = engine.run_once(refresh_reference=True)
        finally:
            engine.close()
        if report.last_error:
            log.warning("first sync after enrollment: %s", report.last_error)
        return True
    finally:
        store.close()


def _usable(store: Store) -> bool:
    with store.reading() as session:
        return (settings.load_device(session) is not None
                and reference.load_catalog(session) is not None)
