"""WIA scanners (Windows Image Acquisition, through COM with pywin32), imported only when used.

Checked here only with fakes: a counter with a real WIA scanner must check the property ids,
the feeder loop and the HRESULTs below against its driver.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from counter_app.scanning.driver import Driver, DriverScanner, DriverSession
from counter_app.scanning.model import (
    BUSY, COVER_OPEN, FAILED, JAMMED, NO_DOCS, NO_DRIVER, UNPLUGGED, Capabilities, ScanError,
    ScanSettings,
)

WIA_FORMAT_PNG = "{B96B3CAF-0728-11D3-9D7B-0000F81EF32E}"
# WIA properties (wiadef.h)
HORIZONTAL_RESOLUTION, VERTICAL_RESOLUTION, CURRENT_INTENT = 6147, 6148, 6146
DOCUMENT_HANDLING_SELECT, PAGES = 3088, 3096
FEEDER, FLATBED, DUPLEX = 0x001, 0x002, 0x004
INTENT = {"color": 0x1, "grey": 0x2, "bw": 0x4}
# WIA_ERROR_* HRESULTs, as signed 32-bit values the way COM errors carry them
_HRESULTS = {
    0x80210002: JAMMED, 0x80210003: NO_DOCS, 0x80210016: COVER_OPEN, 0x80210005: UNPLUGGED,
    0x8021000A: UNPLUGGED, 0x80210006: BUSY, 0x8021000D: BUSY,
}


def map_hresult(code: int) -> str:
    return _HRESULTS.get(code & 0xFFFFFFFF, FAILED)


def _com_error(exc: BaseException) -> ScanError:
    code = getattr(exc, "hresult", None)
    if code is None and getattr(exc, "args", None):
        code = exc.args[0] if isinstance(exc.args[0], int) else None
    if code is None:
        return ScanError(FAILED, str(exc))
    return ScanError(map_hresult(int(code)), f"HRESULT {int(code) & 0xFFFFFFFF:#x}")


class _WiaSession:
    def __init__(self, device: Any) -> None:
        self._device = device
        self._feeder = False

    def capabilities(self) -> Capabilities:
        return Capabilities(resolutions=(150, 200, 300), sources=("flatbed", "adf"), duplex=True)

    def _set(self, props: Any, pid: int, value: int) -> None:
        for prop in props:
            if prop.PropertyID == pid:
                prop.Value = value
                return

    def configure(self, settings: ScanSettings) -> None:
        try:
            self._feeder = settings.source == "adf"
            handling = (FEEDER | (DUPLEX if settings.duplex else 0)) if self._feeder else FLATBED
            self._set(self._device.Properties, DOCUMENT_HANDLING_SELECT, handling)
            if self._feeder:
                self._set(self._device.Properties, PAGES, 1)
            item = self._device.Items[1]
            self._set(item.Properties, CURRENT_INTENT, INTENT[settings.mode])
            self._set(item.Properties, HORIZONTAL_RESOLUTION, settings.resolution)
            self._set(item.Properties, VERTICAL_RESOLUTION, settings.resolution)
        except Exception as exc:  # noqa: BLE001
            raise _com_error(exc) from None

    def pages(self) -> Iterator[bytes]:
        count = 0
        while True:
            try:
                image = self._device.Items[1].Transfer(WIA_FORMAT_PNG)
            except Exception as exc:  # noqa: BLE001
                error = _com_error(exc)
                if error.kind == NO_DOCS and count and self._feeder:
                    return  # the feeder ran out after the last page
                raise error from None
            count += 1
            yield bytes(image.FileData.BinaryData)
            if not self._feeder:
                return

    def cancel(self) -> None:
        pass  # WIA has no cancel of a transfer in progress; the loop stops after this page

    def close(self) -> None:
        self._device = None


class _ComWiaDriver:
    def __init__(self, client: Any) -> None:
        self._manager = client.Dispatch("WIA.DeviceManager")

    def devices(self) -> list[tuple[str, str]]:
        out = []
        for info in self._manager.DeviceInfos:
            if info.Type == 1:  # ScannerDeviceType
                out.append((str(info.DeviceID), str(info.Properties("Name").Value)))
        return out

    def open(self, device_id: str) -> DriverSession:
        for info in self._manager.DeviceInfos:
            if str(info.DeviceID) == device_id:
                try:
                    return _WiaSession(info.Connect())
                except Exception as exc:  # noqa: BLE001
                    raise _com_error(exc) from None
        raise ScanError(UNPLUGGED, device_id)


class WiaScanner(DriverScanner):
    backend = "wia"

    def load_driver(self) -> Driver:
        try:
            import win32com.client as client
        except ImportError as exc:  # not Windows, or pywin32 not installed
            raise ScanError(NO_DRIVER, str(exc)) from None
        return _ComWiaDriver(client)
