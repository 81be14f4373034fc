"""A real webhook receiver on 127.0.0.1, in its own thread, that records what arrives."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


@dataclass
class Answer:
    status: int = 200
    body: bytes = b"ok"
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    # When set, the whole answer (status line and headers included) is written as these
    # chunks, `raw_delay` apart: how a hostile receiver trickles or floods.
    raw: Iterable[bytes] | None = None
    raw_delay: float = 0.0


class Receiver:
    """A webhook receiver on 127.0.0.1 in its own thread; `answer` decides each response."""

    def __init__(
        self,
        answer: Callable[[int, Received], Answer] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tls: ssl.SSLContext | None = None,
    ) -> None:
        self.answer = answer or (lambda index, request: Answer())
        self.scheme = "https" if tls else "http"
        self.received: list[Received] = []
        self._lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", "0"))
                request = Received(
                    self.path,
                    {k.lower(): v for k, v in self.headers.items()},
                    self.rfile.read(length),
                    time.monotonic(),
                )
                with receiver._lock:
                    index = len(receiver.received)
                    receiver.received.append(request)
                reply = receiver.answer(index, request)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.raw is not None:
                    self._write_raw(reply.raw, reply.raw_delay)
                    return
                try:
                    self.send_response(reply.status)
                    for name, value in reply.headers.items():
                        self.send_header(name, value)
                    self.send_header("content-length", str(len(reply.body)))
                    self.end_headers()
                    self.wfile.write(reply.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the sender gave up (or was killed) while we slept

            def _write_raw(self, chunks: Iterable[bytes], delay: float) -> None:
                self.close_connection = True
                try:
                    for chunk in chunks:
                        self.wfile.write(chunk)
                        self.wfile.flush()
                        if delay:
                            time.sleep(delay)
                except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
                    pass  # the sender stopped reading, as it should

            def log_message(self, format: str, *args: Any) -> None:
                return None

        self.server = ThreadingHTTPServer((host, port), Handler)
        if tls is not None:
            self.server.socket = tls.wrap_socket(self.server.socket, server_side=True)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    @property
    def url(self) -> str:
        return self.url_for(str(self.server.server_address[0]))

    def url_for(self, host: str) -> str:
        """This receiver's URL under another name for its address (a test DNS name, say)."""
        return f"{self.scheme}://{host}:{self.port}/hook"

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def webhook_ids(self) -> list[str]:
        with self._lock:
            return [r.headers["webhook-id"] for r in self.received]
