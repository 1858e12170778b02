"""Synthetic Vietnamese applicants for demo and benchmark stores: names, CCCD, phones, addresses."""

from __future__ import annotations

import random
from bisect import bisect
from datetime import date, timedelta
from itertools import accumulate
from typing import Sequence, TypeVar

from counter_app.core.dossier import Applicant
from counter_app.core.identity import GENDER_FEMALE, GENDER_MALE, PROVINCE_CODES
from counter_app.core.text import fold

T = TypeVar("T")

# Family names with rough national frequencies in percent (Hoàng/Huỳnh and Vũ/Võ are one name
# spelt the northern and the southern way; a Thanh Hóa desk sees mostly the northern spelling).
FAMILY_NAMES: tuple[tuple[str, float], ...] = (
    ("Nguyễn", 38.4), ("Trần", 11.0), ("Lê", 9.5), ("Phạm", 7.0), ("Hoàng", 4.3),
    ("Huỳnh", 0.8), ("Phan", 4.5), ("Vũ", 2.6), ("Võ", 1.3), ("Đặng", 2.1), ("Bùi", 2.0),
    ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3), ("Dương", 1.0), ("Lý", 0.5), ("Trịnh", 1.2),
    ("Đinh", 1.0), ("Đoàn", 0.6), ("Trương", 0.6), ("Mai", 0.6), ("Hà", 0.6), ("Lương", 0.5),
    ("Cao", 0.5), ("Đào", 0.5), ("Quách", 0.3), ("Lưu", 0.3), ("Tạ", 0.3), ("Lâm", 0.3),
    ("Tô", 0.3), ("Lại", 0.3), ("Chu", 0.2), ("Kiều", 0.2), ("Nghiêm", 0.1), ("Thiều", 0.1),
)

_MIDDLE: dict[str, tuple[tuple[str, float], ...]] = {
    GENDER_MALE: (
        ("Văn", 45), ("Đức", 8), ("Minh", 7), ("Đình", 5), ("Hữu", 5), ("Công", 5),
        ("Quang", 5), ("Xuân", 4), ("Thanh", 4), ("Ngọc", 3), ("Duy", 3), ("Trọng", 3),
        ("Quốc", 3), ("Tiến", 2), ("Anh", 2), ("Bá", 2), ("Mạnh", 2), ("Thế", 2),
        ("Hoàng", 2), ("Gia", 1), ("Tuấn", 1), ("Khánh", 1), ("Viết", 1), ("Trung", 1),
    ),
    GENDER_FEMALE: (
        ("Thị", 55), ("Ngọc", 6), ("Thu", 5), ("Thanh", 4), ("Minh", 3), ("Thùy", 3),
        ("Phương", 3), ("Hồng", 3), ("Kim", 2), ("Mai", 2), ("Bảo", 2), ("Hải", 2),
        ("Khánh", 2), ("Diệu", 1), ("Quỳnh", 1), ("Hoài", 1), ("Tuyết", 1), ("Lan", 1),
        ("Ánh", 1), ("Bích", 1), ("Thảo", 1), ("Huyền", 1),
    ),
}

_GIVEN: dict[str, tuple[str, ...]] = {
    # The first ten of each list are the commonest and weigh three times the others.
    GENDER_MALE: (
        "Anh", "Hùng", "Dũng", "Tuấn", "Minh", "Nam", "Long", "Hải", "Sơn", "Thắng",
        "An", "Bình", "Cường", "Duy", "Đạt", "Đức", "Dương", "Giang", "Hà", "Hậu", "Hiếu",
        "Hiệp", "Hòa", "Hoàng", "Huy", "Hưng", "Khang", "Khánh", "Khoa", "Kiên", "Lâm",
        "Lộc", "Lợi", "Mạnh", "Nghĩa", "Ngọc", "Nhân", "Phong", "Phúc", "Phương", "Quân",
        "Quang", "Quý", "Tài", "Tâm", "Thái", "Thành", "Thanh", "Thịnh", "Thọ", "Toàn",
        "Trung", "Trường", "Tú", "Tùng", "Việt", "Vinh", "Vũ", "Bảo", "Chiến", "Công",
        "Định", "Hoan", "Lực", "Ninh", "Sáng", "Tiến", "Trọng", "Tuệ", "Xuân",
    ),
    GENDER_FEMALE: (
        "Hương", "Linh", "Trang", "Hà", "Lan", "Hoa", "Thảo", "Huyền", "Ngọc", "Hằng",
        "An", "Anh", "Bích", "Chi", "Cúc", "Dung", "Duyên", "Giang", "Hạnh", "Hiền", "Hồng",
        "Huệ", "Hường", "Lệ", "Liên", "Loan", "Lụa", "Mai", "Mơ", "My", "Nga", "Ngân",
        "Nguyệt", "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Tâm", "Thanh", "Thơm", "Thu",
        "Thủy", "Thúy", "Thư", "Trinh", "Tuyết", "Uyên", "Vân", "Vy", "Xuân", "Yến", "Diệp",
        "Đào", "Gấm", "Hậu", "Khánh", "Lý", "Mến", "Nhàn", "Sen", "Tình", "Trâm",
    ),
}

