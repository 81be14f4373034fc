"""Admin routes over identity: disable, enable and re-secret API clients; rotate signing keys.

Every change an other service must honour is recorded as an event in the same transaction
(`client.disabled`, `client.enabled`, `signing_key.rotated`).
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Response

from services.registry import identity, keys
from services.registry.auth_api import NO_STORE, AdminDep, client_read, get_registry_settings
from services.registry.auth_schemas import (
    ApiClientCreated,
    ApiClientDisable,
    ApiClientRead,
    SigningKeyList,
    SigningKeyRead,
    SigningKeyRotation,
)
from services.registry.settings import RegistrySettings
from shared.catalogue.identity import ClientDisabled, ClientEnabled
from shared.web.openapi import CONFLICT
from shared.web.problems import Conflict, NotFound
from shared.web.service import UowDep

router = APIRouter(tags=["identity"])

SettingsDep = Annotated[RegistrySettings, Depends(get_registry_settings)]


def _unknown(client_id: str) -> NotFound:
    return NotFound(f"no API client has id {client_id!r}")


@router.post(
    "/clients/{client_id}/disable",
    response_model=ApiClientRead,
    summary="Disable a client: no new tokens, and its tokens are refused by every service.",
    responses=CONFLICT,
)
async def disable_client(
    client_id: str, uow: UowDep, admin: AdminDep, body: ApiClientDisable | None = None
) -> ApiClientRead:
    """Only admins may call it, and not for the client they call with (nobody would be left)."""
    if client_id == admin.client_id:
        raise Conflict("an admin cannot disable the client it is calling with")
    async with uow:
        try:
            client, changed = await identity.set_disabled(uow.session, client_id, True)
        except identity.UnknownClient:
            raise _unknown(client_id) from None
        if changed:
            reason = body.reason if body else None
            uow.record(
                "client.disabled", client_id, ClientDisabled(client_id=client_id, reason=reason)
            )
        await uow.commit()
    return client_read(client)


@router.post(
    "/clients/{client_id}/enable",
    response_model=ApiClientRead,
    summary="Enable a disabled client again.",
)
async def enable_client(client_id: str, uow: UowDep, _admin: AdminDep) -> ApiClientRead:
    """Only admins may call it."""
    async with uow:
        try:
            client, changed = await identity.set_disabled(uow.session, client_id, False)
        except identity.UnknownClient:
            raise _unknown(client_id) from None
        if changed:
            uow.record("client.enabled", client_id, ClientEnabled(client_id=client_id))
        await uow.commit()
    return client_read(client)


@router.post(
    "/clients/{client_id}/secret",
    response_model=ApiClientCreated,
    summary="Give a client a new secret, shown only in this response; the old one stops working.",
)
async def rotate_client_secret(
    client_id: str, response: Response, uow: UowDep, _admin: AdminDep
) -> ApiClientCreated:
    """Only admins may call it. Tokens issued with the old secret live until they expire;
    disable the client too if the secret leaked."""
    async with uow:
        try:
            client, secret = await identity.rotate_secret(uow.session, client_id)
        except identity.UnknownClient:
            raise _unknown(client_id) from None
        await uow.commit()
    response.headers.update(NO_STORE)
    return ApiClientCreated(**client_read(client).model_dump(), client_secret=secret)


@router.post(
    "/admin/signing-keys/rotate",
    status_code=202,
    response_model=SigningKeyRotation,
    summary="Publish a new signing key now; it signs once every verifier has seen it.",
    responses=CONFLICT,
)
async def rotate_signing_key(
    uow: UowDep, _admin: AdminDep, settings: SettingsDep
) -> SigningKeyRotation:
    """Only admins may call it. 409 while an earlier rotation's key waits to sign."""
    async with uow:
        try:
            rotation = await keys.rotate(
                uow,
                settings.kek,
                publish_seconds=settings.signing_key_publish_seconds,
                max_token_lifetime=settings.max_token_lifetime_seconds,
                reason="manual",
            )
        except keys.RotationUnderWay as exc:
            raise Conflict(
                f"a rotation is under way: key {exc.kid} signs from {exc.signs_from.isoformat()}",
                kid=exc.kid,
                signs_from=exc.signs_from.isoformat(),
            ) from None
        await uow.commit()
    return SigningKeyRotation(
        kid=rotation.kid, signs_from=rotation.signs_from, previous_kid=rotation.previous_kid
    )


@router.get(
    "/admin/signing-keys",
    response_model=SigningKeyList,
    summary="Every signing key, newest first, with its state (never a private key).",
)
async def list_signing_keys(uow: UowDep, _admin: AdminDep) -> SigningKeyList:
    """Only admins may call it."""
    async with uow:
        rows = await keys.list_keys(uow.session)
    return SigningKeyList(
        items=[
            SigningKeyRead(
                kid=kid, created_at=created, signs_from=signs_from, retired_at=retired, state=state
            )
            for kid, created, signs_from, retired, state in rows
        ]
    )
