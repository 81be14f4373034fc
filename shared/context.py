"""Request- and event-scoped context (correlation and causation ids) carried across async calls."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

correlation_id: ContextVar[str | None] = ContextVar("correlation_id", default=None)
causation_id: ContextVar[str | None] = ContextVar("causation_id", default=None)


@contextmanager
def tracing(correlation: str | None, causation: str | None = None) -> Iterator[None]:
    """Make events recorded and lines logged inside this block carry these ids."""
    corr_token = correlation_id.set(correlation)
    cause_token = causation_id.set(causation)
    try:
        yield
    finally:
        correlation_id.reset(corr_token)
        causation_id.reset(cause_token)
