"""GET /changes?cursor=&limit=: the back office's progress for the caller's unit."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request

from central import changes
from central.api.deps import COUNTER, errors, require, state
from central.auth import Principal
from central.db import connect
from central.schemas import ChangesOut

router = APIRouter(prefix="/api/v1", tags=["changes"])


@router.get("/changes", response_model=ChangesOut, responses=errors(401, 403, 409, 422),
            summary="Changes after the cursor, oldest first; resumable, never skipping")
def get_changes(request: Request, who: Annotated[Principal, Depends(require(*COUNTER))],
                cursor: Annotated[str | None, Query(max_length=32)] = None,
                limit: Annotated[int, Query(ge=1, le=500)] = 500) -> dict[str, object]:
    after = changes.parse_cursor(cursor)
    with connect(state(request).engine) as conn:
        rows, next_cursor = changes.page(conn, who.unit_code, after, limit)
    return {"changes": rows, "next_cursor": next_cursor}
