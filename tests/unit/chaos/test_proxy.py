"""The database proxy forwards bytes, refuses connections, and black-holes chosen ones
(an echo server on 127.0.0.1 stands in for PostgreSQL)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from chaos.ports import free_port
from chaos.proxy import DatabaseProxy


async def _echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    while data := await reader.read(1024):
        writer.write(data)
        await writer.drain()
    writer.close()


@pytest.fixture
async def proxy() -> AsyncIterator[DatabaseProxy]:
    server = await asyncio.start_server(_echo, "127.0.0.1", 0)
    upstream = int(server.sockets[0].getsockname()[1])
    running = DatabaseProxy("test", free_port(), upstream)
    await running.start()
    yield running
    await running.stop()
    server.close()


async def _round_trip(port: int, payload: bytes, timeout: float = 2.0) -> bytes:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(payload)
        await writer.drain()
        return await asyncio.wait_for(reader.readexactly(len(payload)), timeout)
    finally:
        writer.close()


async def test_bytes_cross_the_proxy_both_ways(proxy: DatabaseProxy) -> None:
    assert await _round_trip(proxy.listen_port, b"hello") == b"hello"


async def test_a_refusing_proxy_refuses_then_serves_again(proxy: DatabaseProxy) -> None:
    await proxy.refuse()
    with pytest.raises(ConnectionRefusedError):
        await _round_trip(proxy.listen_port, b"x")
    await proxy.start()
    assert await _round_trip(proxy.listen_port, b"back") == b"back"


async def test_a_blackholed_connection_stays_open_and_carries_nothing(
    proxy: DatabaseProxy,
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", proxy.listen_port)
    writer.write(b"one")
    await writer.drain()
    assert await asyncio.wait_for(reader.readexactly(3), 2) == b"one"
    local_port = int(writer.get_extra_info("sockname")[1])
    assert proxy.blackhole({local_port}) == 1
    writer.write(b"two")
    await writer.drain()
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(reader.read(3), 1.0)
    assert not reader.at_eof(), "the connection is still open"
    writer.close()
    # Other connections are untouched.
    assert await _round_trip(proxy.listen_port, b"three") == b"three"
