"""SANE (Linux counters) through python-sane.

libsane is not thread-safe: its dll meta-backend keeps one global list of backends and devices,
and `sane_init` (re)reads the configuration and rebuilds the backends' device lists. Two panels,
or a device search on a task thread while a batch scans on its own thread, would otherwise call
into it at once. So every call but `sane_cancel` (which SANE allows from any thread, to abort a
read in progress) goes through one process-wide lock, and `sane_init` runs once per process.
A batch holds the lock only for each page's start and read, so a device search waits for at
most one page, never for the whole stack.

SIGPIPE: libsane's reader threads (sanei_thread) set SIGPIPE back to SIG_DFL when a reader ends
if they find it ignored, which Python's is. After one scan, a write to a socket the other end
had closed (the sync's upload to a server that hung up) then killed the whole app instead of
raising BrokenPipeError. A handler that does nothing is left alone by sanei, so importing this
module installs one (signal handlers can only be set from the main thread, where the app and
the tests import it; elsewhere `sigpipe_guarded()` says so and the first init logs it).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from PIL import Image

from counter_app.scanning.model import (
    BUSY, COVER_OPEN, DENIED, FAILED, JAMMED, NO_DOCS, NO_DRIVER, NOT_FOUND, UNPLUGGED,
    Capabilities, ColorMode, DeviceInfo, ScanError, ScanSettings, Source, pick,
)

# sane_strstatus() texts (libsane's own, not translated by the C library) to our kinds.
_STATUS = {
    "Document feeder jammed": JAMMED,
    "Document feeder out of documents": NO_DOCS,
    "Scanner cover is open": COVER_OPEN,
    "Device busy": BUSY,
    "Error during device I/O": UNPLUGGED,
    "Access to resource has been denied": DENIED,
    "Invalid argument": NOT_FOUND,
}
_MODES: dict[ColorMode, tuple[str, ...]] = {
    "bw": ("Lineart", "Binary", "Black & White"),
    "grey": ("Gray", "Grayscale", "Gray8"),
    "color": ("Color", "Colour", "RGB", "24bit Color"),
}
_FEEDER = ("adf", "feeder", "automatic document")
_LIBSANE = threading.RLock()  # every libsane call but sane_cancel
_initialised: set[int] = set()  # id() of the python-sane modules whose sane_init has run
log = logging.getLogger(__name__)


def _broken_pipe(_signum: int, _frame: object) -> None:
    """SIGPIPE's handler: nothing; the write that met the closed pipe raises BrokenPipeError."""


def guard_sigpipe() -> bool:
    """Install the do-nothing SIGPIPE handler (main thread only); True when it is in place."""
    if not hasattr(signal, "SIGPIPE"):
        return True  # Windows: no such signal
    if signal.getsignal(signal.SIGPIPE) is _broken_pipe:
        return True
    if threading.current_thread() is not threading.main_thread():
        return False
    signal.signal(signal.SIGPIPE, _broken_pipe)
    return True


guard_sigpipe()


def _kind(exc: BaseException) -> str:
    return _STATUS.get(str(exc), FAILED)


def _is_feeder(name: str) -> bool:
    return any(word in name.lower() for word in _FEEDER)


