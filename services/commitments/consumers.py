"""What the commitments service does when other services' events arrive."""

from shared.catalogue import Stream
from shared.consumer import Handler

CONSUMES: tuple[Stream, ...] = (Stream.PARTNERSHIPS,)
HANDLERS: dict[str, Handler] = {}
