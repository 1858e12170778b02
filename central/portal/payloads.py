"""The portal's records built from central's dossier rows: DongBoHoSoMC and CapNhatTienDoHoSoMC.

Pure: a dossier row (central.models.DossierRow as a dict) in, the JSON record out. Field names,
string-typed values and the yyyyMMddHHmmss Viet Nam time follow the public adapters compared
in docs/portal.md; our codes become the portal's through the mapping file (data, not code).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from counter_app.core.dossier import Status
from counter_app.core.timeutil import parse_iso, to_vn

DONG_BO = "DongBoHoSoMC"
CAP_NHAT = "CapNhatTienDoHoSoMC"
TRA_CUU = "TraCuuHoSo"
ENV_MAPPING = "CENTRAL_PORTAL_MAPPING"
DEFAULT_MAPPING = Path(__file__).with_name("mapping.json")


@dataclass(frozen=True)
class PortalMapping:
    """The mapping file, checked: every status 1-10 has a portal code."""

    status: Mapping[int, str]
    hinh_thuc: Mapping[str, str]
    loai_doi_tuong: Mapping[str, str]
    fee_payment: Mapping[str, str]
    procedure_codes: Mapping[str, str]
    field_codes: Mapping[str, str]

    def portal_status(self, status: int) -> str:
        return self.status[status]


def _table(data: Mapping[str, Any], key: str) -> dict[str, str]:
    table = data.get(key, {})
    if not isinstance(table, dict):
        raise ValueError(f"portal mapping: {key} must be an object")
    out = {k: v for k, v in table.items() if not k.startswith("_")}
    if not all(isinstance(v, str) for v in out.values()):
        raise ValueError(f"portal mapping: every value of {key} must be text")
    return out


def parse_mapping(data: Mapping[str, Any]) -> PortalMapping:
    """The mapping from its JSON; ValueError names what is missing or wrong."""
    raw_status = _table(data, "status")
    status = {int(k): v for k, v in raw_status.items()}
    missing = [int(s) for s in Status if int(s) not in status]
    if missing:
        raise ValueError(f"portal mapping: no portal status for {missing}")
    return PortalMapping(status, _table(data, "hinh_thuc"), _table(data, "loai_doi_tuong"),
                    _table(data, "fee_payment"), _table(data, "procedure_codes"),
                    _table(data, "field_codes"))


@lru_cache(maxsize=4)
def _load(path: str) -> PortalMapping:
    return parse_mapping(json.loads(Path(path).read_text(encoding="utf-8")))


def mapping() -> PortalMapping:
    """The mapping in force: $CENTRAL_PORTAL_MAPPING, else the file shipped beside this module."""
    return _load(os.environ.get(ENV_MAPPING) or str(DEFAULT_MAPPING))


def portal_time(value: datetime | str | None) -> str:
    """yyyyMMddHHmmss on Viet Nam's clock; empty when there is no such time."""
    if value is None or value == "":
        return ""
    moment = parse_iso(value) if isinstance(value, str) else value
    return to_vn(moment).strftime("%Y%m%d%H%M%S")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def dong_bo(row: Mapping[str, Any], maps: PortalMapping) -> dict[str, Any]:
    """The DongBoHoSoMC record of a dossier as central holds it now."""
    body: Mapping[str, Any] = row.get("body") or {}
    applicant: Mapping[str, Any] = body.get("applicant") or {}
    organization = _text(applicant.get("organization")).strip()
    kind = "organization" if organization else "citizen"
    fee = body.get("fee_vnd") or 0
    fees = [] if not isinstance(fee, int) or fee <= 0 else [{
        "TenPhiLePhi": "Phí, lệ phí", "MaPhiLePhi": "", "Gia": str(fee), "LoaiPhiLePhi": "1",
        "HinhThucThu": maps.fee_payment.get(_text(body.get("fee_payment")), "0")}]
    files = [{
        "TepDinhKemId": _text(item.get("sha256")),
        "TenTepDinhKem": _text(item.get("component") or item.get("name") or item.get("sha256")),
        "IsDeleted": "False", "MaThanhPhanHoSo": "", "DuongDanTaiTepTin": ""}
        for item in body.get("attachments") or [] if isinstance(item, dict)]
    supplements = [{
        "HoSoBoSungId": f"{row['code']}-BS{i}", "NoiDungBoSung": _text(item.get("note")),
        "NgayTiepNhanBoSung": portal_time(item.get("received_at")), "TrangThaiBoSung": "1"}
        for i, item in enumerate(body.get("supplements") or [], start=1) if isinstance(item, dict)]
    return {
        "MaHoSo": row["code"],
        "MaTTHC": maps.procedure_codes.get(row["procedure_code"], row["procedure_code"]),
        "TenTTHC": row["procedure_name"],
        "MaLinhVuc": maps.field_codes.get(row["field"], ""),
        "TenLinhVuc": row["field"],
        "ChuHoSo": organization or _text(applicant.get("full_name")),
        "LoaiDoiTuong": maps.loai_doi_tuong.get(kind, "1"),
        "MaDoiTuong": _text(applicant.get("id_number")),
        "SoDienThoai": _text(applicant.get("phone")),
        "Email": _text(applicant.get("email")),
        "NgayTiepNhan": portal_time(row.get("received_at")),
        "NgayHenTra": portal_time(row.get("appointment_at")),
        "TrangThaiHoSo": maps.portal_status(int(row["status"])),
        "NgayTra": portal_time(row.get("returned_at")),
        "HinhThuc": maps.hinh_thuc.get(_text(body.get("return_method")) or "counter", "0"),
        "DonViXuLy": _text(body.get("resolving_unit")),
        "TaiLieuNop": files,
        "DanhSachLePhi": fees,
        "DanhSachHoSoBoSung": supplements,
        "DanhSachGiayToKetQua": [],
    }


def cap_nhat(code: str, status: int, at: datetime, actor: str, note: str,
             appointment_at: datetime | None, maps: PortalMapping) -> dict[str, Any]:
    """The CapNhatTienDoHoSoMC record of one status change."""
    return {
        "MaHoSo": code,
        "NguoiXuLy": actor,
        "ChucDanh": "",
        "ThoiDiemXuLy": portal_time(at),
        "PhongBanXuLy": "",
        "NoiDungXuLy": note or Status(status).label_vi,
        "TrangThai": maps.portal_status(status),
        "NgayBatDau": "",
        "NgayKetThucTheoQuyDinh": portal_time(appointment_at),
    }
