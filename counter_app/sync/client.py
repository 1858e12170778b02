"""REST client of the central service (SYNC-API.md): one requests.Session, gzip bodies, typed errors."""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from typing import Any, Callable, Mapping

import requests

from counter_app.core.messages import msg
from counter_app.sync.cancel import CancellableAdapter
from counter_app.sync.errors import (
    AuthError, Offline, OffsetConflict, RejectedRequest, ServerError, SyncError,
)

API = "/api/v1"
CONNECT_TIMEOUT = 5.0
USER_AGENT = "counter-app/0.1 (sync)"


@dataclass(frozen=True)
class Enrollment:
    """What `POST /devices/enroll` hands out."""

    device_id: str
    device_token: str
    unit_code: str
    unit_name: str
    counter_no: int | None
    code_lane: tuple[int, int] | None


class CentralClient:
    """Calls of the central service on behalf of one enrolled device (its token in every call).

    The token never appears in `repr`, in error messages or in logs.
    """

    def __init__(self, base_url: str, device_token: str | None = None, timeout: float = 30.0,
                 *, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = device_token
        self.timeout = timeout
        self._http = session or requests.Session()
        self._cancel: CancellableAdapter | None = None
        if session is None:  # a session a test hands in keeps its own transport
            self._cancel = CancellableAdapter()
            self._http.mount("http://", self._cancel)
            self._http.mount("https://", self._cancel)
        self._http.headers.update({"User-Agent": USER_AGENT, "Accept-Encoding": "gzip",
                                   "Accept": "application/json"})
        # Told the outcome of every request: True when the service answered (any status),
        # False when it could not be reached. The sync worker shows the link from it.
        self.on_contact: Callable[[bool], None] | None = None

    def __repr__(self) -> str:
        return f"CentralClient({self.base_url!r}, token={'set' if self._token else 'none'})"

    def close(self) -> None:
        self._http.close()

    def cancel(self) -> None:
        """From another thread: cut the request in flight (it fails as `Offline`) and any later."""
        if self._cancel is not None:
            self._cancel.cancel()
        self._http.close()

    def __enter__(self) -> CentralClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transport

    def _request(self, method: str, path: str, *, body: Any = None, data: bytes | None = None,
                 headers: Mapping[str, str] | None = None, params: Mapping[str, Any] | None = None,
                 token: str | None = None, ok: tuple[int, ...] = (200,),
                 read_timeout: float | None = None) -> requests.Response:
        hdrs: dict[str, str] = dict(headers or {})
        bearer = token or self._token
        if bearer:
            hdrs["Authorization"] = f"Bearer {bearer}"
        if body is not None:
            try:
                raw = json.dumps(body, ensure_ascii=False, separators=(",", ":"),
                                 allow_nan=False).encode("utf-8")
            except (TypeError, ValueError) as exc:  # NaN, a non-JSON value: never sent
                raise RejectedRequest(msg("sync.not_json", error=str(exc)),
                                      code="invalid_json", status=422) from exc
            data = gzip.compress(raw, compresslevel=5)
            hdrs["Content-Type"] = "application/json"
            hdrs["Content-Encoding"] = "gzip"
        try:
            response = self._http.request(method, self.base_url + path, data=data, headers=hdrs,
                                          params=params,
                                          timeout=(CONNECT_TIMEOUT, read_timeout or self.timeout))
        except (requests.ConnectionError, requests.Timeout, requests.exceptions.ChunkedEncodingError,
                requests.exceptions.ContentDecodingError) as exc:
            # An answer cut mid-body is the link failing, not a wrong address.
            self._contact(False)
            raise Offline() from exc
        except requests.RequestException as exc:
            # A malformed address and the like: the set-up is wrong, not the link.
            raise SyncError(msg("sync.bad_address", address=self.base_url),
                            code="bad_url") from exc
        self._contact(True)
        if response.status_code in ok:
            return response
        raise error_for(response)

    def _contact(self, answered: bool) -> None:
        if self.on_contact is not None:
            try:
                self.on_contact(answered)
            except Exception:  # an observer must never break a request
                pass

    def _json(self, response: requests.Response) -> Any:
        try:
            return response.json()
        except ValueError:
            raise ServerError(msg("sync.unreadable"), code="bad_response",
                              status=response.status_code) from None

    # ------------------------------------------------------------------ identity

    def enroll(self, enrollment_code: str, device_name: str) -> Enrollment:
        data = self._json(self._request("POST", f"{API}/devices/enroll", body={
            "enrollment_code": enrollment_code, "device_name": device_name}, token=None))
        try:
            lane = data.get("code_lane")
            return Enrollment(str(data["device_id"]), str(data["device_token"]),
                              str(data["unit_code"]), str(data.get("unit_name") or ""),
                              data.get("counter_no"),
                              None if not lane else (int(lane["first"]), int(lane["last"])))
        except (KeyError, TypeError, ValueError, AttributeError):
            raise ServerError(msg("sync.bad_enroll"),
                              code="bad_response") from None

    def login(self, username: str, password: str, client_time: str | None = None) -> dict[str, Any]:
        """`{access_token, expires_at, clerk: {username, full_name, role, unit_code},
        server_time, clock_warning}`; `client_time` (this PC's clock, ISO 8601) lets the
        service say when the clock is off."""
        body = {"username": username, "password": password}
        if client_time:
            body["client_time"] = client_time
        data = self._json(self._request("POST", f"{API}/sessions", body=body))
        if not isinstance(data, dict) or not isinstance(data.get("clerk"), dict):
            raise ServerError(msg("sync.bad_login"),
                              code="bad_response")
        return data

    # ------------------------------------------------------------------ events, changes

    def post_events(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """One result `{event_id, status, error}` per event, in the order sent."""
        data = self._json(self._request("POST", f"{API}/events", body={"events": events}))
        results = data.get("results") if isinstance(data, dict) else None
        if not isinstance(results, list) or len(results) != len(events):
            raise ServerError(msg("sync.bad_results"),
                              code="bad_response")
        return results

    def changes(self, cursor: str | None, limit: int = 500) -> tuple[list[dict[str, Any]], str]:
        params: dict[str, Any] = {"limit": limit}
        if cursor:
            params["cursor"] = cursor
        data = self._json(self._request("GET", f"{API}/changes", params=params))
        try:
            return list(data["changes"]), str(data["next_cursor"])
        except (KeyError, TypeError):
            raise ServerError(msg("sync.bad_changes"),
                              code="bad_response") from None

    # ------------------------------------------------------------------ reference data

    def catalog(self, etag: str | None) -> tuple[dict[str, Any], str] | None:
        """The catalog and its ETag, or None when it is unchanged since `etag` (304)."""
        headers = {"If-None-Match": etag} if etag else {}
        response = self._request("GET", f"{API}/catalog", headers=headers, ok=(200, 304))
        if response.status_code == 304:
            return None
        return self._json(response), response.headers.get("ETag", "")

    def calendar(self, year: int) -> dict[str, Any] | None:
        """One calendar year, or None when the service has none for that year (404)."""
        try:
            response = self._request("GET", f"{API}/calendar", params={"year": year})
        except RejectedRequest as error:
            if error.status == 404:
                return None
            raise
        data: dict[str, Any] = self._json(response)
        return data

    def dossier(self, code: str) -> dict[str, Any]:
        """The service's view of one dossier of the unit (summary, body, history)."""
        data: dict[str, Any] = self._json(self._request("GET", f"{API}/dossiers/{code}"))
        return data

    def report(self, name: str, params: Mapping[str, Any], token: str | None = None) -> Any:
        """`GET /reports/{name}` (form06, form06/dossiers, indicators) as JSON; `token` a
        person's session instead of the device token (which sees its own counter only)."""
        return self._json(self._request("GET", f"{API}/reports/{name}", params=params, token=token))

    # ------------------------------------------------------------------ files

    def file_offset(self, sha256: str) -> int | None:
        """Bytes of the file the service holds (its length when complete), None if nothing."""
        response = self._request("HEAD", f"{API}/files/{sha256}", ok=(200, 404))
        if response.status_code == 404:
            return None
        return _int_header(response, "Upload-Offset")

    def upload_chunk(self, sha256: str, offset: int, total: int, chunk: bytes) -> int:
        """Append `chunk` at `offset` of a file of `total` bytes; returns the new held offset."""
        # A slow, deeply buffered link (2G modems, phone hotspots) may still be delivering the
        # chunk long after the client wrote it: wait as long as the chunk needs at ~4 KB/s.
        response = self._request("PATCH", f"{API}/files/{sha256}", data=chunk, headers={
            "Upload-Offset": str(offset), "Upload-Length": str(total),
            "Content-Type": "application/offset+octet-stream"}, ok=(204,),
            read_timeout=self.timeout + len(chunk) / SLOW_LINK_BYTES_PER_S)
        return _int_header(response, "Upload-Offset")

    def fetch_file(self, sha256: str) -> bytes:
        return self._request("GET", f"{API}/files/{sha256}").content


SLOW_LINK_BYTES_PER_S = 4000  # below 2G's 50 kbit/s uplink


def _int_header(response: requests.Response, name: str) -> int:
    value = response.headers.get(name, "")
    if not value.isdigit():
        raise ServerError(msg("sync.missing_field", name=name), code="bad_response",
                          status=response.status_code)
    return int(value)


def error_for(response: requests.Response) -> SyncError:
    """The typed error of a non-success answer, from SYNC-API.md's `{"error": {…}}` shape."""
    status = response.status_code
    code, message, details = f"http_{status}", "", None
    try:
        err = response.json()["error"]
        code = str(err.get("code") or code)
        message = str(err.get("message") or "")
        details = err.get("details")
    except (ValueError, KeyError, TypeError, AttributeError):
        pass
    if status == 429 and code == "too_many_uploads":
        # The unit has its share of uploads in flight (central's cap): not an authorization
        # matter; the pass ends and the next one resumes the file where it stopped.
        return ServerError(msg("sync.uploads_busy"), code=code, status=status, details=details)
    if status in (401, 403, 423, 429):
        # The service's own words when it gave any (they come in its language, as data).
        return AuthError(msg("text", text=message) if message else msg("sync.token_refused"),
                         code=code, status=status, details=details)
    if status >= 500 or status < 400:
        return ServerError(msg("sync.server_error", status=status),
                           code=code, status=status, details=details)
    said = msg("text", text=message) if message else msg("sync.refused", status=status)
    offset = response.headers.get("Upload-Offset", "")
    if status == 409 and offset.isdigit():
        length = response.headers.get("Upload-Length", "")
        return OffsetConflict(said, code=code, status=status, details=details,
                              offset=int(offset), length=int(length) if length.isdigit() else None)
    return RejectedRequest(said, code=code, status=status, details=details)

