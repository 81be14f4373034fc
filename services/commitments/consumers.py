"""What the commitments service does when the registry's `partnership.*` events arrive.

Every partnership event refreshes the read copy (newest version wins); some also act on the
commitments: adoption registers them, an approved amendment registers new ones and changes
tracked ones, withdrawal and a closing review end them, and an opened review gets its dossier
compiled. `partner.registered` keeps the partner directory (names for
the IATI export). `client.*` events keep the disabled clients whose tokens are
refused (shared.disabled_clients).
"""

from __future__ import annotations

from datetime import UTC

from services.commitments import handlers
from shared import disabled_clients
from shared.catalogue import Stream
from shared.catalogue.partners import PartnerRegistered
from shared.catalogue.partnerships import (
    AmendmentEvent,
    PartnershipChanged,
    ReviewConcluded,
    ReviewOpened,
)
from shared.consumer import Batched, Handler
from shared.events import Event
from shared.uow import UnitOfWork

CONSUMES: tuple[Stream, ...] = (Stream.PARTNERSHIPS, *disabled_clients.STREAMS)


async def on_partnership_changed(uow: UnitOfWork, event: Event) -> None:
    change = PartnershipChanged.model_validate(event.data)
    await handlers.apply_snapshot(uow, change.partnership)


async def on_partners_registered(uow: UnitOfWork, events: list[Event]) -> None:
    # Registrations come in bursts (an import, a replay): one upsert for the consumer's whole run.
    await handlers.record_partners(
        uow, [PartnerRegistered.model_validate(event.data) for event in events]
    )


async def on_adopted(uow: UnitOfWork, event: Event) -> None:
    change = PartnershipChanged.model_validate(event.data)
    await handlers.apply_snapshot(uow, change.partnership)
    # The adoption's own time, not the consumer's: a late delivery must not shift start dates.
    adopted_on = event.time.astimezone(UTC).date()
    await handlers.register_commitments(uow, change.partnership, adopted_on)


async def on_amended(uow: UnitOfWork, event: Event) -> None:
    change = AmendmentEvent.model_validate(event.data)
    # An older amendment arriving after a newer snapshot changes nothing: the copy keeps the
    # newest, and the commitments already took the newer values.
    if await handlers.apply_snapshot(uow, change.partnership):
        await handlers.apply_amendment(
            uow, change.partnership, event.time.astimezone(UTC).date(), event.time
        )


async def on_withdrawn(uow: UnitOfWork, event: Event) -> None:
    change = PartnershipChanged.model_validate(event.data)
    await handlers.apply_snapshot(uow, change.partnership)
    await handlers.close_commitments(uow, change.partnership.id, event.time)


async def on_review_opened(uow: UnitOfWork, event: Event) -> None:
    review = ReviewOpened.model_validate(event.data)
    await handlers.apply_snapshot(uow, review.partnership)
    await handlers.compile_dossier(
        uow, review.partnership.id, review.review_id, review.cycle, event.time
    )


async def on_review_concluded(uow: UnitOfWork, event: Event) -> None:
    review = ReviewConcluded.model_validate(event.data)
    await handlers.apply_snapshot(uow, review.partnership)
    if review.outcome in handlers.CLOSING_OUTCOMES:
        await handlers.close_commitments(uow, review.partnership.id, event.time)


HANDLERS: dict[str, Handler] = {
    "partner.registered": Batched(on_partners_registered),
    "partnership.proposed": on_partnership_changed,
    "partnership.updated": on_partnership_changed,
    "partnership.rejected": on_partnership_changed,
    "partnership.returned_for_revision": on_partnership_changed,
    "partnership.implementation_started": on_partnership_changed,
    "partnership.replicated": on_partnership_changed,
    "partnership.adopted": on_adopted,
    "partnership.amendment_proposed": on_partnership_changed,
    "partnership.amended": on_amended,
    "partnership.amendment_rejected": on_partnership_changed,
    "partnership.withdrawn": on_withdrawn,
    "partnership.review_opened": on_review_opened,
    "partnership.review_concluded": on_review_concluded,
    **disabled_clients.HANDLERS,
}
