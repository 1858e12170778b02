"""Who carries a message: an SMS gateway over HTTP, or Zalo ZNS (an approved template).

A provider answers with an Outcome: sent (with the provider's message id), a temporary
failure (retried with backoff) or a final one (kept with its error). Nothing is raised.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import requests

from central.notify.config import SmsConfig, ZaloConfig
from central.notify.templates import Template


@dataclass(frozen=True)
class Outcome:
    sent: bool
    retry: bool = False
    error: str = ""
    message_id: str | None = None


@dataclass(frozen=True)
class Message:
    id: int
    key: str
    kind: str
    phone: str  # 0xxxxxxxxx, as the counter normalised it
    params: dict[str, str]
    template: Template


class Provider(Protocol):
    def send(self, message: Message) -> Outcome: ...


def _http_outcome(response: requests.Response) -> Outcome | None:
    """None for a 2xx; a retry for 408, 429 and 5xx; final for any other status."""
    if 200 <= response.status_code < 300:
        return None
    retry = response.status_code in (408, 429) or response.status_code >= 500
    return Outcome(False, retry, f"HTTP {response.status_code}: {response.text[:200]}")


def _json(response: requests.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _post(session: requests.Session, url: str, body: dict[str, Any], timeout: float,
          **options: Any) -> dict[str, Any] | Outcome:
    """POST `body` as JSON: the answer's JSON object, or the Outcome of a failed exchange
    (a transport error or a non-2xx status)."""
    try:
        response = session.post(url, json=body, timeout=timeout, **options)
    except requests.RequestException as error:
        return Outcome(False, True, f"{type(error).__name__}: {error}"[:300])
    failed = _http_outcome(response)
    return failed if failed is not None else _json(response)


def _sent(ident: Any) -> Outcome:
    return Outcome(True, message_id=None if ident is None else str(ident)[:100])


class SmsGateway:
    """POST {"to": "0912345678", "text": "…", "ref": "<unique key>"} as JSON."""

    def __init__(self, config: SmsConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.session = session or requests.Session()

    def send(self, message: Message) -> Outcome:
        cfg = self.config
        headers = {"Authorization": f"Bearer {cfg.token}"} if cfg.token else {}
        auth = (cfg.username, cfg.password) if cfg.username else None
        body = {"to": message.phone, "text": message.template.render(message.params),
                "ref": message.key}
        data = _post(self.session, cfg.url, body, cfg.timeout_s, headers=headers, auth=auth)
        if isinstance(data, Outcome):
            return data
        return _sent(data.get("id") or data.get("message_id"))


def zalo_phone(phone: str) -> str:
    """ZNS wants the international form without '+': 0912345678 → 84912345678."""
    return "84" + phone[1:] if phone.startswith("0") else phone


class ZaloZns:
    """POST {phone, template_id, template_data, tracking_id} with the OA's `access_token`
    header; Zalo answers {"error": 0, "message": "Success", "data": {"msg_id": …}}."""

    def __init__(self, config: ZaloConfig, session: requests.Session | None = None) -> None:
        self.config = config
        self.session = session or requests.Session()

    def send(self, message: Message) -> Outcome:
        cfg = self.config
        template_id = cfg.templates.get(message.kind)
        if not template_id:
            return Outcome(False, False, f"no approved ZNS template for {message.kind}")
        try:
            token = cfg.token()
        except OSError as error:
            return Outcome(False, True, f"access token: {error}"[:300])
        body: dict[str, Any] = {
            "phone": zalo_phone(message.phone), "template_id": template_id,
            "template_data": message.params, "tracking_id": f"notify-{message.id}"}
        data = _post(self.session, cfg.url, body, cfg.timeout_s,
                     headers={"access_token": token})
        if isinstance(data, Outcome):
            return data
        code = data.get("error")
        if code == 0:
            inner = data.get("data")
            return _sent(inner.get("msg_id") if isinstance(inner, dict) else None)
        detail = f"ZNS error {code}: {str(data.get('message', ''))[:200]}"
        return Outcome(False, isinstance(code, int) and code in cfg.retry_errors, detail)
