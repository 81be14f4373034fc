"""The webhook receiver the subscriptions point at: on 127.0.0.1, recording every `webhook-id`,
and answering the way real receivers sometimes do — failing, slow, or odd."""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import random
from collections import Counter
from dataclasses import dataclass, field

MAX_HEADER_BYTES = 64 * 1024
HUGE_BODY = b"x" * (6 * 1024 * 1024)

# How often each kind of answer is given; the rest are plain 200s.
BEHAVIOURS: tuple[tuple[str, float], ...] = (
    ("status_500", 0.08),
    ("status_503", 0.07),
    ("slow", 0.08),
    ("nul_bytes", 0.05),
    ("gzip_body", 0.05),
    ("broken_gzip", 0.03),
    ("huge_body", 0.04),
    ("hang_up", 0.02),
)


@dataclass(frozen=True)
class Hit:
    webhook_id: str
    path: str
    event_id: str | None
    event_type: str | None
    behaviour: str


@dataclass
class WebhookReceiver:
    seed: int
    hits: list[Hit] = field(default_factory=list)
    port: int = 0
    _server: asyncio.Server | None = None

    def __post_init__(self) -> None:
        self._random = random.Random(f"receiver-{self.seed}")

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._server.wait_closed(), 5)

    def behaviours(self) -> dict[str, int]:
        return dict(Counter(hit.behaviour for hit in self.hits))

    def _choose(self) -> str:
        roll = self._random.random()
        for name, share in BEHAVIOURS:
            if roll < share:
                return name
            roll -= share
        return "ok"

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                request = await _read_request(reader)
                if request is None:
                    return
                path, headers, body = request
                behaviour = self._choose()
                self.hits.append(_hit(path, headers, body, behaviour))
                if not await self._answer(writer, behaviour):
                    return
        except (OSError, asyncio.IncompleteReadError, ValueError, TimeoutError):
            return
        finally:
            writer.transport.abort()

    async def _answer(self, writer: asyncio.StreamWriter, behaviour: str) -> bool:
        """Write the answer; False when the connection is to be cut."""
        status, extra, body = 200, b"", b'{"ok":true}'
        if behaviour == "hang_up":
            return False
        if behaviour == "status_500":
            status = 500
        elif behaviour == "status_503":
            status, extra = 503, b"Retry-After: 1\r\n"
        elif behaviour == "slow":
            # Up to past the dispatcher's 5 s timeout: some slow answers count as timeouts.
            await asyncio.sleep(self._random.uniform(0.5, 7.0))
        elif behaviour == "nul_bytes":
            body = b"ok\x00\x00\x00\xff\xfe"
        elif behaviour == "gzip_body":
            extra, body = b"Content-Encoding: gzip\r\n", gzip.compress(b'{"ok":true}' * 1000)
        elif behaviour == "broken_gzip":
            extra, body = b"Content-Encoding: gzip\r\n", b"\x1f\x8bnot gzip at all"
        elif behaviour == "huge_body":
            body = HUGE_BODY
        head = (
            f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n"
        ).encode()
        writer.write(head + extra + b"\r\n" + body)
        await asyncio.wait_for(writer.drain(), 60)
        return True


async def _read_request(
    reader: asyncio.StreamReader,
) -> tuple[str, dict[str, str], bytes] | None:
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 120)
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    if len(head) > MAX_HEADER_BYTES:
        return None
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    path = parts[1] if len(parts) > 1 else "/"
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = await asyncio.wait_for(reader.readexactly(length), 60) if length else b""
    return path, headers, body


def _hit(path: str, headers: dict[str, str], body: bytes, behaviour: str) -> Hit:
    event_id = event_type = None
    with contextlib.suppress(ValueError, UnicodeDecodeError):
        envelope = json.loads(body)
        if isinstance(envelope, dict):
            event_id, event_type = envelope.get("id"), envelope.get("type")
    return Hit(headers.get("webhook-id", ""), path, event_id, event_type, behaviour)
