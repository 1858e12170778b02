"""Saving a report as a file (XLSX, PDF, CSV): rendered whole, then written atomically."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Literal

from counter_app.core.report_table import ReportTable
from counter_app.core.messages import Message, msg
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
    raise ServiceError("format", "unknown", msg("export.unknown_format", format=str(fmt)))


def _reason(exc: OSError) -> Message:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return msg("export.disk_full")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return msg("export.no_permission")
    if exc.errno == errno.ENOENT:
        return msg("export.no_folder")
    return msg("text", text=exc.strerror or str(exc))


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
                           msg("export.write_failed", name=target.name,
                               reason=_reason(exc).as_clause())) from exc
    return target
