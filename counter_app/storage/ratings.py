"""The satisfaction ratings table: one row per returned dossier, answered or skipped."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.core.rating import CRITERIA_VERSION, Rating
from counter_app.storage.models import RatingRow


@dataclass(frozen=True)
class StoredRating:
    dossier_code: str
    rated_at: datetime
    clerk: str
    rating: Rating


def _to_stored(row: RatingRow) -> StoredRating:
    rating = Rating(tuple(int(x) for x in json.loads(row.criteria)), row.overall, row.skipped)
    return StoredRating(row.dossier_code, row.rated_at, row.clerk, rating)


def get(session: Session, dossier_code: str) -> StoredRating | None:
    row = session.get(RatingRow, dossier_code)
    return None if row is None else _to_stored(row)


def add(session: Session, dossier_code: str, rating: Rating, at: datetime, clerk: str) -> None:
    """Insert the rating; the primary key refuses a second one of the same dossier."""
    session.add(RatingRow(dossier_code=dossier_code, rated_at=at,
                          criteria=json.dumps(list(rating.criteria)), overall=rating.overall,
                          skipped=rating.skipped, clerk=clerk, criteria_version=CRITERIA_VERSION))
    session.flush()


def between(session: Session, start: datetime, end: datetime) -> list[StoredRating]:
    """Ratings given in [start, end), oldest first (for the indicators)."""
    rows = session.scalars(select(RatingRow).where(RatingRow.rated_at >= start,
                                                   RatingRow.rated_at < end)
                           .order_by(RatingRow.rated_at))
    return [_to_stored(r) for r in rows]
