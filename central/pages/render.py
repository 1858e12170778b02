"""Rendering a public page: the Jinja2 templates, the security headers every page carries, the style sheet."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, Response
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from counter_app.core.timeutil import to_vn

HERE = Path(__file__).resolve().parent
STYLE_PATH = "/static/cong-khai.css"

# No script at all, styles only from this service, forms only back to it, never framed.
CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "Referrer-Policy": "no-referrer",  # the lookup key in the address goes nowhere else
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}
# A dossier's page is about one person: no cache (browser, proxy) keeps it, no search engine
# lists it. The catalog is public and changes rarely.
CACHING = {
    "private": {"Cache-Control": "no-store", "Pragma": "no-cache", "X-Robots-Tag": "noindex"},
    "public": {"Cache-Control": "public, max-age=300"},
}
Caching = Literal["private", "public"]

_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


def when(value: datetime | None) -> str:
    """"17 giờ 00, Thứ Năm 20/11/2025" in Viet Nam time; "" when unknown."""
    if value is None:
        return ""
    local = to_vn(value)
    return f"{local:%H} giờ {local:%M}, {_WEEKDAYS[local.weekday()]} {local:%d/%m/%Y}"


_env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(),
                   undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
_env.globals["style_path"] = STYLE_PATH
_env.filters["when"] = when


def page(template: str, context: dict[str, Any], *, status: int = 200,
         caching: Caching = "private", headers: dict[str, str] | None = None) -> HTMLResponse:
    html = _env.get_template(template).render(robots=caching == "public", **context)
    return HTMLResponse(html, status_code=status,
                        headers={**SECURITY_HEADERS, **CACHING[caching], **(headers or {})})


router = APIRouter(include_in_schema=False)
_STYLE = (HERE / "static" / "cong-khai.css").read_bytes()


@router.get(STYLE_PATH)
def style() -> Response:
    return Response(_STYLE, media_type="text/css; charset=utf-8",
                    headers={**SECURITY_HEADERS, "Cache-Control": "public, max-age=86400"})
