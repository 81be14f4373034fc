"""Who is looking: sign-in through the registry, server-side sessions, and the ops-only gate.

The browser never holds client credentials after the sign-in form, nor the access token: the
console trades the credentials for a short-lived token at the registry's `/oauth/token`, checks
that it carries `ops` or `admin`, keeps it in this process's memory and gives the browser only a
random session id, in an HttpOnly, SameSite=Strict cookie (and `Secure` when configured). A
stolen cookie is therefore useless against the services, and signing out forgets the session at
once. Sessions end with their token; a restart of the console signs everyone out.

Scripts may skip the cookie and send `Authorization: Bearer <token>` instead.
"""

from __future__ import annotations

import hashlib
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

import httpx
from fastapi import Depends, Request, Response

from ops.api import (
    Credentials,
    CredentialsRefused,
    RegistryUnreachable,
    TokenRequestsLimited,
    exchange_credentials,
)
from ops.console.enabled import EnabledClients
from shared.auth import TokenVerifier, ensure_roles
from shared.principal import Principal, Role
from shared.web.openapi import answers
from shared.web.problems import ServiceUnavailable, TooManyRequests, Unauthorized

COOKIE = "alianza_ops_session"
# Browsers accept a `__Host-` cookie only if Secure, host-only and Path=/, so no sibling host or
# plain-HTTP page can plant or overwrite it.
SECURE_COOKIE = "__Host-alianza_ops_session"
CONSOLE_ROLES = frozenset({Role.OPS, Role.ADMIN})
# Enough for every operator; beyond it the oldest session goes, so sign-ins cannot fill memory.
MAX_SESSIONS = 10_000


@dataclass(frozen=True)
class Caller:
    principal: Principal
    token: str  # forwarded to the services, which check it themselves


@dataclass(frozen=True)
class _Session:
    token: str
    expires_at: float


class SessionStore:
    """Sessions in this process's memory, keyed by a hash of their id: the ids themselves are
    only ever in the browsers' cookies."""

    def __init__(
        self, max_sessions: int = MAX_SESSIONS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._sessions: dict[str, _Session] = {}
        self._max = max_sessions
        self._clock = clock

    def __len__(self) -> int:
        return len(self._sessions)

    def open(self, token: str, lifetime_seconds: float) -> str:
        """A new session holding `token` until it expires; returns the session id."""
        self._forget_expired()
        while len(self._sessions) >= self._max:  # dicts keep insertion order: oldest first
            del self._sessions[next(iter(self._sessions))]
        session_id = secrets.token_urlsafe(32)
        self._sessions[_key(session_id)] = _Session(token, self._clock() + lifetime_seconds)
        return session_id

    def token(self, session_id: str) -> str | None:
        key = _key(session_id)
        session = self._sessions.get(key)
        if session is None:
            return None
        if session.expires_at <= self._clock():
            del self._sessions[key]
            return None
        return session.token

    def revoke(self, session_id: str) -> bool:
        return self._sessions.pop(_key(session_id), None) is not None

    def _forget_expired(self) -> None:
        now = self._clock()
        for key in [k for k, s in self._sessions.items() if s.expires_at <= now]:
            del self._sessions[key]


def _key(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def cookie_name(secure: bool) -> str:
    return SECURE_COOKIE if secure else COOKIE


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
    except TokenRequestsLimited as exc:
        raise TooManyRequests(str(exc), exc.retry_after) from None
    ensure_roles(await verifier.verify(token), CONSOLE_ROLES)
    return token, lifetime


def set_session(response: Response, session_id: str, lifetime_seconds: int, secure: bool) -> None:
    response.set_cookie(
        cookie_name(secure),
        session_id,
        max_age=lifetime_seconds,
        httponly=True,
        samesite="strict",
        secure=secure,
        path="/",
    )


def clear_session(response: Response, secure: bool) -> None:
    response.delete_cookie(
        cookie_name(secure), path="/", httponly=True, samesite="strict", secure=secure
    )


def presented_session(request: Request) -> str | None:
    return request.cookies.get(cookie_name(request.app.state.secure_cookie))


def presented_bearer(request: Request) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


@answers(401, 403, 503)
async def current_caller(request: Request) -> Caller:
    """The verified ops or admin caller: 401 without a valid token or live session, 403 for
    any other role."""
    token = presented_bearer(request)
    if token is None:
        session_id = presented_session(request)
        sessions: SessionStore = request.app.state.sessions
        token = sessions.token(session_id) if session_id else None
    if token is None:
        raise Unauthorized("sign in at /login, or send `Authorization: Bearer <token>`")
    verifier: TokenVerifier = request.app.state.verifier
    principal = ensure_roles(await verifier.verify(token), CONSOLE_ROLES)
    enabled: EnabledClients = request.app.state.enabled_clients
    await enabled.confirm(token)
    return Caller(principal, token)


CallerDep = Annotated[Caller, Depends(current_caller)]
