"""Is the client behind a token still enabled? The console asks the registry.

The services learn disabled clients from `client.disabled` events into their own databases; the
console has no database, so it asks the registry, which owns the fact, at `GET /clients/me`.
An answer holds for `fresh_seconds` (as long as a service takes to reload its list), so a
disabled client's token stops opening the console within seconds, not at expiry.

If the registry cannot be reached, a client confirmed within the last `grace_seconds` keeps its
access (operators need the console most when something is down); an unconfirmed one gets 503.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable

import httpx

from shared.web.problems import ServiceUnavailable, Unauthorized

logger = logging.getLogger(__name__)

GRACE_SECONDS = 300.0
# Beyond this many remembered tokens the oldest confirmations go, so tokens cannot fill memory.
MAX_REMEMBERED = 10_000


class EnabledClients:
    def __init__(
        self,
        http: httpx.AsyncClient,
        registry_url: str,
        fresh_seconds: float,
        grace_seconds: float = GRACE_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._http = http
        self._url = registry_url.rstrip("/") + "/clients/me"
        self._fresh = fresh_seconds
        self._grace = grace_seconds
        self._clock = clock
        self._confirmed_at: dict[str, float] = {}  # token hash -> when the registry said yes

    async def confirm(self, token: str) -> None:
        """Return if the token's client is enabled; 401 if the registry refuses it, 503 if the
        registry cannot say and no recent answer stands in."""
        key = hashlib.sha256(token.encode()).hexdigest()
        now = self._clock()
        confirmed = self._confirmed_at.get(key)
        if confirmed is not None and now - confirmed < self._fresh:
            return
        try:
            answer = await self._http.get(self._url, headers={"Authorization": f"Bearer {token}"})
        except httpx.HTTPError as exc:
            self._unreachable(confirmed, now, f"{exc.__class__.__name__}")
            return
        if answer.status_code == 401:
            self._confirmed_at.pop(key, None)
            raise Unauthorized("the registry no longer accepts this client (disabled?)")
        if answer.status_code != 200:
            self._unreachable(confirmed, now, f"HTTP {answer.status_code}")
            return
        self._remember(key, now)

    def _unreachable(self, confirmed: float | None, now: float, why: str) -> None:
        if confirmed is not None and now - confirmed < self._grace:
            logger.warning("registry unreachable (%s); a recent confirmation stands in", why)
            return
        raise ServiceUnavailable(f"cannot ask the registry whether this client is enabled: {why}")

    def _remember(self, key: str, now: float) -> None:
        self._confirmed_at.pop(key, None)
        self._confirmed_at[key] = now
        while len(self._confirmed_at) > MAX_REMEMBERED:
            del self._confirmed_at[next(iter(self._confirmed_at))]
