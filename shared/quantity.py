"""Decimal quantities (an indicator's baseline, target and readings): 18 digits, 4 after the point.

The JSON Schema says what the validator accepts — a number, or a decimal string — so a client
generated from the OpenAPI document does not send `""` or `1e-5` and meet a 422.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import Field, WithJsonSchema

MAX_INTEGER_DIGITS = 14
DECIMAL_PLACES = 4

Quantity = Annotated[
    Decimal,
    Field(allow_inf_nan=False, max_digits=MAX_INTEGER_DIGITS + DECIMAL_PLACES, decimal_places=4),
    WithJsonSchema(
        {
            "anyOf": [
                {
                    "type": "number",
                    "multipleOf": 10**-DECIMAL_PLACES,
                    "exclusiveMinimum": -(10**MAX_INTEGER_DIGITS),
                    "exclusiveMaximum": 10**MAX_INTEGER_DIGITS,
                },
                {
                    "type": "string",
                    "pattern": rf"^[+-]?0*[0-9]{{1,{MAX_INTEGER_DIGITS}}}"
                    rf"(?:\.[0-9]{{1,{DECIMAL_PLACES}}}0*)?$",
                },
            ],
            "examples": ["1250", "37.5"],
        }
    ),
]
