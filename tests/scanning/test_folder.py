"""Folder import: JPEG, multi-page TIFF and PDF come in; a bomb, a truncated file refused, none stored."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import img2pdf
import pytest
from PIL import Image
from sqlalchemy import func, select

from counter_app.scanning import pipeline
from counter_app.scanning.folder import FolderScanner, FolderWatch, read_file
from counter_app.scanning.model import TOO_LARGE, UNREADABLE, ScanError, ScanSettings
from counter_app.services import intake, scans
from counter_app.services.context import ServiceContext
from counter_app.storage.models import AttachmentRow, OutboxRow, StoredFileRow
from tests.scanning import pages as P
from tests.services.helpers import draft


def _tiff(pages: list[Image.Image]) -> bytes:
    out = io.BytesIO()
    pages[0].save(out, format="TIFF", save_all=True, append_images=pages[1:],
                  compression="tiff_lzw", dpi=(200, 200))
    return out.getvalue()


def bomb_png(width: int = 40_000, height: int = 40_000) -> bytes:
    """A valid PNG header claiming 1.6 billion pixels, with a tiny compressed body."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    body = zlib.compress(b"\x00" * 1024 * 64, 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    text = [P.text_page(seed=s, lines=10) for s in range(3)]
    made = {
        "one.jpg": P.jpeg_bytes(text[0]),
        "three.tif": _tiff(text),
        "two.pdf": img2pdf.convert([P.jpeg_bytes(text[1]), P.jpeg_bytes(text[2])]),
        "bomb.png": bomb_png(),
        "cut.jpg": P.jpeg_bytes(text[0])[:20_000],
    }
    out = {}
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
        out[name] = tmp_path / name
    return out


@pytest.mark.parametrize(("name", "count"), [("one.jpg", 1), ("three.tif", 3), ("two.pdf", 2)])
def test_each_page_of_a_file_comes_in(files: dict[str, Path], name: str, count: int) -> None:
    images = read_file(files[name])
    assert len(images) == count
    processed = [pipeline.process(im) for im in images]
    assert all(p.kind == "bw" and not p.blank for p in processed)
    assert all(abs(p.width - 1654) <= 2 for p in processed)  # A4 at 200 dpi, dpi carried over


@pytest.mark.parametrize(("name", "kind"), [("bomb.png", TOO_LARGE), ("cut.jpg", UNREADABLE)])
def test_a_bomb_or_a_truncated_file_is_refused_and_nothing_is_stored(
        files: dict[str, Path], name: str, kind: str, ctx: ServiceContext) -> None:
    code = intake.receive_dossier(ctx, draft(ctx)).code
    target = scans.scan_target(ctx, code)
    with ctx.store.reading() as session:
        events_before = session.scalar(select(func.count()).select_from(OutboxRow))
    scanner = FolderScanner([files["one.jpg"], files[name]])
    kept: list[pipeline.Page] = []
    with pytest.raises(ScanError) as err:
        for image in scanner.scan("folder", ScanSettings()):
            kept.append(pipeline.process(image))
    assert err.value.kind == kind
    assert len(kept) == 1  # the good file before it is still there for the clerk
    with ctx.store.reading() as session:
        assert session.scalar(select(func.count()).select_from(AttachmentRow)) == 0
        assert session.scalar(select(func.count()).select_from(StoredFileRow)) == 0
        assert session.scalar(select(func.count()).select_from(OutboxRow)) == events_before
    assert [p for p in ctx.files.root.rglob("*") if p.is_file()] == []
    assert target.digitized == (False,) * len(target.digitized)


def test_a_file_still_being_written_is_taken_only_once_it_stops_changing(tmp_path: Path) -> None:
    watch = FolderWatch(tmp_path, debounce=2.0)
    (tmp_path / "old.jpg").write_bytes(b"x")
    watch.ignore_existing()
    path = tmp_path / "scan0001.jpg"
    path.write_bytes(b"half")
    assert watch.ready(100.0) == []
    with open(path, "ab") as fh:  # the scanner writes more over the network
        fh.write(b" and more")
    os.utime(path, (1000, 1000))
    assert watch.ready(101.0) == []  # changed: the debounce starts again
    assert watch.ready(102.5) == []  # 1.5 s unchanged
    assert watch.ready(103.1) == [path]  # 2.1 s unchanged: complete
    assert watch.ready(200.0) == []  # taken once
    (tmp_path / ".partial.tmp").write_bytes(b"x")
    (tmp_path / "notes.txt").write_bytes(b"x")
    assert watch.ready(300.0) == [] and watch.ready(400.0) == []
