"""Joining the central service: enrollment, online clerk login with offline fallback, `sync --once`."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Callable

from sqlalchemy import select, update

from counter_app.core.codes import CodeLane
from counter_app.core.messages import Message, msg
from counter_app.core.timeutil import iso
from counter_app.services import auth
from counter_app.services.context import ServiceContext, system_clock
from counter_app.services.errors import ServiceError, SetupError
from counter_app.services.setup import STORE_NAME
from counter_app.storage import outbox, reference, settings
from counter_app.storage.db import Store, StoreError, open_store
from counter_app.storage.files import FileStore
from counter_app.storage.models import ClerkRow, DossierRow, OutboxRow
from counter_app.sync import secrets, state
from counter_app.sync.client import CentralClient
from counter_app.sync.engine import NOT_ENROLLED, ClientFactory, SyncEngine
from counter_app.sync.errors import AuthError, Offline, ServerError, SyncError
from counter_app.sync.status import SyncReport as SyncReport  # re-exported: the UI's types
from counter_app.sync.status import SyncStatus as SyncStatus
from counter_app.sync.worker import SyncWorker as SyncWorker

log = logging.getLogger(__name__)

EnrollClientFactory = Callable[[str, "str | None"], CentralClient]


@dataclass(frozen=True)
class OnlineLogin:
    """Who logged in, and whether the central service checked the password (else: offline)."""

    clerk: auth.Clerk
    online: bool
    access_token: str | None = None
    expires_at: str | None = None
    note: Message | None = None  # why the login was checked only locally
    clock_warning: str = ""  # the service says this PC's clock is off (Vietnamese)

    @property
    def message(self) -> str:
        """The Vietnamese text of `note` ("" when the service checked the password)."""
        return self.note.text if self.note else ""


def normalize_url(url: str) -> str:
    url = url.strip().rstrip("/")
    if not url.startswith(("http://", "https://")) or len(url) < 10:
        raise ServiceError("base_url", "format",
                           msg("enroll.address"))
    return url


def _store_of(target: Store | ServiceContext) -> Store:
    return target.store if isinstance(target, ServiceContext) else target


def is_enrolled(store: Store) -> bool:
    with store.reading() as session:
        return bool(state.base_url(session) and secrets.has_device_token(session))


def enroll_counter(target: Store | ServiceContext, base_url: str, enrollment_code: str,
                   device_name: str, *,
                   client_factory: EnrollClientFactory = CentralClient) -> settings.DeviceSettings:
    """Trade a one-time enrollment code for this PC's identity, lane and device token.

    Saves the device settings, the token and the address in one transaction. Refuses (and
    saves nothing) when the store holds dossiers of another unit, or when the code was made
    without a counter number (no lane: this PC could not issue dossier codes). A context
    built before keeps the old identity: rebuild it (``replace(ctx, device=...)``).
    """
    store = _store_of(target)
    url = normalize_url(base_url)
    code = enrollment_code.strip()
    if not code:
        raise ServiceError("enrollment_code", "required", msg("enroll.code_required"))
    client = client_factory(url, None)
    try:
        got = client.enroll(code, device_name.strip() or "Quầy")
    except SyncError as error:
        raise ServiceError("enrollment_code", error.code, error.msg) from error
    finally:
        client.close()
    if got.counter_no is None or got.code_lane is None:
        raise SetupError("enrollment_code", "no_counter", msg("enroll.no_lane"))
    with store.transaction() as session:
        other = session.scalar(select(DossierRow.receiving_unit)
                               .where(DossierRow.receiving_unit != got.unit_code).limit(1))
        if other is not None:
            raise SetupError("enrollment_code", "other_unit",
                             msg("enroll.other_unit", other=other, unit=got.unit_code))
        old = settings.load_device(session)
        first_enrollment = not secrets.has_device_token(session)
        same_unit = old is not None and old.unit_code == got.unit_code
        device = settings.DeviceSettings(
            device_id=got.device_id, unit_code=got.unit_code,
            unit_name=got.unit_name or (old.unit_name if same_unit and old else got.unit_code),
            counter_no=got.counter_no, lanes=(CodeLane(*got.code_lane),),
            unit_address=old.unit_address if same_unit and old else "",
            extra=dict(old.extra) if same_unit and old else {})
        settings.save_device(session, device)
        secrets.save_device_token(session, got.device_token)
        state.save_base_url(session, url)
        if not same_unit:
            state.save_cursor(session, "0")
        if first_enrollment and old is not None:
            # Events queued before enrollment name the local id, which the service does not
            # know; they were never sent, so their body may still change.
            session.execute(update(OutboxRow).where(OutboxRow.device_id == old.device_id)
                            .values(device_id=got.device_id))
    return device


def login_online(target: Store | ServiceContext, base_url: str | None, username: str,
                 password: str, *, now: Callable[[], datetime] | None = None,
                 client_factory: ClientFactory = CentralClient) -> OnlineLogin:
    """Check the password with the central service; keep its verifier for offline logins.

    Without an answer (no link, service failing, device not enrolled) the local verifier
    decides (`services.auth.login`). A wrong password or a locked account online is final.
    """
    store = _store_of(target)
    moment = (now or system_clock)()
    with store.reading() as session:
        url = base_url or state.base_url(session)
        token = secrets.load_device_token(session)
    if not url or not token:
        return OnlineLogin(auth.login(store, username, password, moment), False,
                           note=NOT_ENROLLED)
    client = client_factory(normalize_url(url), token)
    try:
        answer = client.login(username.strip(), password, iso(moment))
    except (Offline, ServerError) as error:
        return OnlineLogin(auth.login(store, username, password, moment), False,
                           note=error.msg)
    except AuthError as error:
        if error.status in (423, 429):  # wrong passwords from this PC: it must wait
            raise auth.LoginError("locked", error.msg) from error
        if error.code == "invalid_credentials":
            raise auth.LoginError("invalid", msg("auth.invalid")) from error
        # The device itself is refused (revoked?): the clerk may still work offline.
        return OnlineLogin(auth.login(store, username, password, moment), False,
                           note=error.msg)

    finally:
        client.close()
    clerk = _keep_verifier(store, answer["clerk"], password, moment)
    warning = str(answer.get("clock_warning") or "")
    if warning:
        log.warning("the central service says this PC's clock is off: %s",
                    answer.get("clock_offset_s"))
    return OnlineLogin(clerk, True, str(answer.get("access_token") or ""),
                       str(answer.get("expires_at") or ""), clock_warning=warning)


def _keep_verifier(store: Store, info: dict[str, object], password: str,
                   now: datetime) -> auth.Clerk:
    username = str(info.get("username") or "").strip().lower()
    full_name = str(info.get("full_name") or "").strip() or username
    role = str(info.get("role") or "clerk")
    role = role if role in auth.ROLES else "clerk"
    with store.reading() as session:
        exists = session.get(ClerkRow, username) is not None
    try:
        if not exists:
            return auth.add_clerk(store, username, full_name, role, password, now)
        auth.set_password(store, username, password)
    except ServiceError:
        return auth.Clerk(username, full_name, role)  # a name or password the PC cannot keep
    with store.transaction() as session:
        row = session.get(ClerkRow, username)
        assert row is not None
        row.full_name, row.role = full_name, role  # the central service is the authority
    return auth.Clerk(username, full_name, role)


def build_engine(ctx: ServiceContext, **options: object) -> SyncEngine:
    return SyncEngine(ctx.store, ctx.files, clock=ctx.clock, **options)  # type: ignore[arg-type]


def start_worker(ctx: ServiceContext, on_progress: Callable[[SyncStatus], None] | None = None,
                 **options: object) -> SyncWorker:
    """The composition root's one sync thread (stop it with `worker.stop()` on exit)."""
    worker = SyncWorker(build_engine(ctx), on_progress=on_progress, **options)  # type: ignore[arg-type]
    worker.start()
    return worker


