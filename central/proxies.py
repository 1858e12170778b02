"""The caller's address: the peer's, or `X-Forwarded-For`'s when the peer is a trusted proxy."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from central.settings import Network


def _trusted(address: str, proxies: Sequence[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in net for net in proxies)


def client_address(peer: str, forwarded_for: str | None, proxies: Sequence[Network]) -> str:
    """Whom the audit log and the throttles see.

    `X-Forwarded-For` is honoured only when the peer is a configured proxy (anyone else could
    write any address there to escape a throttle or blame another). Its entries are read from
    the right, skipping the trusted proxies; the first one that is not a proxy is the client.
    An entry that is not an address ends the walk at the last hop that vouched for it.
    """
    if not forwarded_for or not _trusted(peer, proxies):
        return peer
    address = peer
    for entry in reversed([e.strip() for e in forwarded_for.split(",")]):
        try:
            address = str(ipaddress.ip_address(entry))
        except ValueError:
            return address
        if not _trusted(address, proxies):
            return address
    return address
