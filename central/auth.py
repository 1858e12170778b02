"""Passwords (argon2id), random bearer tokens stored only as SHA-256, enrollment, login.

Everything is in the database, nothing in process memory, so any number of worker processes
agree (failed logins are counted per source by central.throttle, in the database too).
"""

from __future__ import annotations

import hashlib
import os
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal, TypeGuard, get_args

from argon2 import Parameters, PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, insert, select, update

from central.errors import ApiError, unauthorized
from central.models import AccessToken, Device, EnrollmentCode, Unit, User

# `province`: a user of the provincial office who reads the reports of every unit (read only).
ROLES = ("clerk", "supervisor", "back_office", "admin", "province")
Role = Literal["device", "clerk", "supervisor", "back_office", "admin", "province"]


def is_role(value: str) -> TypeGuard[Role]:
    """Whether a stored role is one this service knows (an unknown one authorizes nothing)."""
    return value in get_args(Role)

ACCESS_TTL = timedelta(hours=12)
ENROLLMENT_TTL = timedelta(days=7)

# argon2id with RFC 9106's low-memory profile (t=3, m=64 MiB, p=4). A hash records its own
# parameters, so verification of existing hashes never depends on this setting. The test
# suites may choose CENTRAL_ARGON2_PROFILE=CHEAPEST, and only they: it is refused unless
# CENTRAL_TESTING=1 says the process is a test run (their fixtures set it).
ENV_PROFILE = "CENTRAL_ARGON2_PROFILE"
ENV_TESTING = "CENTRAL_TESTING"
DEFAULT_PROFILE = "RFC_9106_LOW_MEMORY"
SAFE_PROFILES = frozenset({"RFC_9106_LOW_MEMORY", "RFC_9106_HIGH_MEMORY"})
_hashers: list[PasswordHasher] = []
_dummy: list[str] = []


class UnsafeProfileError(RuntimeError):
    """A password-hash profile too cheap for real passwords, outside a test run."""


def check_hash_profile() -> str:
    """The argon2 profile in force; UnsafeProfileError for a weak or unknown one outside tests."""
    name = os.environ.get(ENV_PROFILE) or DEFAULT_PROFILE
    if not isinstance(getattr(profiles, name, None), Parameters):
        raise UnsafeProfileError(f"{ENV_PROFILE}={name}: no such argon2 profile "
                                 f"(use {' or '.join(sorted(SAFE_PROFILES))})")
    if name not in SAFE_PROFILES and os.environ.get(ENV_TESTING) != "1":
        raise UnsafeProfileError(
            f"{ENV_PROFILE}={name} is for test runs only (passwords hashed with it can be "
            f"guessed cheaply); unset it or use {' or '.join(sorted(SAFE_PROFILES))}")
    return name


def _hasher() -> PasswordHasher:
    if not _hashers:
        _hashers.append(PasswordHasher.from_parameters(getattr(profiles, check_hash_profile())))
    return _hashers[0]


def _dummy_hash() -> str:
    """Verified when the user does not exist, so a wrong name costs as long as a wrong password."""
    if not _dummy:
        _dummy.append(_hasher().hash("not a password of anyone"))
    return _dummy[0]


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return _hasher().verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def new_token(prefix: str) -> tuple[str, str]:
    """A random bearer token and the hash the database keeps instead of it."""
    token = f"{prefix}_{secrets.token_urlsafe(32)}"
    return token, token_hash(token)


@dataclass(frozen=True)
class Principal:
    """Who is calling: a counter PC by its device token, or a user by an access token."""

    kind: Literal["device", "user"]
    unit_code: str
    role: Role
    device_id: str
    username: str = ""
    user_id: int | None = None

    @property
    def name(self) -> str:
        return self.username or f"device:{self.device_id}"


def authenticate(conn: Connection, token: str, now: datetime) -> Principal:
    """The principal of a bearer token, or 401 (unknown, revoked or expired: the same answer)."""
    digest = token_hash(token)
    if token.startswith("acc_"):
        row = conn.execute(
            select(AccessToken.expires_at, AccessToken.revoked_at, User.id, User.username,
                   User.role, User.unit_code, User.disabled, Device.id, Device.revoked_at,
                   Device.unit_code)
            .join(User, User.id == AccessToken.user_id)
            .join(Device, Device.id == AccessToken.device_id)
            .where(AccessToken.token_hash == digest)).first()
        if row is None:
            raise unauthorized()
        (expires, revoked, user_id, username, role, unit, disabled, device_id, dev_revoked,
         dev_unit) = row
        if (revoked is not None or dev_revoked is not None or disabled or dev_unit != unit
                or not is_role(role)):
            raise unauthorized()
        if expires <= now:
            raise unauthorized("Phiên đăng nhập đã hết hạn; hãy đăng nhập lại.", "token_expired")
        return Principal("user", unit, role, device_id, username, user_id)
    device = conn.execute(select(Device.id, Device.unit_code, Device.revoked_at)
                          .where(Device.token_hash == digest)).first()
    if device is None or device.revoked_at is not None:
        raise unauthorized()
    return Principal("device", device.unit_code, "device", device.id)


# ----------------------------------------------------------------------- administration


