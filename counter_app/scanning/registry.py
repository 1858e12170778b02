"""Which backends this PC has, and device ids that say their backend ("sane:test:0", "escl:http://…")."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from counter_app.scanning.model import NOT_FOUND, DeviceInfo, ScanError, Scanner

log = logging.getLogger(__name__)


def default_scanners(escl_addresses: Sequence[str] = ()) -> list[Scanner]:
    """SANE on Linux, TWAIN and WIA on Windows, eSCL (typed or discovered) everywhere."""
    from counter_app.scanning.escl import EsclScanner

    scanners: list[Scanner] = []
    if sys.platform.startswith("linux"):
        from counter_app.scanning.sane_backend import SaneScanner
        scanners.append(SaneScanner())
    if sys.platform == "win32":
        from counter_app.scanning.twain_backend import TwainScanner
        from counter_app.scanning.wia_backend import WiaScanner
        scanners += [WiaScanner(), TwainScanner()]
    scanners.append(EsclScanner(list(escl_addresses)))
    return scanners


def qualified(device: DeviceInfo) -> str:
    return f"{device.backend}:{device.id}"


def split(device_id: str, scanners: Sequence[Scanner]) -> tuple[Scanner, str]:
    backend, _, inner = device_id.partition(":")
    for scanner in scanners:
        if scanner.backend == backend:
            return scanner, inner
    raise ScanError(NOT_FOUND, device_id)


def find_devices(scanners: Sequence[Scanner]) -> list[DeviceInfo]:
    """Every device of every backend; a backend that fails (no driver) is left out, logged."""
    found: list[DeviceInfo] = []
    for scanner in scanners:
        try:
            found += scanner.devices()
        except ScanError as exc:
            log.info("scanner backend %s: %s", scanner.backend, exc)
    return found
