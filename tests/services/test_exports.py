"""Saving an export: the file appears whole or not at all; a full disk says so and keeps the old file."""

from __future__ import annotations

import errno
import os

import pytest

from counter_app.services import exports
from counter_app.services.errors import ServiceError
from tests.report_samples import form06_table


@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_export_writes_the_rendered_file_and_nothing_else(tmp_path, fmt):
    target = tmp_path / f"bieu06.{fmt}"
    table = form06_table()
    assert exports.export(table, target, fmt) == target
    data = target.read_bytes()
    if fmt == "pdf":
        assert data.startswith(b"%PDF")  # reportlab stamps the time: not byte-identical
    else:
        assert data == exports.render(table, fmt)
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_full_disk_leaves_no_half_file_and_keeps_the_old_one(tmp_path, monkeypatch):
    target = tmp_path / "bieu06.xlsx"
    target.write_bytes(b"the report saved last month")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(exports.os, "fsync", full)
    with pytest.raises(ServiceError) as caught:
        exports.export(form06_table(), target, "xlsx")
    assert "ổ đĩa đã đầy" in caught.value.message and "bieu06.xlsx" in caught.value.message
    assert target.read_bytes() == b"the report saved last month"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_a_folder_that_is_gone_gives_a_clear_error(tmp_path):
    with pytest.raises(ServiceError) as caught:
        exports.export(form06_table(), tmp_path / "gone" / "bieu06.csv", "csv")
    assert "thư mục không tồn tại" in caught.value.message
    assert not (tmp_path / "gone").exists()


def test_an_unknown_format_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(ServiceError) as caught:
        exports.export(form06_table(), tmp_path / "bieu06.doc", "doc")  # type: ignore[arg-type]
    assert "doc" in caught.value.message
    assert not list(tmp_path.iterdir())


def test_no_other_process_can_see_a_half_written_file(tmp_path, monkeypatch):
    """Until the rename, the target name does not exist: readers see nothing or everything."""
    target = tmp_path / "so-theo-doi.csv"
    seen: list[bool] = []
    real_fsync = os.fsync

    def look(fd: int) -> None:
        seen.append(target.exists())
        real_fsync(fd)

    monkeypatch.setattr(exports.os, "fsync", look)
    exports.export(form06_table(), target, "csv")
    assert seen == [False] and target.exists()
