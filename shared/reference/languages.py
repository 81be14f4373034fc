"""The languages partnerships, reviews and exports are written in: BCP 47 primary language
subtags. One list for the schemas, the Accept-Language negotiation, the full-text search
configurations (migrations r0006, r0008) and the IATI narratives."""

from __future__ import annotations

from typing import Literal, get_args

# A closed list on purpose: each language has its own text search configuration and stemmer, and
# the GCM objectives are titled in exactly these (shared/reference/gcm.py).
Language = Literal["en", "es", "fr"]
LANGUAGES: tuple[str, ...] = get_args(Language)
DEFAULT_LANGUAGE: Language = "en"


def is_language(code: str) -> bool:
    return code in LANGUAGES
