"""API shapes of the identity endpoints: tokens, the JWKS and API clients."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from shared.auth import Role


class TokenResponse(BaseModel):
    """RFC 6749 §5.1 access token response."""

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105  (a scheme name, not a secret)
    expires_in: int = Field(description="Seconds until the token expires.")


class JsonWebKeySet(BaseModel):
    """RFC 7517 key set: the public keys access tokens are signed with."""

    keys: list[dict[str, Any]]


class ApiClientCreate(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        json_schema_extra={
            "examples": [
                {
                    "name": "Secretaría del Trabajo — partnership portal",
                    "organisation_id": "prt_secretaria_trabajo",
                    "roles": ["partner"],
                }
            ]
        },
    )

    name: str = Field(min_length=1, max_length=200, description="Who runs this client.")
    organisation_id: str | None = Field(
        default=None,
        min_length=1,
        description="The partner this client acts for; required with the `partner` role.",
    )
    roles: list[Role] = Field(min_length=1)


class ApiClientRead(BaseModel):
    """A client as anyone may see it: never its secret nor the secret's hash."""

    client_id: str
    name: str
    organisation_id: str | None
    roles: list[Role]
    created_at: datetime
    disabled: bool


class ApiClientCreated(ApiClientRead):
    client_secret: str = Field(description="Shown this once; only its hash is kept.")


class ApiClientPage(BaseModel):
    items: list[ApiClientRead]
    next_cursor: str | None = Field(
        description="Pass as `cursor` for the next page; null on the last page."
    )


class ApiClientDisable(BaseModel):
    reason: str | None = Field(
        default=None, max_length=500, description="Why; carried in the `client.disabled` event."
    )


class SigningKeyRotation(BaseModel):
    """A rotation under way: the new key is published now and signs from `signs_from`."""

    kid: str
    signs_from: datetime
    previous_kid: str | None


class SigningKeyRead(BaseModel):
    kid: str
    created_at: datetime
    signs_from: datetime
    retired_at: datetime | None
    state: Literal["published", "signing", "superseded", "retired"] = Field(
        description="`published`: waiting to sign; `superseded`: a newer key signs, this one "
        "stays in the JWKS until its tokens have expired."
    )


class SigningKeyList(BaseModel):
    items: list[SigningKeyRead]
