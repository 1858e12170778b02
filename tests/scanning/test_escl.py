"""eSCL against a fake device on loopback: capabilities, a feeder job, 503 busy, a job that dies mid-page."""

from __future__ import annotations

import pytest

from counter_app.scanning.escl import EsclScanner
from counter_app.scanning.job import JobCallbacks, ScanJob
from counter_app.scanning.model import (
    BUSY, JAMMED, NO_DOCS, UNPLUGGED, ScanError, ScanSettings,
)
from counter_app.scanning.pipeline import Page
from tests.scanning import pages as P
from tests.scanning.escl_server import Device, FakeEscl

FEEDER = ScanSettings(resolution=200, mode="grey", source="adf")


@pytest.fixture(scope="module")
def page_jpegs() -> list[bytes]:
    return [P.jpeg_bytes(P.text_page(seed=s, lines=12), quality=75) for s in range(3)]


def run(scanner: EsclScanner, url: str, settings: ScanSettings = FEEDER
        ) -> tuple[list[Page], list[ScanError]]:
    pages: list[Page] = []
    errors: list[ScanError] = []
    job = ScanJob(scanner, url, settings, JobCallbacks(pages.append, errors.append, lambda n: None))
    job.start()
    job.join(timeout=60)
    assert not job.running
    return pages, errors


def test_capabilities_are_read_from_the_device() -> None:
    with FakeEscl(Device()) as fake:
        caps = EsclScanner([fake.url]).capabilities(fake.url)
    assert caps.resolutions == (150, 300)
    assert caps.modes == ("grey", "color") and caps.sources == ("flatbed", "adf") and caps.duplex


def test_a_feeder_job_brings_every_page_and_asks_what_the_counter_chose(page_jpegs) -> None:
    with FakeEscl(Device(pages=list(page_jpegs))) as fake:
        scanner = EsclScanner([fake.url], busy_wait=0.01)
        assert [d.id for d in scanner.devices()] == [fake.url]
        pages, errors = run(scanner, fake.url, ScanSettings(resolution=200, mode="bw",
                                                            source="adf", duplex=True))
        (posted,) = fake.device.posted
    assert len(pages) == 3 and errors == []
    assert all(p.kind == "bw" and not p.blank for p in pages)
    assert "<pwg:InputSource>Feeder</pwg:InputSource>" in posted
    assert "<scan:Duplex>true</scan:Duplex>" in posted
    # the device has no 200 dpi and no B&W mode: the nearest it has
    assert "<scan:XResolution>150</scan:XResolution>" in posted
    assert "<scan:ColorMode>Grayscale8</scan:ColorMode>" in posted


def test_a_busy_device_is_waited_for(page_jpegs) -> None:
    with FakeEscl(Device(pages=list(page_jpegs[:2]), busy_posts=2, busy_pages=2)) as fake:
        pages, errors = run(EsclScanner([fake.url], busy_wait=0.01), fake.url)
    assert (len(pages), errors) == (2, [])


def test_a_device_busy_for_too_long_says_so() -> None:
    with FakeEscl(Device(busy_posts=1000)) as fake:
        pages, errors = run(EsclScanner([fake.url], busy_wait=0.001), fake.url)
    assert pages == [] and [e.kind for e in errors] == [BUSY]


def test_a_job_that_dies_mid_page_keeps_the_pages_before(page_jpegs) -> None:
    with FakeEscl(Device(pages=list(page_jpegs), die_after=2)) as fake:
        pages, errors = run(EsclScanner([fake.url], busy_wait=0.01), fake.url)
    assert len(pages) == 2
    assert [e.kind for e in errors] == [UNPLUGGED]


def test_a_jam_reported_by_the_device_status(page_jpegs) -> None:
    with FakeEscl(Device(pages=list(page_jpegs[:1]), adf_state="ScannerAdfJam")) as fake:
        pages, errors = run(EsclScanner([fake.url], busy_wait=0.01), fake.url)
    assert len(pages) == 1 and [e.kind for e in errors] == [JAMMED]


def test_an_empty_feeder_refused_by_the_device() -> None:
    with FakeEscl(Device(refuse_post=409, adf_state="ScannerAdfEmpty")) as fake:
        pages, errors = run(EsclScanner([fake.url], busy_wait=0.01), fake.url)
    assert pages == [] and [e.kind for e in errors] == [NO_DOCS]


def test_cancel_deletes_the_job(page_jpegs) -> None:
    with FakeEscl(Device(pages=list(page_jpegs))) as fake:
        scanner = EsclScanner([fake.url], busy_wait=0.01)
        batch = scanner.scan(fake.url, FEEDER)
        next(batch)
        scanner.cancel()
        assert list(batch) == []
        assert fake.device.deleted == ["/eSCL/ScanJobs/job-1"]
