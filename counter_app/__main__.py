"""Entry point: `counter-app` opens the window; `status`, `search`, `show` answer on the command line."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from counter_app.config import Config, ConfigError
from counter_app.config import load as load_config
from counter_app.config import logs
from counter_app.paths import config_files, default_data_dir, install_dir, resources_dir

# The window paints before SQLAlchemy and the services load (counter_app.app): the commands
# import them when they run.
if TYPE_CHECKING:
    from counter_app.core.dossier import Dossier
    from counter_app.services.context import ServiceContext


def _fmt(dt: object) -> str:
    return dt.strftime("%H:%M %d/%m/%Y") if dt is not None else "—"  # type: ignore[attr-defined]


def _overview(ctx: ServiceContext) -> None:
    from sqlalchemy import select

    from counter_app.core.dossier import Status
    from counter_app.services import queries
    from counter_app.storage.models import DossierRow

    d = ctx.device
    print(f"Đơn vị: {d.unit_name} ({d.unit_code}) · Quầy số {d.counter_no}")
    print(f"Cơ sở dữ liệu: {ctx.store.path}")
    print(f"Danh mục: {len(ctx.catalog.procedures)} thủ tục · "
          f"lĩnh vực: {', '.join(ctx.catalog.fields()[:6])} …")
    with ctx.store.reading() as session:
        by_status = Counter(session.scalars(select(DossierRow.status)))
    print(f"Hồ sơ trong máy: {sum(by_status.values()):,}".replace(",", "."))
    for status in Status:
        if by_status.get(int(status)):
            print(f"  {int(status):>2} {status.label_vi:<38} {by_status[int(status)]:>9,}"
                  .replace(",", "."))
    counts = queries.outbox_counts(ctx)
    print(f"Chờ gửi lên hệ thống tỉnh: {counts['pending']} sự kiện · bị từ chối: {counts['rejected']}")


def _show(d: Dossier) -> None:
    print(f"Mã hồ sơ:   {d.code}")
    print(f"Thủ tục:    {d.procedure_code} {d.procedure_name}")
    print(f"Người nộp:  {d.applicant.full_name} · {d.applicant.id_number} · {d.applicant.phone}")
    print(f"Trạng thái: {int(d.status)} – {d.status.label_vi}")
    print(f"Tiếp nhận:  {_fmt(d.received_at)} · Hẹn trả: {_fmt(d.appointment_at)}")
    for i, c in enumerate(d.components, 1):
        print(f"  {i}. {c.name} (chính {c.original}, chứng thực {c.certified}, photo {c.photo})")


def _seed_if_new(folder: Path, dossiers: int) -> None:
    from counter_app.services.setup import STORE_NAME

    if not (folder / STORE_NAME).exists():
        from counter_app.tools.seed import seed_store
        print(f"Tạo dữ liệu mẫu ({dossiers} hồ sơ) trong {folder} …", flush=True)
        seed_store(folder / STORE_NAME, dossiers)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="counter-app", description="Phần mềm quầy một cửa")
    parser.add_argument("--data", type=Path, default=None,
                        help="thư mục dữ liệu của quầy (thay data.dir của cấu hình)")
    parser.add_argument("--config", type=Path, default=None,
                        help="thêm một tệp cấu hình, đọc sau tệp của máy và của người dùng")
    parser.add_argument("--demo", action="store_true",
                        help="quầy mẫu trên dữ liệu mẫu (tạo nếu chưa có; đăng nhập demo/demo1234)")
    parser.add_argument("--dossiers", type=int, default=3000, help="số hồ sơ mẫu khi tạo mới")
    parser.add_argument("--smoke", action="store_true",
                        help="tự kiểm tra bản cài đặt (kho tạm, một hồ sơ mẫu, in và đọc lại phiếu)")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("status", help="tổng quan quầy")
    s = sub.add_parser("search", help="tìm theo mã, tên (không dấu), số định danh, điện thoại")
    s.add_argument("query")
    sh = sub.add_parser("show", help="xem một hồ sơ theo mã")
    sh.add_argument("code")
    sy = sub.add_parser("sync", help="đồng bộ với hệ thống tỉnh (cho lịch chạy tự động)")
    sy.add_argument("--once", action="store_true", required=True, help="một lượt rồi thoát")
    en = sub.add_parser("enroll", help="đăng ký máy với hệ thống tỉnh bằng mã do quản trị cấp")
    en.add_argument("url", nargs="?", help="mặc định: central.url của cấu hình")
    en.add_argument("code", nargs="?", help="mặc định: enrollment.code của cấu hình")
    en.add_argument("--name", default="", help="tên máy (mặc định: Quầy N)")
    cf = sub.add_parser("config", help="xem hoặc kiểm tra cấu hình (docs/configuration.md)")
    cf.add_argument("action", choices=("show", "check"),
                    help="show: cấu hình đang dùng và nguồn của từng khóa; check: kiểm tra")
    cf.add_argument("file", nargs="?", type=Path, help="(check) chỉ kiểm tra tệp này")
    args = parser.parse_args(argv)
    if args.smoke:  # a fresh store in a temporary folder: no configuration needed
        return _smoke()
    if args.command == "config":
        from counter_app.config.cli import config_command

        return config_command(args.action, args.file, **_config_sources(args),
                              echo=print, echo_error=lambda t: print(t, file=sys.stderr))
    try:
        config = load_config(**_config_sources(args))
    except ConfigError as exc:
        return _refuse(exc.message, gui=args.command is None)
    _apply(config)
    folder = config.data_dir
    if args.command is None:
        from counter_app.app import run_gui
        # The frozen app hands over to the version the updater switched to (docs/updates.md).
        from counter_app import __version__
        from counter_app.updates.launch import relaunch_if_updated
        relaunch_if_updated(folder / "app", __version__, sys.argv[1:] if argv is None else argv)
        if args.demo:
            _seed_if_new(folder, args.dossiers)
        return run_gui(folder, demo=args.demo, config=config)
    handler = logs.install(config.log_dir, config.text("log.level"),
                           config.integer("log.max_kb") or 1024, config.integer("log.backups") or 5)
    try:
        return _run_command(args, config)
    finally:
        logs.uninstall(handler)


def _config_sources(args: argparse.Namespace) -> dict[str, object]:
    """Where the configuration comes from: files, environment, flags (later wins)."""
    files = config_files() + ([args.config] if args.config is not None else [])
    data = None if args.data is None else str(args.data)
    return {"files": files, "environ": os.environ, "flags": {"data.dir": ("--data", data)},
            "cwd": Path.cwd(), "default_data_dir": default_data_dir(), "install_dir": install_dir()}


def _apply(config: Config) -> None:
    """What the rest of the process reads from the environment: the province's CA bundle."""
    bundle = config.text("central.ca_bundle")
    if bundle:
        os.environ["REQUESTS_CA_BUNDLE"] = bundle  # requests checks the central service with it


