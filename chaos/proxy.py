"""A TCP proxy between one service and PostgreSQL that can refuse, drop or black-hole connections.

Each service's DATABASE_URL points at its own proxy, so a fault can hit one service's database
path without touching the others. A black-holed connection stays open on both sides but no byte
crosses it any more: the only way out for the client is a timeout of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

CHUNK = 65536


@dataclass(eq=False)
class Link:
    """One client connection and its upstream twin."""

    client_port: int
    client: asyncio.StreamWriter
    upstream: asyncio.StreamWriter
    blackholed: bool = False
    tasks: list[asyncio.Task[None]] = field(default_factory=list)

    def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for writer in (self.client, self.upstream):
            with contextlib.suppress(Exception):
                writer.transport.abort()


class DatabaseProxy:
    def __init__(self, name: str, listen_port: int, upstream_port: int) -> None:
        self.name = name
        self.listen_port = listen_port
        self.upstream_port = upstream_port
        self.links: set[Link] = set()
        self._server: asyncio.Server | None = None

    async def start(self) -> None:
        """Listen (again); a refusing proxy has no listening socket, so connects are refused."""
        if self._server is None:
            self._server = await asyncio.start_server(
                self._accept, "127.0.0.1", self.listen_port, reuse_address=True
            )

    async def refuse(self) -> None:
        """Refuse new connections and drop every open one."""
        if self._server is not None:
            server, self._server = self._server, None
            server.close()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(server.wait_closed(), 5)
        self.drop_all()

    def drop_all(self) -> None:
        for link in list(self.links):
            link.close()
        self.links.clear()

    def blackhole(self, client_ports: set[int]) -> int:
        """Stop forwarding bytes on the connections from these client ports; returns how many."""
        hit = 0
        for link in self.links:
            if link.client_port in client_ports and not link.blackholed:
                link.blackholed = True
                hit += 1
        return hit

    async def stop(self) -> None:
        await self.refuse()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", self.upstream_port), 10
            )
        except (OSError, TimeoutError):
            writer.transport.abort()
            return
        peer = writer.get_extra_info("peername")
        link = Link(client_port=int(peer[1]), client=writer, upstream=up_writer)
        self.links.add(link)
        link.tasks = [
            asyncio.create_task(self._pipe(link, reader, up_writer)),
            asyncio.create_task(self._pipe(link, up_reader, writer)),
        ]

    async def _pipe(
        self, link: Link, source: asyncio.StreamReader, sink: asyncio.StreamWriter
    ) -> None:
        try:
            while True:
                data = await source.read(CHUNK)
                if not data:
                    break
                if link.blackholed:
                    continue  # swallowed: the sender sees a healthy socket, the peer sees nothing
                sink.write(data)
                await sink.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            if not link.blackholed:
                link.close()
                self.links.discard(link)