# Units after the 2025 reorganization (two levels: commune and province). The receiving
# center of the demo unit sits in phường Hạc Thành, so the city's wards weigh more.
_THANH_HOA_WARDS: tuple[tuple[str, float], ...] = (
    ("phường Hạc Thành", 14), ("phường Quảng Phú", 4), ("phường Đông Quang", 3),
    ("phường Đông Sơn", 3), ("phường Đông Tiến", 3), ("phường Hàm Rồng", 4),
    ("phường Nguyệt Viên", 3), ("phường Sầm Sơn", 2), ("phường Nam Sầm Sơn", 1),
    ("phường Bỉm Sơn", 1), ("phường Quang Trung", 1), ("phường Ngọc Sơn", 0.5),
    ("phường Tân Dân", 0.5), ("phường Hải Lĩnh", 0.5), ("phường Tĩnh Gia", 1),
    ("phường Đào Duy Từ", 0.5), ("phường Hải Bình", 0.5), ("phường Trúc Lâm", 0.5),
    ("phường Nghi Sơn", 0.5),
)
_THANH_HOA_COMMUNES: tuple[str, ...] = (
    "xã Hoằng Hóa", "xã Hoằng Tiến", "xã Hoằng Lộc", "xã Hoằng Phú", "xã Hoằng Giang",
    "xã Hậu Lộc", "xã Hoa Lộc", "xã Vạn Lộc", "xã Triệu Lộc", "xã Hà Trung", "xã Hà Long",
    "xã Nga Sơn", "xã Nga Thắng", "xã Quảng Yên", "xã Quảng Ngọc", "xã Quảng Ninh",
    "xã Quảng Bình", "xã Quảng Chính", "xã Tiên Trang", "xã Lưu Vệ", "xã Nông Cống",
    "xã Thắng Lợi", "xã Trung Chính", "xã Thiệu Hóa", "xã Thiệu Tiến", "xã Thiệu Trung",
    "xã Yên Định", "xã Yên Phú", "xã Định Tân", "xã Thọ Xuân", "xã Sao Vàng", "xã Lam Sơn",
    "xã Xuân Lập", "xã Vĩnh Lộc", "xã Tây Đô", "xã Triệu Sơn", "xã Thọ Bình", "xã Hợp Tiến",
    "xã Đồng Tiến", "xã Ngọc Lặc", "xã Cẩm Thủy", "xã Thạch Bình", "xã Như Thanh",
    "xã Thường Xuân", "xã Bá Thước", "xã Tân Thành", "xã Các Sơn", "xã Trường Lâm",
)
_THANH_HOA = "tỉnh Thanh Hóa"
# Where people from elsewhere in the country live, as (unit, province) after the merger.
_ELSEWHERE: tuple[tuple[str, str], ...] = (
    ("phường Ba Đình", "thành phố Hà Nội"), ("phường Hoàn Kiếm", "thành phố Hà Nội"),
    ("phường Cầu Giấy", "thành phố Hà Nội"), ("phường Đống Đa", "thành phố Hà Nội"),
    ("phường Thành Vinh", "tỉnh Nghệ An"), ("phường Trường Vinh", "tỉnh Nghệ An"),
    ("phường Cửa Lò", "tỉnh Nghệ An"), ("xã Diễn Châu", "tỉnh Nghệ An"),
    ("xã Quỳnh Lưu", "tỉnh Nghệ An"), ("phường Hoa Lư", "tỉnh Ninh Bình"),
    ("phường Tây Hoa Lư", "tỉnh Ninh Bình"), ("xã Kim Sơn", "tỉnh Ninh Bình"),
    ("xã Yên Mô", "tỉnh Ninh Bình"), ("phường Thành Sen", "tỉnh Hà Tĩnh"),
    ("phường Hải Châu", "thành phố Đà Nẵng"), ("phường Thanh Khê", "thành phố Đà Nẵng"),
    ("phường Sài Gòn", "Thành phố Hồ Chí Minh"), ("phường Bến Thành", "Thành phố Hồ Chí Minh"),
    ("phường Tân Định", "Thành phố Hồ Chí Minh"), ("phường Hồng Bàng", "thành phố Hải Phòng"),
)
_STREETS: tuple[str, ...] = (
    "đường Lê Lợi", "đường Bà Triệu", "đường Trần Phú", "phố Lê Hoàn", "đường Quang Trung",
    "phố Hàng Than", "đường Nguyễn Trãi", "đường Lê Lai", "phố Tống Duy Tân",
    "đường Hải Thượng Lãn Ông", "đường Phan Chu Trinh", "đường Nguyễn Chí Thanh",
    "đường Lạc Long Quân", "phố Đào Duy Từ", "đường Dương Đình Nghệ", "đường Tô Vĩnh Diện",
)
_VILLAGES: tuple[str, ...] = (
    "Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ", "Tân Lập", "Yên Bình", "Phú Cường",
    "Đồng Xuân", "Xuân Phú", "Hòa Bình", "Quyết Thắng", "Tiến Thành", "Liên Sơn",
)

