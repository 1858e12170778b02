"""The dossier lookup page (/tra-cuu): what the slip's QR code opens, and the form for the last 4 digits."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from counter_app.core.dossier import Status
from central.api.deps import client_ip, state
from central.lookup import NOT_FOUND_MESSAGE, lookup
from central.pages.render import page

router = APIRouter(include_in_schema=False)

FORM_MAX_BYTES = 2048
CODE_MAX = 64
KEY_MAX = 64

# What the citizen should understand and do, by status (data: the wording is the province's).
# tone: "ready" (come and collect), "pending", "action" (the citizen must act), "closed".
RESULT_STATE: dict[Status, tuple[str, str, str]] = {
    Status.NEW: ("pending", "Chưa có kết quả",
                 "Hồ sơ nộp trực tuyến đang chờ tiếp nhận."),
    Status.RECEIVED: ("pending", "Chưa có kết quả",
                      "Hồ sơ đã được tiếp nhận và chuyển đến cơ quan giải quyết."),
    Status.PROCESSING: ("pending", "Chưa có kết quả", "Hồ sơ đang được giải quyết."),
    Status.SUPPLEMENT_REQUIRED: ("action", "Hồ sơ cần bổ sung",
                                 "Mời ông/bà xem phiếu yêu cầu bổ sung, hoàn thiện hồ sơ hoặc "
                                 "liên hệ Bộ phận Một cửa nơi đã nộp hồ sơ."),
    Status.AWAITING_PAYMENT: ("action", "Chờ thực hiện nghĩa vụ tài chính",
                              "Hồ sơ sẽ được giải quyết tiếp khi ông/bà hoàn thành nghĩa vụ "
                              "tài chính theo thông báo."),
    Status.RESULT_READY: ("ready", "Đã có kết quả",
                          "Mời ông/bà mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả đến "
                          "Bộ phận Một cửa để nhận kết quả."),
    Status.RETURNED: ("closed", "Đã trả kết quả", "Kết quả đã được trả."),
    Status.REFUSED: ("closed", "Không có kết quả",
                     "Hồ sơ bị từ chối tiếp nhận; lý do ghi trong phiếu từ chối."),
    Status.WITHDRAWN: ("closed", "Không có kết quả", "Hồ sơ đã được rút theo đề nghị."),
    Status.STOPPED: ("closed", "Không có kết quả",
                     "Hồ sơ đã dừng giải quyết; lý do ghi trong thông báo dừng giải quyết."),
}


def _clean_code(code: str) -> str:
    """As typed from the slip: no spaces, capitals (unit codes end in e.g. "H56")."""
    return "".join(code.split()).upper()[:CODE_MAX]


def _form(code: str = "", *, error: str = "", status: int = 200) -> HTMLResponse:
    return page("lookup_form.html", {"code": code, "error": error}, status=status)


def _answer(request: Request, code: str, key: str | None, last4: str | None) -> HTMLResponse:
    """The dossier, or the one plain "not found" (unknown code and wrong factor alike), or 429."""
    st = state(request)
    result = lookup(st.engine, st.now(), client_ip(request), code, key, last4)
    if result.retry_after_s is not None:
        seconds = result.retry_after_s
        return page("too_many.html", {"seconds": seconds}, status=429,
                    headers={"Retry-After": str(seconds)})
    if result.found is None:
        return _form(code, error=NOT_FOUND_MESSAGE, status=404)
    return page("dossier.html", _dossier_view(result.found))


def _dossier_view(found: dict[str, Any]) -> dict[str, Any]:
    tone, headline, advice = RESULT_STATE[Status(found["status"])]
    return {**found, "tone": tone, "headline": headline, "advice": advice,
            "ready": tone == "ready"}


@router.get("/tra-cuu")
def lookup_page() -> HTMLResponse:
    return _form()


@router.get("/tra-cuu/{code}")
def dossier_page(request: Request, code: str, key: str = "") -> HTMLResponse:
    """The address the slip's QR code carries (`…/tra-cuu/{code}?key=…`); without a key the
    form asks for the last 4 digits. Any text is taken (a mangled key is a miss, not a 422)."""
    code = _clean_code(code)
    if not key.strip():
        return _form(code)
    return _answer(request, code, key[:KEY_MAX], None)


@router.post("/tra-cuu")
async def lookup_submit(request: Request) -> HTMLResponse:
    """The form: the code and the last 4 digits of the phone or ID number (POST, so the
    digits stay out of addresses, histories and logs)."""
    raw = await request.body()
    if len(raw) > FORM_MAX_BYTES:
        return _form(error="Dữ liệu gửi lên quá dài.", status=400)
    try:
        fields = parse_qs(raw.decode("utf-8", "replace"), max_num_fields=4)
    except ValueError:  # more fields than the form has
        return _form(error="Dữ liệu gửi lên không đúng biểu mẫu tra cứu.", status=400)
    code = _clean_code((fields.get("code") or [""])[0])
    last4 = "".join((fields.get("last4") or [""])[0].split())
    if not code:
        return _form(error="Nhập mã hồ sơ in trên giấy tiếp nhận và hẹn trả kết quả.", status=400)
    if len(last4) != 4 or not last4.isdigit():
        return _form(code, error="Nhập đúng 4 chữ số cuối của số điện thoại hoặc số định danh "
                                 "cá nhân đã khai khi nộp hồ sơ.", status=400)
    return await run_in_threadpool(_answer, request, code, None, last4)
