"""Identity provider: API clients and their secrets, and the tokens issued (keys: `keys.py`).

Functions here work inside the caller's transaction (a unit of work's session) and never commit.
Client secrets exist in plaintext only in the response that creates them; tokens and secrets are
never logged.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import secrets
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import jwt
import sqlalchemy as sa
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.dialects.postgresql import ARRAY, insert
from sqlmodel import Column, Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from services.registry.keys import Signer
from services.registry.throttle import HashingPool
from shared.auth import ALGORITHM, AUDIENCE, ISSUER, Role
from shared.web.problems import InvalidInput

logger = logging.getLogger(__name__)

# Process-wide, like the argon2 library's own state: `use_secret_hasher` sets it when the app is
# built, before anything is hashed.
_hasher = PasswordHasher()


def _timestamp() -> Column:  # type: ignore[type-arg]
    return Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


class ApiClient(SQLModel, table=True):
    """A machine that calls the APIs: its secret (hashed), roles and the organisation it acts for."""

    __tablename__ = "api_clients"
    __table_args__ = (sa.Index("api_clients_created", "created_at", "client_id"),)

    client_id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    name: str = Field(sa_column=Column(sa.Text, nullable=False))
    secret_hash: str = Field(sa_column=Column(sa.Text, nullable=False))
    organisation_id: str | None = Field(
        default=None, sa_column=Column(sa.Text, sa.ForeignKey("partners.id"), nullable=True)
    )
    roles: list[str] = Field(sa_column=Column(ARRAY(sa.Text), nullable=False))
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())
    disabled: bool = Field(
        default=False, sa_column=Column(sa.Boolean, nullable=False, server_default=sa.false())
    )


class InvalidClient(Exception):
    """Client authentication failed. Deliberately says nothing about why."""


@dataclass(frozen=True)
class IssuedToken:
    access_token: str
    expires_in: int
    jti: str


# --------------------------------------------------------------------------- tokens


def issue_token(
    client: ApiClient, signer: Signer, ttl_seconds: int, *, now: float | None = None
) -> IssuedToken:
    """A signed access token for `client`, valid `ttl_seconds` from `now`."""
    issued_at = int(time.time() if now is None else now)
    jti = str(uuid.uuid4())
    claims: dict[str, Any] = {
        "iss": ISSUER,
        "aud": AUDIENCE,
        "sub": client.client_id,
        "roles": sorted(client.roles),
        "iat": issued_at,
        "exp": issued_at + ttl_seconds,
        "jti": jti,
    }
    if client.organisation_id is not None:
        claims["org"] = client.organisation_id
    token = jwt.encode(claims, signer.private_key, algorithm=ALGORITHM, headers={"kid": signer.kid})
    return IssuedToken(access_token=token, expires_in=ttl_seconds, jti=jti)


# --------------------------------------------------------------------------- clients


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def use_secret_hasher(hasher: PasswordHasher) -> None:
    """Hash secrets from now on with `hasher` (`RegistrySettings.secret_hasher`), and the decoy
    hash with it, so an unknown client id still costs as long as a known one."""
    global _hasher
    _hasher = hasher
    _decoy_hash.cache_clear()


def hash_secret(secret: str) -> str:
    return _hasher.hash(secret)


def _verify_secret(secret_hash: str, secret: str) -> bool:
    try:
        return _hasher.verify(secret_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _decoy_hash() -> str:
    return hash_secret(new_secret())


async def warm_up() -> None:
    """Compute the decoy hash now, so the first unknown client is not answered faster."""
    await asyncio.to_thread(_decoy_hash)


async def find_client(session: AsyncSession, client_id: str) -> ApiClient | None:
    return await session.get(ApiClient, client_id)


async def authenticate(client: ApiClient | None, secret: str, pool: HashingPool) -> ApiClient:
    """`client` if `secret` is its secret and it is enabled; `InvalidClient` otherwise.

    An unknown client is checked against a decoy hash so that it costs as long as a wrong secret:
    the answer's timing does not reveal which client ids exist. The check runs on `pool`'s threads.
    """
    stored = client.secret_hash if client is not None else _decoy_hash()
    matches = await pool.run(functools.partial(_verify_secret, stored, secret))
    if client is None or not matches or client.disabled:
        raise InvalidClient
    return client


async def _partner_exists(session: AsyncSession, partner_id: str) -> bool:
    # A plain query: importing the Partner model here would make models.py and this module
    # import each other.
    result = await session.execute(
        sa.text("SELECT EXISTS (SELECT 1 FROM partners WHERE id = :id)"), {"id": partner_id}
    )
    return bool(result.scalar_one())


async def create_client(
    session: AsyncSession, *, name: str, organisation_id: str | None, roles: Iterable[Role]
) -> tuple[ApiClient, str]:
    """A new client and its plaintext secret, which is never stored and cannot be shown again."""
    wanted = sorted(set(roles))
    if not wanted:
        raise InvalidInput([{"field": "roles", "message": "at least one role is required"}])
    if Role.PARTNER in wanted and organisation_id is None:
        raise InvalidInput(
            [
                {
                    "field": "organisation_id",
                    "message": "a client with the partner role acts for an organisation; name it",
                }
            ]
        )
    if organisation_id is not None and not await _partner_exists(session, organisation_id):
        raise InvalidInput(
            [{"field": "organisation_id", "message": f"no partner has id {organisation_id!r}"}]
        )
    secret = new_secret()
    client = ApiClient(
        client_id=f"cli_{secrets.token_hex(8)}",
        name=name,
        secret_hash=await asyncio.to_thread(hash_secret, secret),
        organisation_id=organisation_id,
        roles=[role.value for role in wanted],
    )
    session.add(client)
    await session.flush()
    await session.refresh(client)
    logger.info(
        "registered an API client",
        extra={"client_id": client.client_id, "roles": client.roles},
    )
    return client, secret


async def list_clients(
    session: AsyncSession,
    *,
    limit: int,
    after: tuple[datetime, str] | None = None,
    organisation_id: str | None = None,
    role: Role | None = None,
) -> list[ApiClient]:
    """Clients oldest first, from just after the `(created_at, client_id)` cursor."""
    query = select(ApiClient)
    if after is not None:
        query = query.where(
            sa.tuple_(col(ApiClient.created_at), col(ApiClient.client_id)) > sa.tuple_(*after)
        )
    if organisation_id is not None:
        query = query.where(col(ApiClient.organisation_id) == organisation_id)
    if role is not None:
        query = query.where(col(ApiClient.roles).contains([role.value]))
    query = query.order_by(col(ApiClient.created_at), col(ApiClient.client_id)).limit(limit)
    return list((await session.exec(query)).all())


async def ensure_bootstrap_admin(session: AsyncSession, client_id: str, secret: str) -> bool:
    """Create the configured admin client if it is missing; True if this call created it."""
    existing = await find_client(session, client_id)
    if existing is not None:
        if not await asyncio.to_thread(_verify_secret, existing.secret_hash, secret):
            # Never overwrite silently: an admin may have rotated it on purpose.
            logger.warning(
                "the bootstrap admin client exists with another secret; the configured one is not applied",
                extra={"client_id": client_id},
            )
        return False
    secret_hash = await asyncio.to_thread(hash_secret, secret)
    # ON CONFLICT: another API process starting at the same moment may insert it first.
    result = await session.execute(
        insert(ApiClient)
        .values(
            client_id=client_id,
            name="bootstrap admin",
            secret_hash=secret_hash,
            organisation_id=None,
            roles=[Role.ADMIN.value],
        )
        .on_conflict_do_nothing(index_elements=["client_id"])
        .returning(sa.column("client_id"))
    )
    created = result.first() is not None
    if created:
        logger.info("created the bootstrap admin client", extra={"client_id": client_id})
    return created


class UnknownClient(LookupError):
    """No client has this id."""


async def _client_for_update(session: AsyncSession, client_id: str) -> ApiClient:
    # Locked: two admins changing one client at once apply one after the other, so the events
    # they record are in the order the changes were made.
    client = (
        await session.exec(
            select(ApiClient).where(col(ApiClient.client_id) == client_id).with_for_update()
        )
    ).first()
    if client is None:
        raise UnknownClient(client_id)
    return client


async def set_disabled(
    session: AsyncSession, client_id: str, disabled: bool
) -> tuple[ApiClient, bool]:
    """The client with `disabled` set, and whether that changed anything."""
    client = await _client_for_update(session, client_id)
    changed = client.disabled != disabled
    if changed:
        client.disabled = disabled
        session.add(client)
        await session.flush()
        logger.info(
            "disabled an API client" if disabled else "enabled an API client",
            extra={"client_id": client_id},
        )
    return client, changed


async def rotate_secret(session: AsyncSession, client_id: str) -> tuple[ApiClient, str]:
    """A new secret for the client, returned once; the old one stops working on commit."""
    client = await _client_for_update(session, client_id)
    secret = new_secret()
    client.secret_hash = await asyncio.to_thread(hash_secret, secret)
    session.add(client)
    await session.flush()
    logger.info("rotated an API client's secret", extra={"client_id": client_id})
    return client, secret


async def disabled_client_ids(session: AsyncSession) -> set[str]:
    """Every disabled client: the registry owns the fact and refuses their tokens at once."""
    rows = await session.execute(sa.text("SELECT client_id FROM api_clients WHERE disabled"))
    return {row[0] for row in rows}


async def clients_using_secret(session: AsyncSession, secret: str, role: Role) -> list[str]:
    """Enabled clients holding `role` whose secret is `secret` (one argon2 check per client)."""
    rows = (
        await session.exec(
            select(ApiClient).where(
                col(ApiClient.roles).contains([role.value]), col(ApiClient.disabled).is_(False)
            )
        )
    ).all()
    found = []
    for client in rows:
        if await asyncio.to_thread(_verify_secret, client.secret_hash, secret):
            found.append(client.client_id)
    return found
