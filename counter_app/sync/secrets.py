"""Where the device token is kept: the OS keyring where one exists, else the store's settings.

With a keyring (Windows Credential Manager, macOS Keychain, Secret Service) the store keeps only
the name of the keyring entry (`sync.device_token_ref`); without one (a Linux counter with no
Secret Service, this CI) the token sits in plain text in the settings table
(`sync.device_token`), readable by whoever can read the clerk's data folder. Revoking the device
on the central service (`python -m central admin revoke-device`) ends it either way. Nothing
else reads these keys.
"""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import delete, event
from sqlalchemy.orm import Session

from counter_app.storage import settings
from counter_app.storage.models import SettingRow

log = logging.getLogger(__name__)

SERVICE = "counter-app sync"  # the keyring's service name; the entry's user is the ref
_KEY = "sync.device_token"  # the token itself (no keyring)
_REF = "sync.device_token_ref"  # the keyring entry holding it


def has_device_token(session: Session) -> bool:
    """Whether a token was saved (without asking the keyring, which may be slow or locked)."""
    return bool(settings.get(session, _KEY) or settings.get(session, _REF))


def load_device_token(session: Session) -> str | None:
    token = settings.get(session, _KEY)
    if token:
        return token
    ref = settings.get(session, _REF)
    if not ref:
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, ref) or None
    except Exception as error:  # locked, gone, a backend failing: as if not enrolled
        log.warning("the device token cannot be read from the keyring: %s", type(error).__name__)
        return None


def save_device_token(session: Session, token: str) -> str:
    """Keep the token; returns where: "keyring" or "store" (no usable keyring)."""
    old_ref = settings.get(session, _REF)
    ref = f"device-{uuid.uuid4()}"  # a new entry: the old one stays valid until this commits
    try:
        import keyring

        keyring.set_password(SERVICE, ref, token)
    except Exception as error:  # no backend (keyring.errors.NoKeyringError) or a failing one
        log.info("no usable keyring (%s): the device token stays in the store",
                 type(error).__name__)
        settings.put(session, _KEY, token)
        _drop(session, _REF)
        _delete_after_commit(session, old_ref)
        return "store"
    settings.put(session, _REF, ref)
    _drop(session, _KEY)
    _delete_after_commit(session, old_ref)
    return "keyring"


def forget_device_token(session: Session) -> None:
    _delete_after_commit(session, settings.get(session, _REF))
    _drop(session, _KEY)
    _drop(session, _REF)


def _drop(session: Session, key: str) -> None:
    session.execute(delete(SettingRow).where(SettingRow.key == key))


def _delete_after_commit(session: Session, ref: str | None) -> None:
    """Remove a keyring entry once the store no longer names it (never before the commit)."""
    if not ref:
        return

    def delete_entry(_: Session) -> None:
        try:
            import keyring

            keyring.delete_password(SERVICE, ref)
        except Exception:  # already gone, or no keyring any more: nothing to clean
            pass

    event.listen(session, "after_commit", delete_entry, once=True)
