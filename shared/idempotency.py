"""`Idempotency-Key` on POST: the same key and body get the first answer, with no second effect.

The key is claimed with an INSERT inside the request's own transaction. A concurrent request
with the same key blocks on that row until the first commits, then finds the stored answer; if
the first rolls back, the claim vanishes with it and the second runs for real.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Header, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

from shared.prepared import Prepared
from shared.uow import UnitOfWork
from shared.web.problems import Problem

MAX_KEY_LENGTH = 255

# The header as routes declare it: its rule stated in the schema, so a client generated from the
# OpenAPI document sends only keys `claim` accepts (printable ASCII, as HTTP headers carry).
IdempotencyKey = Annotated[
    str | None,
    Header(
        min_length=1,
        max_length=MAX_KEY_LENGTH,
        pattern=r"^[\x20-\x7e]+$",
        description="Any unique string (a UUID will do): a retry with the same key and body gets "
        "the first answer and has no second effect; with another body, 422.",
        examples=["5b0c2f9e-8d1a-4c1e-9a57-2f3d6b1c0e44"],
    ),
]


class IdempotencyKeyReused(Problem):
    status, slug, title = 422, "idempotency-key-reused", "Idempotency key reused with another body"


@dataclass(frozen=True)
class StoredResponse:
    status_code: int
    body: Any
    headers: dict[str, str]


def request_fingerprint(method: str, path: str, body: Any) -> str:
    canonical = json.dumps([method, path, body], sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


# Sent with asyncpg on the unit of work's connection (`shared.prepared`): through SQLAlchemy each
# cost more CPU than its round trip, on every POST that carries a key.
_CLAIM = Prepared.of(
    text(
        "INSERT INTO idempotency_keys (client_id, key, request_hash) VALUES (:client, :key, :hash)"
        " ON CONFLICT DO NOTHING RETURNING key"
    )
)
# A statement of its own, after the claim: its snapshot then sees the answer a concurrent
# request committed while the claim waited on that request's row.
_STORED = Prepared.of(
    text(
        "SELECT request_hash, status_code, body, headers FROM idempotency_keys"
        " WHERE client_id = :client AND key = :key"
    )
)
_REMEMBER = Prepared.of(
    text(
        "UPDATE idempotency_keys SET status_code = :status, body = CAST(:body AS jsonb),"
        " headers = CAST(:headers AS jsonb) WHERE client_id = :client AND key = :key"
    )
)


async def claim(
    uow: UnitOfWork, client_id: str, key: str, fingerprint: str
) -> StoredResponse | None:
    """Claim `key` for this request, or return the answer a previous request stored for it.

    The key's rule is `IdempotencyKey`'s, checked where the header is read (a 422 naming it)."""
    if await uow.fetch(_CLAIM, {"client": client_id, "key": key, "hash": fingerprint}):
        return None
    (row,) = await uow.fetch(_STORED, {"client": client_id, "key": key})
    if row["request_hash"] != fingerprint:
        raise IdempotencyKeyReused(
            "this Idempotency-Key was first used with a different request",
            errors=[
                {"field": "header:Idempotency-Key", "message": "used before with another body"}
            ],
        )
    return StoredResponse(row["status_code"], row["body"], row["headers"] or {})


async def remember(uow: UnitOfWork, client_id: str, key: str, response: StoredResponse) -> None:
    """Store the answer in the same transaction as the effect it describes."""
    await uow.fetch(
        _REMEMBER,
        {
            "status": response.status_code,
            "body": json.dumps(response.body, default=str),
            "headers": json.dumps(response.headers),
            "client": client_id,
            "key": key,
        },
    )


Effect = Callable[[], Awaitable[tuple[int, Any, dict[str, str]]]]


async def respond_once(
    request: Request, uow: UnitOfWork, client_id: str, key: str | None, body: Any, effect: Effect
) -> JSONResponse:
    """Run a POST's `effect` (status, JSON body, headers) in one transaction, once per key.

    Without a key it simply runs. With one, a repeat of the same request gets the stored answer,
    marked `Idempotent-Replayed: true`, and changes nothing.
    """
    async with uow:
        if key is not None:
            fingerprint = request_fingerprint(request.method, request.url.path, body)
            stored = await claim(uow, client_id, key, fingerprint)
            if stored is not None:
                return JSONResponse(
                    stored.body,
                    stored.status_code,
                    headers={**stored.headers, "Idempotent-Replayed": "true"},
                )
        status, content, headers = await effect()
        if key is not None:
            await remember(uow, client_id, key, StoredResponse(status, content, headers))
        await uow.commit()
    return JSONResponse(content, status, headers=headers)