# Mobile prefixes after the 2018 renumbering (Viettel, VinaPhone, MobiFone, Vietnamobile,
# Gmobile, iTel): "0" + these two digits + seven digits is a ten-digit mobile number.
_MOBILE_PREFIXES: tuple[str, ...] = (
    "96", "97", "98", "86", "32", "33", "34", "35", "36", "37", "38", "39",
    "91", "94", "88", "81", "82", "83", "84", "85",
    "90", "93", "89", "70", "76", "77", "78", "79",
    "92", "56", "58", "99", "59", "87",
)
_MOBILE_WEIGHTS: tuple[float, ...] = (
    6, 6, 6, 4, 3, 3, 3, 3, 3, 3, 3, 3,
    5, 4, 3, 1.5, 1.5, 1.5, 1.5, 1.5,
    4, 3, 2, 2, 1.5, 1.5, 1.5, 1.5,
    1, 0.7, 0.7, 0.5, 0.3, 0.5,
)

# Where the applicant's CCCD was issued (the province of birth registration): mostly here,
# then the neighbours, then anywhere in the country.
_HOME_CODE = "038"  # Thanh Hóa
_NEAR_CODES: tuple[str, ...] = ("040", "037", "036", "035", "034", "001", "079", "042")


def _cumulative(weights: Sequence[float]) -> list[float]:
    return list(accumulate(weights))


def pick(rng: random.Random, items: Sequence[T], cum_weights: Sequence[float]) -> T:
    """One weighted choice, like random.choices(k=1) without its per-call overhead."""
    return items[bisect(cum_weights, rng.random() * cum_weights[-1])]


