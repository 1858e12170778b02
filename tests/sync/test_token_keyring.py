"""The device token: in the OS keyring where one exists, in the store's settings where none does."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from counter_app.services.context import ServiceContext
from counter_app.storage.models import SettingRow
from counter_app.sync import secrets
from counter_app.sync.engine import SyncEngine
from tests.sync.conftest import Central, enroll_alone, receive


class MemoryKeyring(KeyringBackend):
    """An OS keyring stand-in: entries in a dict."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username))


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def setting_values(ctx: ServiceContext) -> list[str]:
    with ctx.store.reading() as session:
        return [row.value for row in session.query(SettingRow)]


def sends(ctx: ServiceContext) -> None:
    receive(ctx, 1)
    report = SyncEngine(ctx.store, ctx.files, clock=ctx.clock).run_once()
    assert report.ok, report.last_error
    assert report.applied == 1 and report.pending == 0


def test_with_a_keyring_the_token_never_sits_in_the_store(
        ctx: ServiceContext, own_central: Central, memory_keyring: MemoryKeyring) -> None:
    ctx = enroll_alone(ctx, own_central)
    assert len(memory_keyring.entries) == 1
    token = next(iter(memory_keyring.entries.values()))
    assert token.startswith("dev_")
    assert not any(token in value for value in setting_values(ctx))
    sends(ctx)  # the engine reads it back from the keyring

    enroll_alone(ctx, own_central)  # enrolled again: the old entry goes, only the new one stays
    assert len(memory_keyring.entries) == 1
    assert next(iter(memory_keyring.entries.values())) != token


def test_without_a_keyring_the_token_stays_in_the_store(
        ctx: ServiceContext, own_central: Central) -> None:
    assert isinstance(keyring.get_keyring(), fail.Keyring)  # this CI: no Secret Service
    ctx = enroll_alone(ctx, own_central)
    with ctx.store.reading() as session:
        token = secrets.load_device_token(session)
    assert token and token.startswith("dev_") and token in setting_values(ctx)
    sends(ctx)


def test_a_locked_keyring_reads_as_not_enrolled_and_never_raises(
        ctx: ServiceContext, own_central: Central, memory_keyring: MemoryKeyring) -> None:
    ctx = enroll_alone(ctx, own_central)
    memory_keyring.entries.clear()  # the keyring lost or locked the entry
    report = SyncEngine(ctx.store, ctx.files, clock=ctx.clock).run_once()
    assert report.error_kind == "not_enrolled"
