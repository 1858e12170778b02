"""POST /events: the counter's outbox, up to 500 events a request (SYNC-API "Events up")."""

from __future__ import annotations

import json
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from central import events
from central.api.deps import COUNTER, client_ip, errors, require, state
from central.auth import Principal
from central.errors import ApiError
from central.schemas import MAX_BATCH, EventBatch, EventBatchResult

router = APIRouter(prefix="/api/v1", tags=["events"])


@router.post("/events", response_model=EventBatchResult,
             responses=errors(400, 401, 403, 413, 422),
             summary="Apply a batch of events; each is applied, duplicate or rejected")
def post_events(batch: EventBatch, request: Request,
                who: Annotated[Principal, Depends(require(*COUNTER))]) -> Response:
    if len(batch.events) > MAX_BATCH:
        raise ApiError(413, "batch_too_large", f"Tối đa {MAX_BATCH} sự kiện một lần gửi.",
                       {"max": MAX_BATCH, "got": len(batch.events)})
    st = state(request)
    results = events.apply_batch(st.engine, who, batch.events, st.now(), client_ip(request))
    # The results are built to EventBatchResult's shape already; serialising them directly
    # skips a second validation of up to 500 items (the hot path of every outbox drain).
    body = json.dumps({"results": results}, ensure_ascii=False, separators=(",", ":"))
    return Response(body.encode("utf-8"), media_type="application/json")
