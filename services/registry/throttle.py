"""Defences of the token endpoint: rate limits, a growing lockout per client id, a bounded hashing pool.

Every check treats a client id the same whether it exists or not, so no answer (status, headers,
body) tells an attacker which ids are real. Hashing runs on a pool of its own with a short queue:
a flood is refused quickly instead of piling up behind argon2 and stalling honest clients.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from shared.ratelimit import DEFAULT_MAX_KEYS, Clock, RateLimiter
from shared.web.problems import PROBLEM_JSON, TooManyRequests

T = TypeVar("T")

# Where the registry's runtime keeps its TokenGuard (Runtime.extras).
TOKEN_GUARD_KEY = "token_guard"  # noqa: S105 (a dictionary key, not a secret)


class HashingBusy(Exception):
    """Every hashing worker is busy and the queue is full; the caller should retry shortly."""


class HashingPool:
    """Runs password hashing on `workers` threads, with at most `queue_limit` calls waiting.

    One caller (a source address) holds at most `per_caller` places, so a flood from one address
    fills its own share and an honest client still finds room and waits only briefly.
    """

    def __init__(self, workers: int, queue_limit: int, per_caller: int) -> None:
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="hashing")
        self._capacity = workers + queue_limit
        self._per_caller = per_caller
        self._in_flight: Counter[str] = Counter()

    @contextmanager
    def place(self, caller: str) -> Iterator[None]:
        """Hold one of `caller`'s places for the block; `HashingBusy` at once if none is free.

        Taken before the database is asked anything, so a refused request costs nothing more.
        """
        # Counted on the event loop (single-threaded), so no lock is needed around the counters.
        if self._in_flight.total() >= self._capacity or self._in_flight[caller] >= self._per_caller:
            raise HashingBusy
        self._in_flight[caller] += 1
        try:
            yield
        finally:
            self._in_flight[caller] -= 1
            if not self._in_flight[caller]:
                del self._in_flight[caller]

    async def run(self, work: Callable[[], T]) -> T:
        """Run `work` on a hashing thread (the caller holds a `place`)."""
        return await asyncio.get_running_loop().run_in_executor(self._executor, work)

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


@dataclass
class _Failures:
    count: int
    locked_until: float


class FailureLockout:
    """After `threshold` failures in a row a client id is locked; each further failure doubles the lock.

    A success clears the record. Unknown ids are recorded like known ones (the lockout must not
    reveal which exist), within a bounded number of ids.
    """

    def __init__(
        self,
        threshold: int,
        base_seconds: float,
        max_seconds: float,
        *,
        max_keys: int = DEFAULT_MAX_KEYS,
        clock: Clock = time.monotonic,
    ) -> None:
        self.threshold = threshold
        self.base_seconds = base_seconds
        self.max_seconds = max_seconds
        self.max_keys = max_keys
        self._clock = clock
        self._records: OrderedDict[str, _Failures] = OrderedDict()

    def locked_for(self, client_id: str) -> float:
        """Seconds until `client_id` may try again; 0.0 if it may now."""
        record = self._records.get(client_id)
        if record is None:
            return 0.0
        return max(0.0, record.locked_until - self._clock())

    def failed(self, client_id: str) -> None:
        record = self._records.pop(client_id, None) or _Failures(count=0, locked_until=0.0)
        record.count += 1
        if record.count >= self.threshold:
            doublings = min(record.count - self.threshold, 32)
            lock = min(self.max_seconds, self.base_seconds * 2**doublings)
            record.locked_until = self._clock() + lock
        self._records[client_id] = record
        while len(self._records) > self.max_keys:
            self._records.popitem(last=False)

    def succeeded(self, client_id: str) -> None:
        self._records.pop(client_id, None)


@dataclass(frozen=True)
class TokenGuard:
    """Everything the token endpoint consults before and after checking a secret."""

    per_source: RateLimiter
    per_client: RateLimiter
    lockout: FailureLockout
    hashing: HashingPool


class SourceLimit:
    """ASGI middleware: the per-source limit of `path`, checked before anything else runs.

    A flood is answered 429 before form parsing, routing or request logging spend anything on
    it, so the event loop stays free for honest callers. (Refusals made here are therefore not
    in the request log or the HTTP metrics.)
    """

    def __init__(self, app: ASGIApp, limiter: RateLimiter, path: str) -> None:
        self.app = app
        self.limiter = limiter
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["path"] == self.path:
            client = scope.get("client")
            source = client[0] if client else "unknown"
            if (wait := self.limiter.acquire(source)) > 0:
                problem = TooManyRequests(
                    "too many token requests from this address",
                    wait,
                    {"Cache-Control": "no-store", "Pragma": "no-cache"},
                )
                response = JSONResponse(
                    problem.document(instance=self.path),
                    status_code=problem.status,
                    media_type=PROBLEM_JSON,
                    headers=problem.headers,
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
