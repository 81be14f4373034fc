"""JSON/JSONB column values are decoded by orjson, except where it would change a value."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from shared.db import json_loads

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
        assert same(json_loads(text), json.loads(text))


def test_integers_past_64_bits_stay_exact_integers() -> None:
    for number in (2**64, -(2**63) - 1, 10**30):
        assert same(json_loads(f'{{"n": {number}}}'), {"n": number})