def create_unit(conn: Connection, code: str, name: str, now: datetime) -> None:
    conn.execute(insert(Unit.__table__), {"code": code, "name": name, "last_change_seq": 0,
                                          "created_at": now})


def create_user(conn: Connection, username: str, password: str, role: str, unit_code: str,
                now: datetime, full_name: str = "") -> int:
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    result = conn.execute(insert(User.__table__).returning(User.id), {
        "username": username, "full_name": full_name, "unit_code": unit_code, "role": role,
        "password_hash": hash_password(password), "failed_logins": 0, "locked_until": None,
        "disabled": False, "created_at": now})
    return int(result.scalar_one())


def create_enrollment_code(conn: Connection, unit_code: str, counter_no: int | None,
                           now: datetime, ttl: timedelta = ENROLLMENT_TTL) -> str:
    """A one-time code (shown once; only its hash is stored)."""
    # 12 characters of an unambiguous alphabet, read aloud or typed: ~60 bits.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    raw = "".join(secrets.choice(alphabet) for _ in range(12))
    code = f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"
    conn.execute(insert(EnrollmentCode.__table__), {
        "code_hash": token_hash(_normal_code(code)), "unit_code": unit_code,
        "counter_no": counter_no, "created_at": now, "expires_at": now + ttl,
        "used_at": None, "device_id": None})
    return code


def _normal_code(code: str) -> str:
    return code.strip().upper().replace("-", "").replace(" ", "")


@dataclass(frozen=True)
class Enrollment:
    device_id: str
    device_token: str
    unit_code: str
    unit_name: str
    counter_no: int | None


def enroll(conn: Connection, code: str, device_name: str, now: datetime) -> Enrollment:
    """Trade a one-time code for a device token; a used or expired code is refused (401)."""
    digest = token_hash(_normal_code(code))
    ec = conn.execute(select(EnrollmentCode.__table__).where(EnrollmentCode.code_hash == digest)
                      .with_for_update()).first()
    if ec is None or ec.used_at is not None or ec.expires_at <= now:
        raise ApiError(401, "invalid_enrollment_code",
                       "Mã đăng ký thiết bị không đúng, đã dùng hoặc đã hết hạn.",
                       headers={"WWW-Authenticate": "Bearer"})
    device_id = str(uuid.uuid4())
    token, token_digest = new_token("dev")
    conn.execute(insert(Device.__table__), {
        "id": device_id, "name": device_name, "unit_code": ec.unit_code,
        "counter_no": ec.counter_no, "token_hash": token_digest, "created_at": now,
        "revoked_at": None})
    # The guard on used_at makes the code single-use even if two requests race for it.
    done = conn.execute(update(EnrollmentCode.__table__)
                        .where(EnrollmentCode.id == ec.id, EnrollmentCode.used_at.is_(None))
                        .values(used_at=now, device_id=device_id))
    if done.rowcount != 1:
        raise ApiError(401, "invalid_enrollment_code", "Mã đăng ký thiết bị đã được dùng.")
    unit_name = conn.execute(select(Unit.name).where(Unit.code == ec.unit_code)).scalar_one()
    return Enrollment(device_id, token, ec.unit_code, unit_name, ec.counter_no)


# ------------------------------------------------------------------------------ login


@dataclass(frozen=True)
class LoginOutcome:
    """What a password check came to (the caller counts failures per source: central.throttle)."""

    status: Literal["ok", "bad"]
    token: str = ""
    expires_at: datetime | None = None
    user: dict[str, str] | None = None
    known_user: bool = True  # the name is a user's (else the audit log keeps a pseudonym)


def login(conn: Connection, device: Principal, username: str, password: str, now: datetime,
          ttl: timedelta = ACCESS_TTL) -> LoginOutcome:
    """Check the password of a user of the device's unit; a session on that device if right.

    No account is ever locked here: wrong passwords slow down their source (the device and
    the address they come from, central.throttle), so nobody can lock a clerk out.
    """
    user = conn.execute(select(User.__table__).where(User.username == username)).first()
    if user is None or user.unit_code != device.unit_code or user.disabled:
        verify_password(_dummy_hash(), password)
        return LoginOutcome("bad", known_user=user is not None)
    if not verify_password(user.password_hash, password):
        return LoginOutcome("bad")
    token, digest = new_token("acc")
    expires = now + ttl
    conn.execute(insert(AccessToken.__table__), {
        "token_hash": digest, "user_id": user.id, "device_id": device.device_id,
        "created_at": now, "expires_at": expires, "revoked_at": None})
    return LoginOutcome("ok", token, expires, {
        "username": user.username, "full_name": user.full_name, "role": user.role,
        "unit_code": user.unit_code})


def logout(conn: Connection, token: str, now: datetime) -> None:
    conn.execute(update(AccessToken.__table__)
                 .where(AccessToken.token_hash == token_hash(token))
                 .values(revoked_at=now))


def issue_access_token(conn: Connection, user_id: int, device_id: str, now: datetime,
                       ttl: timedelta = ACCESS_TTL) -> str:
    """A token without a password check (tests and the admin CLI)."""
    token, digest = new_token("acc")
    conn.execute(insert(AccessToken.__table__), {
        "token_hash": digest, "user_id": user_id, "device_id": device_id, "created_at": now,
        "expires_at": now + ttl, "revoked_at": None})
    return token
