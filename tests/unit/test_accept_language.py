"""Accept-Language parsing and negotiation, as RFC 9110 §12.5.4 and RFC 4647 describe them."""

from __future__ import annotations

import pytest

from shared.web.accept_language import (
    MAX_RANGES,
    LanguageRange,
    negotiate_language,
    parse_accept_language,
)

OFFERED = ("en", "es", "fr")


def test_ranges_keep_their_order_weights_and_lower_case() -> None:
    assert parse_accept_language("es-MX, es;q=0.9 ,FR ; Q=0.5,*;q=0.1") == [
        LanguageRange("es-mx", 1.0, 0),
        LanguageRange("es", 0.9, 1),
        LanguageRange("fr", 0.5, 2),
        LanguageRange("*", 0.1, 3),
    ]


@pytest.mark.parametrize(
    "element",
    ["es;q=2", "es;q=1.5", "es;q=0.1234", "es;q=", "e$", "toolongtag", "es-", "-es", "es;x=1", ""],
)
def test_malformed_elements_are_skipped_and_the_rest_counts(element: str) -> None:
    assert parse_accept_language(f"{element}, fr;q=0.3") == [LanguageRange("fr", 0.3, 0)]


def test_a_huge_header_is_read_only_up_to_its_first_ranges() -> None:
    assert len(parse_accept_language(",".join(["fr"] * 1000))) == MAX_RANGES


@pytest.mark.parametrize(
    ("header", "chosen"),
    [
        (None, "en"),
        ("", "en"),
        ("es", "es"),
        ("fr;q=0.4, es;q=0.8", "es"),
        ("fr;q=0.8, es;q=0.8", "fr"),  # equal weights: the one named first
        ("es-MX", "es"),  # a regional range offers its language (RFC 4647 lookup)
        ("es-MX;q=0.2, fr;q=0.5", "fr"),
        ("es-MX;q=0.9, es;q=0.1, fr;q=0.5", "fr"),  # the exact range is the more specific one
        ("es-MX;q=0, fr;q=0.5", "fr"),
        ("es-MX;q=0", "en"),  # refusing Mexican Spanish does not make Spanish acceptable either
        ("de, pt-BR", "en"),  # nothing offered matches: the default
        ("*", "en"),  # anything: the default first
        ("de, *;q=0.5", "en"),
        ("en;q=0, *", "es"),  # anything but English: the first other one offered
        ("*;q=0", "en"),  # nothing acceptable: the default all the same, never a refusal
        ("es;q=0, fr;q=0", "en"),
        ("es;q=0.001", "es"),
        ("EN-gb;q=0.3, Es;q=0.2", "en"),
        ("garbage;;, fr", "fr"),
    ],
)
def test_the_reader_gets_the_offered_language_it_prefers(header: str | None, chosen: str) -> None:
    assert negotiate_language(header, OFFERED, "en") == chosen


def test_only_languages_on_offer_are_chosen() -> None:
    assert negotiate_language("fr, es;q=0.5", ("en", "es"), "en") == "es"
    assert negotiate_language("fr", ("es",), "es") == "es"


def test_the_default_wins_a_tie_it_is_part_of() -> None:
    assert negotiate_language("*", ("en", "es", "fr"), "fr") == "fr"
    assert negotiate_language("es;q=0.5, *;q=0.5", ("en", "es"), "en") == "es"
