"""The transactional outbox and the consumer inbox: the two tables every service database has.

A state change and the events it causes are written in one transaction (outbox); an event a
consumer has applied is remembered in the same transaction as its effect (inbox). Both tables
are pruned in batches once their rows are past the retention period.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Column, Field, SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

# Notification channel the relay LISTENs on; the unit of work NOTIFYs it on commit.
OUTBOX_CHANNEL = "alianza_outbox"


class OutboxMessage(SQLModel, table=True):
    __tablename__ = "outbox"

    # The sequence gives insertion order; per key it is commit order, because writers lock the
    # aggregate row before they insert its outbox rows.
    id: int | None = Field(default=None, sa_column=Column(sa.BigInteger, primary_key=True))
    event_id: str = Field(sa_column=Column(sa.Text, nullable=False, unique=True))
    topic: str = Field(sa_column=Column(sa.Text, nullable=False))
    key: str = Field(sa_column=Column(sa.Text, nullable=False))
    event_type: str = Field(sa_column=Column(sa.Text, nullable=False))
    envelope: dict[str, Any] = Field(sa_column=Column(JSONB, nullable=False))
    created_at: datetime | None = Field(
        default=None,
        sa_column=Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )
    published_at: datetime | None = Field(
        default=None, sa_column=Column(sa.DateTime(timezone=True), nullable=True)
    )
    # Set by the relay when the row can never become a record (see shared.relay); an operator
    # clears it to have the row published again.
    quarantined_at: datetime | None = Field(
        default=None, sa_column=Column(sa.DateTime(timezone=True), nullable=True)
    )
    quarantine_reason: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))


class InboxEntry(SQLModel, table=True):
    __tablename__ = "inbox"

    consumer_group: str = Field(sa_column=Column(sa.Text, primary_key=True))
    event_id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    event_type: str = Field(sa_column=Column(sa.Text, nullable=False))
    processed_at: datetime | None = Field(
        default=None,
        sa_column=Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()),
    )


async def prune_inbox(session: AsyncSession, retention: timedelta, batch: int = 5000) -> int:
    """Forget applied event ids older than the retention, a batch per statement.

    Kafka's own retention is shorter than ours, so an event that old cannot be redelivered.
    """
    pruned = 0
    while True:
        result = await session.execute(
            sa.text(
                "DELETE FROM inbox WHERE ctid IN (SELECT ctid FROM inbox"
                " WHERE processed_at < now() - CAST(:retention AS interval) LIMIT :batch)"
            ),
            {"retention": retention, "batch": batch},
        )
        await session.commit()
        count = int(getattr(result, "rowcount", 0) or 0)
        pruned += count
        if count < batch:
            return pruned


def create_delivery_tables() -> None:
    """Alembic operations creating the outbox and inbox; every service's first migration calls it."""
    from alembic import op

    op.create_table(
        "outbox",
        sa.Column("id", sa.BigInteger, sa.Identity(always=False), primary_key=True),
        sa.Column("event_id", sa.Text, nullable=False, unique=True),
        sa.Column("topic", sa.Text, nullable=False),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column("envelope", JSONB, nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
    )
    # The relay only ever scans unpublished rows, in id order.
    op.create_index(
        "outbox_unpublished", "outbox", ["id"], postgresql_where=sa.text("published_at IS NULL")
    )
    op.create_index("outbox_published_at", "outbox", ["published_at"])
    op.create_table(
        "inbox",
        sa.Column("consumer_group", sa.Text, primary_key=True),
        sa.Column("event_id", sa.Text, primary_key=True),
        sa.Column("event_type", sa.Text, nullable=False),
        sa.Column(
            "processed_at", sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now()
        ),
    )
    op.create_index("inbox_processed_at", "inbox", ["processed_at"])
