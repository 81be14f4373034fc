"""What the notifications service does when other services' events arrive."""

from shared.catalogue import Stream
from shared.consumer import Handler

CONSUMES: tuple[Stream, ...] = (Stream.PARTNERSHIPS, Stream.COMMITMENTS)
HANDLERS: dict[str, Handler] = {}
