"""Reference data kept locally: the procedure catalog and the calendar years, with their ETags."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.core.calendar import WorkCalendar
from counter_app.core.calendar_data import CalendarYear, merge_years, parse_calendar_year
from counter_app.core.procedures import Catalog
from counter_app.core.catalog_json import parse_catalog
from counter_app.storage.models import ReferenceRow

CATALOG = "catalog"
CALENDAR = "calendar"


def _put(session: Session, kind: str, key: str, body: Mapping[str, Any], etag: str,
         now: datetime) -> None:
    text = json.dumps(body, ensure_ascii=False)
    row = session.get(ReferenceRow, (kind, key))
    if row is None:
        session.add(ReferenceRow(kind=kind, key=key, etag=etag, body=text, updated_at=now))
    else:
        row.body, row.etag, row.updated_at = text, etag, now


def save_catalog(session: Session, data: Mapping[str, Any], etag: str, now: datetime) -> Catalog:
    """Validate, then keep the catalog; a bad catalog raises CatalogError and changes nothing."""
    catalog = parse_catalog(data)
    _put(session, CATALOG, "current", data, etag, now)
    return catalog


def load_catalog(session: Session) -> Catalog | None:
    row = session.get(ReferenceRow, (CATALOG, "current"))
    return None if row is None else parse_catalog(json.loads(row.body))


def catalog_etag(session: Session) -> str | None:
    row = session.get(ReferenceRow, (CATALOG, "current"))
    return None if row is None else row.etag


def save_calendar_year(session: Session, data: Mapping[str, Any], etag: str,
                       now: datetime) -> CalendarYear:
    year = parse_calendar_year(data)
    _put(session, CALENDAR, str(year.year), data, etag, now)
    return year


def load_calendar_years(session: Session) -> list[CalendarYear]:
    rows = session.scalars(select(ReferenceRow).where(ReferenceRow.kind == CALENDAR)
                           .order_by(ReferenceRow.key))
    return [parse_calendar_year(json.loads(r.body)) for r in rows]


def load_calendar(session: Session, unit_code: str = "") -> WorkCalendar | None:
    """The work calendar over every stored year, with the weekly sessions ``unit_code`` keeps."""
    years = load_calendar_years(session)
    return merge_years(years, unit_code=unit_code) if years else None
