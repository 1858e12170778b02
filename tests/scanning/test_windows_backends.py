"""TWAIN and WIA backends with fake drivers: their device calls, faults and feeder loops (no Windows here)."""

from __future__ import annotations

import io
import types
from typing import Any

import pytest

from counter_app.scanning.job import JobCallbacks, ScanJob
from counter_app.scanning.model import (
    COVER_OPEN, JAMMED, NO_DOCS, NO_DRIVER, ScanError, ScanSettings,
)
from counter_app.scanning.pipeline import Page
from counter_app.scanning.twain_backend import TwainScanner, _PytwainDriver
from counter_app.scanning.wia_backend import (
    DOCUMENT_HANDLING_SELECT, FEEDER, HORIZONTAL_RESOLUTION, WiaScanner, _ComWiaDriver,
)
from tests.scanning import pages as P

FEEDER_SETTINGS = ScanSettings(resolution=200, mode="grey", source="adf")


def _bmp(seed: int) -> bytes:
    out = io.BytesIO()
    P.text_page(seed=seed, lines=8).save(out, format="BMP")
    return out.getvalue()


def _png(seed: int) -> bytes:
    out = io.BytesIO()
    P.text_page(seed=seed, lines=8).save(out, format="PNG", dpi=(200, 200))
    return out.getvalue()


def run(scanner: Any, device: str = "Fake TWAIN Scanner") -> tuple[list[Page], list[ScanError]]:
    pages: list[Page] = []
    errors: list[ScanError] = []
    job = ScanJob(scanner, device, FEEDER_SETTINGS,
                  JobCallbacks(pages.append, errors.append, lambda n: None))
    job.run()  # on this thread: the fakes are synchronous
    return pages, errors


# ---------------------------------------------------------------- TWAIN
class PaperJam(Exception):
    """pytwain names its exceptions after TWAIN condition codes."""


class FakeTwain(types.SimpleNamespace):
    def __init__(self, pages: list[bytes], fail_at: int | None = None,
                 error: type[Exception] = PaperJam) -> None:
        super().__init__(TWPT_BW=0, TWPT_GRAY=1, TWPT_RGB=2, TWTY_UINT16=4, TWTY_FIX32=7,
                         TWTY_BOOL=6, ICAP_PIXELTYPE=0x101, ICAP_XRESOLUTION=0x1118,
                         ICAP_YRESOLUTION=0x1119, CAP_FEEDERENABLED=0x1002, CAP_AUTOFEED=0x1007,
                         CAP_DUPLEXENABLED=0x1013)
        self.pages, self.fail_at, self.error = pages, fail_at, error
        self.caps: dict[int, Any] = {}
        self.freed = 0
        self.closed = 0
        fake = self

        class Source:
            def set_capability(self, cap: int, _type: int, value: Any) -> None:
                fake.caps[cap] = value

            def request_acquire(self, show_ui: bool, modal_ui: bool) -> None:
                assert not show_ui, "the driver's own dialog would stop the clerk"
                self.n = 0

            def xfer_image_natively(self) -> tuple[int, int]:
                if fake.fail_at is not None and self.n == fake.fail_at:
                    raise fake.error("condition code")
                self.n += 1
                return self.n - 1, len(fake.pages) - self.n

            def close(self) -> None:
                fake.closed += 1

        class SourceManager:
            def __init__(self, _hwnd: int) -> None:
                self.source_list = ["Fake TWAIN Scanner"]

            def open_source(self, name: str) -> Source:
                return Source()

            def close(self) -> None:
                pass

        self.SourceManager = SourceManager

    def dib_to_bm_file(self, handle: int) -> bytes:
        return self.pages[handle]

    def global_handle_free(self, _handle: int) -> None:
        self.freed += 1


