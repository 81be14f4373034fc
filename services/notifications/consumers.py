"""What the notifications service does when other services' events arrive: route every
partnership, commitment and review event to matching subscriptions and to inboxes, and keep
the disabled clients whose tokens are refused (shared.disabled_clients)."""

from services.notifications.handlers import route_event
from shared import disabled_clients
from shared.catalogue import CATALOGUE, Stream
from shared.consumer import Handler
from shared.events import Event
from shared.uow import UnitOfWork

CONSUMES: tuple[Stream, ...] = (
    Stream.PARTNERSHIPS,
    Stream.COMMITMENTS,
    *disabled_clients.STREAMS,
)

# Taken from the catalogue, so a type added there is delivered without touching this file.
ROUTED_PREFIXES = ("partnership.", "commitment.", "review.")


async def on_event(uow: UnitOfWork, event: Event) -> None:
    await route_event(uow, event)


HANDLERS: dict[str, Handler] = {
    **{name: on_event for name in CATALOGUE if name.startswith(ROUTED_PREFIXES)},
    **disabled_clients.HANDLERS,
}
