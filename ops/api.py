"""The services' REST APIs, called with an ops token got by client credentials from the registry."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

import httpx

from ops.errors import OpsError
from shared.retry_after import parse_retry_after

MAX_PAGES = 100


@dataclass(frozen=True)
class ServiceUrls:
    registry: str = "http://127.0.0.1:8001"
    commitments: str = "http://127.0.0.1:8002"
    notifications: str = "http://127.0.0.1:8003"

    def of(self, service: str) -> str:
        url: str = getattr(self, service)
        return url.rstrip("/")


@dataclass(frozen=True)
class Credentials:
    client_id: str
    client_secret: str


class NotFound(OpsError):
    pass


class RegistryUnreachable(OpsError):
    pass


class CredentialsRefused(OpsError):
    pass


class TokenRequestsLimited(OpsError):
    """The registry limits how often one client may ask for a token; `retry_after` says when."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


async def exchange_credentials(
    http: httpx.AsyncClient, registry_url: str, credentials: Credentials
) -> tuple[str, int]:
    """An access token and its lifetime in seconds, by OAuth 2.0 client credentials."""
    try:
        response = await http.post(
            f"{registry_url.rstrip('/')}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(credentials.client_id, credentials.client_secret),
        )
    except httpx.TransportError as exc:
        raise RegistryUnreachable(
            f"the registry is not reachable at {registry_url} ({exc.__class__.__name__})"
        ) from None
    if response.status_code == 429:
        # A header missing, unreadable or an HTTP-date is the registry's to get wrong, not a
        # reason for the tool to crash: read as the shared parser reads it, else a second.
        asked = parse_retry_after(response.headers.get("Retry-After"), datetime.now(UTC))
        retry_after = max(1, math.ceil(asked.total_seconds())) if asked is not None else 1
        raise TokenRequestsLimited(
            f"the registry limits token requests for client {credentials.client_id!r};"
            f" try again in {retry_after} s",
            retry_after,
        )
    if response.status_code != 200:
        raise CredentialsRefused(
            f"the registry refused the credentials of client {credentials.client_id!r}"
            f" ({response.status_code})"
        )
    body = response.json()
    return str(body["access_token"]), int(body["expires_in"])


class OpsApi:
    """One HTTP client for one command or console request.

    `auth` is either client credentials, traded for a token on first use, or a token already
    got (the console forwards its signed-in caller's).
    """

    def __init__(self, urls: ServiceUrls, auth: Credentials | str, timeout: float = 10.0) -> None:
        self.urls = urls
        self._auth = auth
        self._http = httpx.AsyncClient(timeout=timeout)

    async def __aenter__(self) -> OpsApi:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self._http.aclose()

    async def token(self) -> str:
        if isinstance(self._auth, Credentials):
            try:
                token, _ = await exchange_credentials(
                    self._http, self.urls.of("registry"), self._auth
                )
            except RegistryUnreachable as exc:
                raise OpsError(
                    f"{exc}; is the stack running (`make run`)? Or pass --registry-url."
                ) from None
            except CredentialsRefused as exc:
                raise OpsError(
                    f"{exc}; set ALIANZA_OPS_CLIENT_ID / ALIANZA_OPS_CLIENT_SECRET to an ops or"
                    " admin client"
                ) from None
            self._auth = token
        return self._auth

    @staticmethod
    def path(*segments: object) -> str:
        """A URL path from segments, each percent-encoded: an id typed by a person (`a/../b`,
        `x?y`) names that one resource, never another route of the service."""
        return "".join("/" + quote(str(segment), safe="") for segment in segments)

    async def get(self, service: str, path: str, **params: Any) -> Any:
        query = {k: v for k, v in params.items() if v is not None}
        return await self._call("GET", service, path, params=query)

    async def post(self, service: str, path: str, body: Any = None) -> Any:
        return await self._call("POST", service, path, json=body)

    async def _call(self, method: str, service: str, path: str, **request: Any) -> Any:
        url = f"{self.urls.of(service)}{path}"
        headers = {"Authorization": f"Bearer {await self.token()}"}
        try:
            response = await self._http.request(method, url, headers=headers, **request)
        except httpx.TransportError as exc:
            raise OpsError(
                f"{service} is not reachable at {self.urls.of(service)} ({exc.__class__.__name__})"
            ) from None
        if response.status_code == 404:
            raise NotFound(f"{service}: {path} not found")
        if response.status_code >= 400:
            detail = _problem_detail(response)
            raise OpsError(f"{service} answered {response.status_code} for {path}: {detail}")
        return response.json()

    async def pages(self, service: str, path: str, **params: Any) -> list[dict[str, Any]]:
        """Every item of a cursor-paginated list."""
        items: list[dict[str, Any]] = []
        cursor: str | None = None
        for _ in range(MAX_PAGES):
            page = await self.get(service, path, cursor=cursor, limit=100, **params)
            items += page["items"]
            cursor = page.get("next_cursor")
            if not cursor:
                break
        return items

    # ----------------------------------------------------------------------- what ops reads

    async def history(self, partnership_id: str) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = await self.get(
            "registry", self.path("partnerships", partnership_id, "history")
        )
        return found

    async def commitments(self, partnership_id: str) -> list[dict[str, Any]]:
        return await self.pages("commitments", "/commitments", partnership_id=partnership_id)

    async def deliveries(self, partnership_id: str) -> list[dict[str, Any]]:
        """Every webhook delivery about the partnership, across all subscriptions ops can see."""
        found: list[dict[str, Any]] = []
        for subscription in await self.pages("notifications", "/subscriptions"):
            for delivery in await self.pages(
                "notifications", self.path("subscriptions", subscription["id"], "deliveries")
            ):
                if delivery.get("partnership_id") == partnership_id:
                    found.append({**delivery, "target_url": subscription.get("target_url")})
        return found


def _problem_detail(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict):
        return str(body.get("detail") or body.get("title") or body)[:200]
    return str(body)[:200]
