"""The citizen's satisfaction rating after a return: record the answers, or that they skipped it."""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from counter_app.core.messages import msg
from counter_app.core.dossier import DossierEvent, Status
from counter_app.core.rating import (
    SKIPPED, Rating, RatingError, RatingSummary, check_rating, summarize, to_payload,
)
from counter_app.core.timeutil import iso
from counter_app.services.context import ServiceContext
from counter_app.services.errors import DossierNotFoundError, ServiceError
from counter_app.storage import dossiers, outbox, ratings

EVENT_TYPE = "dossier.rated"


class RatingRefusedError(ServiceError):
    """The rating was not stored: bad answers, a dossier not returned, or one already rated."""


def record(ctx: ServiceContext, dossier_code: str, criteria: Sequence[object],
           overall: object) -> Rating:
    """Store the citizen's answers (11 scores 0/1/2, overall 1–5) and queue `dossier.rated`."""
    try:
        rating = check_rating(criteria, overall)
    except RatingError as error:
        raise RatingRefusedError(error.field, error.rule, msg("text", text=error.message)) from None
    return _store(ctx, dossier_code, rating)


def skip(ctx: ServiceContext, dossier_code: str) -> Rating:
    """The citizen chose not to rate: recorded too (the indicators count who was asked)."""
    return _store(ctx, dossier_code, SKIPPED)


def rating_of(ctx: ServiceContext, dossier_code: str) -> ratings.StoredRating | None:
    with ctx.store.reading() as session:
        return ratings.get(session, dossier_code.strip())


def summary(ctx: ServiceContext, start: datetime, end: datetime) -> RatingSummary:
    """The satisfaction figures of the ratings given in [start, end) at this counter's store."""
    with ctx.store.reading() as session:
        found = ratings.between(session, start, end)
    return summarize([r.rating for r in found])


def _store(ctx: ServiceContext, dossier_code: str, rating: Rating) -> Rating:
    code = dossier_code.strip()
    now = ctx.now()
    with ctx.store.transaction() as session:
        dossier = dossiers.get(session, code)
        if dossier is None:
            raise DossierNotFoundError(code)
        if dossier.status is not Status.RETURNED:
            raise RatingRefusedError(
                "status", "not_returned",
                msg("rating.not_returned", code=code, status=dossier.status.label))
        earlier = ratings.get(session, code)
        if earlier is not None:
            when = earlier.rated_at.strftime("%H:%M %d/%m/%Y")
            raise RatingRefusedError(
                "dossier_code", "already_rated",
                msg("rating.already_skipped" if earlier.rating.skipped else "rating.already_rated",
                    code=code, when=when))
        ratings.add(session, code, rating, now, ctx.clerk)
        payload = {**to_payload(rating), "rated_at": iso(now)}
        outbox.append(session, DossierEvent(EVENT_TYPE, code, now, payload),
                      device_id=ctx.device.device_id, clerk=ctx.clerk)
    return rating
