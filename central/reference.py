"""Reference data the province distributes: the procedure catalog and the calendar years."""

from __future__ import annotations

import hashlib
import json
import threading
from datetime import datetime
from typing import Any, Mapping

from sqlalchemy import Connection, delete, insert, select

from counter_app.core.calendar import WorkCalendar
from counter_app.core.calendar_data import CalendarYear, merge_years, parse_calendar_year
from counter_app.core.deadlines import SuspensionPolicy, resume_appointment
from counter_app.core.procedures import Catalog, Procedure
from counter_app.core.catalog_json import catalog_to_dict, parse_catalog
from counter_app.core.timeutil import to_vn
from central.models import CalendarRow, CatalogVersion


def import_catalog(conn: Connection, data: Mapping[str, object], now: datetime) -> tuple[str, int]:
    """Validate with core.procedures and store; returns (version, number of procedures)."""
    catalog = parse_catalog(data)
    body = json.dumps(catalog_to_dict(catalog), ensure_ascii=False, separators=(",", ":"))
    etag = '"' + hashlib.sha256(body.encode("utf-8")).hexdigest()[:40] + '"'
    conn.execute(insert(CatalogVersion.__table__),
                 {"version": catalog.version, "etag": etag, "body": body, "imported_at": now})
    return catalog.version, len(catalog)


def latest_catalog(conn: Connection) -> tuple[int, str, str] | None:
    """(id, etag, body) of the catalog in force."""
    row = conn.execute(select(CatalogVersion.id, CatalogVersion.etag, CatalogVersion.body)
                       .order_by(CatalogVersion.id.desc()).limit(1)).first()
    return None if row is None else (row.id, row.etag, row.body)


def calendar_to_dict(year: CalendarYear) -> dict[str, Any]:
    return {
        "year": year.year, "source": year.source,
        "office_hours": [[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in year.office_hours],
        "suspension_policy": year.suspension_policy,
        "holidays": [{"date": d.isoformat(), "name": n} for d, n in year.holiday_names],
        "makeup_workdays": [{"date": d.isoformat(), "name": n} for d, n in year.makeup_names],
        "notes": year.notes,
        **({"weekly_sessions": [
            {"weekday": {5: "saturday", 6: "sunday"}[s.weekday],
             "office_hours": [[a.strftime("%H:%M"), b.strftime("%H:%M")] for a, b in s.office_hours],
             "units": sorted(s.units), "name": s.name} for s in year.sessions]}
           if year.sessions else {}),
    }


def import_calendar(conn: Connection, data: Mapping[str, object], now: datetime) -> int:
    """Validate with core.calendar_data and store (replacing that year); returns the year."""
    year = parse_calendar_year(data)
    conn.execute(delete(CalendarRow.__table__).where(CalendarRow.year == year.year))
    conn.execute(insert(CalendarRow.__table__), {
        "year": year.year, "imported_at": now,
        "body": json.dumps(calendar_to_dict(year), ensure_ascii=False)})
    return year.year


def calendar_doc(conn: Connection, year: int) -> dict[str, Any] | None:
    body = conn.execute(select(CalendarRow.body).where(CalendarRow.year == year)).scalar()
    return None if body is None else json.loads(body)


# Parsed reference data, keyed by what identifies its version in the database: immutable, so a
# per-process cache is safe with any number of workers (a new import has a new key).
_cache: dict[tuple[str, Any], Any] = {}
_cache_lock = threading.Lock()


def _cached(key: tuple[str, Any], build: Any) -> Any:
    with _cache_lock:
        if key in _cache:
            return _cache[key]
    value = build()
    with _cache_lock:
        if len(_cache) > 16:
            _cache.clear()
        _cache[key] = value
    return value


class Reference:
    """Lazy access to the catalog and calendar in force, for one transaction."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._catalog: Catalog | None = None
        self._years: tuple[CalendarYear, ...] | None = None

    def catalog(self) -> Catalog | None:
        if self._catalog is None:
            found = latest_catalog(self._conn)
            if found is None:
                return None
            ident, _etag, body = found
            self._catalog = _cached(("catalog", ident), lambda: parse_catalog(json.loads(body)))
        return self._catalog

    def procedure(self, code: str) -> Procedure | None:
        catalog = self.catalog()
        return None if catalog is None else catalog.get(code)

    def fields(self) -> tuple[str, ...]:
        catalog = self.catalog()
        return () if catalog is None else catalog.fields()

    def years(self) -> tuple[CalendarYear, ...]:
        if self._years is None:
            rows = self._conn.execute(select(CalendarRow.year, CalendarRow.imported_at,
                                             CalendarRow.body).order_by(CalendarRow.year)).all()
            key = tuple((r.year, r.imported_at) for r in rows)
            self._years = _cached(("calendar", key), lambda: tuple(
                parse_calendar_year(json.loads(r.body)) for r in rows))
        return self._years

    def calendar(self, unit_code: str = "") -> WorkCalendar:
        return merge_years(self.years(), unit_code=unit_code)

    def policy(self, year: int) -> SuspensionPolicy:
        for item in self.years():
            if item.year == year:
                return item.suspension_policy
        return "shift"


def resumed_appointment(ref: Reference, procedure_code: str, appointment: datetime,
                        paused_at: datetime, resumed_at: datetime) -> datetime:
    """The appointment after a suspension, by the deployment's policy (core.deadlines).

    Without the procedure in the catalog the pause is added as calendar time, the only
    measure left; the clock still never runs while the dossier waits for the citizen.
    """
    appointment, paused_at, resumed_at = to_vn(appointment), to_vn(paused_at), to_vn(resumed_at)
    if resumed_at <= paused_at:
        return appointment
    procedure = ref.procedure(procedure_code)
    if procedure is None or not ref.years():
        return appointment + (resumed_at - paused_at)
    return resume_appointment(ref.policy(resumed_at.year), procedure.duration, appointment,
                              paused_at, resumed_at, ref.calendar(), procedure.same_day_cutoff)
