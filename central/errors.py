"""The error shape of SYNC-API.md, `{"error": {"code", "message", "details"}}`, for every 4xx."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Send

log = logging.getLogger(__name__)

_HTTP_CODES = {
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 406: "not_acceptable", 409: "conflict", 413: "too_large",
    415: "unsupported_media_type", 422: "validation_error", 423: "locked",
    429: "too_many_requests",
}


class ApiError(Exception):
    """An answer other than success; raised anywhere below the routers."""

    def __init__(self, status: int, code: str, message: str, details: Any = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details
        self.headers = headers


def unauthorized(
    message: str = "Thiếu hoặc sai mã truy cập (token).", code: str = "unauthorized"
) -> ApiError:
    return ApiError(401, code, message, headers={"WWW-Authenticate": "Bearer"})


def not_found(what: str = "Không tìm thấy.") -> ApiError:
    return ApiError(404, "not_found", what)


def error_body(code: str, message: str, details: Any = None) -> dict[str, Any]:
    return {"error": {"code": code, "message": message, "details": details}}


def error_response(status: int, code: str, message: str, details: Any = None,
                   headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)


async def send_error(send: Send, status: int, code: str, message: str, details: Any = None,
                     headers: dict[str, str] | None = None) -> None:
    """The error shape answered straight from an ASGI middleware (before any route runs)."""
    body = json.dumps(error_body(code, message, details), ensure_ascii=False).encode("utf-8")
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def _validation_details(errors: Any) -> list[dict[str, Any]]:
    # Only where and what: never echo the input (it may be a password).
    out = []
    for err in errors:
        out.append({"loc": [str(part) for part in err.get("loc", ())],
                    "type": str(err.get("type", "")), "msg": str(err.get("msg", ""))})
    return out


def install(app: FastAPI) -> None:
    """Route every error through the one shape."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(422, "validation_error", "Dữ liệu gửi lên không hợp lệ.",
                              _validation_details(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _HTTP_CODES.get(exc.status_code, "error")
        message = exc.detail if isinstance(exc.detail, str) else code
        return error_response(exc.status_code, code, message, None,
                              getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error on %s %s: %s", request.method, request.url.path,
                  type(exc).__name__, exc_info=exc)
        return error_response(500, "internal_error", "Lỗi máy chủ.")
