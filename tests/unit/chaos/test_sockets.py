"""Finding a process's connections to a port, as the black-hole fault does for a relay."""

from __future__ import annotations

import os
import socket

from chaos.sockets import client_ports, listening_pid


def test_the_local_ports_of_this_process_towards_a_listener_are_found() -> None:
    with socket.socket() as listener, socket.socket() as other:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port)) as client:
            mine = client.getsockname()[1]
            assert client_ports(os.getpid(), port) == {mine}
        other.bind(("127.0.0.1", 0))
        assert client_ports(os.getpid(), other.getsockname()[1]) == set()


def test_the_process_listening_on_a_port_is_found_and_a_free_port_has_none() -> None:
    with socket.socket() as listener, socket.socket() as unbound:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        assert listening_pid(listener.getsockname()[1]) == os.getpid()
        unbound.bind(("127.0.0.1", 0))  # bound, never listening
        assert listening_pid(unbound.getsockname()[1]) is None
