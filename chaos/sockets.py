"""TCP sockets as Linux's /proc shows them: who listens on a port, and which local ports a
process holds open towards one. Used by the chaos harness and the benchmarks."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

LISTEN = "0A"  # the state column of /proc/net/tcp for a listening socket


@dataclass(frozen=True)
class TcpSocket:
    local_port: int
    remote_port: int
    state: str
    inode: str


def tcp_sockets() -> Iterator[TcpSocket]:
    """Every IPv4 and IPv6 TCP socket of the machine (the tables a reader may see)."""
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            yield TcpSocket(
                local_port=int(fields[1].rsplit(":", 1)[1], 16),
                remote_port=int(fields[2].rsplit(":", 1)[1], 16),
                state=fields[3],
                inode=fields[9],
            )


def _socket_inodes(pid: int) -> set[str]:
    inodes: set[str] = set()
    fd_dir = Path(f"/proc/{pid}/fd")
    try:
        entries = list(fd_dir.iterdir())
    except OSError:
        return inodes
    for entry in entries:
        try:
            target = os.readlink(entry)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def client_ports(pid: int, remote_port: int) -> set[int]:
    """Local ports of `pid`'s TCP connections whose far end is `remote_port` on this machine."""
    inodes = _socket_inodes(pid)
    return {
        socket.local_port
        for socket in tcp_sockets()
        if socket.inode in inodes and socket.remote_port == remote_port
    }


def listening_pid(port: int) -> int | None:
    """The process listening on `port` (TCP, any local address)."""
    inodes = {
        f"socket:[{socket.inode}]"
        for socket in tcp_sockets()
        if socket.state == LISTEN and socket.local_port == port
    }
    if not inodes:
        return None
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError):
            for fd in (entry / "fd").iterdir():
                with contextlib.suppress(OSError):
                    if os.readlink(fd) in inodes:
                        return int(entry.name)
    return None
