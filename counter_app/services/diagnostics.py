"""Thu thập chẩn đoán: one zip for the IT officer (logs, versions, settings, sync state), no personal data."""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import sys
import tempfile
import zipfile
from collections.abc import Callable, Mapping
from datetime import datetime
from importlib import metadata
from pathlib import Path

from sqlalchemy import func, select

from counter_app.config import logs
from counter_app.config.logs import mask_text
from counter_app.config.render import show
from counter_app.services.context import ServiceContext
from counter_app.storage.db import current_revision, schema_head
from counter_app.storage import settings
from counter_app.storage.models import OutboxRow
from counter_app.sync import secrets, state

Progress = Callable[[int, int], None]  # (steps done, steps in all), from the worker thread
ERRORS_KEPT = 20  # the latest distinct error texts of the outbox

README = """Gói chẩn đoán của phần mềm quầy một cửa / counter app diagnostics bundle
Tạo lúc / made at: {made}

versions.json  phiên bản phần mềm, Python, Qt, hệ điều hành, SQLite, lược đồ dữ liệu (alembic)
config.txt     cấu hình đang dùng và nguồn của từng khóa (mã bí mật đã che)
sync.json      tình trạng đồng bộ: số sự kiện chờ gửi, lần đồng bộ cuối, lỗi (không có nội dung hồ sơ)
logs/          nhật ký; số định danh và số điện thoại đã được che

Không có dữ liệu cá nhân: không có nội dung hồ sơ, số định danh, số điện thoại.
No personal data: no dossier content, ID numbers or phone numbers.
"""


def default_name(now: datetime) -> str:
    return f"counter-app-chan-doan-{now:%Y%m%d-%H%M}.zip"


def versions(ctx: ServiceContext, ui_versions: Mapping[str, str]) -> dict[str, str]:
    """What runs: the app, Python, the OS, SQLite, the store's schema; Qt comes from the UI."""
    try:
        app_version = metadata.version("counter-app")
    except metadata.PackageNotFoundError:
        app_version = "không rõ"
    found = {
        "app": app_version,
        "frozen": str(bool(getattr(sys, "frozen", False))),
        "python": sys.version.split()[0],
        "os": platform.platform(),
        "machine": platform.machine(),
        "sqlite": sqlite3.sqlite_version,
        "store_revision": current_revision(ctx.store.engine) or "",
        "schema_head": schema_head(),
    }
    found.update(ui_versions)
    return found


def sync_state(ctx: ServiceContext) -> dict[str, object]:
    """Counts, times and error texts of the outbox; never an event's payload."""
    with ctx.store.reading() as session:
        by_state = {s: int(n) for s, n in session.execute(
            select(OutboxRow.state, func.count()).group_by(OutboxRow.state))}
        by_type = {f"{s}/{t}": int(n) for s, t, n in session.execute(
            select(OutboxRow.state, OutboxRow.type, func.count())
            .group_by(OutboxRow.state, OutboxRow.type))}
        oldest = session.scalar(select(func.min(OutboxRow.occurred_at))
                                .where(OutboxRow.state == "pending"))
        most_attempts = session.scalar(select(func.max(OutboxRow.attempts))) or 0
        errors = session.execute(
            select(OutboxRow.last_error, func.count(), func.max(OutboxRow.seq))
            .where(OutboxRow.last_error.is_not(None))
            .group_by(OutboxRow.last_error).order_by(func.max(OutboxRow.seq).desc())
            .limit(ERRORS_KEPT)).all()
        device = settings.load_device(session) or ctx.device  # after an enrollment too
        last = state.last_success(session)
        url = state.base_url(session)
        enrolled = bool(url and secrets.has_device_token(session))
    return {
        "enrolled": enrolled,
        "central_url": url or "",
        "unit_code": device.unit_code,
        "counter_no": device.counter_no,
        "device_id": device.device_id,
        "last_success": last.isoformat() if last else None,
        "outbox_by_state": by_state,
        "outbox_by_state_and_type": by_type,
        "oldest_pending": oldest.isoformat() if oldest else None,
        "most_attempts": int(most_attempts),
        "errors": [{"error": mask_text(str(text))[:500], "events": int(n)} for text, n, _ in errors],
    }


def _log_dir(ctx: ServiceContext) -> Path:
    return ctx.config.log_dir if ctx.config is not None else ctx.store.path.parent


def _config_text(ctx: ServiceContext) -> str:
    if ctx.config is None:
        return "# Không có cấu hình nạp từ tệp: mọi khóa theo giá trị mặc định.\n"
    return mask_text(show(ctx.config)) + "\n"


def collect(ctx: ServiceContext, target: Path, *, ui_versions: Mapping[str, str] | None = None,
            progress: Progress | None = None) -> Path:
    """Write the diagnostics zip to `target` (whole or not at all); return its path.

    The logs are masked again line by line: a file written before the filter existed, or by
    another program, gives away nothing either.
    """
    target = Path(target)
    log_files = logs.log_files(_log_dir(ctx))
    total = 4 + len(log_files)
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(prefix=".diagnostics-", suffix=".part", dir=target.parent)
    os.close(fd)
    temp = Path(temp_name)
    try:
        with zipfile.ZipFile(temp, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            bundle.writestr("README.txt", README.format(made=ctx.now().isoformat()))
            step()
            bundle.writestr("versions.json", _json(versions(ctx, ui_versions or {})))
            step()
            bundle.writestr("config.txt", _config_text(ctx))
            step()
            bundle.writestr("sync.json", _json(sync_state(ctx)))
            step()
            for path in log_files:
                bundle.writestr(f"logs/{path.name}", _masked_file(path))
                step()
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _json(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def _masked_file(path: Path) -> str:
    with path.open(encoding="utf-8", errors="replace") as handle:
        return "".join(mask_text(line) for line in handle)
