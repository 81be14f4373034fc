"""Operators' view of outbox rows the relay set aside: list, inspect, release after a fix.

A row is set aside when it can never become a Kafka record (see shared.relay). Once the cause is
fixed — the topic created, the limit raised — releasing the row puts it back in line; the rows of
its key that waited behind it follow it, in order.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from shared.auth import Role, require_roles
from shared.outbox import OUTBOX_CHANNEL
from shared.web.openapi import answers
from shared.web.problems import NotFound


@answers(503)
async def _engine(request: Request) -> AsyncEngine:
    # The service's runtime (shared.web.service) is on the app's state.
    engine: AsyncEngine = request.app.state.runtime.engine
    return engine


EngineDep = Annotated[AsyncEngine, Depends(_engine)]


class QuarantinedRow(BaseModel):
    id: int
    event_id: str
    event_type: str
    topic: str
    key: str
    created_at: datetime
    quarantined_at: datetime
    reason: str
    # Later unpublished rows of the same key, held back so per-key order survives.
    waiting_behind: int


class QuarantinedRowDetail(QuarantinedRow):
    envelope: dict[str, Any]


_SELECT = """
    SELECT o.id, o.event_id, o.event_type, o.topic, o.key, o.created_at, o.quarantined_at,
           o.quarantine_reason AS reason, o.envelope,
           (SELECT count(*) FROM outbox w
             WHERE w.key = o.key AND w.id > o.id AND w.published_at IS NULL) AS waiting_behind
    FROM outbox o
    WHERE o.quarantined_at IS NOT NULL AND o.published_at IS NULL
"""

# Bounded by the column's type (bigint): a larger id names no row and must not reach the database.
RowId = Annotated[
    int, Path(ge=1, le=2**63 - 1, description="The outbox row's id, as `list` shows it.")
]

router = APIRouter(
    prefix="/outbox",
    tags=["operations"],
    dependencies=[Depends(require_roles(Role.OPS, Role.ADMIN))],
)


@router.get("/quarantined", summary="Outbox rows set aside by the relay (ops, admin).")
async def list_quarantined(engine: EngineDep) -> list[QuarantinedRow]:
    """Every set-aside row, oldest first, with why and how many rows of its key wait behind it."""
    async with engine.connect() as conn:
        rows = (await conn.execute(text(_SELECT + " ORDER BY o.id"))).mappings().all()
    return [QuarantinedRow.model_validate(dict(row)) for row in rows]


@router.get("/quarantined/{row_id}", summary="One set-aside row with its envelope (ops, admin).")
async def show_quarantined(row_id: RowId, engine: EngineDep) -> QuarantinedRowDetail:
    """The row as stored, envelope included, to see what made it unpublishable."""
    async with engine.connect() as conn:
        row = (
            (await conn.execute(text(_SELECT + " AND o.id = :id"), {"id": row_id}))
            .mappings()
            .one_or_none()
        )
    if row is None:
        raise NotFound(f"no set-aside outbox row {row_id}")
    return QuarantinedRowDetail.model_validate(dict(row))


@router.post(
    "/quarantined/{row_id}/release",
    summary="Put a set-aside row back in line for the relay (ops, admin).",
)
async def release_quarantined(row_id: RowId, engine: EngineDep) -> QuarantinedRow:
    """Clear the row's quarantine; the relay tries it again at once (and sets it aside again,
    with a fresh reason, if its cause is still there)."""
    detail = await show_quarantined(row_id, engine)
    async with engine.begin() as conn:
        await conn.execute(
            text(
                "UPDATE outbox SET quarantined_at = NULL, quarantine_reason = NULL"
                " WHERE id = :id AND published_at IS NULL"
            ),
            {"id": row_id},
        )
        await conn.execute(text("SELECT pg_notify(:channel, '')"), {"channel": OUTBOX_CHANNEL})
    return QuarantinedRow.model_validate(detail.model_dump(exclude={"envelope"}))
