"""Free loopback ports for the servers a test starts itself.

A port from `bind(0)` comes from the kernel's ephemeral range (`ip_local_port_range`, 32768 to 60999
by default), the same range every outgoing connection takes its local port from. A test starts
its server seconds after choosing the port (a Python service imports a lot first); meanwhile
the dozens of connections the running system opens each second can land on that very port, and
the server then cannot bind. So the ports come from below the ephemeral range, where nothing
takes a port unless it asks for the number, and each test worker hands out its own slice, so
two workers never give out the same one.

A chaos run's private stack takes its ports from the kernel instead (`kernel_port`): the range
below is the tests' own, and a chaos run is a process of its own started from a test session —
each handing out from one range without knowing of the other, test_chaos's reconciliation met a
refused connection. Either way a port is handed out once per process:
once the probing socket is closed, `bind(0)` can give the same number again (3 in 300 calls
here), and a stack whose PostgreSQL and database proxy got one port cannot start."""

from __future__ import annotations

import os
import random
import socket
from pathlib import Path

# Below this: the well-known ports and the local stack's fixed ones (8001 to 8011, 9092, 9093).
# Its PostgreSQL, on 55432, is inside the ephemeral range, above every port `free_port` hands out.
LOWEST = 20000
# The local stack's own ports; the kernel could offer 55432, so `kernel_port` says no out loud.
LOCAL_STACK_PORTS = frozenset({55432, 9092, 9093, 8001, 8002, 8003, 8009, 8010, 8011})


def _ephemeral_start() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def _worker_slice() -> range:
    """This pytest worker's share of the range (the whole of it without pytest-xdist)."""
    start, stop = LOWEST, max(_ephemeral_start(), LOWEST + 1000)
    workers = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    worker = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw") or 0)
    width = (stop - start) // max(workers, 1)
    return range(start + worker * width, start + (worker + 1) * width)


_handed_out: set[int] = set()


def _bindable(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def free_port() -> int:
    """A loopback port nobody listens on, not handed out before in this process."""
    return free_port_block(1)


def free_port_block(size: int) -> int:
    """The first of `size` consecutive such ports (a cluster's nodes take port, port+2, …)."""
    ports = _worker_slice()
    starts = range(ports.start, ports.stop - size + 1)
    # A random place to begin: a second run beside this one rarely tries the same ports first.
    first = random.randrange(len(starts))
    for offset in range(len(starts)):
        start = starts[(first + offset) % len(starts)]
        block = range(start, start + size)
        if any(port in _handed_out for port in block):
            continue
        if all(_bindable(port) for port in block):
            _handed_out.update(block)
            return block.start
    raise RuntimeError(
        f"no {size} free consecutive ports left in {ports.start} to {ports.stop - 1}"
    )


def kernel_port() -> int:
    """A loopback port the kernel picks (`bind(0)`), not handed out before in this process."""
    while True:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if port not in LOCAL_STACK_PORTS and port not in _handed_out:
            _handed_out.add(port)
            return port


def kernel_port_block(size: int) -> int:
    """`free_port_block`, starting from a port the kernel picks."""
    while True:
        first = kernel_port()
        block = range(first, first + size)
        taken = LOCAL_STACK_PORTS | _handed_out
        if block.stop > 65536 or any(port in taken for port in block[1:]):
            continue
        if all(_bindable(port) for port in block[1:]):
            _handed_out.update(block)
            return first
