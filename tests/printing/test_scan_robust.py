"""Codes that survive a worn printer: every code of every form decoded after a grey blur, and
the thermal slip's Code 128 read across the roll from the head's own 1-bit dots."""

from __future__ import annotations

from pathlib import Path

import pytest

from counter_app.core.codes import code_from_scan
from counter_app.printing import render_form01
from counter_app.printing.codes import LASER, THERMAL_203
from tests.printing.pdfcheck import blurred, decode, decode_oriented, rasterize
from tests.printing.samples import CODE, CONFIG, DOCUMENTS, URL, short_slip, slip

# Documents without a lookup QR code: the fee receipt (a payment record) and the tracking book
# (no codes at all, one row per dossier).
NO_QR = {"receipt_fee"}
NO_CODES = {"form07_tracking_book"}
LASER_DOCS = sorted(name for name, (_, device) in DOCUMENTS.items()
                    if device == "laser" and name not in NO_CODES)


def _assert_every_code(found: set[tuple[str, str]], name: str) -> None:
    bars = {text for kind, text in found if kind == "CODE-128"}
    qrs = {text for kind, text in found if kind == "QR-Code"}
    assert bars and {code_from_scan(b) for b in bars} == {CODE}, (name, found)
    assert qrs == (set() if name in NO_QR else {URL}), (name, found)


def test_module_sizes_are_large_enough_for_a_blurred_phone_picture() -> None:
    assert LASER.qr_dots >= 6 and THERMAL_203.qr_dots >= 6  # whole printer dots per module


@pytest.mark.parametrize("dpi", [150, 203])
@pytest.mark.parametrize("name", LASER_DOCS)
def test_every_laser_code_decodes_after_a_one_pixel_blur(
        name: str, dpi: int, documents: dict[str, tuple[bytes, str]], tmp_path: Path) -> None:
    pdf, _ = documents[name]
    page = rasterize(pdf, tmp_path, dpi, first_page_only=True)[0]
    _assert_every_code(decode(blurred(page, 1.0)), name)


@pytest.mark.parametrize("dpi", [150, 203])
def test_both_slip_copies_on_the_a4_sheet_decode_after_a_blur(dpi: int, tmp_path: Path) -> None:
    from PIL import Image

    page = blurred(rasterize(render_form01(slip(3), CONFIG, "a4_two_copies"), tmp_path, dpi)[0],
                   1.0)
    with Image.open(page) as image:
        w, h = image.size
        for box in ((0, 0, w // 2, h), (w // 2, 0, w, h)):
            half = tmp_path / f"half-{box[0]}.png"
            image.crop(box).save(half)
            _assert_every_code(decode(half), "form01 copy")


@pytest.mark.parametrize("data", [short_slip(), slip(25)], ids=["typical", "long"])
def test_thermal_code128_lies_across_the_roll_and_decodes_from_1_bit_dots(
        data: object, tmp_path: Path) -> None:
    pdf = render_form01(data, CONFIG, "thermal80")  # type: ignore[arg-type]
    (dots,) = rasterize(pdf, tmp_path, 203, mono=True)
    found = decode_oriented(dots)
    bars = [(text, way) for kind, text, way in found if kind == "CODE-128"]
    assert len(bars) == 1, found
    text, orientation = bars[0]
    assert code_from_scan(text) == CODE
    assert orientation == "UP", "bars across the print head, read left to right"
    assert ("QR-Code", URL) in {(k, t) for k, t, _ in found}


@pytest.mark.parametrize("dpi", [150, 203])
def test_thermal_qr_decodes_after_a_blur(dpi: int, tmp_path: Path) -> None:
    (page,) = rasterize(render_form01(short_slip(), CONFIG, "thermal80"), tmp_path, dpi)
    assert ("QR-Code", URL) in decode(blurred(page, 1.0))
