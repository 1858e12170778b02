"""HEAD / PATCH / GET /files/{sha256}: resumable, content-addressed scans (SYNC-API "Files")."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Request, Response
from fastapi.responses import FileResponse
from sqlalchemy import Connection
from starlette.concurrency import run_in_threadpool

from central import audit, files
from central.api.deps import COUNTER, STAFF, client_ip, errors, require, require_session, state
from central.auth import Principal
from central.db import connect, run_in_transaction
from central.errors import not_found

router = APIRouter(prefix="/api/v1", tags=["files"])

Sha = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="SHA-256 of the whole file, lower-case hex")]
_OFFSET_HEADERS = {
    "Upload-Offset": {"description": "bytes the service holds", "schema": {"type": "integer"}},
    "Upload-Length": {"description": "the file's total length", "schema": {"type": "integer"}},
}


@router.head("/files/{sha256}",
             responses={200: {"description": "bytes held so far", "headers": _OFFSET_HEADERS},
                        401: {"description": "no or bad token"},
                        403: {"description": "role not allowed"},
                        404: {"description": "nothing held"},
                        422: {"description": "not a SHA-256"}},
             summary="How much of the file the service holds (Upload-Offset)")
def head_file(sha256: Sha, request: Request,
              who: Annotated[Principal, Depends(require(*COUNTER))]) -> Response:
    with connect(state(request).engine) as conn:
        held = files.held(conn, who.unit_code, sha256)
    if held is None:
        return Response(status_code=404, headers={"Cache-Control": "no-store"})
    return Response(status_code=200, headers={
        "Upload-Offset": str(held.offset), "Upload-Length": str(held.length),
        "Cache-Control": "no-store"})


@router.patch("/files/{sha256}", status_code=204,
              responses={204: {"description": "chunk stored", "headers": _OFFSET_HEADERS},
                         **errors(400, 401, 403, 409, 413, 422)},
              openapi_extra={"requestBody": {"required": True, "content": {
                  "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
              summary="Append the next chunk at Upload-Offset; the last chunk is checked by SHA-256")
async def patch_file(sha256: Sha, request: Request,
                     who: Annotated[Principal, Depends(require(*COUNTER))],
                     upload_offset: Annotated[int, Header(ge=0, le=files.MAX_FILE)],
                     upload_length: Annotated[int, Header(ge=0, le=files.MAX_FILE)]) -> Response:
    chunk = await request.body()  # already read and capped (central.body.MAX_BODY)
    st = state(request)
    now = st.now()
    new_offset = await run_in_threadpool(files.append, st.engine, st.files, who.unit_code,
                                         sha256, upload_offset, upload_length, chunk, now)
    if new_offset == upload_length and upload_offset + len(chunk) == upload_length and chunk:
        def note(conn: Connection) -> None:
            audit.record(conn, at=now, actor=who.name, role=who.role, unit_code=who.unit_code,
                         action="file.upload", target=sha256, ip=client_ip(request),
                         detail=f"length={upload_length}")
        await run_in_threadpool(run_in_transaction, st.engine, note)
    return Response(status_code=204, headers={"Upload-Offset": str(new_offset),
                                              "Upload-Length": str(upload_length)})


@router.get("/files/{sha256}",
            responses={200: {"content": {"application/octet-stream": {
                "schema": {"type": "string", "format": "binary"}}}, "description": "the file"},
                **errors(401, 403, 404, 422)},
            response_class=FileResponse,
            summary="The complete file, to a caller of the unit that uploaded it")
def get_file(sha256: Sha, request: Request,
             who: Annotated[Principal, Depends(require_session(*STAFF))]) -> FileResponse:
    st = state(request)
    with connect(st.engine) as conn:
        path = files.complete_path(conn, st.files, who.unit_code, sha256)
    if path is None:
        raise not_found("Không có tệp này.")
    return FileResponse(path, media_type="application/octet-stream",
                        headers={"Cache-Control": "private, max-age=31536000, immutable"})
