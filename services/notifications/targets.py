"""SSRF guard: refuse webhook URLs that would make the service call into private networks."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Collection
from urllib.parse import urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# NAT64 (RFC 6052) embeds an IPv4 address in the last 32 bits; a NAT64 gateway would forward to it.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class UnsafeTarget(Exception):
    """A webhook URL the service will not call, with the reason in words a subscriber can act on."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_target_url(
    url: str,
    allow_hosts: Collection[str],
    resolve: Callable[[str], list[str]],
) -> tuple[str, ...]:
    """Raise UnsafeTarget unless `url` is https (or allow-listed http) to public addresses only.

    Every address the host resolves to is checked, not just the first, because the HTTP client
    may pick any of them. `allow_hosts` holds host names or IP addresses that are trusted anyway
    (a receiver on the same machine in development, say). Errors raised by `resolve` propagate:
    a failed lookup is a network fault to retry, not a verdict on the URL.

    Returns the addresses checked, which the caller must connect to (`pinning`): a name can
    resolve differently a moment later (DNS rebinding). An empty tuple means nothing was
    resolved because nothing needs pinning: the URL holds a literal IP or an allow-listed name.

    A refusal never names what a host name resolved to: the reason is shown to subscribers,
    and internal addresses are not theirs to learn. A literal IP is named; the caller wrote it.
    """
    try:
        parts = urlsplit(url.strip())
        _ = parts.port  # read only to validate it: an out-of-range port raises ValueError
    except ValueError as error:
        raise UnsafeTarget(f"the URL cannot be parsed: {error}") from error

    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise UnsafeTarget(f"scheme {scheme or '(none)'!r} is not allowed; use https")

    host = (parts.hostname or "").rstrip(".")
    if not host:
        raise UnsafeTarget("the URL has no host")

    allowed_names = {name.lower().rstrip(".") for name in allow_hosts}
    allowed_ips = {ip for name in allow_hosts if (ip := _parse_ip(name)) is not None}
    literal = _parse_ip(host)
    host_allowed = host in allowed_names or (literal is not None and literal in allowed_ips)

    if scheme == "http" and not host_allowed:
        raise UnsafeTarget(
            f"plain http is only allowed for allow-listed hosts; use https for {host}"
        )

    if host_allowed:
        return ()

    if literal is not None:
        problem = _unsafe_because(literal)
        if problem:
            raise UnsafeTarget(f"{host} is {problem}")
        return ()

    addresses = resolve(host)
    if not addresses:
        raise UnsafeTarget(f"host {host} resolves to no address")
    checked: list[str] = []
    for address in addresses:
        ip = _parse_ip(address)
        if ip is None:
            raise UnsafeTarget(f"host {host} resolves to something that is not an IP address")
        if ip not in allowed_ips and _unsafe_because(ip):
            raise UnsafeTarget(f"host {host} resolves to a private or reserved address")
        checked.append(str(ip))
    return tuple(checked)


def system_resolve(host: str) -> list[str]:
    """The addresses the operating system resolves `host` to, in its order, without repeats.

    Blocking I/O: call it from a thread in async code. Raises OSError when the lookup fails.
    """
    found: list[str] = []
    for *_, sockaddr in socket.getaddrinfo(host, None, type=socket.SOCK_STREAM):
        address = str(sockaddr[0])
        if address not in found:
            found.append(address)
    return found


def _parse_ip(text: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(text.strip().strip("[]"))
    except ValueError:
        return None


def _unsafe_because(ip: IPAddress) -> str | None:
    """Why the service must not call `ip`, or None when it is a public address."""
    if isinstance(ip, ipaddress.IPv6Address):
        # An IPv6 address can carry an IPv4 one that the network stack will actually reach.
        embedded = _embedded_ipv4(ip)
        if embedded is not None:
            problem = _unsafe_because(embedded)
            return f"an address carrying {embedded}, {problem}" if problem else None
    # Most specific first, so the reason names what the address really is.
    checks = (
        (ip.is_unspecified, "an unspecified address"),
        (ip.is_loopback, "a loopback address"),
        (ip.is_link_local, "a link-local address"),
        (ip.is_multicast, "a multicast address"),
        (ip.is_private, "a private address"),
        (ip.is_reserved, "a reserved address"),
        # Catches what the flags above miss, e.g. shared address space 100.64.0.0/10.
        (not ip.is_global, "not a globally routable address"),
    )
    return next((reason for failed, reason in checks if failed), None)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    return None
