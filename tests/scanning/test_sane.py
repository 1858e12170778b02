"""SANE's `test` device: a feeder batch to a PDF on a component; its faults keep the pages already scanned."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pypdf
import pytest
from PIL import Image
from sqlalchemy import select

from counter_app.scanning.job import JobCallbacks, ScanJob
from counter_app.scanning.model import COVER_OPEN, JAMMED, NO_DOCS, ScanError, ScanSettings
from counter_app.scanning.pipeline import Page
from counter_app.scanning.sane_backend import SaneScanner
from counter_app.services import intake, scans
from counter_app.services.context import ServiceContext
from counter_app.storage.models import AttachmentRow, OutboxRow
from tests.services.helpers import draft

FEEDER = ScanSettings(resolution=150, mode="grey", source="adf")
# The test device keeps option values between opens (as SANE backends may): each batch starts
# from the normal status.
NORMAL = {"read-return-value": "Default"}


class FaultAfter:
    """The test device, told to fail (`read-return-value`) once `pages` pages are out: what a
    jam or an opened cover does in the middle of a real batch."""

    def __init__(self, scanner: SaneScanner, pages: int, status: str) -> None:
        self.scanner, self.pages, self.status = scanner, pages, status
        self.backend = scanner.backend

    def scan(self, device_id: str, settings: ScanSettings) -> Iterator[Image.Image]:
        for n, image in enumerate(self.scanner.scan(device_id, settings), 1):
            if n == self.pages:
                self.scanner.set_option("read-return-value", self.status)
            yield image

    def cancel(self) -> None:
        self.scanner.cancel()

    def devices(self):  # type: ignore[no-untyped-def]
        return self.scanner.devices()

    def capabilities(self, device_id: str):  # type: ignore[no-untyped-def]
        return self.scanner.capabilities(device_id)


def run_job(scanner: object, device: str) -> tuple[list[Page], list[ScanError], list[int]]:
    pages: list[Page] = []
    errors: list[ScanError] = []
    done: list[int] = []
    job = ScanJob(scanner, device, FEEDER, JobCallbacks(pages.append, errors.append, done.append))  # type: ignore[arg-type]
    job.start()
    job.join(timeout=120)
    assert not job.running
    return pages, errors, done


def test_the_test_device_is_found_with_its_feeder(sane_test_device: str) -> None:
    scanner = SaneScanner()
    assert sane_test_device in [d.id for d in scanner.devices()]
    caps = scanner.capabilities(sane_test_device)
    assert caps.sources == ("flatbed", "adf")
    assert 200 in caps.resolutions and "grey" in caps.modes


def test_a_ten_page_feeder_batch_becomes_a_ten_page_pdf_on_a_component(
        sane_test_device: str, ctx: ServiceContext) -> None:
    code = intake.receive_dossier(ctx, draft(ctx)).code
    target = scans.scan_target(ctx, code)
    component = target.components[0]

    pages, errors, done = run_job(SaneScanner(options=NORMAL), sane_test_device)

    assert (len(pages), errors, done) == (10, [], [10])
    assert not any(p.blank for p in pages)  # the grid is ink on every page
    result = scans.attach_batch(ctx, target, component, pages)
    (attached,) = result.attached
    assert (attached.component, attached.pages) == (component, 10)
    with ctx.files.open(attached.sha256) as fh:
        pdf = pypdf.PdfReader(io.BytesIO(fh.read()))
    assert len(pdf.pages) == 10
    assert pdf.metadata.title == component and pdf.metadata.subject == code
    with ctx.store.reading() as session:
        rows = session.scalars(select(AttachmentRow)).all()
        events = [e.type for e in session.scalars(select(OutboxRow).order_by(OutboxRow.seq))]
    assert [(r.component, r.pages) for r in rows] == [(component, 10)]
    assert events[-1] == "dossier.attachment_added"
    again = scans.scan_target(ctx, code)
    assert again.digitized[0] and not any(again.digitized[1:])


@pytest.mark.parametrize(("status", "kind"), [("SANE_STATUS_JAMMED", JAMMED),
                                              ("SANE_STATUS_COVER_OPEN", COVER_OPEN)])
def test_a_fault_mid_batch_is_reported_and_the_pages_scanned_are_kept(
        sane_test_device: str, status: str, kind: str) -> None:
    pages, errors, done = run_job(FaultAfter(SaneScanner(options=NORMAL), 3, status), sane_test_device)

    assert [e.kind for e in errors] == [kind]
    assert len(pages) == 3 and done == [3]


def test_an_empty_feeder_is_reported_not_taken_for_an_empty_batch(sane_test_device: str) -> None:
    scanner = SaneScanner(options={"read-return-value": "SANE_STATUS_NO_DOCS"})
    pages, errors, done = run_job(scanner, sane_test_device)
    # nothing was fed: the clerk hears the feeder is empty (not "0 pages, done")
    assert pages == [] and [e.kind for e in errors] == [NO_DOCS] and done == [0]


def test_a_broken_connection_after_a_scan_raises_instead_of_killing_the_app(
        sane_test_device: str, tmp_path) -> None:
    """libsane's reader threads put SIGPIPE back to its default when a page is read; the app
    must still meet a closed socket (an upload the server hung up on) as BrokenPipeError."""
    import os
    import subprocess
    import sys

    script = tmp_path / "scan_then_write.py"
    script.write_text(
        "import os\n"
        "from counter_app.scanning.model import ScanSettings\n"
        "from counter_app.scanning.sane_backend import SaneScanner\n"
        f"pages = list(SaneScanner(options={NORMAL!r}).scan({sane_test_device!r}, "
        "ScanSettings(resolution=75, mode='grey', source='flatbed')))\n"
        "assert len(pages) == 1\n"
        "r, w = os.pipe()\n"
        "os.close(r)\n"
        "try:\n"
        "    os.write(w, b'x')\n"
        "except BrokenPipeError:\n"
        "    print('BrokenPipeError')\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          env={**os.environ}, timeout=120, check=False)
    assert done.returncode == 0, f"killed by signal {-done.returncode}: {done.stderr[-500:]}"
    assert done.stdout.strip() == "BrokenPipeError"
