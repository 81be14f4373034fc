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

from ops.api import Credentials, CredentialsRefused, RegistryUnreachable, exchange_credentials
from shared.auth import TokenVerifier, ensure_roles
from shared.principal import Principal, Role
from shared.web.problems import ServiceUnavailable, Unauthorized

COOKIE = "alianza_ops_session"
CONSOLE_ROLES = frozenset({Role.OPS, Role.ADMIN})


@dataclass(frozen=True)
class Caller:
    principal: Principal
    token: str  # forwarded to the services, which check it themselves


async def sign_in(
    http: httpx.AsyncClient, verifier: TokenVerifier, registry_url: str, credentials: Credentials
) -> tuple[str, int]:
    """The token and its lifetime for an ops or admin client; a problem document otherwise."""
    try:
        token, lifetime = await exchange_credentials(http, registry_url, credentials)
    except RegistryUnreachable as exc:
        raise ServiceUnavailable(str(exc)) from None
    except CredentialsRefused:
        raise Unauthorized("the registry refused these client credentials") from None
    ensure_roles(await verifier.verify(token), CONSOLE_ROLES)
    return token, lifetime


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
    principal = ensure_roles(await verifier.verify(token), CONSOLE_ROLES)
    return Caller(principal, token)


CallerDep = Annotated[Caller, Depends(current_caller)]
