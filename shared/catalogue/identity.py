"""Payloads of identity events (`client.*`, `signing_key.*`), published by the registry.

Every service honours them: a disabled client's tokens are refused everywhere, not at expiry.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class ClientDisabled(BaseModel):
    client_id: str
    reason: str | None = Field(default=None, description="Why an admin disabled it, if they said.")


class ClientEnabled(BaseModel):
    client_id: str


class SigningKeyRotated(BaseModel):
    kid: str = Field(description="The new key, published in the JWKS from now on.")
    previous_kid: str | None = Field(
        default=None, description="The key signing until `signs_from`."
    )
    signs_from: datetime = Field(description="When the new key starts signing tokens.")
    previous_retires_after_seconds: float = Field(
        description="After `signs_from`, how long the previous key stays in the JWKS."
    )
    reason: str = Field(description="`manual` (an admin asked) or `scheduled`.")
