"""Identity routes: the OAuth 2.0 token endpoint, the public JWKS, and API client registration."""

from __future__ import annotations

import base64
import binascii
import logging
from typing import Annotated
from urllib.parse import unquote_plus

from fastapi import APIRouter, Depends, Form, Query, Request, Response

from services.registry import identity, keys
from services.registry.auth_schemas import (
    ApiClientCreate,
    ApiClientCreated,
    ApiClientPage,
    ApiClientRead,
    JsonWebKeySet,
    TokenResponse,
)
from services.registry.sealing import KeyEncryptionKey
from services.registry.settings import RegistrySettings
from services.registry.throttle import TOKEN_GUARD_KEY, HashingBusy, TokenGuard
from shared.auth import Principal, PrincipalDep, Role, invalid_token, require_roles
from shared.retry_after import retry_after_header
from shared.uow import UnitOfWork
from shared.web.pagination import DEFAULT_LIMIT, MAX_LIMIT, Cursor, decode_cursor, split_page
from shared.web.problems import Problem, ServiceUnavailable, TooManyRequests, Unauthorized
from shared.web.service import Runtime, RuntimeDep, UowDep

logger = logging.getLogger(__name__)

router = APIRouter(tags=["identity"])

# RFC 6749 §5.1: responses carrying credentials must not be cached anywhere.
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
CLIENT_CREDENTIALS = "client_credentials"
# The pool drains a full queue in well under a second; a second later is a fair retry.
HASHING_BUSY_RETRY_SECONDS = 1

AdminDep = Annotated[Principal, Depends(require_roles(Role.ADMIN))]


async def get_registry_settings(runtime: RuntimeDep) -> RegistrySettings:
    settings = runtime.settings
    assert isinstance(settings, RegistrySettings), "the registry runs with RegistrySettings"
    return settings


def get_token_guard(runtime: Runtime) -> TokenGuard:
    guard = runtime.extras[TOKEN_GUARD_KEY]
    assert isinstance(guard, TokenGuard), "the registry's startup hook makes the token guard"
    return guard


def _admit(guard: TokenGuard, client_id: str) -> None:
    """429 + Retry-After if the client id is over its limit or locked (the per-source limit has
    been applied by `throttle.SourceLimit` before the request got here).

    The lockout is consulted before any limit is spent, and the client id is not looked up first:
    a locked or limited id gets the same answer whether it exists or not.
    """
    if (wait := guard.lockout.locked_for(client_id)) > 0:
        raise TooManyRequests(
            "too many failed attempts for this client id; it is locked for a while", wait, NO_STORE
        )
    if (wait := guard.per_client.acquire(client_id)) > 0:
        raise TooManyRequests("too many token requests for this client id", wait, NO_STORE)


async def _authenticate(
    uow: UnitOfWork, guard: TokenGuard, kek: KeyEncryptionKey, client_id: str, secret: str
) -> tuple[identity.ApiClient, keys.Signer]:
    """The authenticated client and the key to sign its token with."""
    async with uow:
        client = await identity.find_client(uow.session, client_id)
        key = await keys.current_signer(uow.session, kek)
        # Detached, the rows keep their values through the rollback that ends this read.
        uow.session.expunge_all()
    if key is None:
        raise RuntimeError("no signing key; the startup hook should have made one")
    # Outside the transaction: hashing takes a while and should not hold a connection.
    return await identity.authenticate(client, secret, guard.hashing), key


def _oauth_error(status: int, error: str, detail: str) -> Problem:
    """A problem document that is also an RFC 6749 §5.2 error response (it has `error`)."""
    if status == 401:
        # RFC 6749 §5.2: a failed client authentication names the scheme to use.
        headers = {**NO_STORE, "WWW-Authenticate": 'Basic realm="alianza"'}
        return Unauthorized(detail, headers=headers, error=error)
    return Problem(detail, headers=NO_STORE, error=error)


def _basic_credentials(authorization: str | None) -> tuple[str, str] | None:
    """`(client_id, secret)` from `Authorization: Basic …`, or None if the header is not Basic."""
    if authorization is None:
        return None
    scheme, _, encoded = authorization.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise _oauth_error(401, "invalid_client", "the Basic credentials are malformed") from None
    client_id, colon, secret = decoded.partition(":")
    if not colon:
        raise _oauth_error(401, "invalid_client", "the Basic credentials are malformed")
    # RFC 6749 §2.3.1: both parts are form-encoded before they are joined and base64-encoded.
    return unquote_plus(client_id), unquote_plus(secret)


TOKEN_PATH = "/oauth/token"  # noqa: S105 (a route, not a secret)


