"""The registry's token signing keys: sealed at rest, published before they sign, retired after.

A key's life, with every time taken from the database's clock so API replicas agree:

    made ── published in the JWKS ── `signs_from`: signs new tokens ── a newer key signs ──
    every token it signed has expired (max token lifetime later) ── retired: out of the JWKS,
    its private half destroyed.

A new key is published `publish_seconds` before it signs, at least the time a verifier keeps
its copy of the JWKS, so no verifier meets a token whose key it has not seen (and one that
does refetches anyway). The key signing now is simply the newest whose `signs_from` has passed:
nothing has to flip a flag at the right moment, and every replica switches at the same instant.

Functions work inside the caller's transaction and never commit.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Column, Field, SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from services.registry.sealing import KeyEncryptionKey, SealError
from shared.auth import ALGORITHM, LEEWAY_SECONDS
from shared.catalogue.identity import SigningKeyRotated
from shared.uow import UnitOfWork

logger = logging.getLogger(__name__)

# Any constant will do as long as no other advisory lock in this database uses it.
SIGNING_KEY_LOCK = 0x0A11A2B
RSA_KEY_BITS = 2048


class SigningKey(SQLModel, table=True):
    """An RSA key pair; the private half sealed with the KEK, the public half a JWK."""

    __tablename__ = "signing_keys"

    kid: str = Field(sa_column=Column(sa.Text, primary_key=True))
    # Plaintext PEM of keys made before sealing existed; sealed and emptied at startup.
    private_pem: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    # NULL once retired: a key that may no longer sign is destroyed, not kept.
    sealed_private_key: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    public_jwk: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    created_at: datetime | None = Field(
        default=None,
        sa_column=Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    signs_from: datetime | None = Field(
        default=None,
        sa_column=Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    retired_at: datetime | None = Field(
        default=None, sa_column=Column(sa.DateTime(timezone=True), nullable=True)
    )


@dataclass(frozen=True)
class Signer:
    """What signs a token: the key's id and its (unsealed) private key."""

    kid: str
    private_key: Any


@dataclass(frozen=True)
class Rotation:
    kid: str
    signs_from: datetime
    previous_kid: str | None


class RotationUnderWay(Exception):
    """A newer key is already published and waiting to sign; rotating again would skip it."""

    def __init__(self, kid: str, signs_from: datetime) -> None:
        super().__init__(f"key {kid} is published and signs from {signs_from.isoformat()}")
        self.kid = kid
        self.signs_from = signs_from


class KeysDoNotOpen(Exception):
    """The signing key does not open with the configured KEK (a wrong or changed KEK)."""


def generate_signer() -> tuple[Signer, dict[str, Any]]:
    """A new RSA key pair: the signer and its public JWK."""
    private = rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_BITS)
    kid = secrets.token_urlsafe(12)
    jwk: dict[str, Any] = RSAAlgorithm.to_jwk(private.public_key(), as_dict=True)
    jwk.update(kid=kid, use="sig", alg=ALGORITHM)
    return Signer(kid=kid, private_key=private), jwk


def _pem(private_key: Any) -> bytes:
    pem: bytes = private_key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return pem


@functools.lru_cache(maxsize=8)
def _unseal(kid: str, sealed: str, kek: KeyEncryptionKey) -> Any:
    # Opening and parsing an RSA key costs more than signing with it; keys rarely change.
    return serialization.load_pem_private_key(kek.open(sealed, context=kid), password=None)


async def _lock(session: AsyncSession) -> None:
    # Held until the transaction ends: API replicas starting or rotating at once take turns.
    await session.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": SIGNING_KEY_LOCK})


async def _insert(
    session: AsyncSession, kek: KeyEncryptionKey, publish_seconds: float
) -> tuple[str, datetime]:
    signer, jwk = await asyncio.to_thread(generate_signer)
    sealed = kek.seal(_pem(signer.private_key), context=signer.kid)
    row = (
        await session.execute(
            sa.insert(SigningKey)
            .values(
                kid=signer.kid,
                sealed_private_key=sealed,
                public_jwk=jwk,
                signs_from=sa.func.now() + sa.func.make_interval(0, 0, 0, 0, 0, 0, publish_seconds),
            )
            .returning(sa.column("signs_from"))
        )
    ).one()
    return signer.kid, row[0]


async def seal_plaintext_keys(session: AsyncSession, kek: KeyEncryptionKey) -> int:
    """Seal every key still stored as plaintext (made before sealing existed); how many."""
    rows = (
        await session.execute(
            sa.select(SigningKey.kid, SigningKey.private_pem).where(  # type: ignore[call-overload]
                sa.column("private_pem").is_not(None)
            )
        )
    ).all()
    for kid, pem in rows:
        await session.execute(
            sa.update(SigningKey)
            .where(sa.column("kid") == kid)
            .values(sealed_private_key=kek.seal(pem.encode(), context=kid), private_pem=None)
        )
    if rows:
        logger.info("sealed %d signing keys stored in plaintext", len(rows))
    return len(rows)


# statement_timestamp(), not now(): now() is when the transaction began, and a replica that
# waited on the startup lock began before the key its neighbour made "signs from now" — with
# now() it would not see that key as signing yet and make a second one.
_CURRENT = sa.text(
    "SELECT kid, sealed_private_key FROM signing_keys"
    " WHERE retired_at IS NULL AND sealed_private_key IS NOT NULL"
    " AND signs_from <= statement_timestamp()"
    " ORDER BY signs_from DESC LIMIT 1"
)


