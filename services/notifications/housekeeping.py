"""Pruning of delivery history: finished deliveries and their attempts, after a retention period."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text
from sqlalchemy.ext.asyncio import async_sessionmaker
from sqlmodel.ext.asyncio.session import AsyncSession

# One batch per transaction, so no lock is held long; rows another pruner holds are skipped.
# Attempts go with their delivery (ON DELETE CASCADE). Open and paused deliveries stay.
_PRUNE_BATCH = text(
    """
    DELETE FROM deliveries WHERE id IN (
      SELECT id FROM deliveries
      WHERE status IN ('succeeded', 'failed') AND completed_at < now() - CAST(:retention AS interval)
      ORDER BY completed_at
      LIMIT :batch
      FOR UPDATE SKIP LOCKED
    )
    """
)


async def prune_history(
    sessions: async_sessionmaker[AsyncSession], retention: timedelta, batch: int
) -> int:
    """Delete deliveries finished longer than `retention` ago, `batch` at a time; how many."""
    pruned = 0
    while True:
        async with sessions() as session:
            result = await session.execute(_PRUNE_BATCH, {"retention": retention, "batch": batch})
            await session.commit()
        deleted = int(result.rowcount)  # type: ignore[attr-defined]
        pruned += deleted
        if deleted < batch:
            return pruned
