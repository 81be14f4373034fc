"""JSON decoding by orjson where it reads exactly what the standard library reads.

A page of partnerships holds some 200 JSONB values, and every consumed event is a JSON record
value: the standard library's decoder was ~9 % of the list endpoint's profile and a tenth of a
consumer's. orjson reads an integer past 64 bits as a float, silently, where JSON (and JSONB)
hold any integer exactly: a text with a run of 19 digits or more (such an integer, or only a
long number in a string) is read by the standard library instead. And what orjson refuses
(`NaN`, `1e400`, a lone surrogate …) gets the standard library's verdict, so no text is read
differently and no error changes its kind.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

# Every digit read as "0", so a run of 19 digits is a run of 19 zeros: a `bytes.translate` and a
# substring search cost a tenth of the regular expression `\d{19}` over the same text (~0.8 µs
# against 7 to 15 µs for 1 KiB, more than decoding it).
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_DIGIT_RUN = b"0" * 19


def loads(text: str | bytes) -> Any:
    """`json.loads(text)`, faster. Raises what `json.loads` raises."""
    if _has_long_digit_run(text):
        return json.loads(text)
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def _has_long_digit_run(text: str | bytes) -> bool:
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    return _LONG_DIGIT_RUN in raw.translate(_DIGITS_AS_ZERO)
