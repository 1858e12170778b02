"""What a unit prints about itself: names, address, logo, lookup URL, place, fonts folder."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path



def default_fonts_dir() -> Path:
    """resources/fonts of the source tree, or of COUNTER_APP_RESOURCES in a packaged install."""
    override = os.environ.get("COUNTER_APP_RESOURCES")
    base = Path(override) if override else Path(__file__).resolve().parents[2] / "resources"
    return base / "fonts"


@dataclass(frozen=True)
class PrintConfig:
    """Per-deployment settings of printed documents (a province adjusts these, not the code).

    ``unit_name`` is the receiving unit as the header's second line prints it, e.g.
    "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"; ``parent_name`` the authority above it, e.g.
    "UBND TỈNH THANH HÓA"; ``place_name`` the place of the date line ("Thanh Hóa, ngày …").
    ``lookup_url_template`` holds ``{code}``, e.g.
    "https://dichvucong.thanhhoa.gov.vn/tra-cuu/{code}"; empty means no QR code is printed.
    The central service's lookup page lives at ``/tra-cuu/{code}`` (docs/public-pages.md).
    """

    unit_name: str
    parent_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    place_name: str = ""
    lookup_url_template: str = ""
    logo_path: Path | None = None
    fonts_dir: Path | None = None
    # The unit as sentences name it ("Trung tâm Phục vụ hành chính công tỉnh … tiếp nhận hồ sơ
    # của", "… xin lỗi Ông/Bà"); the header prints ``unit_name`` in capitals.
    desk_name: str = "Bộ phận Một cửa"
    # Signatory of letters (Mẫu 04, 05) when the document data does not name one.
    head_title: str = "THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ"
    head_name: str = ""
    # Mã số thuế of the organisation that collects fees (printed on the fee receipt).
    tax_code: str = ""

    def lookup_url(self, code: str, key: str = "") -> str:
        """The public lookup URL of a dossier, or "" when none is configured.

        With the dossier's lookup key (made at intake) the URL carries it too: in place of
        ``{key}`` if the template has one, else as a ``key`` query parameter. Without it the
        lookup asks the citizen for the last 4 digits of the phone or ID number.
        """
        if not self.lookup_url_template:
            return ""
        url = self.lookup_url_template.replace("{code}", code.strip())
        if "{key}" in url or not key:
            return url.replace("{key}", key.strip())
        return f"{url}{'&' if '?' in url else '?'}key={key.strip()}"

    def fonts_path(self) -> Path:
        return self.fonts_dir if self.fonts_dir is not None else default_fonts_dir()


DEMO_CONFIG = PrintConfig(
    unit_name="TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
    parent_name="UBND TỈNH THANH HÓA",
    address="Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
    phone="0237 3 720 000",
    place_name="Thanh Hóa",
    lookup_url_template="https://dichvucong.thanhhoa.gov.vn/tra-cuu/{code}",
    desk_name="Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa",
    head_title="GIÁM ĐỐC",
    tax_code="2800000000",
)
"""A demo configuration (the address, phone and tax code are illustrative, not verified)."""
