"""Where the device token is kept: the store's settings table, until an OS keyring backend exists.

Limitation: no keyring package is installed on the counter PCs, so the token sits in plain text
in the local SQLite store (readable by whoever can read the clerk's data folder). Revoking the
device on the central service (`python -m central admin revoke-device`) ends it. A keyring
backend only has to replace the three functions below; nothing else reads the key.
"""

from __future__ import annotations

from sqlalchemy import delete
from sqlalchemy.orm import Session

from counter_app.storage import settings
from counter_app.storage.models import SettingRow

_KEY = "sync.device_token"


def load_device_token(session: Session) -> str | None:
    return settings.get(session, _KEY) or None


def save_device_token(session: Session, token: str) -> None:
    settings.put(session, _KEY, token)


def forget_device_token(session: Session) -> None:
    session.execute(delete(SettingRow).where(SettingRow.key == _KEY))
