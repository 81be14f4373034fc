"""Tables of the registry service (its own database), besides the shared outbox and inbox."""

from shared.outbox import InboxEntry, OutboxMessage

__all__ = ["InboxEntry", "OutboxMessage"]
