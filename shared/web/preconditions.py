"""`If-Match` and `If-None-Match` read as RFC 9110 defines them (sections 8.8.3, 13.1.1, 13.1.2).

    If-Match    = "*" / #entity-tag
    entity-tag  = [ "W/" ] DQUOTE *etagc DQUOTE

A well-formed header that names no current tag is a failed precondition (412); a header that is
not an entity-tag list at all is a bad request (400). If-Match compares strongly, so a weak tag
(`W/"3"`) is well-formed but never matches.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# etagc = %x21 / %x23-7E / obs-text: any visible character but the double quote.
_LIST_ELEMENT = re.compile(r'[ \t]*(?:(W/)?"([\x21\x23-\x7e\x80-\xff]*)")?[ \t]*(?:,|$)')


# The same grammar as one regular expression, for the OpenAPI document (visible ASCII only: header
# values outside it are legal but no client of ours sends them).
_TAG = r'(?:W/)?"[\x21\x23-\x7e]*"'
_ELEMENT = rf"[ \t]*(?:{_TAG})?[ \t]*"
IF_MATCH_PATTERN = rf"^(?:[ \t]*\*[ \t]*|(?:{_ELEMENT},)*[ \t]*{_TAG}[ \t]*(?:,{_ELEMENT})*)$"


class MalformedIfMatch(ValueError):
    """The header is neither `*` nor a comma-separated list of quoted entity-tags."""


@dataclass(frozen=True)
class IfMatch:
    """What a request's `If-Match` accepts: any current representation, or these strong tags."""

    any_current: bool
    strong_tags: frozenset[str]

    def matches(self, current_opaque_tag: str) -> bool:
        """Strong comparison against the resource's current tag (without its quotes)."""
        return self.any_current or current_opaque_tag in self.strong_tags


def _entity_tags(value: str) -> list[tuple[bool, str]]:
    """(weak, opaque tag) for each entity-tag of a list; raises `MalformedIfMatch`."""
    tags: list[tuple[bool, str]] = []
    position = 0
    while position < len(value):
        element = _LIST_ELEMENT.match(value, position)
        if element is None or element.end() == position:
            raise MalformedIfMatch(f"not an entity-tag list at character {position + 1}")
        weak, opaque = element.group(1), element.group(2)
        if opaque is not None:
            tags.append((weak is not None, opaque))
        position = element.end()
    if not tags:
        # Empty list elements are tolerated (RFC 9110 5.6.1), but a list of nothing is no header.
        raise MalformedIfMatch("names no entity-tag")
    return tags


def parse_if_match(value: str) -> IfMatch:
    """The header's tags; raises `MalformedIfMatch` if it is not one RFC 9110 allows."""
    if value.strip() == "*":
        return IfMatch(any_current=True, strong_tags=frozenset())
    strong = {opaque for weak, opaque in _entity_tags(value) if not weak}
    return IfMatch(any_current=False, strong_tags=frozenset(strong))


def if_none_match_hits(value: str, current_opaque_tag: str) -> bool:
    """Whether `If-None-Match` names the current representation, so a GET may answer 304.

    It compares weakly (a `W/` tag matches its strong twin) and `*` matches anything that
    exists; raises `MalformedIfMatch` for a header that is not an entity-tag list.
    """
    if value.strip() == "*":
        return True
    return any(opaque == current_opaque_tag for _, opaque in _entity_tags(value))
