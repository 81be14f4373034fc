"""Which subscriptions an event reaches: event-type patterns and the partnership filters."""

from __future__ import annotations

import re
from dataclasses import dataclass

WILDCARD = "*"

# Event types are dot-separated lower-case segments (`partnership.review_opened`); a pattern may
# end in a `*` segment.
_PATTERN = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*(\.\*)?")
# The same rule for the API schema, `*` included.
PATTERN_SYNTAX = rf"^(?:\*|{_PATTERN.pattern})$"


def is_valid_pattern(pattern: str) -> bool:
    """Whether `pattern` is `*`, an event type, or an event-type prefix ending in `.*`.

    Anything else (`partner*`, `*.adopted`) would never match the way its author meant, so the
    API should refuse it rather than store a subscription that silently receives nothing.
    """
    return pattern == WILDCARD or _PATTERN.fullmatch(pattern) is not None


def event_type_matches(pattern: str, event_type: str) -> bool:
    """Whether `event_type` is selected by `pattern`: exact, `*`, or a `prefix.*` wildcard.

    The wildcard works on whole segments and stands for one or more of them: `partnership.*`
    matches `partnership.adopted` but neither `partnership` itself nor `partnerships.adopted`.
    """
    if pattern == WILDCARD:
        return True
    if pattern.endswith("." + WILDCARD):
        prefix = pattern[: -len(WILDCARD)]  # keeps the dot, so the match ends on a segment boundary
        return event_type.startswith(prefix) and len(event_type) > len(prefix)
    return pattern == event_type


@dataclass(frozen=True)
class SubscriptionFilter:
    """What a subscriber asked for. An empty set places no constraint on that fact."""

    event_types: tuple[str, ...]
    partnership_ids: frozenset[str] = frozenset()
    themes: frozenset[str] = frozenset()
    gcm_objectives: frozenset[int] = frozenset()
    countries: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()


@dataclass(frozen=True)
class EventFacts:
    """What the notification service knows about an event's partnership when it arrives."""

    event_type: str
    partnership_id: str | None
    themes: frozenset[str]
    gcm_objectives: frozenset[int]
    countries: frozenset[str]
    level: str | None


def matches(f: SubscriptionFilter, facts: EventFacts) -> bool:
    """Whether an event with these facts is delivered to a subscription with this filter.

    The event type must match one of the patterns (no pattern: nothing matches). Themes and GCM
    objectives match on any overlap: "tell me about migrant data or governance" wants either.
    Countries are the exception: every country in the filter must be among the partnership's,
    so a filter of two countries selects the partnerships between them, not those with either.
    """
    if not any(event_type_matches(pattern, facts.event_type) for pattern in f.event_types):
        return False
    if f.partnership_ids and facts.partnership_id not in f.partnership_ids:
        return False
    if f.themes and not f.themes & facts.themes:
        return False
    if f.gcm_objectives and not f.gcm_objectives & facts.gcm_objectives:
        return False
    if f.countries and not f.countries <= facts.countries:
        return False
    return not f.levels or facts.level in f.levels
