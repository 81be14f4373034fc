"""JSON texts (JSONB column values, event record values) are decoded by orjson, except where it
would change a value or an error."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from shared.json_text import _has_long_digit_run, loads

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()  # any size: JSONB keeps integers past 64 bits exactly
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: st.lists(children) | st.dictionaries(st.text(), children),
    max_leaves=25,
)


def same(a: Any, b: Any) -> bool:
    """Equal, and of the same type all the way down (1 and 1.0 are not the same value here)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


@given(json_values)
def test_a_column_value_reads_as_the_standard_decoder_reads_it(value: Any) -> None:
    for text in (json.dumps(value), json.dumps(value, separators=(",", ":"))):
        assert same(loads(text), json.loads(text))
        assert same(loads(text.encode()), json.loads(text.encode()))


def test_integers_past_64_bits_stay_exact_integers() -> None:
    for number in (2**64, -(2**63) - 1, 10**30):
        assert same(loads(f'{{"n": {number}}}'), {"n": number})
        assert same(loads(f'{{"n": {number}}}'.encode()), {"n": number})


def test_what_orjson_refuses_reads_or_fails_as_the_standard_decoder_decides() -> None:
    assert math.isnan(loads(b'{"n": NaN}')["n"])
    assert loads('"\\ud800"') == json.loads('"\\ud800"')
    for broken in (b'{"n": ', b"\xff\xfe{", "[1,]"):
        with pytest.raises(ValueError) as ours:
            loads(broken)
        with pytest.raises(ValueError) as standard:
            json.loads(broken)
        assert type(ours.value) is type(standard.value)


def test_a_run_of_nineteen_digits_is_found_wherever_it_is() -> None:
    for text in ('{"n": 1234567890123456789}', '["a1234567890123456789b"]', "-9223372036854775809"):
        assert _has_long_digit_run(text) and _has_long_digit_run(text.encode())
    for text in ('{"n": 123456789012345678}', '"12345678901234567 8901"', "[1.5e300]"):
        assert not _has_long_digit_run(text) and not _has_long_digit_run(text.encode())
