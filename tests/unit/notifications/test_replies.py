"""A receiver's answer kept bounded and printable: NUL bytes, binary, gzip (bombs too), odd encodings."""

import gzip
import zlib

from hypothesis import given
from hypothesis import strategies as st

from services.notifications.replies import (
    MAX_INFLATED_BYTES,
    MAX_KEPT_BYTES,
    MAX_READ_BYTES,
    ReplyBody,
    printable,
)


def kept(chunks: list[bytes], encoding: str | None = None) -> str:
    body = ReplyBody(encoding)
    for chunk in chunks:
        if body.feed(chunk):
            break
    return body.text()


def test_nul_and_other_control_characters_are_dropped_but_line_breaks_stay() -> None:
    answer = "ok\x00\x01\x1b[31m\x7f\u0085\tline\r\nnext".encode()
    assert kept([answer]) == "ok[31m\tline\r\nnext"


def test_binary_is_decoded_with_replacement_characters() -> None:
    assert kept([b"\xff\xfeok"]) == "\ufffd\ufffdok"


def test_only_the_first_kib_is_kept_and_never_a_split_character() -> None:
    assert kept([b"x" * 5000]) == "x" * MAX_KEPT_BYTES
    text = kept(["é".encode() * 1000])
    assert text == "é" * (MAX_KEPT_BYTES // 2)


def test_reading_stops_once_the_network_cap_is_reached() -> None:
    body = ReplyBody(None)
    fed = 0
    while not body.feed(b"y" * 4096):
        fed += 4096
        assert fed < 10 * MAX_READ_BYTES, "never said it had enough"
    assert fed < MAX_READ_BYTES


def test_gzip_and_deflate_answers_are_inflated() -> None:
    assert kept([gzip.compress(b"accepted")], "gzip") == "accepted"
    assert kept([zlib.compress(b"accepted")], "deflate") == "accepted"


def test_a_gzip_bomb_inflates_no_further_than_the_cap() -> None:
    bomb = gzip.compress(b"A" * (64 * 1024 * 1024))
    body = ReplyBody("gzip")
    assert body.feed(bomb) is True
    assert len(body._kept) <= MAX_INFLATED_BYTES
    assert body.text() == "A" * MAX_KEPT_BYTES


def test_a_body_that_does_not_inflate_or_an_unknown_encoding_is_not_shown() -> None:
    assert kept([b"\x00not gzip"], "gzip") == "(a gzip answer that does not inflate, not shown)"
    assert kept([b"\x00\x01"], "br") == "(a br-encoded answer, not shown)"


@given(st.lists(st.binary(max_size=2000), max_size=5), st.sampled_from([None, "gzip", "br"]))
def test_whatever_arrives_what_is_kept_fits_a_text_column(
    chunks: list[bytes], encoding: str | None
) -> None:
    text = kept(chunks, encoding)
    assert "\x00" not in text
    assert len(text.encode()) <= MAX_KEPT_BYTES
    assert printable(text) == text
