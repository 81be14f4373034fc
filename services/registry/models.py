"""Tables of the registry (its own database), besides the shared outbox and inbox."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Column, Field, SQLModel

from shared.outbox import InboxEntry, OutboxMessage


def _timestamp() -> Column:  # type: ignore[type-arg]
    return Column(sa.DateTime(timezone=True), nullable=False, server_default=sa.func.now())


class Partner(SQLModel, table=True):
    """An organisation. API clients act for one (their `organisation_id` is a partner id)."""

    __tablename__ = "partners"

    id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    name: str = Field(sa_column=Column(sa.Text, nullable=False))
    kind: str = Field(sa_column=Column(sa.Text, nullable=False))
    country: str | None = Field(default=None, sa_column=Column(sa.String(2), nullable=True))
    contact_email: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    contact_name: str | None = Field(default=None, sa_column=Column(sa.Text, nullable=True))
    created_at: datetime | None = Field(default=None, sa_column=_timestamp())


__all__ = ["InboxEntry", "OutboxMessage", "Partner"]
