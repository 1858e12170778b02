"""Saving a report as a file (XLSX, PDF, CSV): rendered whole, then written atomically."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Literal

from counter_app.core.report_table import ReportTable
from counter_app.services.errors import ServiceError

Format = Literal["xlsx", "pdf", "csv"]
FORMATS: tuple[Format, ...] = ("xlsx", "pdf", "csv")


def render(table: ReportTable, fmt: Format) -> bytes:
    """The file's bytes in ``fmt`` (also what the print preview shows, as PDF)."""
    # reportlab and openpyxl load on the first export, not when the reports screen is built.
    from counter_app.printing import exports

    if fmt == "xlsx":
        return exports.to_xlsx(table)
    if fmt == "pdf":
        return exports.to_pdf(table)
    if fmt == "csv":
        return exports.to_csv(table)
    raise ServiceError("format", "unknown", f"Không xuất được báo cáo ra định dạng “{fmt}”.")


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "ổ đĩa đã đầy"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "không có quyền ghi vào thư mục này"
    if exc.errno == errno.ENOENT:
        return "thư mục không tồn tại"
    return exc.strerror or str(exc)


def export(table: ReportTable, path: Path | str, fmt: Format) -> Path:
    """Write ``table`` to ``path`` in ``fmt``; returns the path written.

    The bytes go to a temporary file beside the target, are flushed to disk, then renamed over
    it: a full disk or a power cut leaves the old file (or none), never half of the new one.
    """
    target = Path(path)
    data = render(table, fmt)
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                        dir=target.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp_name, target)
    except OSError as exc:
        if tmp_name:
            try:
                os.unlink(tmp_name)
            except FileNotFoundError:
                pass
        raise ServiceError("path", "write_failed",
                           f"Không lưu được tệp “{target.name}”: {_reason(exc)}. "
                           "Tệp cũ (nếu có) vẫn giữ nguyên.") from exc
    return target
