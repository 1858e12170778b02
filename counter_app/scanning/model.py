"""What every scanner backend speaks: settings, capabilities, devices, errors and the Scanner protocol."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal, Protocol

from PIL import Image

ColorMode = Literal["bw", "grey", "color"]
Source = Literal["flatbed", "adf"]
COLOR_MODES: tuple[ColorMode, ...] = ("bw", "grey", "color")
SOURCES: tuple[Source, ...] = ("flatbed", "adf")

# Why a scan stopped; the UI turns each kind into its own Vietnamese message.
JAMMED = "jammed"  # paper jam in the feeder
NO_DOCS = "no_docs"  # the feeder is empty
COVER_OPEN = "cover_open"  # the cover or the feeder's hatch is open
UNPLUGGED = "unplugged"  # the device is gone (USB pulled, network lost, I/O error mid-page)
BUSY = "busy"  # another computer or program is using it
DENIED = "denied"  # the system refuses access to the device
NOT_FOUND = "not_found"  # no such device
NO_DRIVER = "no_driver"  # the backend's library is not installed on this PC
TOO_LARGE = "too_large"  # an image with more pixels than a page can have (a decompression bomb)
UNREADABLE = "unreadable"  # a truncated or corrupt image, or a file that is not an image
NOT_A_SCAN = "not_a_scan"  # a PDF whose pages are not scanned images
FAILED = "failed"  # anything else the device reports


class ScanError(Exception):
    """A scan or an import that could not go on; `kind` says why, `detail` is the device's words."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class ScanSettings:
    """The counter's choices, remembered per counter (F9)."""

    resolution: int = 200
    # What the device scans: colour lets the pipeline see a red stamp; it still stores each page
    # as B&W, grey or (only when asked) colour.
    mode: ColorMode = "color"
    source: Source = "adf"
    duplex: bool = False
    color_output: bool = False  # colour pages only when the clerk asks for them

    def __post_init__(self) -> None:
        if not 75 <= self.resolution <= 600:
            raise ValueError("resolution must be 75..600 dpi")
        if self.mode not in COLOR_MODES or self.source not in SOURCES:
            raise ValueError("unknown mode or source")


@dataclass(frozen=True)
class DeviceInfo:
    """One scanner a backend can reach: `id` is what `scan()` takes."""

    id: str
    name: str
    backend: str


@dataclass(frozen=True)
class Capabilities:
    resolutions: tuple[int, ...] = (150, 200, 300)
    modes: tuple[ColorMode, ...] = COLOR_MODES
    sources: tuple[Source, ...] = ("flatbed",)
    duplex: bool = False


class CancelFlag:
    """Set from the GUI thread, read by the scanning thread between (and inside) pages."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def wait(self, seconds: float) -> bool:
        """Wait up to `seconds`; True at once when cancelled (a backoff that a cancel cuts short)."""
        return self._event.wait(seconds)


class Scanner(Protocol):
    """A backend. `scan` yields pages as the device delivers them; a ScanError ends the batch
    but every page yielded before it is the caller's to keep."""

    backend: str

    def devices(self) -> list[DeviceInfo]: ...

    def capabilities(self, device_id: str) -> Capabilities: ...

    def scan(self, device_id: str, settings: ScanSettings) -> Iterator[Image.Image]: ...

    def cancel(self) -> None: ...


def pick(choices: tuple[int, ...], wanted: int) -> int:
    """The device's resolution nearest to the one asked for (a device may not have 200 dpi)."""
    if not choices:
        return wanted
    return min(choices, key=lambda r: (abs(r - wanted), -r))
