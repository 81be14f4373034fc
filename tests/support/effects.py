"""The counted effect the reliability tests check: events that make it, and the table it fills."""

from __future__ import annotations

import asyncpg

from shared.catalogue.partners import PartnerRegistered
from shared.events import Event
from tests.support.effect_consumer import EFFECTS_DDL


def registered(index: int, subject: str | None = None) -> Event:
    payload = PartnerRegistered(partner_id=f"p-{index}", name=f"Partner {index}", kind="academia")
    return Event(
        source="/alianza/test",
        type="partner.registered",
        subject=subject or f"s-{index % 7}",
        data=payload.model_dump(),
    )


async def effects_table(dsn: str) -> None:
    conn = await asyncpg.connect(dsn)
    await conn.execute(EFFECTS_DDL)
    await conn.close()


async def effect_counts(dsn: str) -> tuple[int, int]:
    conn = await asyncpg.connect(dsn)
    try:
        row = await conn.fetchrow("SELECT count(*), count(DISTINCT event_id) FROM effects")
        assert row is not None
        return int(row[0]), int(row[1])
    finally:
        await conn.close()


async def applied_in_order(dsn: str) -> dict[str, list[str]]:
    """Per subject, the ids of its applied events in the order they were applied."""
    conn = await asyncpg.connect(dsn)
    try:
        rows = await conn.fetch("SELECT subject, event_id FROM effects ORDER BY applied")
    finally:
        await conn.close()
    by_subject: dict[str, list[str]] = {}
    for row in rows:
        by_subject.setdefault(row["subject"], []).append(row["event_id"])
    return by_subject
