"""Who is looking: sign-in through the registry, the session cookie, and the ops-only gate.

The browser never holds client credentials after the sign-in form: the console trades them for
a short-lived token at the registry's `/oauth/token`, checks that the token carries `ops` or
`admin`, and puts it in an HttpOnly, SameSite=Strict cookie that lives as long as the token.
Scripts may skip the cookie and send `Authorization: Bearer <token>` instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

import httpx
from fastapi import Depends, Request, Response

from shared.auth import TokenVerifier
from shared.principal import Principal, Role
from shared.web.problems import Forbidden, ServiceUnavailable, Unauthorized

COOKIE = "alianza_ops_session"
CONSOLE_ROLES = frozenset({Role.OPS, Role.ADMIN})


@dataclass(frozen=True)
class Caller:
    principal: Principal
    token: str  # forwarded to the services, which check it themselves


async def exchange_credentials(
    http: httpx.AsyncClient, registry_url: str, client_id: str, client_secret: str
) -> tuple[str, int]:
    """The access token and its lifetime for these client credentials; Unauthorized if refused."""
    try:
        response = await http.post(
            f"{registry_url.rstrip('/')}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(client_id, client_secret),
        )
    except httpx.TransportError as exc:
        raise ServiceUnavailable(
            f"the registry at {registry_url} does not answer ({exc.__class__.__name__})"
        ) from None
    if response.status_code != 200:
        raise Unauthorized("the registry refused these client credentials")
    body = response.json()
    return str(body["access_token"]), int(body["expires_in"])


def require_console_role(principal: Principal) -> None:
    if principal.roles.isdisjoint(CONSOLE_ROLES):
        raise Forbidden("the operations console is for ops and admin clients")


def set_session(response: Response, token: str, lifetime_seconds: int, secure: bool) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=lifetime_seconds,
        httponly=True,
        samesite="strict",
        secure=secure,
        path="/",
    )


def clear_session(response: Response) -> None:
    response.delete_cookie(COOKIE, path="/")


def presented_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value:
        return value.strip()
    return request.cookies.get(COOKIE)


async def current_caller(request: Request) -> Caller:
    """The verified ops or admin caller: 401 without a valid token, 403 for any other role."""
    token = presented_token(request)
    if token is None:
        raise Unauthorized("sign in at /login, or send `Authorization: Bearer <token>`")
    verifier: TokenVerifier = request.app.state.verifier
    principal = await verifier.verify(token)
    require_console_role(principal)
    return Caller(principal, token)


CallerDep = Annotated[Caller, Depends(current_caller)]
