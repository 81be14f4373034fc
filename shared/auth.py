"""Who is calling: verifying the registry's access tokens, and declaring who may call a route.

The registry issues short-lived RS256 JWTs (OAuth 2.0 client credentials) and publishes its
public keys as a JWKS; every service verifies tokens itself with a `TokenVerifier`, so no request
waits on the registry. A route says who may call it with a dependency:

    @router.post("/things", dependencies=[Depends(require_roles(Role.SECRETARIAT))])
    async def adopt(principal: PrincipalDep) -> ...
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Container, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Protocol

import httpx
import jwt
from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

# Re-exported: routes declare who may call them with these, imported from here.
from shared.principal import STAFF_ROLES as STAFF_ROLES
from shared.principal import Principal as Principal
from shared.principal import Role as Role
from shared.web.openapi import answers
from shared.web.problems import Forbidden, Unauthorized

logger = logging.getLogger(__name__)

ISSUER = "alianza-registry"
AUDIENCE = "alianza"
ALGORITHM = "RS256"
LEEWAY_SECONDS = 30
# Tokens whose signature was checked once, kept so a client's next requests skip the RSA check and
# the JWT parsing (~0.25 ms of CPU a request). Only verified tokens enter, so bogus ones cannot
# push out good ones faster than they are sent; the oldest unused leaves first.
VERIFIED_TOKENS_KEPT = 10_000
# A token naming a key we do not know makes us refetch the JWKS, but no more often than this:
# otherwise anyone could make every request cost the registry a round trip.
REFETCH_INTERVAL_SECONDS = 10.0
# Known keys are refreshed this often anyway, so a key withdrawn from the JWKS stops verifying.
MAX_KEYS_AGE_SECONDS = 300.0
# The longest lifetime (exp - iat) a token may claim, whoever signed it: the registry issues at
# most an hour, so a ten-year token can only come from a leaked signing key.
MAX_TOKEN_LIFETIME_SECONDS = 3600

REALM = 'Bearer realm="alianza"'


Jwks = Mapping[str, Any]


class KeySource(Protocol):
    """Where a verifier gets the JSON Web Key Set (RFC 7517) tokens may be signed with."""

    async def fetch(self) -> Jwks: ...

    async def aclose(self) -> None: ...


class JwksUrl:
    """The JWKS served over HTTP (the registry's `/.well-known/jwks.json`)."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 5.0,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.url = url
        self._timeout = timeout
        self._transport = transport
        self._client: httpx.AsyncClient | None = None

    async def fetch(self) -> Jwks:
        if self._client is None:
            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(self._timeout, connect=min(self._timeout, 2.0)),
                transport=self._transport,
            )
        # httpx bounds each phase; this bounds the whole exchange (a slow trickle included).
        async with asyncio.timeout(self._timeout * 2):
            response = await self._client.get(self.url, headers={"Accept": "application/json"})
            response.raise_for_status()
            body = response.json()
        if not isinstance(body, dict):
            raise ValueError(f"{self.url} did not return a JSON object")
        return body

    async def aclose(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None


class InProcessKeys:
    """A JWKS from a callable in this process (sync or async): the registry's own keys, or tests'."""

    def __init__(self, load: Callable[[], Jwks | Awaitable[Jwks]]) -> None:
        self._load = load

    async def fetch(self) -> Jwks:
        result = self._load()
        if inspect.isawaitable(result):
            return await result
        return result

    async def aclose(self) -> None:
        return None


def invalid_token(detail: str) -> Unauthorized:
    # RFC 6750 §3: a rejected bearer token is answered with `error="invalid_token"`.
    return Unauthorized(detail, headers={"WWW-Authenticate": f'{REALM}, error="invalid_token"'})


class TokenVerifier:
    """Verifies the registry's access tokens against a cached JWKS and returns the `Principal`."""

    def __init__(
        self,
        source: KeySource,
        *,
        refetch_interval: float = REFETCH_INTERVAL_SECONDS,
        max_keys_age: float = MAX_KEYS_AGE_SECONDS,
        max_lifetime: float = MAX_TOKEN_LIFETIME_SECONDS,
        clock: Callable[[], float] = time.monotonic,
        disabled: Container[str] = frozenset(),
    ) -> None:
        self.source = source
        # Client ids whose tokens are refused before they expire (shared.disabled_clients).
        self.disabled = disabled
        self.max_lifetime = max_lifetime
        self._refetch_interval = refetch_interval
        self._max_keys_age = max_keys_age
        self._clock = clock
        self._keys: dict[str, jwt.PyJWK] = {}
        self._loaded_at: float | None = None
        self._attempted_at: float | None = None
        self._lock = asyncio.Lock()
        self._verified: OrderedDict[str, _Verified] = OrderedDict()

    async def verify(self, token: str) -> Principal:
        """The caller the token names, or `Unauthorized` saying what is wrong with it."""
        if (remembered := self._verified.get(token)) is not None:
            if await self._still_valid(remembered):
                self._verified.move_to_end(token)
                return remembered.principal
            del self._verified[token]
        try:
            header = jwt.get_unverified_header(token)
        except jwt.InvalidTokenError:
            raise invalid_token("the access token is not a well-formed JWT") from None
        if header.get("alg") != ALGORITHM:
            raise invalid_token(f"the access token must be signed with {ALGORITHM}")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            raise invalid_token("the access token does not name its signing key (kid)")
        key = await self._key(kid)
        if key is None:
            if self._loaded_at is None:
                raise invalid_token("the signing keys could not be loaded; try again shortly")
            raise invalid_token("the access token was signed by an unknown key")
        try:
            claims = jwt.decode(
                token,
                key.key,
                algorithms=[ALGORITHM],
                audience=AUDIENCE,
                issuer=ISSUER,
                leeway=LEEWAY_SECONDS,
                options={"require": ["exp", "iat", "iss", "aud", "sub", "jti"]},
            )
        except jwt.ExpiredSignatureError:
            raise invalid_token("the access token has expired") from None
        except jwt.InvalidSignatureError:
            raise invalid_token("the access token's signature does not verify") from None
        except jwt.InvalidAudienceError:
            raise invalid_token(
                f"the access token is not meant for audience {AUDIENCE!r}"
            ) from None
        except jwt.InvalidIssuerError:
            raise invalid_token(f"the access token was not issued by {ISSUER!r}") from None
        except jwt.MissingRequiredClaimError as exc:
            raise invalid_token(f"the access token lacks the {exc.claim!r} claim") from None
        except jwt.ImmatureSignatureError:
            raise invalid_token("the access token is not valid yet") from None
        except jwt.InvalidTokenError:
            raise invalid_token("the access token is invalid") from None
        lifetime = claims["exp"] - claims["iat"]
        if not isinstance(lifetime, int | float) or lifetime > self.max_lifetime:
            raise invalid_token(
                f"the access token's lifetime exceeds the maximum of {self.max_lifetime:.0f} s"
            )
        principal = _principal(claims)
        if principal.client_id in self.disabled:
            raise invalid_token("the access token's client is disabled")
        self._verified[token] = _Verified(principal, kid, key, claims["exp"])
        if len(self._verified) > VERIFIED_TOKENS_KEPT:
            self._verified.popitem(last=False)
        return principal

    async def _still_valid(self, remembered: _Verified) -> bool:
        """Whether a token verified before still passes every check that can change with time:
        not expired, its signing key still the one published under its kid, its client not
        disabled. (Its signature, issuer, audience and claims cannot change: the cache is keyed
        by the whole token, signature included.)"""
        if remembered.expires_at <= time.time() - LEEWAY_SECONDS:
            return False
        key = await self._key(remembered.kid)
        return key is remembered.key and remembered.principal.client_id not in self.disabled

    async def aclose(self) -> None:
        await self.source.aclose()

    async def _key(self, kid: str) -> jwt.PyJWK | None:
        if (key := self._fresh(kid)) is not None:
            return key
        async with self._lock:
            # Another request may have refreshed the keys while this one waited for the lock.
            if (key := self._fresh(kid)) is not None:
                return key
            now = self._clock()
            if self._attempted_at is None or now - self._attempted_at >= self._refetch_interval:
                await self._refresh()
            return self._keys.get(kid)

    def _fresh(self, kid: str) -> jwt.PyJWK | None:
        if self._loaded_at is None or self._clock() - self._loaded_at >= self._max_keys_age:
            return None
        return self._keys.get(kid)

    async def _refresh(self) -> None:
        self._attempted_at = self._clock()
        try:
            keys = _parse_jwks(await self.source.fetch())
        except Exception as exc:
            # Keep what we had: a registry briefly away must not reject tokens we can verify.
            logger.warning("could not load the token signing keys: %s", exc)
            return
        self._keys = keys
        self._loaded_at = self._clock()


@dataclass(frozen=True)
class _Verified:
    """A token whose signature and claims were checked: who it names, with which key, until when."""

    principal: Principal
    kid: str
    key: jwt.PyJWK
    expires_at: float


def _parse_jwks(jwks: Jwks) -> dict[str, jwt.PyJWK]:
    entries = jwks.get("keys")
    if not isinstance(entries, list):
        raise ValueError("the JWKS has no `keys` list")
    keys: dict[str, jwt.PyJWK] = {}
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("kty") != "RSA":
            continue
        kid = entry.get("kid")
        if not isinstance(kid, str) or entry.get("use", "sig") != "sig":
            continue
        try:
            keys[kid] = jwt.PyJWK(entry, algorithm=ALGORITHM)
        except (jwt.PyJWKError, jwt.InvalidKeyError, ValueError, KeyError):
            logger.warning("skipped an unusable key %r in the JWKS", kid)
    return keys


def _principal(claims: Mapping[str, Any]) -> Principal:
    subject = claims["sub"]
    if not isinstance(subject, str) or not subject:
        raise invalid_token("the access token's subject is not a client id")
    organisation = claims.get("org")
    if organisation is not None and not isinstance(organisation, str):
        raise invalid_token("the access token's organisation is not a string")
    roles = claims.get("roles", [])
    if not isinstance(roles, list) or not all(isinstance(role, str) for role in roles):
        raise invalid_token("the access token's roles are not a list of strings")
    known = {role.value for role in Role}
    # Roles this service does not know grant nothing here (a newer registry may add some).
    return Principal(
        client_id=subject,
        organisation_id=organisation,
        roles=frozenset(Role(role) for role in roles if role in known),
    )


# auto_error=False: a missing token is answered with our own problem document, not FastAPI's.
bearer_scheme = HTTPBearer(
    auto_error=False,
    bearerFormat="JWT",
    description="An access token from the registry's `POST /oauth/token` (client credentials).",
)


@answers(401)
async def get_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Security(bearer_scheme)],
) -> Principal:
    """The verified caller of this request; 401 without a valid `Authorization: Bearer` token."""
    if credentials is None:
        raise Unauthorized(
            "send an access token as `Authorization: Bearer <token>`",
            headers={"WWW-Authenticate": REALM},
        )
    verifier: TokenVerifier = request.app.state.verifier
    return await verifier.verify(credentials.credentials)


PrincipalDep = Annotated[Principal, Depends(get_principal)]


def ensure_roles(principal: Principal, allowed: frozenset[Role]) -> Principal:
    """`principal`, if it holds at least one of `allowed`; 403 otherwise."""
    if principal.roles.isdisjoint(allowed):
        raise Forbidden(f"this needs one of the roles: {', '.join(sorted(allowed))}")
    return principal


def require_roles(*roles: Role) -> Callable[..., Awaitable[Principal]]:
    """A dependency admitting callers holding at least one of `roles` (403 otherwise)."""
    if not roles:
        raise ValueError("require_roles needs at least one role")
    allowed = frozenset(roles)

    @answers(403)
    async def dependency(principal: PrincipalDep) -> Principal:
        return ensure_roles(principal, allowed)

    return dependency


# Any authenticated caller, whatever its role: for reads open to every client.
AnyCaller = Depends(require_roles(*Role))
