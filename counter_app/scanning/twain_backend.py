"""TWAIN scanners (Windows) through pytwain, imported when used; the device calls stay in `_PytwainSession`.

Checked here only with fakes: a counter with a real TWAIN scanner must check the calls below
(capability names, the transfer loop, the condition codes) against its driver.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from counter_app.scanning.driver import Driver, DriverScanner, DriverSession
from counter_app.scanning.model import (
    BUSY, COVER_OPEN, FAILED, JAMMED, NO_DOCS, NO_DRIVER, UNPLUGGED, Capabilities, ScanError,
    ScanSettings,
)

# pytwain raises one exception class per TWAIN condition code; matched by name so this module
# imports without it.
_ERRORS = {"PaperJam": JAMMED, "PaperDoubleFeed": JAMMED, "NoMedia": NO_DOCS,
           "CoverOpen": COVER_OPEN, "CheckDeviceOnline": UNPLUGGED, "Busy": BUSY,
           "SeqError": FAILED}


def map_error(exc: BaseException) -> ScanError:
    name = type(exc).__name__
    for key, kind in _ERRORS.items():
        if key.lower() in name.lower():
            return ScanError(kind, name)
    return ScanError(FAILED, f"{name}: {exc}")


class _PytwainSession:
    def __init__(self, twain: Any, manager: Any, source: Any) -> None:
        self._twain, self._manager, self._source = twain, manager, source

    def capabilities(self) -> Capabilities:
        return Capabilities(resolutions=(150, 200, 300), sources=("flatbed", "adf"), duplex=True)

    def configure(self, settings: ScanSettings) -> None:
        t, src = self._twain, self._source
        pixel = {"bw": t.TWPT_BW, "grey": t.TWPT_GRAY, "color": t.TWPT_RGB}[settings.mode]
        try:
            src.set_capability(t.ICAP_PIXELTYPE, t.TWTY_UINT16, pixel)
            src.set_capability(t.ICAP_XRESOLUTION, t.TWTY_FIX32, float(settings.resolution))
            src.set_capability(t.ICAP_YRESOLUTION, t.TWTY_FIX32, float(settings.resolution))
            feeder = settings.source == "adf"
            src.set_capability(t.CAP_FEEDERENABLED, t.TWTY_BOOL, feeder)
            if feeder:
                src.set_capability(t.CAP_AUTOFEED, t.TWTY_BOOL, True)
                src.set_capability(t.CAP_DUPLEXENABLED, t.TWTY_BOOL, settings.duplex)
        except Exception as exc:  # noqa: BLE001 - a driver refusing a capability is not fatal
            if "Capability" not in type(exc).__name__:
                raise map_error(exc) from None

    def pages(self) -> Iterator[bytes]:
        t, src = self._twain, self._source
        try:
            src.request_acquire(show_ui=False, modal_ui=False)
            while True:
                handle, remaining = src.xfer_image_natively()
                try:
                    yield bytes(t.dib_to_bm_file(handle))
                finally:
                    t.global_handle_free(handle)
                if remaining == 0:
                    return
        except ScanError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise map_error(exc) from None

    def cancel(self) -> None:
        try:
            self._source.close()
        except Exception:  # noqa: BLE001
            pass

    def close(self) -> None:
        for obj in (self._source, self._manager):
            try:
                obj.close()
            except Exception:  # noqa: BLE001
                pass


class _PytwainDriver:
    def __init__(self, twain: Any) -> None:
        self._twain = twain

    def devices(self) -> list[tuple[str, str]]:
        manager = self._twain.SourceManager(0)
        try:
            return [(name, name) for name in manager.source_list]
        finally:
            manager.close()

    def open(self, device_id: str) -> DriverSession:
        manager = self._twain.SourceManager(0)
        try:
            source = manager.open_source(device_id)
        except Exception as exc:  # noqa: BLE001
            manager.close()
            raise map_error(exc) from None
        return _PytwainSession(self._twain, manager, source)


class TwainScanner(DriverScanner):
    backend = "twain"

    def load_driver(self) -> Driver:
        try:
            import twain
        except ImportError as exc:  # not Windows, or pytwain not installed
            raise ScanError(NO_DRIVER, str(exc)) from None
        return _PytwainDriver(twain)
