"""What the notifications service does when other services' events arrive: route every
partnership, commitment and review event to matching subscriptions and to inboxes, and keep
the disabled clients whose tokens are refused (shared.disabled_clients)."""

from services.notifications.handlers import route_events
from shared import disabled_clients
from shared.catalogue import CATALOGUE, Stream
from shared.consumer import Batched, Handler

CONSUMES: tuple[Stream, ...] = (
    Stream.PARTNERSHIPS,
    Stream.COMMITMENTS,
    *disabled_clients.STREAMS,
)

# Taken from the catalogue, so a type added there is delivered without touching this file.
ROUTED_PREFIXES = ("partnership.", "commitment.", "review.")
# One handler for every routed type, so a fetch's consecutive routed events form one run.
_ROUTE = Batched(route_events)

HANDLERS: dict[str, Handler] = {
    **{name: _ROUTE for name in CATALOGUE if name.startswith(ROUTED_PREFIXES)},
    **disabled_clients.HANDLERS,
}
