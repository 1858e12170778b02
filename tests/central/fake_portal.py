"""A fake national portal on loopback: checks every record's shape, injects faults, keeps all.

It speaks the adapter protocol central.portal.client uses (a session login, then JSON service
calls with `error_code`). Each DongBoHoSoMC / CapNhatTienDoHoSoMC is checked field by field
(required keys, text values, yyyyMMddHHmmss dates, code lists); a malformed one is refused and
kept in `malformed`, so a test fails on it. A creation of a dossier it already has, or an
update of one it has not, is refused too and kept in `duplicates` / `orphans`.

Faults are chosen per push by `fault(service, record)`: "ok", "business" (a refusal),
"5xx" (an error before anything is recorded), "drop" (recorded, then the connection is closed
without a reply), "lose" (answered "00" but not recorded: what reconciliation must find).
"""

from __future__ import annotations

import json
import re
import threading
import uuid
from collections.abc import Callable
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

DATE = re.compile(r"^\d{14}$")
CODE = re.compile(r"^\d{3}\.\d{2}\.\d{2}\.[A-Z]\d{2}-\d{6}-\d{4}$")
STATUSES = {str(n) for n in range(1, 11)}
DONG_BO_TEXT = ("MaHoSo", "MaTTHC", "TenTTHC", "MaLinhVuc", "ChuHoSo", "LoaiDoiTuong",
                "MaDoiTuong", "SoDienThoai", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo",
                "HinhThuc", "DonViXuLy")
