"""The FastAPI application: create_app(db_url) wires the routers, errors, gzip and the database."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.utils import get_openapi
from sqlalchemy.engine import make_url

from central import __version__, audit, errors, pages
from central import updates as central_updates
from central.api import changes, dossiers, events, files, identity, public, reference, reports
from central.api.deps import ServiceState, utc_now
from central.auth import ACCESS_TTL, check_hash_profile
from central.db import make_engine, migrate
from central.body import BodyMiddleware
from central.files import FileStore
from central.portal import payloads as portal_payloads
from central.gate import AuthGate
from central.schemas import ErrorInfo, ErrorResponse
from central.uploads import UploadCap
from central.settings import DEFAULT_DB, ENV_DB, ENV_STORAGE, Settings
from central.settings import from_env as settings_from_env

__all__ = ["DEFAULT_DB", "ENV_DB", "ENV_STORAGE", "create_app", "create_app_from_env",
           "default_storage"]

DESCRIPTION = """The central (provincial) service the one-stop counters sync with: the contract
of SYNC-API.md. Every endpoint but `/healthz` and `/api/v1/public/…` needs
`Authorization: Bearer <device token or access token>`. Errors are
`{"error": {"code", "message", "details"}}`. Bodies may be gzip-encoded both ways."""


def default_storage(db_url: str) -> Path:
    """Next to a SQLite file (`central.db` → `central.db.files/`), else ./central-files."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database + ".files")
    return Path("central-files")


def create_app(db_url: str | None = None, *, storage: Path | None = None,
               access_ttl: timedelta = ACCESS_TTL, clock: Callable[[], datetime] = utc_now,
               run_migrations: bool = True, updates_dir: Path | None = None,
               settings: Settings | None = None) -> FastAPI:
    """The application for one database; safe to run in many worker processes at once.

    `settings` (central.settings) gives the pool, the limits and the trusted proxies; `db_url`
    and `storage`, when given, take precedence over its own."""
    check_hash_profile()  # the cheap test profile is refused outside a test run
    settings = settings or Settings()
    db_url = db_url or settings.db_url
    storage = storage or (Path(settings.storage) if settings.storage else None)
    engine = make_engine(db_url, pool_size=settings.pool_size, max_overflow=settings.max_overflow)
    if run_migrations:
        migrate(engine)
    portal_payloads.mapping()  # a broken portal mapping file stops the start, not every batch
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        engine.dispose()

    app = FastAPI(title="Central sync service (Bộ phận một cửa)", version=__version__,
                  description=DESCRIPTION, lifespan=lifespan)
    folder = storage or default_storage(db_url)
    app.state.central = ServiceState(engine=engine, files=FileStore(folder),
                                     access_ttl=access_ttl, clock=clock,
                                     audit_key=audit.load_key(folder), settings=settings,
                                     proxies=settings.proxy_networks())
    errors.install(app)
    for module in (identity, reference, events, files, changes, dossiers, reports, public):
        app.include_router(module.router)
    central_updates.mount(app, updates_dir)
    pages.mount(app)
    _document_common_errors(app)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    # Outermost last: the caller is known (401) before the body is read, capped and inflated.
    app.add_middleware(BodyMiddleware, max_body=settings.max_body_bytes)
    app.add_middleware(UploadCap)  # a unit's uploads in flight are capped before the body
    app.add_middleware(AuthGate)

    return app


# Any request can meet these: a body that is not JSON (400), a bad gzip or one too big
# (400/413/415, central.body), a parameter that fails validation (422).
_COMMON = {400: "bad request", 413: "too large", 415: "unsupported encoding",
           422: "validation error"}
_PROTECTED = {401: "no, unknown or expired token", 403: "role not allowed"}


def _document_common_errors(app: FastAPI) -> None:
    """Add the error answers every operation can give to the OpenAPI document."""
    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        spec = get_openapi(title=app.title, version=app.version, description=app.description,
                           routes=app.routes)
        ref = {"$ref": "#/components/schemas/ErrorResponse"}
        spec.setdefault("components", {}).setdefault("schemas", {})["ErrorResponse"] = \
            ErrorResponse.model_json_schema(ref_template="#/components/schemas/{model}")
        spec["components"]["schemas"]["ErrorInfo"] = ErrorInfo.model_json_schema()
        spec["components"]["schemas"]["ErrorResponse"].pop("$defs", None)
        for path, item in spec["paths"].items():
            for method, operation in item.items():
                codes = dict(_COMMON)
                if "security" in operation:
                    codes.update(_PROTECTED)
                responses = operation.setdefault("responses", {})
                for code, text in codes.items():
                    entry = responses.setdefault(str(code), {"description": text})
                    if method != "head":
                        entry.setdefault("content", {"application/json": {"schema": ref}})
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]


def create_app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` worker processes (the parent already migrated)."""
    return create_app(settings=settings_from_env(), run_migrations=False)
