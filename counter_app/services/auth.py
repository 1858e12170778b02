"""Clerk accounts at this counter: argon2id verifiers for offline login, lockout after failures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select

from counter_app.core.messages import Message, msg
from counter_app.services.errors import ServiceError
from counter_app.storage.db import Store
from counter_app.storage.models import ClerkRow

MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=5)
ROLES = ("clerk", "supervisor", "back_office", "admin")
_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{2,63}$")
_hasher = PasswordHasher()  # argon2id with the library's current recommended costs


@dataclass(frozen=True)
class Clerk:
    username: str
    full_name: str
    role: str


class LoginError(ServiceError):
    """Wrong name or password (one message for both, so names cannot be guessed), or locked.

    Typed for the screens, which word it for where they are (the login dialog asks for name
    and password, the lock screen only for the password): ``rule`` is "invalid" or "locked",
    ``attempts_left`` how many wrong passwords remain before the lock (None when unknown: an
    unknown name, or the answer of the central service), ``locked_until`` when it opens.
    """

    def __init__(self, rule: str, message: Message, locked_until: datetime | None = None,
                 attempts_left: int | None = None) -> None:
        super().__init__("password", rule, message)
        self.locked_until = locked_until
        self.attempts_left = attempts_left


def _locked(until: datetime) -> LoginError:
    return LoginError("locked", msg("auth.locked", failures=MAX_FAILURES, time=f"{until:%H:%M}"),
                      until)


def add_clerk(store: Store, username: str, full_name: str, role: str, password: str,
              now: datetime) -> Clerk:
    username = username.strip().lower()
    if not _USERNAME.match(username):
        raise ServiceError("username", "format", msg("auth.username_format"))
    if role not in ROLES:
        raise ServiceError("role", "choice", msg("auth.role", roles=tuple(ROLES)))
    if len(password) < 8:
        raise ServiceError("password", "too_short", msg("auth.password_short"))
    if not full_name.strip():
        raise ServiceError("full_name", "required", msg("auth.full_name"))
    with store.transaction() as session:
        if session.get(ClerkRow, username) is not None:
            raise ServiceError("username", "exists", msg("auth.username_exists", username=username))
        session.add(ClerkRow(username=username, full_name=full_name.strip(), role=role,
                             password_hash=_hasher.hash(password), failed_attempts=0,
                             locked_until=None, created_at=now))
    return Clerk(username, full_name.strip(), role)


def set_password(store: Store, username: str, password: str) -> None:
    """Keep the verifier of a password that the central service accepted (or an admin reset)."""
    if len(password) < 8:
        raise ServiceError("password", "too_short", msg("auth.password_short"))
    with store.transaction() as session:
        row = session.get(ClerkRow, username.strip().lower())
        if row is None:
            raise ServiceError("username", "not_found", msg("auth.no_account"))
        row.password_hash = _hasher.hash(password)
        row.failed_attempts, row.locked_until = 0, None


def login(store: Store, username: str, password: str, now: datetime) -> Clerk:
    """Check the password against the local verifier; 5 failures lock the account for a while."""
    bad = LoginError("invalid", msg("auth.invalid"))
    with store.transaction() as session:
        row = session.get(ClerkRow, username.strip().lower())
        if row is None:
            _hasher.hash(password)  # same cost as a real check: timing tells nothing
            raise bad
        if row.locked_until is not None and row.locked_until > now:
            raise _locked(row.locked_until)
        try:
            _hasher.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            row.failed_attempts += 1
            left = MAX_FAILURES - row.failed_attempts
            if left <= 0:  # this failure locks: say so now, with the time it opens
                row.failed_attempts, row.locked_until = 0, now + LOCK_FOR
                failure = _locked(row.locked_until)
            else:
                failure = LoginError(
                    "invalid", msg("auth.invalid_last_try" if left == 1 else "auth.invalid"),
                    attempts_left=left)
        else:
            row.failed_attempts, row.locked_until = 0, None
            if _hasher.check_needs_rehash(row.password_hash):
                row.password_hash = _hasher.hash(password)
            return Clerk(row.username, row.full_name, row.role)
    raise failure


def list_clerks(store: Store) -> list[Clerk]:
    with store.reading() as session:
        rows = session.scalars(select(ClerkRow).order_by(ClerkRow.username))
        return [Clerk(r.username, r.full_name, r.role) for r in rows]


def unlock(store: Store, username: str) -> None:
    with store.transaction() as session:
        row = session.get(ClerkRow, username.strip().lower())
        if row is None:
            raise ServiceError("username", "not_found", msg("auth.no_account"))
        row.failed_attempts, row.locked_until = 0, None