def retry_set_aside(store: Store, event_ids: list[str] | None = None) -> int:
    """Put events the service rejected back in the queue (all of them when `event_ids` is None)."""
    with store.transaction() as session:
        ids = event_ids if event_ids is not None else [e.event_id for e in outbox.set_aside(session)]
        return outbox.requeue(session, ids)


def sync_once_cli(data_dir: Path, *, client_factory: ClientFactory = CentralClient,
                  echo: Callable[[str], None] = print) -> int:
    """`counter-app sync --once`: 0 all sent, 1 something left, 2 not enrolled or unreachable."""
    path = Path(data_dir) / STORE_NAME
    if not path.exists():
        echo(f"Lỗi: chưa có dữ liệu quầy trong {data_dir}.")
        return 2
    try:
        store = open_store(path)
    except StoreError as error:
        echo(f"Lỗi: {error}")
        return 2
    engine = SyncEngine(store, FileStore(Path(data_dir) / "files"), client_factory=client_factory)
    try:
        report = engine.run_once(refresh_reference=True)
    finally:
        engine.close()
        store.close()
    echo(f"Đã gửi {report.sent} sự kiện (mới {report.applied}, trùng {report.duplicate}, "
         f"bị từ chối {report.rejected}); {report.files_uploaded} tệp quét; "
         f"nhận {report.changes_applied} cập nhật tiến độ.")
    echo(f"Còn chờ gửi: {report.pending} · bị từ chối, để riêng: {report.set_aside}")
    if report.last_error:
        echo(f"Lỗi: {report.last_error}")
    if report.error_kind in ("not_enrolled", "offline", "auth"):
        return 2
    return 0 if report.everything_sent and report.ok else 1


def refreshed_context(ctx: ServiceContext) -> ServiceContext:
    """The context with this store's current device, catalog and calendar (after a sync)."""
    with ctx.store.reading() as session:
        device = settings.load_device(session) or ctx.device
        catalog = reference.load_catalog(session) or ctx.catalog
        calendar = reference.load_calendar(session, device.unit_code) or ctx.calendar
    return replace(ctx, device=device, catalog=catalog, calendar=calendar)
