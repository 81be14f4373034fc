"""A webhook receiver for Alianza: verify the signature, keep each `webhook-id` once, answer at
once, do the work after. Standard library plus `standardwebhooks`; start from it, then put your
own work in `handle`.

    pip install standardwebhooks
    WEBHOOK_SECRET=whsec_... python receiver.py --port 8080 --path /webhooks --db received.sqlite3

How it answers a POST to `--path`:
- 401 when the signature does not verify (wrong secret, forged or altered body, missing
  `webhook-*` headers, or a `webhook-timestamp` more than five minutes off): never processed;
- 413 when the body is larger than `MAX_BODY_BYTES`;
- 204 otherwise, as soon as the message is written down: new messages go to the worker, a
  `webhook-id` seen before (a retry, a replay) is acknowledged and dropped.

The received messages live in SQLite, one row per `webhook-id`: that row is both the duplicate
check and the work queue, so a message acknowledged just before a crash is still processed after
the restart, and one processed before it is never processed again.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from standardwebhooks.webhooks import Webhook, WebhookVerificationError

logger = logging.getLogger("subscriber")

MAX_BODY_BYTES = 1024 * 1024
Handle = Callable[[dict[str, Any]], None]


def log_event(event: dict[str, Any]) -> None:
    """The work: here, a line per event. Replace with yours (it runs after the answer was sent)."""
    logger.info("event %s %s about %s", event.get("type"), event.get("id"), event.get("subject"))


class Received:
    """Messages kept by `webhook-id` in SQLite, with whether each has been processed yet."""

    def __init__(self, path: str) -> None:
        # One connection shared by the request threads and the worker, behind one lock: a
        # receiver's writes are tiny, and SQLite serialises writers anyway.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._lock = threading.Lock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS received ("
                " webhook_id TEXT PRIMARY KEY, body BLOB NOT NULL,"
                " received_at REAL NOT NULL, processed_at REAL)"
            )

    def add(self, webhook_id: str, body: bytes) -> bool:
        """Keep a message; False when its `webhook-id` was already kept (a redelivery)."""
        with self._lock:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO received (webhook_id, body, received_at) VALUES (?, ?, ?)",
                (webhook_id, body, time.time()),
            )
            return cursor.rowcount == 1

    def next_unprocessed(self) -> tuple[str, bytes] | None:
        with self._lock:
            row = self._db.execute(
                "SELECT webhook_id, body FROM received WHERE processed_at IS NULL"
                " ORDER BY received_at, rowid LIMIT 1"
            ).fetchone()
        return (row[0], row[1]) if row else None

    def mark_processed(self, webhook_id: str) -> None:
        with self._lock:
            self._db.execute(
                "UPDATE received SET processed_at = ? WHERE webhook_id = ?",
                (time.time(), webhook_id),
            )

    def close(self) -> None:
        with self._lock:
            self._db.close()


class Receiver:
    """The HTTP endpoint and its worker thread; `counts` says how each request was answered."""

    def __init__(
        self,
        secret: str,
        database: str,
        *,
        host: str = "127.0.0.1",
        port: int = 8080,
        path: str = "/webhooks",
        handle: Handle = log_event,
        retry_seconds: float = 5.0,
    ) -> None:
        self.verifier = Webhook(secret)
        self.received = Received(database)
        self.path, self.handle, self.retry_seconds = path, handle, retry_seconds
        self.counts: Counter[str] = Counter()
        self._counting = threading.Lock()
        self._wake, self._stop = threading.Event(), threading.Event()
        self.server = ThreadingHTTPServer((host, port), self._request_handler())
        self.server.daemon_threads = True
        self._threads = [
            threading.Thread(target=self.server.serve_forever, daemon=True),
            threading.Thread(target=self._work, daemon=True),
        ]

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}{self.path}"

    def start(self) -> Receiver:
        for thread in self._threads:
            thread.start()
        self._wake.set()  # messages kept but not processed before a restart
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self._stop.set()
        self._wake.set()
        self._threads[1].join(timeout=10)
        self.received.close()

    def accept(self, headers: dict[str, str], body: bytes) -> int:
        """The status to answer a delivery with; a new, verified one is kept for the worker."""
        try:
            self.verifier.verify(body, headers)
        except (WebhookVerificationError, ValueError) as error:
            # ValueError too: the library raises it for malformed signatures or non-UTF-8 bodies.
            logger.warning("refused a delivery: %s", error)
            self._count("refused")
            return 401
        if self.received.add(headers["webhook-id"], body):
            self._count("accepted")
            self._wake.set()
        else:
            self._count("duplicate")
        return 204

    def _count(self, outcome: str) -> None:
        with self._counting:
            self.counts[outcome] += 1

    def _work(self) -> None:
        """Process kept messages oldest first; a failure is retried, never dropped."""
        while not self._stop.is_set():
            self._wake.wait()
            self._wake.clear()
            while not self._stop.is_set() and (message := self.received.next_unprocessed()):
                webhook_id, body = message
                try:
                    self.handle(json.loads(body))
                except Exception:
                    logger.exception("processing %s failed; retrying later", webhook_id)
                    self._stop.wait(self.retry_seconds)
                    continue
                self.received.mark_processed(webhook_id)
                self._count("processed")

    def _request_handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                if self.path != receiver.path:
                    self._answer(404)
                    return
                length = int(self.headers.get("content-length") or 0)
                if length > MAX_BODY_BYTES:
                    self._answer(413)
                    return
                body = self.rfile.read(length)
                headers = {name.lower(): value for name, value in self.headers.items()}
                self._answer(receiver.accept(headers, body))

            def _answer(self, status: int) -> None:
                self.send_response(status)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                logger.debug(format, *args)

        return Handler


def main() -> None:
    parser = argparse.ArgumentParser(description="An Alianza webhook receiver.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--path", default="/webhooks")
    parser.add_argument("--db", default="received.sqlite3", help="SQLite file of received ids")
    args = parser.parse_args()
    secret = os.environ.get("WEBHOOK_SECRET")
    if not secret:
        parser.error("set WEBHOOK_SECRET to the subscription's secret (whsec_...)")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    receiver = Receiver(secret, args.db, host=args.host, port=args.port, path=args.path).start()
    logger.info("receiving at %s", receiver.url)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        receiver.stop()


if __name__ == "__main__":
    main()
