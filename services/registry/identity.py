"""Identity provider: API clients and their secrets, the signing keys, and the tokens issued.

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
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, insert
from sqlmodel import Column, Field, SQLModel, col, select
from sqlmodel.ext.asyncio.session import AsyncSession

from services.registry.throttle import HashingPool
from shared.auth import ALGORITHM, AUDIENCE, ISSUER, Role
from shared.web.problems import InvalidInput

logger = logging.getLogger(__name__)

# Any constant will do as long as no other advisory lock in this database uses it.
SIGNING_KEY_LOCK = 0x0A11A2B
RSA_KEY_BITS = 2048

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


class SigningKey(SQLModel, table=True):
    """An RSA key pair. One is `active` (signs); every key not yet retired is in the JWKS."""

    __tablename__ = "signing_keys"
    __table_args__ = (
        sa.Index(
            "signing_keys_one_active",
            "active",
            unique=True,
            postgresql_where=sa.text("active"),
        ),
    )

    kid: str = Field(sa_column=Column(sa.Text, primary_key=True))
    private_pem: str = Field(sa_column=Column(sa.Text, nullable=False))
    public_jwk: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())
    active: bool = Field(
        default=True, sa_column=Column(sa.Boolean, nullable=False, server_default=sa.true())
    )
    retired_at: datetime | None = Field(
        default=None, sa_column=Column(sa.DateTime(timezone=True), nullable=True)
    )


class InvalidClient(Exception):
    """Client authentication failed. Deliberately says nothing about why."""


@dataclass(frozen=True)
class IssuedToken:
    access_token: str
    expires_in: int
    jti: str


# --------------------------------------------------------------------------- signing keys


def generate_signing_key() -> SigningKey:
    private = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
    kid = secrets.token_urlsafe(12)
    jwk: dict[str, Any] = RSAAlgorithm.to_jwk(private.public_key(), as_dict=True)
    jwk.update(kid=kid, use="sig", alg=ALGORITHM)
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return SigningKey(kid=kid, private_pem=pem, public_jwk=jwk, active=True)


async def active_signing_key(session: AsyncSession) -> SigningKey | None:
    result = await session.exec(select(SigningKey).where(col(SigningKey.active)))
    return result.first()


async def ensure_signing_key(session: AsyncSession) -> SigningKey:
    """The active signing key, generated on first start."""
    # Two API processes may start at once: the lock (held until this transaction ends) makes
    # the second wait for the first's key instead of making another.
    await session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SIGNING_KEY_LOCK})
    if (current := await active_signing_key(session)) is not None:
        return current
    key = await asyncio.to_thread(generate_signing_key)
    session.add(key)
    await session.flush()
    logger.info("generated a new token signing key", extra={"kid": key.kid})
    return key


async def load_jwks(session: AsyncSession) -> dict[str, Any]:
    """The public keys of every key not retired: the active one and any it recently replaced."""
    result = await session.exec(
        select(SigningKey)
        .where(col(SigningKey.retired_at).is_(None))
        .order_by(col(SigningKey.created_at))
    )
    return {"keys": [key.public_jwk for key in result]}


@functools.lru_cache(maxsize=8)
def _private_key(pem: str) -> Any:
    # Parsing (and checking) an RSA key costs more than signing with it; keys rarely change.
    return serialization.load_pem_private_key(pem.encode(), password=None)


def issue_token(
    client: ApiClient, key: SigningKey, ttl_seconds: int, *, now: float | None = None
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
    token = jwt.encode(
        claims, _private_key(key.private_pem), algorithm=ALGORITHM, headers={"kid": key.kid}
    )
    return IssuedToken(access_token=token, expires_in=ttl_seconds, jti=jti)


# --------------------------------------------------------------------------- clients


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def _verify_secret(secret_hash: str, secret: str) -> bool:
    try:
        return _hasher.verify(secret_hash, secret)
    except (VerificationError, InvalidHashError):
        return False


@functools.cache
def _decoy_hash() -> str:
    return _hasher.hash(new_secret())


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
        secret_hash=await asyncio.to_thread(_hasher.hash, secret),
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
    secret_hash = await asyncio.to_thread(_hasher.hash, secret)
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
