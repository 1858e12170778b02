"""The log file: ID and phone numbers never reach it, dossier codes do; it rotates by size."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from counter_app.config import logs
from counter_app.config.logs import PersonalDataFilter, mask_text
from counter_app.core.codes import compact_code, format_code


@pytest.mark.parametrize("text, masked", [
    ("CCCD 001234567845", "CCCD 0012******45"),
    ("id=038203012345,", "id=0382******45,"),
    ("038203012345|Nguyễn Văn An|15032003", "0382******45|Nguyễn Văn An|15032003"),
    ("gọi 0912345678.", "gọi 091*****78."),
    ("gọi 0912 345 678", "gọi 091* *** *78"),
    ("gọi 0912.345.678 / 091-234-5678", "gọi 091*.***.*78 / 091-***-**78"),
    ("tel +84912345678", "tel +8491*****78"),
    ("tel +84 912 345 678", "tel +84 91* *** *78"),
    ("tel 84912345678", "tel 8491*****78"),
    ("bàn 02373720000", "bàn 023******00"),  # landline: 0 + 10 digits
])
def test_id_and_phone_numbers_are_masked(text, masked):
    assert mask_text(text) == masked


@pytest.mark.parametrize("unit", ["000.00.06.H56", "000.31.01.H56", "000.00.12.H29", "G01.02.03.100"])
def test_dossier_codes_are_kept_whole_in_both_forms(unit):
    code = format_code(unit, date(2025, 11, 17), 361)
    compact = compact_code(code)
    text = f"in lại {code}; quét {compact}; tìm {code.split('-', 1)[1]}"
    assert mask_text(text) == text
    # ... while an ID number beside it is still masked.
    assert mask_text(f"{compact} 038203012345") == f"{compact} 0382******45"


def test_numbers_that_are_not_personal_data_are_left_alone():
    text = ("lane 0001–0500, 2025-11-17T09:00:00+07:00, 13 digits 1234567890123, "
            "11 digits 12345678901, seq 42, 3.14159, port 8765")
    assert mask_text(text) == text


def _record(msg: str, *args: object, exc: BaseException | None = None) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    return logging.LogRecord("counter_app.test", logging.WARNING, __file__, 1, msg, args, exc_info)


def test_the_filter_masks_arguments_and_the_exception_text():
    try:
        raise ValueError("số 038203012345 đã có hồ sơ 000.00.06.H56-251117-0001")
    except ValueError as error:
        record = _record("người nộp %s, điện thoại %s", "038203012345", "0912 345 678", exc=error)
    assert PersonalDataFilter().filter(record) is True
    text = logging.Formatter(logs.FORMAT).format(record)
    assert "038203012345" not in text and "0912 345 678" not in text and "345 678" not in text
    assert "0382******45" in text and "091* *** *78" in text
    assert "ValueError" in text and "000.00.06.H56-251117-0001" in text


def test_a_message_whose_arguments_do_not_fit_is_still_masked():
    record = _record("thiếu tham số %s %s", "038203012345")
    PersonalDataFilter().filter(record)
    assert "038203012345" not in record.getMessage()


def test_the_log_file_holds_masked_lines_and_rotates(tmp_path):
    handler = logs.install(tmp_path / "logs", "INFO", max_kb=64, backups=2)
    log = logging.getLogger("counter_app.test_rotation")
    try:
        log.info("nhận hồ sơ của %s, sđt %s", "001234567845", "0987654321")
        try:
            raise RuntimeError("CCCD 001234567845")
        except RuntimeError:
            log.exception("lỗi")
        for i in range(700):  # ~90 KB: past one 64 KB file, short of two
            log.info("dòng %d %s", i, "x" * 60)
    finally:
        logs.uninstall(handler)
    files = logs.log_files(tmp_path / "logs")
    assert [f.name for f in files] == ["counter-app.log", "counter-app.log.1"]
    assert all(f.stat().st_size <= 64 * 1024 for f in files)
    everything = "".join(f.read_text(encoding="utf-8") for f in files)
    assert "001234567845" not in everything and "0987654321" not in everything
    assert "0012******45" in everything and "RuntimeError: CCCD 0012******45" in everything