DONG_BO_LISTS = ("TaiLieuNop", "DanhSachLePhi", "DanhSachHoSoBoSung", "DanhSachGiayToKetQua")
CAP_NHAT_TEXT = ("MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "NoiDungXuLy", "TrangThai")
Fault = Callable[[str, dict[str, Any]], str]


def _date_problem(record: dict[str, Any], key: str, required: bool) -> str | None:
    value = record.get(key)
    if value == "" and not required:
        return None
    if not isinstance(value, str) or not DATE.match(value):
        return f"{key}: not yyyyMMddHHmmss: {value!r}"
    try:
        datetime.strptime(value, "%Y%m%d%H%M%S")
    except ValueError:
        return f"{key}: not a real time: {value!r}"
    return None


def dong_bo_problems(record: Any) -> list[str]:
    if not isinstance(record, dict):
        return ["record is not an object"]
    out = [f"{k}: missing or not text" for k in DONG_BO_TEXT if not isinstance(record.get(k), str)]
    out += [f"{k}: not a list" for k in DONG_BO_LISTS if not isinstance(record.get(k), list)]
    if out:
        return out
    if not CODE.match(record["MaHoSo"]):
        out.append(f"MaHoSo: {record['MaHoSo']!r}")
    if not record["ChuHoSo"].strip() or not record["TenTTHC"].strip():
        out.append("ChuHoSo and TenTTHC must not be empty")
    if record["TrangThaiHoSo"] not in STATUSES:
        out.append(f"TrangThaiHoSo: {record['TrangThaiHoSo']!r}")
    if record["LoaiDoiTuong"] not in ("1", "2") or record["HinhThuc"] not in ("0", "1"):
        out.append("LoaiDoiTuong / HinhThuc out of their lists")
    received = record["TrangThaiHoSo"] not in ("1", "3", "5")
    for key, required in (("NgayTiepNhan", received), ("NgayHenTra", received),
                          ("NgayTra", False)):
        problem = _date_problem(record, key, required)
        if problem:
            out.append(problem)
    if record["NgayTiepNhan"] and record["NgayHenTra"] < record["NgayTiepNhan"]:
        out.append("NgayHenTra before NgayTiepNhan")
    for fee in record["DanhSachLePhi"]:
        if not isinstance(fee, dict) or not str(fee.get("Gia", "")).isdigit():
            out.append(f"DanhSachLePhi: {fee!r}")
    return out


def cap_nhat_problems(record: Any) -> list[str]:
    if not isinstance(record, dict):
        return ["record is not an object"]
    out = [f"{k}: missing or not text" for k in CAP_NHAT_TEXT if not isinstance(record.get(k), str)]
    if out:
        return out
    if record["TrangThai"] not in STATUSES:
        out.append(f"TrangThai: {record['TrangThai']!r}")
    if not record["NguoiXuLy"].strip() or not record["NoiDungXuLy"].strip():
        out.append("NguoiXuLy and NoiDungXuLy must not be empty")
    problem = _date_problem(record, "ThoiDiemXuLy", True)
    return out + ([problem] if problem else [])


class FakePortal:
    """Start with `with FakePortal() as portal:`; `portal.url` is its base URL."""

    USERNAME = "tinh-h56"
    PASSWORD = "mat-khau-cong"
    MADONVI = "000.00.00.H56"

    def __init__(self, fault: Fault | None = None) -> None:
        self.fault: Fault = fault or (lambda service, record: "ok")
        self.lock = threading.Lock()
        self.sessions: set[str] = set()
        self.dossiers: dict[str, dict[str, Any]] = {}
        self.received: list[tuple[str, str, str]] = []  # (service, MaHoSo, status) as recorded
        self.malformed: list[str] = []
        self.duplicates: list[str] = []
        self.orphans: list[str] = []
        self.calls = 0
        self.lookups = 0
        self.lost: list[tuple[str, str, str]] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FakePortal:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def history(self, code: str) -> list[tuple[str, str]]:
        return [(service, status) for service, c, status in self.received if c == code]

    # -- the protocol -----------------------------------------------------------------------
    def login(self, body: dict[str, Any]) -> dict[str, Any]:
        if body.get("username") != self.USERNAME or body.get("password") != self.PASSWORD:
            return {"error_code": "01", "message": "Sai tài khoản"}
        token = uuid.uuid4().hex
        with self.lock:
            self.sessions.add(token)
        return {"error_code": "00", "session": token}

    def integrate(self, body: dict[str, Any]) -> tuple[int, dict[str, Any] | None]:
        """(HTTP status, reply); reply None: drop the connection without answering."""
        if body.get("session") not in self.sessions:
            return 401, {"error_code": "401", "message": "session"}
        if body.get("madonvi") != self.MADONVI:
            return 200, {"error_code": "02", "message": "madonvi"}
        service = body.get("service")
        if service == "TraCuuHoSo":
            with self.lock:
                self.lookups += 1
                found = self.dossiers.get(str(body.get("mahoso")))
                return 200, {"error_code": "00", "result": [dict(found)] if found else []}
        data = body.get("data")
        if service not in ("DongBoHoSoMC", "CapNhatTienDoHoSoMC") or not isinstance(data, list) \
                or len(data) != 1:
            self.malformed.append(f"envelope: {service!r} with {type(data).__name__}")
            return 200, {"error_code": "99", "message": "bad envelope"}
        record = data[0]
        with self.lock:
            self.calls += 1
            action = self.fault(service, record)
            if action == "5xx":
                return 503, {"error_code": "503"}
            if action == "business":
                return 200, {"error_code": "98", "message": "Hệ thống bận, thử lại sau"}
            refusal = self._apply(service, body, record, lose=action == "lose")
            if refusal:
                return 200, {"error_code": "97", "message": refusal}
            return 200, None if action == "drop" else {"error_code": "00", "message": "Thành công"}

    def _apply(self, service: str, body: dict[str, Any], record: Any, lose: bool) -> str | None:
        if service == "DongBoHoSoMC":
            problems = dong_bo_problems(record)
            if body.get("isUpdating") not in ("True", "False"):
                problems.append(f"isUpdating: {body.get('isUpdating')!r}")
        else:
            problems = cap_nhat_problems(record)
        if problems:
            self.malformed.append(f"{service} {record.get('MaHoSo') if isinstance(record, dict) else ''}: "
                                  + "; ".join(problems))
            return "; ".join(problems)
        code = record["MaHoSo"]
        if service == "DongBoHoSoMC":
            updating = body["isUpdating"] == "True"
            if updating != (code in self.dossiers):
                (self.orphans if updating else self.duplicates).append(code)
                return "Hồ sơ chưa có" if updating else "Hồ sơ đã tồn tại"
            status = record["TrangThaiHoSo"]
            entry = (service + (" update" if updating else ""), code, status)
            if lose:
                self.lost.append(entry)
                return None
            self.dossiers[code] = dict(record)
        else:
            if code not in self.dossiers:
                self.orphans.append(code)
                return "Hồ sơ chưa được đồng bộ"
            status = record["TrangThai"]
            entry = (service, code, status)
            if lose:
                self.lost.append(entry)
                return None
            self.dossiers[code]["TrangThaiHoSo"] = status
        self.received.append(entry)
        return None

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        portal = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no 40 ms delayed-ACK stall per reply

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length).decode("utf-8"))
                except (ValueError, UnicodeDecodeError):
                    portal.malformed.append("body is not UTF-8 JSON")
                    self._answer(400, {"error_code": "400"})
                    return
                if self.path == "/auth":
                    self._answer(200, portal.login(body))
                elif self.path == "/integration":
                    status, reply = portal.integrate(body)
                    if reply is None:  # recorded, then the reply is lost
                        self.close_connection = True
                        return
                    self._answer(status, reply)
                else:
                    self._answer(404, {"error_code": "404"})

            def _answer(self, status: int, reply: dict[str, Any]) -> None:
                data = json.dumps(reply, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
