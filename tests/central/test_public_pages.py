"""The citizen's pages: the slip's QR address shows the dossier (masked name, no personal data),
a wrong or unknown code gets one plain "not found", misses are throttled, procedures are published."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from counter_app.printing.config import DEMO_CONFIG, PrintConfig
from tests.central.helpers import World
from tests.central.public_data import MASKED, PERSONAL, READY_KEY, RECEIVED_KEY, Published, publish


@pytest.fixture
def published(sqlite_world: World) -> Published:
    return publish(sqlite_world)


def _main(html: str) -> str:
    """The page's content, markup removed, spaces collapsed."""
    body = html[html.index("<main>"):html.index("</main>")]
    return " ".join(re.sub(r"<[^>]+>", " ", body).split())


def _qr_address(code: str, key: str) -> str:
    """Where the slip's QR code sends the phone: the counter's own URL, path and query."""
    url = urlsplit(DEMO_CONFIG.lookup_url(code, key))
    return f"{url.path}?{url.query}"


def test_the_slips_qr_address_shows_status_appointment_and_masked_name(
        sqlite_world: World, published: Published) -> None:
    response = sqlite_world.client.get(_qr_address(published.received, RECEIVED_KEY))
    assert response.status_code == 200
    text = _main(response.text)
    assert f"Mã hồ sơ {published.received}" in text
    assert f"Người nộp {MASKED}" in text
    assert "Thủ tục Thủ tục 2.000815" in text
    assert "Trạng thái Đã tiếp nhận" in text
    assert "Ngày hẹn trả kết quả 17 giờ 00, Thứ Năm 20/11/2025" in text
    assert "Kết quả Chưa có" in text
    for secret in PERSONAL:
        assert secret not in response.text

    ready = sqlite_world.client.get(_qr_address(published.ready, READY_KEY))
    assert ready.status_code == 200
    text = _main(ready.text)
    assert "Đã có kết quả" in text and "Kết quả Đã sẵn sàng để nhận" in text
    assert "mang theo giấy tiếp nhận hồ sơ" in text


def test_a_province_url_template_with_key_placeholder_reaches_the_page(
        sqlite_world: World, published: Published) -> None:
    config = PrintConfig(unit_name="X", lookup_url_template="https://tinh.example/tra-cuu/{code}?key={key}")
    url = urlsplit(config.lookup_url(published.received, RECEIVED_KEY))
    response = sqlite_world.client.get(f"{url.path}?{url.query}")
    assert response.status_code == 200 and MASKED in response.text


def test_the_last_four_digits_form_finds_a_dossier_without_a_key(
        sqlite_world: World, published: Published) -> None:
    client = sqlite_world.client
    form = client.get(f"/tra-cuu/{published.unkeyed}")  # what a QR without a key opens
    assert form.status_code == 200
    assert f'value="{published.unkeyed}"' in form.text and 'name="last4"' in form.text
    typed = " " + published.unkeyed.lower() + " "  # as typed from the slip on a phone
    for last4 in ("5678", "2345"):  # phone, ID number
        response = client.post("/tra-cuu", data={"code": typed, "last4": last4})
        assert response.status_code == 200, last4
        assert f"Người nộp {MASKED}" in _main(response.text)


def test_wrong_or_unknown_codes_and_keys_get_the_same_plain_not_found(
        sqlite_world: World, published: Published) -> None:
    client = sqlite_world.client
    unknown = published.received[:-4] + "0999"
    answers = {
        "wrong key": client.get(f"/tra-cuu/{published.received}?key=K7QM2XPB"),
        "another dossier's key": client.get(f"/tra-cuu/{published.ready}?key={RECEIVED_KEY}"),
        "unknown code": client.get(f"/tra-cuu/{unknown}?key={RECEIVED_KEY}"),
        "wrong last 4": client.post("/tra-cuu", data={"code": published.unkeyed, "last4": "0000"}),
        "unknown code, last 4": client.post("/tra-cuu", data={"code": unknown, "last4": "5678"}),
    }
    pages = set()
    for what, response in answers.items():
        assert response.status_code == 404, what
        assert "Không tìm thấy hồ sơ, hoặc mã tra cứu / 4 số cuối không đúng." in response.text
        assert MASKED not in response.text and "Đã tiếp nhận" not in response.text
        # The page repeats the code typed (to correct it), nothing else differs.
        pages.add(re.sub(r'id="code" name="code" value="[^"]*"', "", response.text))
    assert len(pages) == 1


def test_misses_from_one_address_are_throttled_and_others_are_not(
        sqlite_world: World, published: Published) -> None:
    client = sqlite_world.client
    statuses = [client.post("/tra-cuu", data={"code": published.unkeyed, "last4": f"{n:04d}"})
                .status_code for n in range(12)]
    assert statuses == [404] * 11 + [429]  # 10 misses free; the 11th sets a wait
    blocked = client.get(_qr_address(published.received, RECEIVED_KEY))  # even the right key waits
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) >= 1
    assert "Tra cứu sai quá nhiều lần từ địa chỉ này; thử lại sau" in blocked.text
    assert MASKED not in blocked.text
    # The JSON API counts against the same address.
    assert client.get(f"/api/v1/public/dossiers/{published.received}?key={RECEIVED_KEY}") \
        .status_code == 429
    with TestClient(client.app, client=("203.0.113.9", 5000)) as citizen:
        assert citizen.get(_qr_address(published.received, RECEIVED_KEY)).status_code == 200
    sqlite_world.clock.advance(hours=2)  # misses are forgotten after an hour
    assert client.get(_qr_address(published.received, RECEIVED_KEY)).status_code == 200