class PeopleFaker:
    """Makes applicants from one `random.Random`: the same generator state gives the same people."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self._family = [n for n, _ in FAMILY_NAMES]
        self._family_cw = _cumulative([w for _, w in FAMILY_NAMES])
        self._middle = {g: [n for n, _ in v] for g, v in _MIDDLE.items()}
        self._middle_cw = {g: _cumulative([w for _, w in v]) for g, v in _MIDDLE.items()}
        # Younger people less often carry the plain Văn / Thị.
        self._middle_young_cw = {
            g: _cumulative([w / 2.5 if n in ("Văn", "Thị") else w for n, w in v])
            for g, v in _MIDDLE.items()}
        self._given_cw = {g: _cumulative([3 if i < 10 else 1 for i in range(len(v))])
                          for g, v in _GIVEN.items()}
        self._wards = [n for n, _ in _THANH_HOA_WARDS]
        self._wards_cw = _cumulative([w for _, w in _THANH_HOA_WARDS])
        self._phone_cw = _cumulative(_MOBILE_WEIGHTS)
        self._all_codes = sorted(PROVINCE_CODES)

    # --- names ---------------------------------------------------------------------------

    def full_name(self, gender: str, birth_year: int) -> str:
        rng = self.rng
        family = pick(rng, self._family, self._family_cw)
        cw = self._middle_young_cw[gender] if birth_year >= 1995 else self._middle_cw[gender]
        middle = pick(rng, self._middle[gender], cw)
        given = pick(rng, _GIVEN[gender], self._given_cw[gender])
        parts = [family, middle]
        if rng.random() < 0.12:  # a second middle name: "Nguyễn Thị Thu Hà"
            second = pick(rng, self._middle[gender], self._middle_young_cw[gender])
            if second not in (middle, given):
                parts.append(second)
        if given == parts[-1]:
            given = _GIVEN[gender][0] if given != _GIVEN[gender][0] else _GIVEN[gender][1]
        parts.append(given)
        return " ".join(parts)

    # --- identity ------------------------------------------------------------------------

    def birth_date(self, on: date) -> date:
        """An adult's birth date (18–85 on `on`), most applicants being 25–55."""
        rng = self.rng
        age_days = int(rng.triangular(18, 85, 36) * 365.25)
        return on - timedelta(days=age_days + rng.randrange(365))

    def cccd(self, birth: date, gender: str) -> str:
        """A 12-digit number consistent with province, century, gender and year of birth."""
        rng = self.rng
        u = rng.random()
        if u < 0.82:
            province = _HOME_CODE
        elif u < 0.95:
            province = rng.choice(_NEAR_CODES)
        else:
            province = rng.choice(self._all_codes)
        marker = (birth.year // 100 - 19) * 2 + (1 if gender == GENDER_FEMALE else 0)
        return f"{province}{marker}{birth.year % 100:02d}{rng.randrange(1_000_000):06d}"

    def mobile(self) -> str:
        prefix = pick(self.rng, _MOBILE_PREFIXES, self._phone_cw)
        return f"0{prefix}{self.rng.randrange(10_000_000):07d}"

    def email(self, full_name: str, birth: date) -> str:
        handle = fold(full_name).replace(" ", "")
        domain = self.rng.choice(("gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com"))
        return f"{handle}{birth.year % 100:02d}{self.rng.randrange(100):02d}@{domain}"

    # --- addresses -----------------------------------------------------------------------

    def address(self) -> str:
        """Số nhà / thôn or tổ dân phố, xã or phường, tỉnh or thành phố (post-2025 names)."""
        rng = self.rng
        u = rng.random()
        if u < 0.90:
            province = _THANH_HOA
            if rng.random() < 0.55:
                unit = pick(rng, self._wards, self._wards_cw)
            else:
                unit = rng.choice(_THANH_HOA_COMMUNES)
        else:
            unit, province = rng.choice(_ELSEWHERE)
        if unit.startswith("phường"):
            if rng.random() < 0.5:
                local = f"Số {rng.randint(1, 420)} {rng.choice(_STREETS)}"
            else:
                local = f"Số {rng.randint(1, 150)}, tổ dân phố {rng.randint(1, 28)}"
        elif rng.random() < 0.5:
            local = f"Thôn {rng.randint(1, 15)}"
        else:
            local = f"Số nhà {rng.randint(1, 90)}, thôn {rng.choice(_VILLAGES)}"
        return f"{local}, {unit}, {province}"

    # --- a whole applicant ---------------------------------------------------------------

    def applicant(self, on: date) -> Applicant:
        """A citizen applying on `on`: every field valid as the intake form would store it."""
        rng = self.rng
        gender = GENDER_FEMALE if rng.random() < 0.53 else GENDER_MALE
        birth = self.birth_date(on)
        name = self.full_name(gender, birth.year)
        phone = self.mobile() if rng.random() < 0.93 else ""
        email = self.email(name, birth) if rng.random() < 0.10 else ""
        return Applicant(full_name=name, id_number=self.cccd(birth, gender), birth_date=birth,
                         gender=gender, address=self.address(), phone=phone, email=email)
