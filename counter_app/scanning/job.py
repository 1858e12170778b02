"""A batch on its own plain thread: pages from a backend through the pipeline, reported by callbacks."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image

from counter_app.scanning import pipeline
from counter_app.scanning.model import FAILED, ScanError, ScanSettings, Scanner

log = logging.getLogger(__name__)


@dataclass
class JobCallbacks:
    """Called on the job's thread; the UI adapts them to queued signals."""

    on_page: Callable[[pipeline.Page], None]
    on_error: Callable[[ScanError], None]
    on_done: Callable[[int], None]  # pages delivered (also after an error or a cancel)


class ScanJob:
    """One batch. Every page that came through the pipeline was handed to `on_page` before an
    error is reported: a jam at page 7 keeps pages 1–6."""

    def __init__(self, scanner: Scanner, device_id: str, settings: ScanSettings,
                 callbacks: JobCallbacks) -> None:
        self.scanner = scanner
        self.device_id = device_id
        self.settings = settings
        self.callbacks = callbacks
        self._cancelled = threading.Event()
        self._thread = threading.Thread(target=self.run, name="scan-job", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        self._cancelled.set()
        self.scanner.cancel()

    def join(self, timeout: float | None = None) -> None:
        self._thread.join(timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def run(self) -> None:
        count = 0
        try:
            for image in self.scanner.scan(self.device_id, self.settings):
                if self._cancelled.is_set():
                    break
                page = self._process(image)
                count += 1
                self.callbacks.on_page(page)
        except ScanError as exc:
            if not self._cancelled.is_set():
                self.callbacks.on_error(exc)
        except Exception as exc:  # noqa: BLE001 - a driver's surprise must not kill the thread silently
            log.exception("scan failed")
            self.callbacks.on_error(ScanError(FAILED, str(exc)))
        finally:
            self.callbacks.on_done(count)

    def _process(self, image: Image.Image) -> pipeline.Page:
        return pipeline.process(image, self.settings.resolution if image.info.get("dpi") is None
                                else None, color_output=self.settings.color_output)