class SaneScanner:
    """The SANE backend: `sane.init()` on first use, one open device per batch."""

    backend = "sane"

    def __init__(self, module: ModuleType | None = None,
                 options: dict[str, Any] | None = None) -> None:
        """`options`: device options by SANE name set after the counter's choices (a
        deployment's advanced settings, e.g. a scanner's `page-height`)."""
        self._module = module
        self._extra = dict(options or {})
        self._device: Any = None
        self._cancelled = threading.Event()
        self._lock = threading.Lock()

    def _sane(self) -> ModuleType:
        if self._module is None:
            try:
                import sane
            except ImportError as exc:  # libsane or python-sane not installed on this PC
                raise ScanError(NO_DRIVER, str(exc)) from None
            self._module = sane
        with _LIBSANE:
            if id(self._module) not in _initialised:
                if not guard_sigpipe():
                    log.warning("SANE first used off the main thread before the SIGPIPE guard "
                                "was installed: a broken connection after a scan may end the app")
                try:
                    self._module.init()
                except Exception as exc:  # noqa: BLE001 - the C extension raises its own type
                    raise ScanError(NO_DRIVER, str(exc)) from None
                _initialised.add(id(self._module))
        return self._module

    def devices(self) -> list[DeviceInfo]:
        sane = self._sane()
        try:
            with _LIBSANE:  # sane_get_devices probes the buses again: a scanner plugged in shows
                found = sane.get_devices()
        except Exception as exc:  # noqa: BLE001
            raise ScanError(_kind(exc), str(exc)) from None
        return [DeviceInfo(name, f"{vendor} {model}".strip(), self.backend)
                for name, vendor, model, _type in found]

    def _open(self, device_id: str) -> Any:
        sane = self._sane()
        try:
            with _LIBSANE:
                return sane.open(device_id)
        except Exception as exc:  # noqa: BLE001
            kind = _kind(exc)
            raise ScanError(NOT_FOUND if kind in (FAILED, NOT_FOUND) else kind, str(exc)) from None

    @staticmethod
    def _options(dev: Any) -> dict[str, Any]:
        return {opt[1]: opt for opt in dev.get_options() if opt[1]}

    def capabilities(self, device_id: str) -> Capabilities:
        dev = self._open(device_id)
        try:
            with _LIBSANE:
                return _capabilities(self._options(dev))
        finally:
            with _LIBSANE:
                dev.close()

    def set_option(self, name: str, value: Any) -> None:
        """Set a device option of the batch under way (an advanced setting; tests use it to
        make the `test` device jam)."""
        with self._lock:
            if self._device is None:
                raise ScanError(FAILED, "no batch under way")
            with _LIBSANE:
                setattr(self._device, name.replace("-", "_"), value)

    def cancel(self) -> None:
        self._cancelled.set()
        with self._lock:
            if self._device is not None:
                try:
                    self._device.cancel()  # sane_cancel may be called from another thread
                except Exception:  # noqa: BLE001 - the batch is being abandoned anyway
                    pass

    def scan(self, device_id: str, settings: ScanSettings) -> Iterator[Image.Image]:
        """Pages as the device delivers them. A feeder runs until it is empty; the flatbed
        gives one page. A jam, an open cover or a lost device raises ScanError after the
        pages already delivered."""
        self._cancelled.clear()
        dev = self._open(device_id)
        with self._lock:
            self._device = dev
        try:
            with _LIBSANE:
                feeder = _configure(dev, self._options(dev), settings)
                for name, value in self._extra.items():
                    setattr(dev, name.replace("-", "_"), value)
            count = 0
            while not self._cancelled.is_set():
                try:
                    with _LIBSANE:
                        dev.start()
                        image = dev.snap(True)
                except Exception as exc:  # noqa: BLE001
                    if self._cancelled.is_set():
                        return
                    kind = _kind(exc)
                    if kind == NO_DOCS and count:
                        return  # the feeder ran out after the last page: the batch is done
                    raise ScanError(kind, str(exc)) from None
                image.info["dpi"] = (settings.resolution, settings.resolution)
                count += 1
                yield image
                if not feeder:
                    return
        finally:
            with self._lock:
                self._device = None
            try:
                dev.cancel()
            except Exception:  # noqa: BLE001
                pass
            with _LIBSANE:
                dev.close()


def _capabilities(options: dict[str, Any]) -> Capabilities:
    resolutions: tuple[int, ...] = (150, 200, 300)
    res = options.get("resolution")
    if res is not None:
        constraint = res[8]
        if isinstance(constraint, tuple) and len(constraint) == 3:
            low, high, _ = constraint
            resolutions = tuple(r for r in (100, 150, 200, 300, 400, 600) if low <= r <= high)
        elif isinstance(constraint, list):
            resolutions = tuple(sorted(int(r) for r in constraint if 75 <= r <= 600))
    modes = options.get("mode")
    mode_names = list(modes[8]) if modes is not None and isinstance(modes[8], list) else []
    our_modes = tuple(m for m, names in _MODES.items() if any(n in mode_names for n in names))
    src = options.get("source")
    src_names = list(src[8]) if src is not None and isinstance(src[8], list) else []
    sources: list[Source] = []
    if not src_names or any(not _is_feeder(n) for n in src_names):
        sources.append("flatbed")
    if any(_is_feeder(n) for n in src_names):
        sources.append("adf")
    duplex = any("duplex" in n.lower() for n in src_names) or "duplex" in options
    return Capabilities(resolutions or (200,), our_modes or ("grey",), tuple(sources), duplex)


def _configure(dev: Any, options: dict[str, Any], settings: ScanSettings) -> bool:
    """Apply the counter's choices as far as the device has them; True when feeding."""
    caps = _capabilities(options)
    if "resolution" in options:
        dev.resolution = pick(caps.resolutions, settings.resolution)
    modes = options.get("mode")
    if modes is not None and isinstance(modes[8], list):
        # A device without a line-art mode scans grey; the pipeline makes the page B&W.
        wanted = _MODES[settings.mode] + _MODES["grey"] + _MODES["color"]
        dev.mode = next(n for n in (*wanted, modes[8][0]) if n in modes[8])
    feeder = False
    src = options.get("source")
    if src is not None and isinstance(src[8], list):
        names: list[str] = list(src[8])
        chosen = names[0]
        if settings.source == "adf":
            feeders = [n for n in names if _is_feeder(n)]
            duplex = [n for n in feeders if "duplex" in n.lower()]
            simplex = [n for n in feeders if "duplex" not in n.lower()]
            pool = (duplex or simplex) if settings.duplex else (simplex or duplex)
            chosen = pool[0] if pool else chosen
        else:
            chosen = next((n for n in names if not _is_feeder(n)), chosen)
        dev.source = chosen
        feeder = _is_feeder(chosen)
    if "duplex" in options and settings.source == "adf":
        dev.duplex = bool(settings.duplex)
    return feeder
