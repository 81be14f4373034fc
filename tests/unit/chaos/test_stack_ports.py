"""A chaos run's private stack never gives one port to two of its servers."""

from __future__ import annotations

from pathlib import Path

from chaos import stack


def test_free_ports_are_never_handed_out_twice() -> None:
    # The kernel's bind(0) repeats a number about once in a hundred calls here.
    given = [stack.free_port() for _ in range(2000)]
    assert len(set(given)) == len(given)


def test_a_port_block_overlaps_no_port_handed_out_before_or_after() -> None:
    before = {stack.free_port() for _ in range(200)}
    first = stack.free_port_block(6)
    block = set(range(first, first + 6))
    after = {stack.free_port() for _ in range(200)}
    assert not block & before
    assert not block & after


def test_a_private_stack_gives_every_server_its_own_port(tmp_path: Path) -> None:
    for run in range(30):
        private = stack.PrivateStack(tmp_path / str(run), brokers=3)
        kafka_nodes = range(private.ports["kafka"], private.ports["kafka"] + 6)
        ports = [
            *(port for name, port in private.ports.items() if not name.startswith("kafka")),
            *kafka_nodes,
            *private.proxy_ports.values(),
        ]
        assert len(set(ports)) == len(ports)
