"""`Accept-Language` read as RFC 9110 §12.5.4 defines it, and the language a reader gets.

    Accept-Language = #( language-range [ weight ] )
    language-range  = ( 1*8ALPHA *( "-" 1*8alphanum ) ) / "*"     (RFC 4647 §2.1)
    weight          = OWS ";" OWS "q=" qvalue
    qvalue          = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] )

The header only states preferences, so a reader is never refused for it: an element that does
not follow the grammar is skipped (the rest still counts), and when nothing acceptable is on
offer the resource's default language is served, as §12.5.4 allows ("ignore the header").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Annotated

from fastapi import Header

_ELEMENT = re.compile(
    r"^(?P<range>\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)"
    r"(?:[ \t]*;[ \t]*[qQ]=(?P<q>0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?))?$"
)
# The request header, for routes whose texts come in several languages.
AcceptLanguage = Annotated[
    str | None,
    Header(
        description="The languages you read, RFC 9110 §12.5.4 (`es-MX, es;q=0.9, *;q=0.1`):"
        " texts come in the one preferred among those given, else in the default language."
    ),
]
# A header is at most a few dozen ranges; more is noise, not preference, and costs work per read.
MAX_RANGES = 64


@dataclass(frozen=True)
class LanguageRange:
    """One element of the header: a range lower-cased (`es-mx`, `*`), its weight and position."""

    tag: str
    quality: float
    position: int

    @property
    def primary(self) -> str:
        return self.tag.split("-", 1)[0]


def parse_accept_language(value: str) -> list[LanguageRange]:
    """The header's well-formed ranges in the order given; malformed elements are skipped."""
    ranges: list[LanguageRange] = []
    for element in value.split(","):
        if len(ranges) == MAX_RANGES:
            break
        match = _ELEMENT.match(element.strip(" \t"))
        if match is None:
            continue
        quality = float(match.group("q")) if match.group("q") is not None else 1.0
        ranges.append(LanguageRange(match.group("range").lower(), quality, len(ranges)))
    return ranges


def _preference(language: str, ranges: Sequence[LanguageRange]) -> tuple[float, int] | None:
    """How much the reader wants `language` (a primary subtag) as (quality, position), or None
    when no range speaks of it.

    The most specific range wins (RFC 4647 §2.3): the language itself, then a longer range
    truncated to it (`es-MX` offers `es`, as RFC 4647 §3.4 lookup does), then `*`. A longer range
    refused with q=0 refuses only its region, so it does not exclude the language.
    """
    exact = [r for r in ranges if r.tag == language]
    longer = [r for r in ranges if r.primary == language and r.tag != language and r.quality > 0]
    wildcard = [r for r in ranges if r.tag == "*"]
    for matching in (exact, longer, wildcard):
        if matching:
            best = max(matching, key=lambda r: (r.quality, -r.position))
            return best.quality, best.position
    return None


def negotiate_language(header: str | None, available: Sequence[str], default: str) -> str:
    """The language of `available` the reader prefers, `default` when none is acceptable.

    Highest quality first; equal qualities go to the range named first, then to `default`.
    `available` holds primary subtags (`en`, `es`, `fr`) and includes `default`.
    """
    if not header:
        return default
    ranges = parse_accept_language(header)
    best: tuple[float, int, int, str] | None = None
    for language in available:
        preference = _preference(language.lower(), ranges)
        if preference is None or preference[0] <= 0:
            continue
        quality, position = preference
        key = (-quality, position, 0 if language == default else 1, language)
        if best is None or key < best:
            best = key
    return default if best is None else best[3]
