"""`python -m counter_app.tools.users add|list|unlock|passwd`: local clerk accounts of a counter."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import Sequence

from counter_app.core.messages import msg
from counter_app.paths import data_dir
from counter_app.services import auth
from counter_app.services.context import system_clock
from counter_app.services.errors import ServiceError
from counter_app.services.setup import STORE_NAME
from counter_app.storage.db import open_store


def _password(prompt: str) -> str:
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Nhập lại: ") != first:
            raise ServiceError("password", "mismatch", msg("auth.password_mismatch"))
        return first
    return sys.stdin.readline().rstrip("\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="counter_app.tools.users",
                                     description="Tài khoản cán bộ tại quầy (mật khẩu đọc từ stdin)")
    parser.add_argument("--data", type=Path, default=None, help="thư mục dữ liệu của quầy")
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("add", help="thêm tài khoản")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="họ tên")
    add.add_argument("--role", default="clerk", choices=auth.ROLES)
    sub.add_parser("list", help="liệt kê")
    for name in ("unlock", "passwd"):
        p = sub.add_parser(name)
        p.add_argument("username")
    args = parser.parse_args(argv)
    store = open_store((args.data or data_dir()) / STORE_NAME)
    try:
        if args.command == "add":
            auth.add_clerk(store, args.username, args.name, args.role,
                           _password("Mật khẩu: "), system_clock())
            print(f"Đã thêm {args.username}")
        elif args.command == "list":
            for c in auth.list_clerks(store):
                print(f"{c.username}\t{c.role}\t{c.full_name}")
        elif args.command == "unlock":
            auth.unlock(store, args.username)
        elif args.command == "passwd":
            auth.set_password(store, args.username, _password("Mật khẩu mới: "))
    except ServiceError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 2
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
