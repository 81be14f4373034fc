"""An HTTP transport that dials the addresses the SSRF guard checked, never a fresh DNS answer.

The guard (`targets.check_target_url`) resolves a host name and checks every address. If the
HTTP client then resolved the name again, a hostile DNS server could answer a public address to
the check and an internal one to the connect (DNS rebinding). Here the URL keeps the name, so
the Host header, TLS SNI and certificate verification all use it, while the TCP connection goes
to one of the checked addresses, set for the duration of one request with `pinned_to`.
"""

from __future__ import annotations

import contextlib
import ssl
import typing
from collections.abc import Iterator
from contextvars import ContextVar

import httpcore
import httpx

# The checked addresses for the request in flight in this task; None: resolve as usual.
_pinned: ContextVar[tuple[str, ...] | None] = ContextVar("pinned_addresses", default=None)


@contextlib.contextmanager
def pinned_to(addresses: tuple[str, ...]) -> Iterator[None]:
    """Connections opened in this block go to `addresses` (in order); empty: no pinning."""
    token = _pinned.set(addresses or None)
    try:
        yield
    finally:
        _pinned.reset(token)


class PinnedBackend(httpcore.AsyncNetworkBackend):
    """Opens TCP connections to the pinned addresses instead of resolving the host again."""

    def __init__(self, inner: httpcore.AsyncNetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = _pinned.get()
        if addresses is None:
            return await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout):
                continue  # the next checked address, as a resolving client would
        # Named by host, not address: the error is shown to the subscriber.
        raise httpcore.ConnectError(f"could not connect to {host} port {port}")

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("webhooks are never sent over a unix socket")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class PinnedTransport(httpx.AsyncHTTPTransport):
    """httpx's own transport (TLS, pooling, HTTP/1.1) over a `PinnedBackend`.

    No proxy and no environment: a proxy would resolve the name itself, past the guard.
    """

    def __init__(
        self, ssl_context: ssl.SSLContext | None = None, limits: httpx.Limits = httpx.Limits()
    ) -> None:
        super().__init__(trust_env=False, limits=limits)
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=ssl_context or httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=PinnedBackend(),
        )