def _refuse(message: str, *, gui: bool) -> int:
    """A wrong configuration: say why on stderr and, with a display, in a message box."""
    print(message, file=sys.stderr)
    if gui and _display_present():
        from counter_app.app import show_startup_error
        show_startup_error(message)
    return 2


def _display_present() -> bool:
    if os.environ.get("QT_QPA_PLATFORM", "") in ("offscreen", "minimal"):
        return False
    return sys.platform in ("win32", "darwin") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _run_command(args: argparse.Namespace, config: Config) -> int:
    folder = config.data_dir
    if args.command == "sync":
        from counter_app.services.errors import ServiceError
        from counter_app.services.provisioning import provision
        from counter_app.services.sync_setup import sync_once_cli
        try:
            provision(folder, config)
        except ServiceError as exc:
            print(f"Lỗi: {exc.message}", file=sys.stderr)
            return 2
        return sync_once_cli(folder)
    if args.command == "enroll":
        return _enroll(folder, args, config)
    if args.demo:
        _seed_if_new(folder, args.dossiers)
    from counter_app.services.errors import ServiceError
    from counter_app.services.setup import open_counter
    from counter_app.storage.db import StoreError

    try:
        ctx = open_counter(folder, resources_dir(), demo=args.demo)
    except (ServiceError, StoreError) as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    try:
        return _command(ctx, args)
    except ServiceError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 2
    finally:
        ctx.store.close()


def _command(ctx: ServiceContext, args: argparse.Namespace) -> int:
    from counter_app.services import queries

    if args.command == "status":
        _overview(ctx)
    elif args.command == "search":
        for r in queries.search(ctx, args.query):
            print(f"{r.code}  {r.applicant_name:<28} {r.status.label_vi:<24} "
                  f"hẹn {_fmt(r.appointment_at)}")
    elif args.command == "show":
        found = queries.find_by_code(ctx, args.code)
        if found is None:
            print(f"Không tìm thấy hồ sơ {args.code}", file=sys.stderr)
            return 1
        _show(found)
    return 0


def _smoke() -> int:
    """The installed app checks itself (make dist, the packages' tests, an IT officer)."""
    try:
        from counter_app.tools.smoke import run_smoke
        from counter_app.ui.printing.raster import pdf_grey_pages
    except Exception as exc:  # a module the build left out: the smoke check exists to say so
        print(f"KIỂM TRA THẤT BẠI: không nạp được phần kiểm tra: {exc!r}", file=sys.stderr)
        return 1
    return run_smoke(pdf_grey_pages, say=lambda line: print(line, flush=True),
                     complain=lambda line: print(line, file=sys.stderr, flush=True))


def _enroll(folder: Path, args: argparse.Namespace, config: Config) -> int:
    """Enrollment works on a new store too (no catalog yet: the first sync brings it).

    The address and the code default to central.url and enrollment.code of the configuration.
    """
    from counter_app.services.errors import ServiceError
    from counter_app.services.setup import STORE_NAME
    from counter_app.services.sync_setup import enroll_counter
    from counter_app.storage.db import open_store

    url = args.url or config.text("central.url")
    code = args.code or config.text("enrollment.code")
    if not url or not code:
        print("Lỗi: thiếu địa chỉ hệ thống tỉnh hoặc mã đăng ký (tham số, hoặc central.url và "
              "enrollment.code trong tệp cấu hình).", file=sys.stderr)
        return 2
    number = config.integer("counter.number")
    name = args.name or (f"Quầy {number}" if number else "Quầy")
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / STORE_NAME)
    try:
        device = enroll_counter(store, url, code, name)
    except ServiceError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 2
    finally:
        store.close()
    print(f"Đã đăng ký: {device.unit_name} ({device.unit_code}), quầy {device.counter_no}, "
          f"dải số {device.lanes[0].first:04d}–{device.lanes[0].last:04d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
