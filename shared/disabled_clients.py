"""Clients an admin disabled: every service keeps their ids, built from the registry's events,
and refuses their access tokens within seconds instead of at expiry.

Each service's consumer registers `HANDLERS` for the identity stream (`STREAMS`); they keep the
`disabled_clients` table of the service's own database (a shared migration makes it). Each API
process holds the ids in memory (`DisabledClients`), reloaded every few seconds, and its
`TokenVerifier` refuses a token whose subject is among them. The registry owns the fact and reads
its own `api_clients` instead, so it refuses at once.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterator
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import insert
from sqlmodel import Column, Field, SQLModel
from sqlmodel.ext.asyncio.session import AsyncSession

from shared.catalogue import Stream
from shared.catalogue.identity import ClientDisabled, ClientEnabled
from shared.consumer import Handler
from shared.events import Event
from shared.uow import UnitOfWork

logger = logging.getLogger(__name__)

STREAMS: tuple[Stream, ...] = (Stream.IDENTITY,)


class DisabledClient(SQLModel, table=True):
    """A client whose tokens this service refuses, and when the registry disabled it."""

    __tablename__ = "disabled_clients"

    client_id: str = Field(sa_column=Column(sa.Text, primary_key=True))
    disabled_at: datetime = Field(sa_column=Column(sa.DateTime(timezone=True), nullable=False))


async def on_client_disabled(uow: UnitOfWork, event: Event) -> None:
    disabled = ClientDisabled.model_validate(event.data)
    await uow.session.execute(
        insert(DisabledClient)
        .values(client_id=disabled.client_id, disabled_at=event.time)
        .on_conflict_do_nothing(index_elements=["client_id"])
    )


async def on_client_enabled(uow: UnitOfWork, event: Event) -> None:
    enabled = ClientEnabled.model_validate(event.data)
    await uow.session.execute(
        sa.delete(DisabledClient).where(sa.column("client_id") == enabled.client_id)
    )


HANDLERS: dict[str, Handler] = {
    "client.disabled": on_client_disabled,
    "client.enabled": on_client_enabled,
}

# Reads the ids of the disabled clients from a service's database.
Loader = Callable[[AsyncSession], Awaitable[set[str]]]


async def load_from_events(session: AsyncSession) -> set[str]:
    """The ids the consumer recorded from `client.disabled` events (every service but the owner)."""
    rows = await session.execute(sa.text("SELECT client_id FROM disabled_clients"))
    return {row[0] for row in rows}


class DisabledClients:
    """The disabled client ids an API process refuses, as of the last `reload`."""

    def __init__(self) -> None:
        self._ids: frozenset[str] = frozenset()
        self.loaded = False

    def __contains__(self, client_id: object) -> bool:
        return client_id in self._ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    async def reload(self, load: Callable[[], Awaitable[set[str]]]) -> None:
        """Replace the ids with `load()`'s; on failure keep the ones held (the database may be
        away for a moment, and forgetting would re-admit every disabled client)."""
        try:
            ids = await load()
        except Exception as exc:
            logger.warning("could not reload the disabled clients: %s", exc)
            return
        added = ids - self._ids
        if added:
            logger.info(
                "refusing the tokens of newly disabled clients", extra={"count": len(added)}
            )
        self._ids = frozenset(ids)
        self.loaded = True
