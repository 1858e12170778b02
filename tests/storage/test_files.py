"""The content-addressed file store keeps each scan once, whole, under its sha256."""

from __future__ import annotations

import errno
import hashlib
import io

import pytest

from counter_app.storage.files import FileStore, FileStoreError


def test_put_is_content_addressed_and_idempotent(tmp_path):
    store = FileStore(tmp_path / "files")
    data = b"%PDF-1.7 scan" * 1000
    first = store.put_bytes(data)
    again = store.put_bytes(data)
    assert first.sha256 == again.sha256 == hashlib.sha256(data).hexdigest()
    assert first.path.read_bytes() == data and first.size == len(data)
    assert store.verify(first.sha256)
    assert [p for p in (tmp_path / "files").rglob("*") if p.is_file()] == [first.path]


def test_corruption_is_detected(tmp_path):
    store = FileStore(tmp_path / "files")
    stored = store.put_bytes(b"abc")
    stored.path.write_bytes(b"abd")
    assert not store.verify(stored.sha256)


class _DiskFullHalfway(io.RawIOBase):
    """A source whose copy fails after the first chunk, as a full disk fails a write."""

    def __init__(self) -> None:
        self.calls = 0

    def read(self, n=-1):
        self.calls += 1
        if self.calls > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return b"x" * 1024


def test_failed_write_leaves_nothing_half_written(tmp_path):
    store = FileStore(tmp_path / "files")
    with pytest.raises(FileStoreError) as err:
        store.put_stream(_DiskFullHalfway())
    assert "No space left" in str(err.value)
    assert [p for p in (tmp_path / "files").rglob("*") if p.is_file()] == []


def test_rejects_non_digest_names(tmp_path):
    with pytest.raises(ValueError):
        FileStore(tmp_path).path_for("../../etc/passwd")
