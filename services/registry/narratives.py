"""Texts given in several languages: which language a reader gets, the texts in it, and the
entity-tags of a partnership's representations.

A partnership (or a review) holds its texts in a default language plus translations, each
possibly partial. The reader's Accept-Language picks one of the languages given; a text the
picked translation lacks is given in the default language, and Content-Language then names both.

Entity-tags: the default language's representation keeps the plain version (`"3"`), so every
client that never sends Accept-Language sees what it always saw; another language's is the
version and the language (`"3-es"`), since its bytes differ (RFC 9110 §8.8.3: a strong tag
names one representation). If-Match is about the resource, not about which language was read:
any tag of the current version matches, so a partner who read the Spanish text edits with the
tag it got.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from services.registry.models import Partnership, Review

if TYPE_CHECKING:
    from services.registry.listing import PageRow
from shared.web.accept_language import negotiate_language

Translations = Mapping[str, Mapping[str, str | None]]


@dataclass(frozen=True)
class Localised:
    """Texts in the language picked, and every language they are in (picked first)."""

    language: str
    texts: dict[str, str | None]
    languages: tuple[str, ...]


def offered(default: str, translations: Translations) -> list[str]:
    return [default, *sorted(language for language in translations if language != default)]


def localise(
    accept_language: str | None,
    default: str,
    originals: Mapping[str, str | None],
    translations: Translations,
) -> Localised:
    """`originals` (field → text in `default`) in the language the reader prefers."""
    if accept_language:
        language = negotiate_language(accept_language, offered(default, translations), default)
    else:  # what most clients send, for every item of a page: nothing to weigh
        language = default
    chosen = translations.get(language, {}) if language != default else {}
    texts: dict[str, str | None] = {}
    fell_back = False
    for field, original in originals.items():
        translated = chosen.get(field)
        if translated is not None:
            texts[field] = translated
        else:
            texts[field] = original
            fell_back = fell_back or (language != default and bool(original))
    languages = (language, default) if fell_back else (language,)
    return Localised(language, texts, languages)


REVIEW_TEXTS = ("findings", "lessons_learned", "good_practices", "challenges")


def partnership_texts(partnership: Partnership | PageRow, accept_language: str | None) -> Localised:
    """A partnership's (or a list's row of one) title and summary in the reader's language."""
    return localise(
        accept_language,
        partnership.language,
        {"title": partnership.title, "summary": partnership.summary},
        partnership.translations,
    )


def review_texts(review: Review, accept_language: str | None) -> Localised | None:
    """A review's texts in the reader's language; None for one that names no language (concluded
    before languages were asked for: its texts are what they are)."""
    if review.language is None:
        return None
    return localise(
        accept_language,
        review.language,
        {field: getattr(review, field) for field in REVIEW_TEXTS},
        review.translations,
    )


def content_language(languages: Sequence[str]) -> str:
    """The Content-Language header for texts in these languages (each named once, in order)."""
    return ", ".join(dict.fromkeys(languages))


def entity_tag(version: int, default: str, language: str) -> str:
    """The opaque part of the entity-tag of the representation in `language`."""
    return str(version) if language == default else f"{version}-{language}"


def entity_tags(version: int, default: str, translations: Translations) -> set[str]:
    """Every current representation's tag: what If-Match may name to edit this version."""
    return {entity_tag(version, default, language) for language in offered(default, translations)}
