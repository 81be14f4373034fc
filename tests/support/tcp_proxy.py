"""A TCP proxy a test puts between a process and PostgreSQL (or anything) to fail it for real.

`refuse()` closes the listening socket and drops every open connection, so connects fail with
ECONNREFUSED as they would while a server is down; `black_hole()` keeps connections open but
stops moving bytes, as a dead route or a frozen host would — the peer sees only silence.
"""

from __future__ import annotations

import asyncio
import contextlib


class TcpProxy:
    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.port = 0
        self.connections = 0
        self._server: asyncio.Server | None = None
        self._pipes: set[asyncio.Task[None]] = set()
        self._writers: set[asyncio.StreamWriter] = set()
        self._flowing = asyncio.Event()
        self._flowing.set()

    async def start(self) -> int:
        self._server = await asyncio.start_server(
            self._serve, "127.0.0.1", self.port, reuse_address=True
        )
        self.port = self._server.sockets[0].getsockname()[1]
        return self.port

    def url_for(self, database_url: str) -> str:
        """`database_url` with its host and port replaced by the proxy's."""
        scheme, rest = database_url.split("://", 1)
        credentials, location = rest.rsplit("@", 1)
        database = location.split("/", 1)[1]
        return f"{scheme}://{credentials}@127.0.0.1:{self.port}/{database}"

    async def refuse(self) -> None:
        """Stop listening and cut every connection: the server looks down."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        self._drop_all()

    async def accept(self) -> None:
        """Listen again on the same port."""
        if self._server is None:
            await self.start()

    def black_hole(self) -> None:
        """Keep every connection open but move no more bytes, either way."""
        self._flowing.clear()

    def heal(self) -> None:
        self._flowing.set()

    async def close(self) -> None:
        await self.refuse()
        for task in list(self._pipes):
            task.cancel()

    def _drop_all(self) -> None:
        for writer in list(self._writers):
            writer.transport.abort()
        self._writers.clear()

    async def _serve(
        self, client_reader: asyncio.StreamReader, client: asyncio.StreamWriter
    ) -> None:
        self.connections += 1
        try:
            server_reader, server = await asyncio.open_connection(*self.target)
        except OSError:
            client.transport.abort()
            return
        self._writers |= {client, server}
        pipes = [
            asyncio.ensure_future(self._pipe(client_reader, server)),
            asyncio.ensure_future(self._pipe(server_reader, client)),
        ]
        self._pipes.update(pipes)
        try:
            await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in pipes:
                task.cancel()
                self._pipes.discard(task)
            for writer in (client, server):
                writer.transport.abort()
                self._writers.discard(writer)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        with contextlib.suppress(OSError, asyncio.IncompleteReadError):
            while chunk := await reader.read(65536):
                await self._flowing.wait()
                writer.write(chunk)
                await writer.drain()
