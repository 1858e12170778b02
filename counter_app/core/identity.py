"""Identity documents and contacts: CCCD/CMND numbers, the CCCD QR code, phones, emails."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType

from counter_app.core.messages import Message, msg
from counter_app.core.text import clean_text, fold, nfc

__all__ = [
    "PROVINCE_CODES",
    "QR_LAYOUTS",
    "CccdCard",
    "CccdError",
    "CccdInfo",
    "CmndError",
    "EmailError",
    "IdentityError",
    "PhoneError",
    "QrError",
    "decode_cccd",
    "find_cccd_qr",
    "normalize_gender",
    "normalize_phone",
    "parse_cccd_qr",
    "validate_cccd",
    "validate_cmnd",
    "validate_email",
    "validate_id_number",
]


class IdentityError(ValueError):
    """An identity number, phone, email or QR content was rejected.

    ``str(error)`` is a Vietnamese sentence a clerk can read; ``code`` is a stable English
    identifier for programs and tests.
    """

    def __init__(self, code: str, message: Message) -> None:
        super().__init__(message.text)
        self.code = code
        self.msg = message
        self.message = message.text


class CccdError(IdentityError):
    """A 12-digit citizen identity (CCCD) number was rejected."""


class CmndError(IdentityError):
    """An old 9-digit identity card (CMND) number was rejected."""


class PhoneError(IdentityError):
    """A phone number was rejected."""


class EmailError(IdentityError):
    """An email address was rejected."""


class QrError(IdentityError):
    """The content of an identity card's QR code was rejected."""


# Province codes of the 12-digit number (Circular 07/2016/TT-BCA as amended by 59/2021/TT-BCA).
# The 2025 merger of provinces did not renumber anybody, so all 63 historic codes stay valid.
PROVINCE_CODES: Mapping[str, str] = MappingProxyType(
    {
        "001": "Hà Nội",
        "002": "Hà Giang",
        "004": "Cao Bằng",
        "006": "Bắc Kạn",
        "008": "Tuyên Quang",
        "010": "Lào Cai",
        "011": "Điện Biên",
        "012": "Lai Châu",
        "014": "Sơn La",
        "015": "Yên Bái",
        "017": "Hòa Bình",
        "019": "Thái Nguyên",
        "020": "Lạng Sơn",
        "022": "Quảng Ninh",
        "024": "Bắc Giang",
        "025": "Phú Thọ",
        "026": "Vĩnh Phúc",
        "027": "Bắc Ninh",
        "030": "Hải Dương",
        "031": "Hải Phòng",
        "033": "Hưng Yên",
        "034": "Thái Bình",
        "035": "Hà Nam",
        "036": "Nam Định",
        "037": "Ninh Bình",
        "038": "Thanh Hóa",
        "040": "Nghệ An",
        "042": "Hà Tĩnh",
        "044": "Quảng Bình",
        "045": "Quảng Trị",
        "046": "Thừa Thiên Huế",
        "048": "Đà Nẵng",
        "049": "Quảng Nam",
        "051": "Quảng Ngãi",
        "052": "Bình Định",
        "054": "Phú Yên",
        "056": "Khánh Hòa",
        "058": "Ninh Thuận",
        "060": "Bình Thuận",
        "062": "Kon Tum",
        "064": "Gia Lai",
        "066": "Đắk Lắk",
        "067": "Đắk Nông",
        "068": "Lâm Đồng",
        "070": "Bình Phước",
        "072": "Tây Ninh",
        "074": "Bình Dương",
        "075": "Đồng Nai",
        "077": "Bà Rịa - Vũng Tàu",
        "079": "Hồ Chí Minh",
        "080": "Long An",
        "082": "Tiền Giang",
        "083": "Bến Tre",
        "084": "Trà Vinh",
        "086": "Vĩnh Long",
        "087": "Đồng Tháp",
        "089": "An Giang",
        "091": "Kiên Giang",
        "092": "Cần Thơ",
        "093": "Hậu Giang",
        "094": "Sóc Trăng",
        "095": "Bạc Liêu",
        "096": "Cà Mau",
    }
)

GENDER_MALE = "Nam"
GENDER_FEMALE = "Nữ"


def _gender_word(gender: str) -> Message:
    """The gender as a word of the sentence (stored data stays "Nam"/"Nữ")."""
    return msg("gender.female" if gender == GENDER_FEMALE else "gender.male")