def test_malformed_form_input_is_named_and_not_counted_as_a_miss(
        sqlite_world: World, published: Published) -> None:
    client = sqlite_world.client
    for _ in range(12):
        bad = client.post("/tra-cuu", data={"code": published.unkeyed, "last4": "56a8"})
        assert bad.status_code == 400
        assert "Nhập đúng 4 chữ số cuối của số điện thoại hoặc số định danh cá nhân" in bad.text
    empty = client.post("/tra-cuu", data={"code": "  ", "last4": "5678"})
    assert empty.status_code == 400 and "Nhập mã hồ sơ" in empty.text
    assert client.post("/tra-cuu", data={"code": published.unkeyed, "last4": "5678"}) \
        .status_code == 200


def test_pages_carry_security_headers_and_the_dossier_page_is_not_cached(
        sqlite_world: World, published: Published) -> None:
    client = sqlite_world.client
    dossier = client.get(_qr_address(published.received, RECEIVED_KEY))
    procedure = client.get("/thu-tuc/2.000815")
    style = client.get("/static/cong-khai.css")
    for response in (dossier, procedure, client.get("/tra-cuu"), style):
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp and "unsafe" not in csp
        assert response.headers["referrer-policy"] == "no-referrer"
        assert response.headers["x-content-type-options"] == "nosniff"
        assert "<script" not in response.text and " style=" not in response.text
    assert dossier.headers["cache-control"] == "no-store"
    assert "noindex" in dossier.headers["x-robots-tag"]
    assert procedure.headers["cache-control"].startswith("public")
    assert style.status_code == 200 and style.headers["content-type"].startswith("text/css")
    # What is typed or scanned is shown as text, never as markup.
    hostile = '"><b onmouseover=alert(1)>x'
    for response in (client.get(f"/tra-cuu/{hostile}", params={"key": "x" * 500}),
                     client.post("/tra-cuu", data={"code": hostile, "last4": "1234"}),
                     client.get("/thu-tuc", params={"q": hostile * 20})):
        assert response.status_code in (200, 404) and "<main>" in response.text
        assert "<b onmouseover" not in response.text.lower()


def test_public_pages_need_no_token(sqlite_world: World, published: Published) -> None:
    with TestClient(sqlite_world.client.app) as anonymous:
        for path in ("/tra-cuu", "/thu-tuc", "/thu-tuc/2.000815", "/static/cong-khai.css",
                     _qr_address(published.received, RECEIVED_KEY)):
            assert anonymous.get(path).status_code == 200, path


def test_a_procedure_page_publishes_components_time_and_fees(
        sqlite_world: World, published: Published) -> None:
    response = sqlite_world.client.get("/thu-tuc/2.000815")
    assert response.status_code == 200
    text = _main(response.text)
    assert "Chứng thực bản sao từ bản chính giấy tờ, văn bản" in text
    assert "Lĩnh vực Chứng thực" in text and "Cấp thực hiện Cấp xã" in text
    assert ("Thời hạn giải quyết Trong ngày (hồ sơ nhận sau 15 giờ 00 phút được trả trong ngày "
            "làm việc tiếp theo)") in text
    assert "Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao Số lượng: 01 bản chính" in text
    assert "Bản sao cần chứng thực (nếu có) Số lượng: 01 bản photo" in text
    assert ("Phí: Phí chứng thực bản sao 2.000 đồng/trang; từ trang thứ 3: 1.000 đồng/trang; "
            "tối đa 200.000 đồng/bản") in text
    assert "Danh mục minh họa" in text  # the demo catalog says it is one

    cases = _main(sqlite_world.client.get("/thu-tuc/1.010041").text)
    assert "Phải xác minh thông tin: 03 ngày làm việc" in cases
    assert "Không thu phí, lệ phí." in cases

    missing = sqlite_world.client.get("/thu-tuc/9.999999")
    assert missing.status_code == 404
    assert "Không có thủ tục mang mã này trong danh mục đang áp dụng." in missing.text


def test_the_index_lists_procedures_by_field_and_finds_them_unaccented(
        sqlite_world: World, published: Published) -> None:
    index = sqlite_world.client.get("/thu-tuc")
    assert index.status_code == 200
    fields = re.findall(r"<h2>([^<]+) <span", index.text)
    assert "Chứng thực" in fields and "Hộ tịch" in fields and len(fields) == len(set(fields))
    assert sum(int(n) for n in re.findall(r'class="count">\((\d+)\)', index.text)) == 39
    assert '<a href="/thu-tuc/1.001193">Đăng ký khai sinh</a>' in index.text

    found = _main(sqlite_world.client.get("/thu-tuc", params={"q": "dang ky khai sinh"}).text)
    assert "Đăng ký khai sinh" in found and "Chứng thực di chúc" not in found
    none = sqlite_world.client.get("/thu-tuc", params={"q": "không có thủ tục này"})
    assert "Không có thủ tục nào khớp" in none.text