def test_twain_feeder_batch_through_the_device_calls() -> None:
    fake = FakeTwain([_bmp(s) for s in range(3)])
    scanner = TwainScanner(_PytwainDriver(fake))
    assert [d.name for d in scanner.devices()] == ["Fake TWAIN Scanner"]
    pages, errors = run(scanner)
    assert (len(pages), errors) == (3, [])
    assert fake.caps[fake.ICAP_XRESOLUTION] == 200.0 and fake.caps[fake.CAP_FEEDERENABLED] is True
    assert fake.caps[fake.ICAP_PIXELTYPE] == fake.TWPT_GRAY
    assert fake.freed == 3, "every native transfer's memory is given back"


def test_twain_paper_jam_keeps_the_pages_before() -> None:
    pages, errors = run(TwainScanner(_PytwainDriver(FakeTwain([_bmp(s) for s in range(4)],
                                                               fail_at=2))))
    assert len(pages) == 2 and [e.kind for e in errors] == [JAMMED]


def test_twain_without_pytwain_says_no_driver() -> None:
    with pytest.raises(ScanError) as err:
        TwainScanner().devices()
    assert err.value.kind == NO_DRIVER


# ---------------------------------------------------------------- WIA
class ComError(Exception):
    def __init__(self, hresult: int) -> None:
        super().__init__(hresult)
        self.hresult = hresult


class Prop:
    def __init__(self, pid: int) -> None:
        self.PropertyID, self.Value = pid, None


class FakeWiaDevice:
    def __init__(self, pages: list[bytes], end: int, fail: int | None = None) -> None:
        self.Properties = [Prop(DOCUMENT_HANDLING_SELECT), Prop(3096)]
        item = types.SimpleNamespace(Properties=[Prop(6146), Prop(HORIZONTAL_RESOLUTION),
                                                 Prop(6148)], Transfer=self._transfer)
        self.Items = {1: item}
        self.pages, self.end, self.fail, self.n = pages, end, fail, 0

    def _transfer(self, _fmt: str) -> Any:
        if self.fail is not None and self.n == self.fail:
            raise ComError(self.end)
        if self.n >= len(self.pages):
            raise ComError(0x80210003 - (1 << 32))  # WIA_ERROR_PAPER_EMPTY, signed as COM has it
        self.n += 1
        return types.SimpleNamespace(FileData=types.SimpleNamespace(BinaryData=self.pages[self.n - 1]))


class FakeClient:
    def __init__(self, device: FakeWiaDevice) -> None:
        info = types.SimpleNamespace(Type=1, DeviceID="{wia-1}", Connect=lambda: device,
                                     Properties=lambda _n: types.SimpleNamespace(Value="Fake WIA"))
        self.manager = types.SimpleNamespace(DeviceInfos=[info])

    def Dispatch(self, name: str) -> Any:  # noqa: N802 (COM's name)
        assert name == "WIA.DeviceManager"
        return self.manager


def test_wia_feeder_runs_until_the_feeder_is_empty() -> None:
    device = FakeWiaDevice([_png(s) for s in range(3)], end=0)
    scanner = WiaScanner(_ComWiaDriver(FakeClient(device)))
    assert [(d.id, d.name) for d in scanner.devices()] == [("{wia-1}", "Fake WIA")]
    pages, errors = run(scanner, "{wia-1}")
    assert (len(pages), errors) == (3, [])
    assert device.Properties[0].Value == FEEDER
    assert device.Items[1].Properties[1].Value == 200


@pytest.mark.parametrize(("hresult", "kind", "kept"), [
    (0x80210002, JAMMED, 1), (0x80210016, COVER_OPEN, 1), (0x80210003, NO_DOCS, 0)])
def test_wia_faults(hresult: int, kind: str, kept: int) -> None:
    device = FakeWiaDevice([_png(s) for s in range(3)], end=hresult, fail=kept)
    pages, errors = run(WiaScanner(_ComWiaDriver(FakeClient(device))), "{wia-1}")
    assert len(pages) == kept and [e.kind for e in errors] == [kind]


def test_wia_without_pywin32_says_no_driver() -> None:
    with pytest.raises(ScanError) as err:
        WiaScanner().devices()
    assert err.value.kind == NO_DRIVER