# Folded spellings a form or a program may use for the two genders printed on the card.
_GENDER_ALIASES: Mapping[str, str] = MappingProxyType(
    {"nam": GENDER_MALE, "male": GENDER_MALE, "nu": GENDER_FEMALE, "female": GENDER_FEMALE}
)

# The 4th digit encodes century and gender together: digit // 2 picks the century.
_CENTURY_BY_PAIR: tuple[int, ...] = (1900, 2000, 2100, 2200, 1800)

# re.ASCII: str.isdigit() would accept Arabic-Indic or full-width digits.
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_WHITESPACE = re.compile(r"\s+")


def _strip_spaces(number: str) -> str:
    # Clerks often type or paste the number grouped ("001 203 012 345").
    return _WHITESPACE.sub("", number)


def _is_digits(text: str, length: int) -> bool:
    return len(text) == length and _DIGITS.fullmatch(text) is not None


def normalize_gender(gender: str) -> str:
    """Return ``"Nam"`` or ``"Nữ"`` for any case/diacritics spelling of Nam/Nữ/male/female."""
    canonical = _GENDER_ALIASES.get(fold(gender))
    if canonical is None:
        raise IdentityError("gender_unknown", msg("gender.unknown", gender=gender))
    return canonical


@dataclass(frozen=True)
class CccdInfo:
    """What the first six digits of a CCCD number say about its holder."""

    province_code: str
    province_name: str
    gender: str  # "Nam" or "Nữ"
    century_start: int  # 1800, 1900, 2000, 2100 or 2200
    birth_year_2digits: int  # 0..99, digits 5–6

    @property
    def birth_year(self) -> int:
        """The full year of birth encoded by the number."""
        return self.century_start + self.birth_year_2digits