async def current_signer(session: AsyncSession, kek: KeyEncryptionKey) -> Signer | None:
    """The key that signs new tokens now: the newest whose `signs_from` has passed."""
    row = (await session.execute(_CURRENT)).first()
    if row is None:
        return None
    try:
        return Signer(kid=row[0], private_key=_unseal(row[0], row[1], kek))
    except SealError as exc:
        raise KeysDoNotOpen(
            f"signing key {row[0]} does not open with REGISTRY_KEY_ENCRYPTION_KEY"
        ) from exc


async def ensure_signing_key(session: AsyncSession, kek: KeyEncryptionKey) -> Signer:
    """At startup: plaintext keys sealed, a key to sign with (made on first start), and proof
    that the KEK opens it — a wrong KEK stops the process here, not at the first token."""
    await _lock(session)
    await seal_plaintext_keys(session, kek)
    if (signer := await current_signer(session, kek)) is not None:
        return signer
    # Nobody holds a token yet, so the first key may sign at once.
    kid, _ = await _insert(session, kek, 0)
    logger.info("generated a new token signing key", extra={"kid": kid})
    signer = await current_signer(session, kek)
    assert signer is not None, "the key just made signs from now"
    return signer


async def load_jwks(session: AsyncSession) -> dict[str, Any]:
    """Public keys of every key not retired: the one signing, the one about to, the ones before."""
    rows = await session.execute(
        sa.text(
            "SELECT public_jwk FROM signing_keys WHERE retired_at IS NULL"
            " ORDER BY signs_from, created_at"
        )
    )
    return {"keys": [row[0] for row in rows]}


async def _pending(session: AsyncSession) -> tuple[str, datetime] | None:
    row = (
        await session.execute(
            sa.text(
                "SELECT kid, signs_from FROM signing_keys"
                " WHERE retired_at IS NULL AND signs_from > now() ORDER BY signs_from DESC LIMIT 1"
            )
        )
    ).first()
    return None if row is None else (row[0], row[1])


async def rotate(
    uow: UnitOfWork,
    kek: KeyEncryptionKey,
    *,
    publish_seconds: float,
    max_token_lifetime: float,
    reason: str,
) -> Rotation:
    """Publish a new key that signs `publish_seconds` from now, and say so (`signing_key.rotated`).

    The key signing today keeps signing until then, and stays published until every token it
    signed has expired; `retire_superseded` then removes it.
    """
    session = uow.session
    await _lock(session)
    if (pending := await _pending(session)) is not None:
        raise RotationUnderWay(*pending)
    previous = (await session.execute(_CURRENT)).first()
    kid, signs_from = await _insert(session, kek, publish_seconds)
    payload = SigningKeyRotated(
        kid=kid,
        previous_kid=previous[0] if previous else None,
        signs_from=signs_from,
        previous_retires_after_seconds=max_token_lifetime + LEEWAY_SECONDS,
        reason=reason,
    )
    uow.record("signing_key.rotated", kid, payload)
    logger.info(
        "published a new token signing key",
        extra={"kid": kid, "signs_from": signs_from.isoformat(), "reason": reason},
    )
    return Rotation(kid=kid, signs_from=signs_from, previous_kid=payload.previous_kid)


async def rotation_due(session: AsyncSession, every_seconds: float) -> bool:
    """True if the key signing now has signed for `every_seconds` and no newer one is waiting."""
    due = await session.scalar(
        sa.text(
            "SELECT EXISTS (SELECT 1 FROM signing_keys WHERE retired_at IS NULL)"
            " AND NOT EXISTS (SELECT 1 FROM signing_keys"
            "                 WHERE signs_from > now() - make_interval(secs => :every))"
        ),
        {"every": every_seconds},
    )
    return bool(due)


async def retire_superseded(session: AsyncSession, max_token_lifetime: float) -> list[str]:
    """Retire every key a newer one replaced longer ago than any token lives; their ids.

    Retired keys leave the JWKS and their private half is destroyed.
    """
    rows = await session.execute(
        sa.text(
            "UPDATE signing_keys AS old"
            " SET retired_at = now(), sealed_private_key = NULL, private_pem = NULL"
            " WHERE old.retired_at IS NULL AND EXISTS ("
            "   SELECT 1 FROM signing_keys AS newer WHERE newer.signs_from > old.signs_from"
            "   AND newer.signs_from <= now() - make_interval(secs => :after))"
            " RETURNING old.kid"
        ),
        {"after": max_token_lifetime + LEEWAY_SECONDS},
    )
    retired = [row[0] for row in rows]
    for kid in retired:
        logger.info("retired a token signing key", extra={"kid": kid})
    return retired


async def list_keys(
    session: AsyncSession,
) -> list[tuple[str, datetime, datetime, datetime | None, str]]:
    """Every key, newest first, with its state: `published`, `signing`, `superseded`, `retired`."""
    rows = await session.execute(
        sa.text(
            "SELECT kid, created_at, signs_from, retired_at, CASE"
            "  WHEN retired_at IS NOT NULL THEN 'retired'"
            "  WHEN signs_from > now() THEN 'published'"
            "  WHEN kid = (SELECT kid FROM signing_keys WHERE retired_at IS NULL"
            "              AND signs_from <= now() ORDER BY signs_from DESC LIMIT 1) THEN 'signing'"
            "  ELSE 'superseded' END"
            " FROM signing_keys ORDER BY signs_from DESC, created_at DESC"
        )
    )
    return [(row[0], row[1], row[2], row[3], row[4]) for row in rows]
