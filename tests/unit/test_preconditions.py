"""If-Match parsing, as RFC 9110 8.8.3 and 13.1.1 define it."""

import pytest

from shared.web.preconditions import MalformedIfMatch, if_none_match_hits, parse_if_match


def test_a_star_matches_any_current_tag() -> None:
    assert parse_if_match(" * ").matches("41")


def test_a_list_matches_each_of_its_strong_tags_and_nothing_else() -> None:
    header = parse_if_match('"3" ,  "a,b", ,"x"')
    assert [header.matches(t) for t in ("3", "a,b", "x", "4", "")] == [True] * 3 + [False] * 2


def test_a_weak_tag_is_well_formed_but_never_matches() -> None:
    assert not parse_if_match('W/"3"').matches("3")
    assert parse_if_match('W/"3", "3"').matches("3")


def test_an_empty_opaque_tag_is_a_tag() -> None:
    assert parse_if_match('""').strong_tags == frozenset({""})


@pytest.mark.parametrize(
    "value", ["3", '"3', '3"', "*x", "**", "3,4", '"3""4"', 'w/"3"', "", " , "]
)
def test_anything_else_is_malformed(value: str) -> None:
    with pytest.raises(MalformedIfMatch):
        parse_if_match(value)


@pytest.mark.parametrize(
    ("header", "hits"),
    [
        ('"abc"', True),
        ('W/"abc"', True),  # If-None-Match compares weakly
        ('"x", "abc"', True),
        ("*", True),
        ('"abcd"', False),
        ('"ABC"', False),
    ],
)
def test_if_none_match_compares_weakly(header: str, hits: bool) -> None:
    assert if_none_match_hits(header, "abc") is hits


def test_if_none_match_that_is_no_tag_list_is_malformed() -> None:
    with pytest.raises(MalformedIfMatch):
        if_none_match_hits("abc", "abc")