def decode_cccd(number: str) -> CccdInfo:
    """Decode a CCCD number; raise :class:`CccdError` if it is not 12 digits of a known province."""
    digits = _strip_spaces(number)
    if not _is_digits(digits, 12):
        raise CccdError("cccd_length", msg("cccd.length", got=number.strip()))
    province_code = digits[:3]
    province_name = PROVINCE_CODES.get(province_code)
    if province_name is None:
        raise CccdError("cccd_province", msg("cccd.province", province=province_code))
    marker = int(digits[3])
    return CccdInfo(
        province_code=province_code,
        province_name=province_name,
        gender=GENDER_FEMALE if marker % 2 else GENDER_MALE,
        century_start=_CENTURY_BY_PAIR[marker // 2],
        birth_year_2digits=int(digits[4:6]),
    )


def validate_cccd(
    number: str, birth_date: date | None = None, gender: str | None = None
) -> str:
    """Return the 12-digit CCCD number without spaces, checked against birth date and gender.

    Raises :class:`CccdError` naming the first inconsistency found.
    """
    info = decode_cccd(number)
    digits = _strip_spaces(number)
    if birth_date is not None:
        if not info.century_start <= birth_date.year < info.century_start + 100:
            raise CccdError("cccd_century", msg(
                "cccd.century", digit=digits[3], first=info.century_start,
                last=info.century_start + 99, year=birth_date.year))
        if birth_date.year % 100 != info.birth_year_2digits:
            raise CccdError("cccd_birth_year", msg("cccd.birth_year", digits=digits[4:6],
                                                   year=birth_date.year))
    if gender is not None:
        try:
            expected = normalize_gender(gender)
        except IdentityError as exc:
            raise CccdError(exc.code, exc.msg) from exc
        if expected != info.gender:
            raise CccdError("cccd_gender", msg("cccd.gender", digit=digits[3],
                                               gender=_gender_word(info.gender),
                                               expected=_gender_word(expected)))
    return digits


def validate_cmnd(number: str) -> str:
    """Return the old 9-digit CMND number without spaces, or raise :class:`CmndError`."""
    digits = _strip_spaces(number)
    if not _is_digits(digits, 9):
        raise CmndError("cmnd_length", msg("cmnd.length", got=number.strip()))
    return digits


def validate_id_number(number: str) -> str:
    """Return a CCCD (12 digits) or CMND (9 digits) number checked by its own rules."""
    digits = _strip_spaces(number)
    if len(digits) == 12:
        return validate_cccd(digits)
    if len(digits) == 9:
        return validate_cmnd(digits)
    raise IdentityError("id_length", msg("id.length", got=number.strip()))


# Separators people write inside a phone number: "(024) 3825.1234", "091-234-5678".
_PHONE_SEPARATORS = re.compile(r"[\s.\-()]+")
_MOBILE_FIRST_DIGITS = frozenset("35789")
_LANDLINE_FIRST_DIGIT = "2"


def normalize_phone(text: str) -> str:
    """Return a Vietnamese phone number as ``0`` + 9 digits (mobile) or ``02`` + 9 (landline).

    Accepts spaces, dots, dashes and parentheses, and the forms ``+84…``, ``0084…``,
    ``84…`` (11 digits for a mobile, 12 for a landline) and ``0…``. Since the 2017–2018
    renumbering a landline is 11 digits (``024 3825 1234``) and a mobile 10 digits.
    """
    raw = text.strip()
    if not raw:
        raise PhoneError("phone_empty", msg("phone.empty"))
    compact = _PHONE_SEPARATORS.sub("", raw)
    plus = compact.startswith("+")
    digits = compact[1:] if plus else compact
    if not digits or _DIGITS.fullmatch(digits) is None:
        raise PhoneError("phone_chars", msg("phone.chars", phone=raw))
    if plus or digits.startswith("00"):
        international = digits if plus else digits[2:]
        if not international.startswith("84"):
            raise PhoneError("phone_country", msg("phone.country", phone=raw))
        # "+84 (0)912 …" is a common way of writing it: the trunk 0 is not dialled after +84.
        subscriber = international[2:]
        national = subscriber if subscriber.startswith("0") else "0" + subscriber
    elif digits.startswith("0"):
        national = digits
    elif digits.startswith("84") and len(digits) in (11, 12):
        # Country code without "+": 84 + 9 digits (mobile) or 84 + 10 digits (landline).
        national = "0" + digits[2:]
    else:
        raise PhoneError("phone_prefix", msg("phone.start", phone=raw))

    if len(national) < 2 or national[1] not in _MOBILE_FIRST_DIGITS | {_LANDLINE_FIRST_DIGIT}:
        raise PhoneError("phone_prefix", msg("phone.prefix", phone=raw))
    expected = 11 if national[1] == _LANDLINE_FIRST_DIGIT else 10
    kind = "landline" if expected == 11 else "mobile"
    if len(national) < expected:
        raise PhoneError("phone_too_short",
                         msg(f"phone.too_short.{kind}", phone=raw, digits=expected))
    if len(national) > expected:
        raise PhoneError("phone_too_long",
                         msg(f"phone.too_long.{kind}", phone=raw, digits=expected))
    return national


def validate_email(text: str) -> str:
    """Return a pragmatically checked email address, stripped, with its domain lower-cased."""
    address = nfc(text.strip())
    if not address:
        raise EmailError("email_empty", msg("email.empty"))
    if any(ch.isspace() for ch in address):
        raise EmailError("email_space", msg("email.space", email=address))
    if address.count("@") != 1:
        raise EmailError("email_at", msg("email.at", email=address))
    local, domain = address.split("@")
    if not local:
        raise EmailError("email_local", msg("email.local", email=address))
    labels = domain.split(".")
    if len(labels) < 2 or any(not label for label in labels):
        raise EmailError("email_domain", msg("email.domain", email=address))
    return f"{local}@{domain.lower()}"


@dataclass(frozen=True)
class CccdCard:
    """The holder data read from an identity card's QR code (texts in NFC)."""

    id_number: str
    old_id_number: str | None
    full_name: str
    birth_date: date
    gender: str  # "Nam" or "Nữ"
    address: str
    issue_date: date


def _parse_ddmmyyyy(text: str, what: Message, code: str) -> date:
    if not _is_digits(text, 8):
        raise QrError(code, msg("qr.date_format", what=what, text=text))
    try:
        return date(int(text[4:]), int(text[2:4]), int(text[:2]))
    except ValueError:
        raise QrError(code, msg("qr.no_such_date", what=what, text=text)) from None


_CCCD_FIELD_COUNT = 7


def _qr_fields(text: str) -> list[str]:
    # Some scanners end the content with a "|" (or several) before their terminator: empty
    # fields after the last one carry nothing and are not a different layout.
    fields = [field.strip() for field in text.split("|")]
    while len(fields) > _CCCD_FIELD_COUNT and not fields[-1]:
        fields.pop()
    return fields


_QR_GENDERS: Mapping[str, str] = MappingProxyType({"nam": GENDER_MALE, "nu": GENDER_FEMALE})


def _name_case(name: str) -> str:
    # A scanner typing with Caps Lock on (or set to upper case) sends "NGUYỄN VĂN AN".
    return name.title() if name.isupper() else name


def _parse_cccd_layout(text: str) -> CccdCard | None:
    """The chip CCCD layout: ``CCCD|CMND|name|ddMMyyyy|gender|address|ddMMyyyy``."""
    fields = _qr_fields(text)
    if len(fields) != _CCCD_FIELD_COUNT:
        return None
    id_text, old_text, name_text, birth_text, gender_raw, address_text, issue_text = fields
    try:
        decode_cccd(id_text)
        birth_date = _parse_ddmmyyyy(birth_text, msg("qr.birth_date"), "qr_birth_date")
        # The card says Nam or Nữ; a scanner may send "NAM", "NỮ", or "Nu" (no diacritics).
        gender_text = _QR_GENDERS.get(fold(gender_raw))
        if gender_text is None:
            raise QrError("qr_gender", msg("qr.gender", gender=gender_raw))
        id_number = validate_cccd(id_text, birth_date, gender_text)
    except CccdError as exc:
        # One exception type for the caller of the scan; the CCCD reason stays in code/message.
        raise QrError(exc.code, msg("qr.wrapped", problem=exc.msg)) from exc
    old_id_number: str | None = None
    if old_text:
        if not _is_digits(old_text, 9):
            raise QrError("qr_old_id", msg("qr.old_id", old=old_text))
        old_id_number = old_text
    full_name = _name_case(clean_text(name_text))
    if not full_name:
        raise QrError("qr_name", msg("qr.name"))
    issue_date = _parse_ddmmyyyy(issue_text, msg("qr.issue_date"), "qr_issue_date")
    if issue_date < birth_date:
        raise QrError("qr_issue_date", msg("qr.issue_before_birth", issued=f"{issue_date:%d/%m/%Y}",
                                           born=f"{birth_date:%d/%m/%Y}"))
    return CccdCard(
        id_number=id_number,
        old_id_number=old_id_number,
        full_name=full_name,
        birth_date=birth_date,
        gender=gender_text,
        address=clean_text(address_text),
        issue_date=issue_date,
    )


QrLayout = Callable[[str], CccdCard | None]

# Tried in order. A layout returns None when the text is not of its shape and raises QrError
# when it is but a field is wrong. Add the Căn cước (2024) layout here once its content is
# known from real cards, rather than guessing at it.
QR_LAYOUTS: tuple[QrLayout, ...] = (_parse_cccd_layout,)


# Where a chip CCCD's content sits inside other text (a field that already held something):
# 12 digits, five fields, an 8-digit date, and any empty trailing fields.
_CCCD_SHAPE = re.compile(
    r"(?<![0-9])[0-9]{12}[ \t]*(?:\|[^|\r\n]*){5}\|[ \t]*[0-9]{8}(?![0-9])(?:[ \t]*\|)*",
    re.ASCII,
)


def find_cccd_qr(text: str) -> tuple[int, int] | None:
    """The ``(start, end)`` of the first run of ``text`` shaped as a known QR layout, or None.

    For content typed into a field too slowly to be told from typing: the caller takes that
    run out of the field and gives it to :func:`parse_cccd_qr`, which still checks every field.
    """
    match = _CCCD_SHAPE.search(text)
    return None if match is None else match.span()


def parse_cccd_qr(text: str) -> CccdCard:
    """Parse what a 2D scanner typed from an identity card's QR code into a :class:`CccdCard`.

    Tolerates what scanners commonly do to the content: decomposed Unicode, spaces around
    fields, CR/LF/Tab terminators, trailing empty fields, upper case (a name in capitals is
    written as a name), a gender without diacritics ("Nu"). Strict about the rest.
    """
    content = nfc(text).strip()
    if not content:
        raise QrError("qr_empty", msg("qr.empty"))
    for layout in QR_LAYOUTS:
        card = layout(content)
        if card is not None:
            return card
    if "|" in content:
        field_count = len(_qr_fields(content))
        raise QrError("qr_field_count", msg("qr.field_count", count=field_count,
                                            expected=_CCCD_FIELD_COUNT))
    raise QrError("qr_unknown_layout", msg("qr.unknown_layout"))

