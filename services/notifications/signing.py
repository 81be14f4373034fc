"""Standard Webhooks signing: secrets, `v1` HMAC signatures and the three webhook headers."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Sequence
from secrets import token_bytes  # by name: `secrets` is a parameter below

SECRET_PREFIX = "whsec_"  # noqa: S105 - the spec's marker for a secret, not a secret
# The spec asks for 24 to 64 bytes of key; 32 gives HMAC-SHA256 its full 256 bits.
_SECRET_BYTES = 32


def generate_secret() -> str:
    """A new endpoint secret, `whsec_` followed by base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(token_bytes(_SECRET_BYTES)).decode("ascii")


def _key(secret: str) -> bytes:
    encoded = secret.removeprefix(SECRET_PREFIX)
    try:
        # Strict decoding: a mistyped secret should fail loudly here rather than sign with
        # a key no receiver holds.
        key = base64.b64decode(encoded, validate=True)
    except binascii.Error as error:
        raise ValueError("webhook secret is not valid base64") from error
    if not key:
        raise ValueError("webhook secret is empty")
    return key


def sign(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    """The `v1,<base64>` signature of one message under one secret."""
    signed_content = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(_key(secret), signed_content, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode("ascii")


def signature_header(secrets: Sequence[str], msg_id: str, timestamp: int, body: bytes) -> str:
    """The `webhook-signature` value: one signature per secret, space-separated.

    While a secret is being rotated both the old and the new one sign, so a receiver that
    still holds the old secret keeps verifying until it has switched.
    """
    if not secrets:
        raise ValueError("at least one secret is needed to sign a webhook")
    return " ".join(sign(secret, msg_id, timestamp, body) for secret in secrets)


def webhook_headers(
    secrets: Sequence[str], msg_id: str, timestamp: int, body: bytes
) -> dict[str, str]:
    """The `webhook-id`, `webhook-timestamp` and `webhook-signature` headers of one message."""
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature_header(secrets, msg_id, timestamp, body),
    }
