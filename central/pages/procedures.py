"""The procedure publication pages (/thu-tuc): every procedure by field, and one procedure's
components, statutory time and fees, from the catalog in force (a notice board's QR points here)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from counter_app.core.procedures import Catalog, ComponentSpec, Procedure
from counter_app.core.text import fold
from counter_app.core.wording import FEE_KIND_LABELS, duration_text, fee_rate_text, two_digits
from central.api.deps import state
from central.db import connect
from central.pages.render import page
from central.reference import Reference

router = APIRouter(include_in_schema=False)

LEVEL_LABELS = {"province": "Cấp tỉnh", "commune": "Cấp xã"}
NO_CATALOG = "Chưa có danh mục thủ tục hành chính."


def _catalog(request: Request) -> Catalog | None:
    with connect(state(request).engine) as conn:
        return Reference(conn).catalog()


def _matches(proc: Procedure, query: str) -> bool:
    return query in fold(f"{proc.code} {proc.name} {proc.field} {proc.keywords}")


@router.get("/thu-tuc")
def procedure_index(request: Request, q: str = "") -> HTMLResponse:
    """Every procedure of the catalog grouped by field (lĩnh vực), optionally filtered by `q`."""
    catalog = _catalog(request)
    if catalog is None:
        return page("message.html", {"title": "Thủ tục hành chính", "message": NO_CATALOG},
                    status=404, caching="public")
    q = q[:100]
    query = fold(q)
    groups: dict[str, list[Procedure]] = {}
    for proc in sorted(catalog, key=lambda p: (fold(p.field), fold(p.name))):
        if not query or _matches(proc, query):
            groups.setdefault(proc.field, []).append(proc)
    return page("procedure_index.html", {
        "groups": groups, "q": q, "count": sum(len(v) for v in groups.values()),
        "demo": catalog.demo, "levels": LEVEL_LABELS}, caching="public")


@router.get("/thu-tuc/{code}")
def procedure_page(request: Request, code: str) -> HTMLResponse:
    """One procedure as the notice board publishes it."""
    catalog = _catalog(request)
    proc = None if catalog is None else catalog.get(code.strip())
    if catalog is None or proc is None:
        message = NO_CATALOG if catalog is None else (
            "Không có thủ tục mang mã này trong danh mục đang áp dụng.")
        return page("message.html", {"title": "Không tìm thấy thủ tục", "message": message,
                                     "back": "/thu-tuc"}, status=404, caching="public")
    return page("procedure.html", {"p": proc, **_procedure_view(proc), "demo": catalog.demo},
                caching="public")


def _copies(component: ComponentSpec) -> str:
    """"01 bản chính, 02 bản photo"; "theo hướng dẫn" when the catalog gives no count."""
    parts = [f"{two_digits(n)} {label}" for n, label in (
        (component.original, "bản chính"), (component.certified, "bản chứng thực"),
        (component.photo, "bản photo")) if n]
    return ", ".join(parts) or "theo hướng dẫn"


def _procedure_view(proc: Procedure) -> dict[str, Any]:
    cases = [(case.name, duration_text(case.duration)) for case in proc.duration_cases]
    return {
        "level": LEVEL_LABELS.get(proc.level, proc.level),
        "duration": duration_text(proc.duration, proc.same_day_cutoff),
        "cases": cases if len(cases) > 1 else [],
        "online": duration_text(proc.online_duration) if proc.online_duration else "",
        "components": [{"name": c.name, "required": c.required, "note": c.note,
                        "copies": _copies(c)} for c in proc.components],
        "fees": [{"kind": FEE_KIND_LABELS.get(fee.kind, fee.kind), "name": fee.name,
                  "rate": fee_rate_text(fee), "note": fee.note} for fee in proc.fees],
    }
