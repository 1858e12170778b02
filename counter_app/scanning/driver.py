"""Scanners behind a small driver interface (TWAIN, WIA): the device calls in one place, faked in tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Protocol

from PIL import Image

from counter_app.scanning.loader import load_images
from counter_app.scanning.model import (
    FAILED, NOT_FOUND, Capabilities, DeviceInfo, ScanError, ScanSettings,
)


class DriverSession(Protocol):
    """One open device."""

    def capabilities(self) -> Capabilities: ...

    def configure(self, settings: ScanSettings) -> None: ...

    def pages(self) -> Iterator[bytes]:
        """Encoded pages (BMP, PNG, JPEG, TIFF) as the device delivers them; raises ScanError."""
        ...

    def cancel(self) -> None: ...

    def close(self) -> None: ...


class Driver(Protocol):
    def devices(self) -> list[tuple[str, str]]:  # (id, name)
        ...

    def open(self, device_id: str) -> DriverSession: ...


class DriverScanner:
    """A Scanner over a Driver: same rules as every backend (pages before an error are kept)."""

    backend = "driver"

    def __init__(self, driver: Driver | None = None) -> None:
        self._driver = driver
        self._session: DriverSession | None = None
        self._cancelled = threading.Event()

    def driver(self) -> Driver:
        if self._driver is None:
            self._driver = self.load_driver()
        return self._driver

    def load_driver(self) -> Driver:
        raise ScanError(NOT_FOUND, "no driver")

    def devices(self) -> list[DeviceInfo]:
        return [DeviceInfo(i, n, self.backend) for i, n in self.driver().devices()]

    def capabilities(self, device_id: str) -> Capabilities:
        session = self.driver().open(device_id)
        try:
            return session.capabilities()
        finally:
            session.close()

    def cancel(self) -> None:
        self._cancelled.set()
        if self._session is not None:
            self._session.cancel()

    def scan(self, device_id: str, settings: ScanSettings) -> Iterator[Image.Image]:
        self._cancelled.clear()
        session = self.driver().open(device_id)
        self._session = session
        try:
            session.configure(settings)
            for data in session.pages():
                if self._cancelled.is_set():
                    return
                for image in load_images(data):
                    if "dpi" not in image.info:
                        image.info["dpi"] = (settings.resolution, settings.resolution)
                    yield image
                if settings.source != "adf":
                    return
        except ScanError:
            if self._cancelled.is_set():
                return
            raise
        except OSError as exc:
            raise ScanError(FAILED, str(exc)) from None
        finally:
            self._session = None
            session.close()
