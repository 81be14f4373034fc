"""The watcher's last hour, kept in memory: what the console's trend charts show without Prometheus.

Each check appends one sample — records written per topic (end offsets, which only grow), lag
per consumer group and depth per dead-letter topic — and samples older than the window fall off.
`GET /trends` on the watcher's metrics port answers them as JSON beside `/metrics`. A restart
starts the hour again; Prometheus, when there is one, keeps the longer history.
"""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import asdict, dataclass
from http.server import ThreadingHTTPServer
from typing import Any

from prometheus_client import CollectorRegistry, MetricsHandler

WINDOW_SECONDS = 3600


@dataclass(frozen=True)
class Sample:
    time: float  # seconds since the epoch
    written: dict[str, int]  # topic -> records ever written
    lag: dict[str, int]  # consumer group -> total lag
    dlq_depth: dict[str, int]  # dead-letter topic -> records on it


class History:
    """Samples of the last `window_seconds`, oldest first; safe to read from another thread."""

    def __init__(self, window_seconds: float = WINDOW_SECONDS) -> None:
        self.window_seconds = window_seconds
        self._samples: deque[Sample] = deque()
        self._lock = threading.Lock()

    def add(self, sample: Sample) -> None:
        with self._lock:
            self._samples.append(sample)
            while self._samples and self._samples[0].time < sample.time - self.window_seconds:
                self._samples.popleft()

    def as_json(self) -> dict[str, Any]:
        with self._lock:
            samples = [asdict(sample) for sample in self._samples]
        return {"window_seconds": self.window_seconds, "samples": samples}


def serve(
    host: str, port: int, registry: CollectorRegistry, history: History
) -> ThreadingHTTPServer:
    """`/metrics` (Prometheus) and `/trends` (JSON) on one port, from a background thread."""
    metrics_handler = MetricsHandler.factory(registry)

    class Handler(metrics_handler):  # type: ignore[misc, valid-type]
        def do_GET(self) -> None:
            if self.path.split("?", 1)[0] != "/trends":
                super().do_GET()
                return
            body = json.dumps(history.as_json()).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return  # scraped every few seconds; request lines would drown the alerts

    server = ThreadingHTTPServer((host, port), Handler)
    threading.Thread(target=server.serve_forever, name="watch-http", daemon=True).start()
    return server
