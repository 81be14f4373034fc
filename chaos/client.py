"""REST calls the way a careful client makes them: retried while the API is unreachable or
answers 5xx, with one `Idempotency-Key` per command, so "accepted" means "got a 2xx"."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import httpx

REQUEST_TIMEOUT_SECONDS = 15.0
COMMAND_DEADLINE_SECONDS = 120.0
MAX_BACKOFF_SECONDS = 3.0


class Verdict(StrEnum):
    ACCEPTED = "accepted"  # a 2xx
    REFUSED = "refused"  # a 4xx: the API decided, nothing changed
    ABANDONED = "abandoned"  # no decision before the deadline or the end of the load


@dataclass
class Answer:
    verdict: Verdict
    status: int | None
    body: Any
    # Some attempt may have reached the service without its answer reaching us.
    ambiguous: bool
    attempts: int


class Actor:
    """One API client (a partner organisation's, the secretariat's, ops') with its token."""

    def __init__(
        self, http: httpx.AsyncClient, urls: dict[str, str], client_id: str, secret: str
    ) -> None:
        self.http, self.urls = http, urls
        self.client_id, self.secret = client_id, secret
        self.token = ""
        self.organisation_id: str | None = None

    async def login(self) -> None:
        response = await self.http.post(
            f"{self.urls['registry']}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.secret,
            },
            timeout=REQUEST_TIMEOUT_SECONDS,
        )
        response.raise_for_status()
        self.token = response.json()["access_token"]

    async def get(self, service: str, path: str) -> Any | None:
        """One read; None when the service is unreachable or does not answer 200."""
        try:
            response = await self._send("GET", service, path, None, {})
        except httpx.HTTPError:
            return None
        return response.json() if response.status_code == 200 else None

    async def command(
        self,
        method: str,
        service: str,
        path: str,
        body: Any,
        stop: asyncio.Event,
        deadline_seconds: float = COMMAND_DEADLINE_SECONDS,
    ) -> Answer:
        """Send until a 2xx or a 4xx, or until the deadline passes or `stop` is set."""
        headers = {"Idempotency-Key": str(uuid.uuid4())}
        loop = asyncio.get_running_loop()
        deadline = loop.time() + deadline_seconds
        ambiguous, attempts, backoff = False, 0, 0.2
        status: int | None = None
        while True:
            attempts += 1
            try:
                response = await self._send(method, service, path, body, headers)
            except httpx.ConnectError:
                status = None  # never reached the service: not ambiguous
            except httpx.HTTPError:
                status, ambiguous = None, True
            else:
                status = response.status_code
                if status == 401:
                    await self._relogin()
                elif status < 300:
                    return Answer(Verdict.ACCEPTED, status, _json(response), ambiguous, attempts)
                elif status < 500:
                    return Answer(Verdict.REFUSED, status, _json(response), ambiguous, attempts)
                else:
                    ambiguous = True  # a 5xx may come after the commit
            if stop.is_set() or loop.time() + backoff > deadline:
                return Answer(Verdict.ABANDONED, status, None, ambiguous, attempts)
            await asyncio.sleep(backoff)
            backoff = min(backoff * 2, MAX_BACKOFF_SECONDS)

    async def _relogin(self) -> None:
        try:
            await self.login()
        except httpx.HTTPError:
            return

    async def _send(
        self, method: str, service: str, path: str, body: Any, headers: dict[str, str]
    ) -> httpx.Response:
        return await self.http.request(
            method,
            self.urls[service] + path,
            json=body,
            headers={"Authorization": f"Bearer {self.token}", **headers},
            timeout=REQUEST_TIMEOUT_SECONDS,
        )


def _json(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None
