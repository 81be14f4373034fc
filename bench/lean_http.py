"""A lean HTTP/1.1 client for the benchmarks' hot loops: keep-alive connections over asyncio
streams, one request at a time on each, nothing else.

Why: the load generator shares the machine's two cores with the system it measures. httpx cost
~1.2 ms of CPU a request here (measured from /proc while `rest_writes` ran), about a tenth of
what the whole system spends on a `POST /partnerships`; this client costs a fraction of that, so
the figures measure the services, not the client. It speaks only what the services answer:
`Content-Length` bodies (no chunked encoding), no redirects, no TLS.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class _Connection:
    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.reader, self.writer = reader, writer

    async def exchange(self, request: bytes) -> tuple[Reply, bool]:
        """Send one request; its reply, and whether the server keeps the connection open."""
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status_line, *header_lines = head[:-4].split(b"\r\n")
        status = int(status_line.split(b" ", 2)[1])
        length, keep_alive = 0, True
        for line in header_lines:
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                keep_alive = False
            elif name == b"transfer-encoding":
                raise RuntimeError("lean_http reads Content-Length bodies only")
        body = await self.reader.readexactly(length) if length else b""
        return Reply(status, body), keep_alive

    def close(self) -> None:
        self.writer.close()


class _ClosedUnread(ConnectionError):
    """The connection closed before a byte of the reply came."""


class LeanClient:
    """Requests to one base URL (`http://host:port`) over a pool of keep-alive connections: a
    request takes an idle connection or opens one, and gives it back when the reply is read."""

    def __init__(self, base: str, timeout: float = 30.0) -> None:
        parts = urlsplit(base)
        if parts.scheme != "http" or parts.hostname is None or parts.port is None:
            raise ValueError(f"lean_http needs http://host:port, not {base!r}")
        self._host, self._port = parts.hostname, parts.port
        self._authority = f"{self._host}:{self._port}".encode()
        self._timeout = timeout
        self._idle: list[_Connection] = []

    async def post_json(self, path: str, body: Any, headers: dict[str, str]) -> Reply:
        payload = json.dumps(body, separators=(",", ":")).encode()
        lines = [
            b"POST " + path.encode() + b" HTTP/1.1",
            b"Host: " + self._authority,
            b"Content-Type: application/json",
            b"Content-Length: " + str(len(payload)).encode(),
            *(f"{name}: {value}".encode() for name, value in headers.items()),
        ]
        return await self._send(b"\r\n".join(lines) + b"\r\n\r\n" + payload)

    async def get(self, path: str, params: dict[str, Any], headers: dict[str, str]) -> Reply:
        target = path + ("?" + urlencode(params) if params else "")
        lines = [
            b"GET " + target.encode() + b" HTTP/1.1",
            b"Host: " + self._authority,
            *(f"{name}: {value}".encode() for name, value in headers.items()),
        ]
        return await self._send(b"\r\n".join(lines) + b"\r\n\r\n")

    async def _send(self, request: bytes) -> Reply:
        if self._idle:
            try:
                return await self._exchange(self._idle.pop(), request)
            except _ClosedUnread:
                pass  # closed by the server while idle (its keep-alive timeout): nothing was done
        return await self._exchange(await self._open(), request)

    async def _exchange(self, connection: _Connection, request: bytes) -> Reply:
        try:
            reply, keep_alive = await asyncio.wait_for(connection.exchange(request), self._timeout)
        except (asyncio.IncompleteReadError, ConnectionResetError) as exc:
            connection.close()
            if not getattr(exc, "partial", b""):
                raise _ClosedUnread from exc
            raise
        except BaseException:
            connection.close()
            raise
        if keep_alive:
            self._idle.append(connection)
        else:
            connection.close()
        return reply

    async def _open(self) -> _Connection:
        reader, writer = await asyncio.open_connection(self._host, self._port)
        return _Connection(reader, writer)

    async def aclose(self) -> None:
        for connection in self._idle:
            connection.close()
        self._idle.clear()
