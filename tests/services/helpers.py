"""Drafts that tests reuse: a certified copy and a birth registration with valid applicants."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from counter_app.core.dossier import Applicant, Component
from counter_app.core.intake import IntakeDraft
from counter_app.services.context import ServiceContext

CERTIFIED_COPY = "2.000815"  # Chứng thực bản sao từ bản chính (commune level)

AN = Applicant(full_name="Nguyễn Văn An", id_number="038203012345", birth_date=date(2003, 3, 15),
               gender="Nam", address="Thôn 3, xã Quảng Phú, tỉnh Thanh Hóa",
               phone="0912 345 678", email="an.nguyen@example.vn")


def complete_components(ctx: ServiceContext, code: str) -> tuple[Component, ...]:
    """One of each component the procedure lists, with its default counts (at least one copy)."""
    proc = ctx.catalog.by_code(code)
    return tuple(Component(name=c.name, required=c.required, original=max(c.original, 1),
                           certified=c.certified, photo=c.photo) for c in proc.components)


# A typed value for each kind of procedure field (core.procedure_fields), as a clerk types it.
SAMPLE_FIELD_VALUES = {"text": "Nguyễn Thị Bình", "date": "01/11/2025", "gender": "Nữ",
                       "id_number": "038303012345"}


def required_fields(ctx: ServiceContext, code: str) -> dict[str, str]:
    """A value for each field the procedure requires (a birth registration's child …)."""
    proc = ctx.catalog.by_code(code)
    return {f.key: SAMPLE_FIELD_VALUES[f.type] for f in proc.fields if f.required}


def draft(ctx: ServiceContext, code: str = CERTIFIED_COPY, applicant: Applicant = AN,
          **changes: Any) -> IntakeDraft:
    base = IntakeDraft(procedure_code=code, applicant=applicant,
                       components=complete_components(ctx, code),
                       procedure_fields=required_fields(ctx, code))

    return replace(base, **changes)