@router.post(
    TOKEN_PATH,
    response_model=TokenResponse,
    summary="Exchange client credentials for an access token.",
    responses={
        400: {
            "description": "Not a client-credentials request (RFC 6749 §5.2): `error` is "
            "`invalid_request` or `unsupported_grant_type`."
        },
        401: {"description": "Unknown client or wrong secret: `error` is `invalid_client`."},
        429: {"description": "Rate limited, or locked after failures; see Retry-After."},
        503: {"description": "Too many secrets being checked right now; see Retry-After."},
    },
)
async def issue_token(
    request: Request,
    runtime: RuntimeDep,
    response: Response,
    uow: UowDep,
    settings: Annotated[RegistrySettings, Depends(get_registry_settings)],
    grant_type: Annotated[str | None, Form()] = None,
    client_id: Annotated[str | None, Form()] = None,
    client_secret: Annotated[str | None, Form()] = None,
) -> TokenResponse:
    """Anyone holding client credentials (form fields or HTTP Basic) may call it.

    Limited per source address and per client id; a client id that fails repeatedly is locked
    for a growing while. Both answer 429 with Retry-After.
    """
    # Form fields are optional in the signature so that a missing one is answered in OAuth's
    # own terms (`invalid_request`) rather than as a generic validation error.
    if grant_type is None:
        raise _oauth_error(400, "invalid_request", "grant_type is required")
    if grant_type != CLIENT_CREDENTIALS:
        raise _oauth_error(
            400, "unsupported_grant_type", f"only the {CLIENT_CREDENTIALS} grant is supported"
        )
    basic = _basic_credentials(request.headers.get("Authorization"))
    if basic is not None:
        if client_secret is not None or (client_id is not None and client_id != basic[0]):
            raise _oauth_error(
                400,
                "invalid_request",
                "authenticate with either HTTP Basic or form fields, not both",
            )
        client_id, client_secret = basic
    if not client_id or client_secret is None:
        raise _oauth_error(401, "invalid_client", "client authentication is required")

    guard = get_token_guard(runtime)
    _admit(guard, client_id)
    source = request.client.host if request.client else "unknown"
    try:
        with guard.hashing.place(source):
            authenticated, key = await _authenticate(
                uow, guard, settings.kek, client_id, client_secret
            )
    except HashingBusy:
        raise ServiceUnavailable(
            "too many token requests are being checked; try again shortly",
            headers={**NO_STORE, **retry_after_header(HASHING_BUSY_RETRY_SECONDS)},
        ) from None
    except identity.InvalidClient:
        guard.lockout.failed(client_id)
        raise _oauth_error(401, "invalid_client", "unknown client or wrong secret") from None
    guard.lockout.succeeded(client_id)

    issued = identity.issue_token(authenticated, key, settings.access_token_ttl_seconds)
    logger.info(
        "issued an access token",
        extra={"client_id": authenticated.client_id, "jti": issued.jti},
    )
    response.headers.update(NO_STORE)
    return TokenResponse(access_token=issued.access_token, expires_in=issued.expires_in)


@router.get(
    "/.well-known/jwks.json",
    response_model=JsonWebKeySet,
    summary="The public keys access tokens are signed with.",
)
async def jwks(uow: UowDep) -> JsonWebKeySet:
    """Anyone may call it: it holds public keys only."""
    async with uow:
        return JsonWebKeySet.model_validate(await keys.load_jwks(uow.session))


def client_read(client: identity.ApiClient) -> ApiClientRead:
    return ApiClientRead.model_validate(client, from_attributes=True)


@router.post(
    "/clients",
    status_code=201,
    response_model=ApiClientCreated,
    summary="Register an API client; its secret is shown only in this response.",
)
async def create_client(
    body: ApiClientCreate, response: Response, uow: UowDep, _admin: AdminDep
) -> ApiClientCreated:
    """Only admins may call it."""
    async with uow:
        client, secret = await identity.create_client(
            uow.session, name=body.name, organisation_id=body.organisation_id, roles=body.roles
        )
        await uow.commit()
    response.headers.update(NO_STORE)
    return ApiClientCreated(**client_read(client).model_dump(), client_secret=secret)


@router.get(
    "/clients/me",
    response_model=ApiClientRead,
    summary="The calling client as the registry knows it now.",
)
async def who_am_i(uow: UowDep, principal: PrincipalDep) -> ApiClientRead:
    """Any authenticated caller. The registry reads its own record at the moment of the call, so
    a disabled (or deleted) client is refused here at once: other processes without a database
    of their own (the ops console) ask here whether a token's client is still enabled."""
    async with uow:
        client = await identity.find_client(uow.session, principal.client_id)
    if client is None or client.disabled:
        raise invalid_token("this client is disabled")
    return client_read(client)


@router.get(
    "/clients",
    response_model=ApiClientPage,
    summary="API clients, oldest first (never their secrets).",
)
async def list_clients(
    uow: UowDep,
    _admin: AdminDep,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT)] = DEFAULT_LIMIT,
    cursor: Cursor = None,
    organisation_id: str | None = None,
    role: Role | None = None,
) -> ApiClientPage:
    """Only admins may call it."""
    after = decode_cursor(cursor) if cursor else None
    async with uow:
        # One extra row tells whether another page follows.
        rows = await identity.list_clients(
            uow.session, limit=limit + 1, after=after, organisation_id=organisation_id, role=role
        )
        page, next_cursor = split_page(rows, limit, row_id=lambda client: client.client_id)
        return ApiClientPage(
            items=[client_read(client) for client in page], next_cursor=next_cursor
        )
