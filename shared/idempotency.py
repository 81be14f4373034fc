"""`Idempotency-Key` on POST: the same key and body get the first answer, with no second effect.

The key is claimed with an INSERT inside the request's own transaction. A concurrent request
with the same key blocks on that row until the first commits, then finds the stored answer; if
the first rolls back, the claim vanishes with it and the second runs for real.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlmodel.ext.asyncio.session import AsyncSession

from shared.web.problems import Problem

MAX_KEY_LENGTH = 255


class IdempotencyKeyReused(Problem):
    status, slug, title = 422, "idempotency-key-reused", "Idempotency key reused with another body"


class InvalidIdempotencyKey(Problem):
    status, slug, title = 400, "invalid-idempotency-key", "Invalid Idempotency-Key header"


@dataclass(frozen=True)
class StoredResponse:
    status_code: int
    body: Any
    headers: dict[str, str]


def request_fingerprint(method: str, path: str, body: Any) -> str:
    canonical = json.dumps([method, path, body], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


async def claim(
    session: AsyncSession, client_id: str, key: str, fingerprint: str
) -> StoredResponse | None:
    """Claim `key` for this request, or return the answer a previous request stored for it."""
    if not key or len(key) > MAX_KEY_LENGTH or not key.isprintable():
        raise InvalidIdempotencyKey(f"the key must be 1 to {MAX_KEY_LENGTH} printable characters")
    inserted = await session.execute(
        text(
            "INSERT INTO idempotency_keys (client_id, key, request_hash) VALUES (:client, :key, :hash)"
            " ON CONFLICT DO NOTHING RETURNING key"
        ),
        {"client": client_id, "key": key, "hash": fingerprint},
    )
    if inserted.first() is not None:
        return None
    row = (
        await session.execute(
            text(
                "SELECT request_hash, status_code, body, headers FROM idempotency_keys"
                " WHERE client_id = :client AND key = :key"
            ),
            {"client": client_id, "key": key},
        )
    ).one()
    if row.request_hash != fingerprint:
        raise IdempotencyKeyReused("this Idempotency-Key was first used with a different request")
    return StoredResponse(row.status_code, row.body, row.headers or {})


async def remember(
    session: AsyncSession, client_id: str, key: str, response: StoredResponse
) -> None:
    """Store the answer in the same transaction as the effect it describes."""
    await session.execute(
        text(
            "UPDATE idempotency_keys SET status_code = :status, body = CAST(:body AS jsonb),"
            " headers = CAST(:headers AS jsonb) WHERE client_id = :client AND key = :key"
        ),
        {
            "status": response.status_code,
            "body": json.dumps(response.body, default=str),
            "headers": json.dumps(response.headers),
            "client": client_id,
            "key": key,
        },
    )
