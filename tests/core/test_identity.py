"""Tests of identity numbers, phones, emails and the CCCD QR code."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from counter_app.core.identity import (
    PROVINCE_CODES,
    QR_LAYOUTS,
    CccdCard,
    CccdError,
    CccdInfo,
    CmndError,
    EmailError,
    IdentityError,
    PhoneError,
    QrError,
    decode_cccd,
    find_cccd_qr,
    normalize_phone,
    parse_cccd_qr,
    validate_cccd,
    validate_cmnd,
    validate_email,
    validate_id_number,
)

QR_SAMPLE = (
    "001203012345||Nguyễn Văn An|15032003|Nam|"
    "Số 1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội|01072021"
)


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


# --- province codes -----------------------------------------------------------------------


def test_province_codes_are_the_63_historic_provinces() -> None:
    assert len(PROVINCE_CODES) == 63
    assert len(set(PROVINCE_CODES.values())) == 63
    assert all(len(code) == 3 and code.isdigit() for code in PROVINCE_CODES)
    assert PROVINCE_CODES["001"] == "Hà Nội"
    assert PROVINCE_CODES["079"] == "Hồ Chí Minh"
    assert PROVINCE_CODES["046"] == "Thừa Thiên Huế"
    assert PROVINCE_CODES["096"] == "Cà Mau"
    # Codes skipped by the circular are not provinces.
    for missing in ("000", "003", "005", "097", "099"):
        assert missing not in PROVINCE_CODES
    assert all(unicodedata.is_normalized("NFC", name) for name in PROVINCE_CODES.values())


# --- CCCD ---------------------------------------------------------------------------------


def test_valid_cccd_with_birth_date_and_gender() -> None:
    assert validate_cccd("001203012345", date(2003, 3, 15), "Nam") == "001203012345"
    assert validate_cccd("079190001234", date(1990, 12, 31), "Nữ") == "079190001234"
    assert validate_cccd("038085123456", date(1985, 1, 1), "male") == "038085123456"


def test_cccd_spaces_are_stripped() -> None:
    assert validate_cccd(" 001 203 012 345 ") == "001203012345"


@pytest.mark.parametrize("gender", ["Nữ", "nữ", "NỮ", "Nu", _nfd("Nữ"), "female", "FEMALE"])
def test_cccd_gender_spellings_accepted(gender: str) -> None:
    assert validate_cccd("001303012345", date(2003, 3, 15), gender) == "001303012345"


@pytest.mark.parametrize(
    "number",
    ["00120301234", "0012030123456", "00120301234a", "", "001-203-012-345", "００１２０３０１２３４５"],
)
def test_cccd_wrong_length_or_not_digits(number: str) -> None:
    with pytest.raises(CccdError) as info:
        validate_cccd(number)
    assert info.value.code == "cccd_length"
    assert "12 chữ số" in str(info.value)


@pytest.mark.parametrize("province", ["000", "003", "097", "099", "100"])
def test_cccd_unknown_province(province: str) -> None:
    with pytest.raises(CccdError) as info:
        validate_cccd(province + "203012345")
    assert info.value.code == "cccd_province"
    assert province in str(info.value)


@pytest.mark.parametrize("digit", ["0", "1", "4", "5", "8", "9"])
def test_cccd_century_digit_inconsistent_with_birth_year(digit: str) -> None:
    # Born 2001: only 2 (male) or 3 (female) is right.
    with pytest.raises(CccdError) as info:
        validate_cccd(f"001{digit}01012345", date(2001, 5, 20))
    assert info.value.code == "cccd_century"
    assert "2001" in str(info.value)


@pytest.mark.parametrize(
    ("digit", "birth"),
    [
        ("0", date(1950, 1, 1)),
        ("3", date(2001, 1, 1)),
        ("5", date(2101, 1, 1)),
        ("6", date(2201, 1, 1)),
        ("9", date(1899, 1, 1)),
    ],
)
def test_cccd_every_century_digit_decodes(digit: str, birth: date) -> None:
    number = f"001{digit}{birth.year % 100:02d}012345"
    assert validate_cccd(number, birth) == number
    assert decode_cccd(number).birth_year == birth.year


def test_cccd_gender_mismatch() -> None:
    with pytest.raises(CccdError) as info:
        validate_cccd("001203012345", date(2003, 3, 15), "Nữ")
    assert info.value.code == "cccd_gender"
    with pytest.raises(CccdError) as info:
        validate_cccd("001303012345", gender="male")
    assert info.value.code == "cccd_gender"


def test_cccd_unknown_gender_word() -> None:
    with pytest.raises(CccdError) as info:
        validate_cccd("001203012345", gender="Khác")
    assert info.value.code == "gender_unknown"


def test_cccd_birth_year_digits_mismatch() -> None:
    with pytest.raises(CccdError) as info:
        validate_cccd("001203012345", date(2004, 3, 15))
    assert info.value.code == "cccd_birth_year"
    assert "2004" in str(info.value)


def test_decode_cccd() -> None:
    assert decode_cccd("079305001234") == CccdInfo(
        province_code="079",
        province_name="Hồ Chí Minh",
        gender="Nữ",
        century_start=2000,
        birth_year_2digits=5,
    )
    assert decode_cccd("048088000001").century_start == 1900
    assert decode_cccd("048088000001").gender == "Nam"


def test_errors_are_value_errors_with_a_code() -> None:
    with pytest.raises(ValueError):
        validate_cccd("1")
    for cls in (CccdError, CmndError, PhoneError, EmailError, QrError):
        assert issubclass(cls, IdentityError)


# --- CMND and either number ------------------------------------------------------------------


def test_cmnd_nine_digits() -> None:
    assert validate_cmnd("012345678") == "012345678"
    assert validate_cmnd("012 345 678") == "012345678"
    for bad in ("01234567", "0123456789", "01234567x", "001203012345"):
        with pytest.raises(CmndError) as info:
            validate_cmnd(bad)
        assert info.value.code == "cmnd_length"


def test_validate_id_number_dispatches_on_length() -> None:
    assert validate_id_number("012345678") == "012345678"
    assert validate_id_number("001203012345") == "001203012345"
    with pytest.raises(CccdError):
        validate_id_number("003203012345")
    with pytest.raises(IdentityError) as info:
        validate_id_number("0012030123")
    assert info.value.code == "id_length"


# --- phones ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+84 912 345 678", "0912345678"),
        ("+84912345678", "0912345678"),
        ("84912345678", "0912345678"),
        ("0084 912 345 678", "0912345678"),
        ("+84 (0) 912 345 678", "0912345678"),
        ("0912.345.678", "0912345678"),
        ("091-234-5678", "0912345678"),
        (" 0386 123 456 ", "0386123456"),
        ("0562345678", "0562345678"),
        ("0701234567", "0701234567"),
        ("0812345678", "0812345678"),
        ("(024) 3825 1234", "02438251234"),
        ("0243 825 1234", "02438251234"),
        ("0236.3822.123", "02363822123"),
        ("+84 24 3825 1234", "02438251234"),
        ("842438251234", "02438251234"),
    ],
)
def test_phone_normalized(text: str, expected: str) -> None:
    assert normalize_phone(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "phone_empty"),
        ("   ", "phone_empty"),
        ("0912 345 67", "phone_too_short"),
        ("09123", "phone_too_short"),
        ("091234567890", "phone_too_long"),
        ("0243825123", "phone_too_short"),  # pre-2017 landline: 10 digits
        ("0112345678", "phone_prefix"),
        ("0612345678", "phone_prefix"),
        ("0412345678", "phone_prefix"),
        ("1900 1234", "phone_prefix"),
        ("912345678", "phone_prefix"),
        ("+1 202 555 0100", "phone_country"),
        ("0912abc678", "phone_chars"),
        ("0912/345/678", "phone_chars"),
        ("+", "phone_chars"),
    ],
)
def test_phone_rejected_with_reason(text: str, code: str) -> None:
    with pytest.raises(PhoneError) as info:
        normalize_phone(text)
    assert info.value.code == code
    assert str(info.value)  # a sentence for the clerk


# --- emails ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" an.nguyen@Gmail.COM ", "an.nguyen@gmail.com"),
        ("An.Nguyen+hs@hanoi.gov.vn", "An.Nguyen+hs@hanoi.gov.vn"),
        ("x@a.vn", "x@a.vn"),
    ],
)
def test_email_accepted(text: str, expected: str) -> None:
    assert validate_email(text) == expected


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("", "email_empty"),
        ("an nguyen@gmail.com", "email_space"),
        ("an.nguyen.gmail.com", "email_at"),
        ("an@nguyen@gmail.com", "email_at"),
        ("@gmail.com", "email_local"),
        ("an@gmail", "email_domain"),
        ("an@", "email_domain"),
        ("an@gmail..com", "email_domain"),
        ("an@.gmail.com", "email_domain"),
        ("an@gmail.com.", "email_domain"),
    ],
)
def test_email_rejected(text: str, code: str) -> None:
    with pytest.raises(EmailError) as info:
        validate_email(text)
    assert info.value.code == code


# --- CCCD QR code ---------------------------------------------------------------------------

EXPECTED_CARD = CccdCard(
    id_number="001203012345",
    old_id_number=None,
    full_name="Nguyễn Văn An",
    birth_date=date(2003, 3, 15),
    gender="Nam",
    address="Số 1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội",
    issue_date=date(2021, 7, 1),
)


def test_qr_valid() -> None:
    assert parse_cccd_qr(QR_SAMPLE) == EXPECTED_CARD


def test_qr_with_old_cmnd_and_female() -> None:
    card = parse_cccd_qr(
        "038190004567|173456789|Lê Thị Hồng Nhung|02091990|Nữ|"
        "Thôn Đông, Xã Quảng Xương, Tỉnh Thanh Hóa|25042021"
    )
    assert card.old_id_number == "173456789"
    assert card.gender == "Nữ"
    assert card.birth_date == date(1990, 9, 2)


def test_qr_nfd_input_is_returned_in_nfc() -> None:
    card = parse_cccd_qr(_nfd(QR_SAMPLE))
    assert card == EXPECTED_CARD
    assert unicodedata.is_normalized("NFC", card.full_name)
    assert unicodedata.is_normalized("NFC", card.address)


def test_qr_stray_whitespace_and_trailing_crlf() -> None:
    text = (
        "  001203012345 |  | Nguyễn  Văn An |15032003 | Nam |"
        " Số 1 Tràng Tiền,  Phường Hoàn Kiếm, Thành phố Hà Nội | 01072021\r\n"
    )
    assert parse_cccd_qr(text) == EXPECTED_CARD


def test_qr_empty_old_number_is_none() -> None:
    assert parse_cccd_qr(QR_SAMPLE).old_id_number is None


@pytest.mark.parametrize("drop", [1, 6])
def test_qr_wrong_field_count(drop: int) -> None:
    fields = QR_SAMPLE.split("|")
    del fields[drop]
    with pytest.raises(QrError) as info:
        parse_cccd_qr("|".join(fields))
    assert info.value.code == "qr_field_count"
    assert "6 trường" in str(info.value) and "7" in str(info.value)


def test_qr_too_many_fields() -> None:
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE + "|extra")
    assert info.value.code == "qr_field_count"
    assert "8 trường" in str(info.value)


def test_qr_unknown_layout() -> None:
    with pytest.raises(QrError) as info:
        parse_cccd_qr("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html")
    assert info.value.code == "qr_unknown_layout"
    assert str(info.value).startswith("Không nhận dạng được mã QR")
    with pytest.raises(QrError) as info:
        parse_cccd_qr(" \r\n")
    assert info.value.code == "qr_empty"


def test_qr_wrong_century_digit() -> None:
    # Born 2003 but the 4th digit says 1900s.
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE.replace("001203012345", "001003012345"))
    assert info.value.code == "cccd_century"


def test_qr_gender_contradicts_number() -> None:
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE.replace("|Nam|", "|Nữ|"))
    assert info.value.code == "cccd_gender"


def test_qr_bad_id_number() -> None:
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE.replace("001203012345", "097203012345"))
    assert info.value.code == "cccd_province"


@pytest.mark.parametrize("birth", ["31022003", "1503203", "15-03-2003", "2003-03-15", ""])
def test_qr_bad_birth_date(birth: str) -> None:
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE.replace("15032003", birth))
    assert info.value.code == "qr_birth_date"


def test_qr_bad_issue_date() -> None:
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE.replace("01072021", "32072021"))
    assert info.value.code == "qr_issue_date"
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE.replace("01072021", "01012000"))
    assert info.value.code == "qr_issue_date"


@pytest.mark.parametrize("gender", ["Male", "M", "Khác", "", "Nam Nữ"])
def test_qr_unknown_gender(gender: str) -> None:
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE.replace("|Nam|", f"|{gender}|"))
    assert info.value.code == "qr_gender"


@pytest.mark.parametrize("old", ["12345678", "1234567890", "12345678x"])
def test_qr_bad_old_number(old: str) -> None:
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE.replace("||", f"|{old}|"))
    assert info.value.code == "qr_old_id"


def test_qr_empty_name() -> None:
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE.replace("Nguyễn Văn An", "   "))
    assert info.value.code == "qr_name"


def test_qr_layouts_are_a_registry_tried_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    import counter_app.core.identity as identity

    def fake_layout(text: str) -> CccdCard | None:
        return EXPECTED_CARD if text.startswith("CANCUOC:") else None

    monkeypatch.setattr(identity, "QR_LAYOUTS", (fake_layout, *QR_LAYOUTS))
    assert identity.parse_cccd_qr("CANCUOC:anything") == EXPECTED_CARD
    # The shipped layout still answers when the new one declines.
    assert identity.parse_cccd_qr(QR_SAMPLE) == EXPECTED_CARD


# --- what scanners commonly do to the content ----------------------------------------------------


@pytest.mark.parametrize("gender", ["Nam", "NAM", "nam", "Nam "])
def test_qr_male_spellings(gender: str) -> None:
    assert parse_cccd_qr(QR_SAMPLE.replace("|Nam|", f"|{gender}|")).gender == "Nam"


@pytest.mark.parametrize("gender", ["Nữ", "NỮ", "Nu", "NU", "nu"])
def test_qr_female_spellings_including_without_diacritics(gender: str) -> None:
    card = parse_cccd_qr(
        f"038190004567|173456789|Le Thi Hong Nhung|02091990|{gender}|Thon Dong, Thanh Hoa|25042021")
    assert card.gender == "Nữ"
    assert card.full_name == "Le Thi Hong Nhung"  # no diacritics stays as the card gave it


@pytest.mark.parametrize("terminator", ["\r", "\n", "\r\n", "\t", "|", "|\r\n", "||\t"])
def test_qr_terminators_and_trailing_empty_fields(terminator: str) -> None:
    assert parse_cccd_qr(f"  {QR_SAMPLE}{terminator}") == EXPECTED_CARD


def test_qr_in_capitals_reads_the_name_as_a_name() -> None:
    card = parse_cccd_qr(QR_SAMPLE.upper())
    assert card.full_name == "Nguyễn Văn An"
    assert card.gender == "Nam" and card.id_number == "001203012345"


def test_qr_still_strict_about_a_wrong_gender_word() -> None:
    with pytest.raises(QrError) as info:
        parse_cccd_qr(QR_SAMPLE.replace("|Nam|", "|Ông|"))
    assert info.value.code == "qr_gender"


@pytest.mark.parametrize("prefix, suffix", [("", ""), ("Trần ", ""), ("Trần", " |"), ("x", "\r\n")])
def test_find_the_qr_content_inside_a_field(prefix: str, suffix: str) -> None:
    text = prefix + QR_SAMPLE + suffix
    start, end = find_cccd_qr(text)
    assert text[:start] == prefix
    assert parse_cccd_qr(text[start:end]) == EXPECTED_CARD


@pytest.mark.parametrize("text", ["Nguyễn Văn An", "0912345678", "a|b|c|d|e|f|g",
                                  "1001203012345||An|15032003|Nam|HN|01072021"])
def test_find_nothing_where_no_qr_is(text: str) -> None:
    assert find_cccd_qr(text) is None
