"""Ports handed out for test and chaos servers: free, distinct, and out of the kernel's way."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from chaos import ports
from chaos.stack import PrivateStack


def test_ports_come_from_below_the_range_outgoing_connections_take_theirs_from() -> None:
    given = [ports.free_port() for _ in range(200)]
    assert len(set(given)) == len(given)
    assert all(ports.LOWEST <= port < ports._ephemeral_start() for port in given)


def test_a_port_someone_listens_on_is_never_handed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        taken = listener.getsockname()[1]
        listener.listen()
        monkeypatch.setattr(ports, "_handed_out", set())
        monkeypatch.setattr(ports, "_worker_slice", lambda: range(taken, taken + 1))
        with pytest.raises(RuntimeError, match="no 1 free consecutive ports"):
            ports.free_port()


def test_each_test_worker_hands_out_its_own_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "2")
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
    first = ports._worker_slice()
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    second = ports._worker_slice()
    assert first.stop <= second.start and len(first) == len(second) > 1000


def test_a_block_is_consecutive_and_every_port_in_it_is_free() -> None:
    first = ports.free_port_block(6)
    for port in range(first, first + 6):
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))
    assert not set(range(first, first + 6)) & {ports.free_port() for _ in range(50)}


def test_a_port_the_kernel_picks_is_never_handed_out_twice() -> None:
    # The kernel's bind(0) repeats a number about once in a hundred calls here.
    given = [ports.kernel_port() for _ in range(2000)]
    assert len(set(given)) == len(given)
    assert not set(given) & ports.LOCAL_STACK_PORTS


def test_a_kernel_port_block_is_free_and_overlaps_no_port_handed_out_before_or_after() -> None:
    before = {ports.kernel_port() for _ in range(200)}
    first = ports.kernel_port_block(6)
    block = set(range(first, first + 6))
    for port in block:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", port))
    after = {ports.kernel_port() for _ in range(200)}
    assert not block & before
    assert not block & after


def test_a_private_chaos_stack_gives_every_server_its_own_port(tmp_path: Path) -> None:
    for run in range(30):
        private = PrivateStack(tmp_path / str(run), brokers=3)
        kafka_nodes = range(private.ports["kafka"], private.ports["kafka"] + 6)
        given = [
            *(port for name, port in private.ports.items() if not name.startswith("kafka")),
            *kafka_nodes,
            *private.proxy_ports.values(),
        ]
        assert len(set(given)) == len(given)
